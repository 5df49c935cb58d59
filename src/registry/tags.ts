/**
 * Tag listing: one page with `n`/`last`, or every tag following `Link: rel="next"` (preferred over computing
 * `last`, as the spec advises), guarded against registries whose links loop.
 */
import type { TagPage } from "../store/types.js";
import { readCapped } from "./body.js";
import { RegistryError } from "./errors.js";
import { followPages, nextLink } from "./link.js";
import { notFound } from "./not-found.js";
import { apiPath, hostOf, pullScope, type Repository, repositoryLabel } from "./repository.js";
import type { Transport } from "./transport.js";

/** Options of a tag listing. */
export interface ListTagsOptions {
  /** Page size (`n`). */
  n?: number;
  /** Start after this tag. */
  last?: string;
  signal?: AbortSignal;
}

const MAX_LIST_BYTES = 16 * 1024 * 1024;

async function fetchTagPage(
  transport: Transport,
  repo: Repository,
  url: string,
  signal: AbortSignal | undefined,
): Promise<{ items: string[]; next: string | undefined }> {
  const host = hostOf(repo);
  const what = `tags of ${repositoryLabel(repo)}`;
  const response = await transport.send({
    method: "GET",
    host,
    url,
    scopes: [pullScope(repo)],
    ok: [200, 404],
    signal,
    what,
  });
  if (response.status === 404)
    throw await notFound("NAME_UNKNOWN", `repository ${repositoryLabel(repo)}`, response, host);
  const bytes = await readCapped(
    response.body,
    MAX_LIST_BYTES,
    () =>
      new RegistryError("TOO_LARGE", `${what}: the listing is over ${MAX_LIST_BYTES} bytes`, {
        host,
        request: response.request,
      }),
  );
  let tags: unknown;
  try {
    tags = (JSON.parse(bytes.toString("utf8")) as { tags?: unknown }).tags;
  } catch {
    throw new RegistryError(
      "BAD_RESPONSE",
      `${what}: the registry answered something that is not JSON (${response.request})`,
      {
        host,
        request: response.request,
      },
    );
  }
  const items = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [];
  return { items, next: nextLink(response.header("link"), response.url) };
}

function firstUrl(transport: Transport, repo: Repository, options: ListTagsOptions): string {
  const query = new URLSearchParams();
  if (options.n !== undefined) query.set("n", String(options.n));
  if (options.last !== undefined) query.set("last", options.last);
  const search = query.size > 0 ? `?${query}` : "";
  return transport.urlFor({ host: hostOf(repo), path: `${apiPath(repo, "tags/list")}${search}` });
}

/** One page of tags. `next` is the page's last tag when the registry says more follow. */
export async function listTags(
  transport: Transport,
  repo: Repository,
  options: ListTagsOptions = {},
): Promise<TagPage> {
  const page = await fetchTagPage(transport, repo, firstUrl(transport, repo, options), options.signal);
  const { n, last } = options;
  if (n !== undefined && page.items.length > n) {
    // The registry ignored `n` (distribution 2.8 does): page through its full answer here instead.
    const after = [...page.items].sort().filter((t) => last === undefined || t > last);
    const tags = after.slice(0, n);
    const end = tags.at(-1);
    return { tags, ...(after.length > n && end !== undefined ? { next: end } : {}) };
  }
  const end = page.items.at(-1);
  return { tags: page.items, ...(page.next && end !== undefined ? { next: end } : {}) };
}

/** Every tag of a repository in lexical order, following Link pages (`n` sets the page size asked for). */
export async function listAllTags(
  transport: Transport,
  repo: Repository,
  options: ListTagsOptions = {},
): Promise<string[]> {
  const tags = await followPages(
    firstUrl(transport, repo, options),
    (url) => fetchTagPage(transport, repo, url, options.signal),
    (url) =>
      new RegistryError("PAGINATION_LOOP", `tags of ${repositoryLabel(repo)}: the registry linked back to ${url}`, {
        host: hostOf(repo),
        request: `GET ${url}`,
      }),
  );
  return [...new Set(tags)].sort();
}
