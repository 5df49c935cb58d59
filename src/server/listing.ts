/**
 * Paginated listings: `/v2/<name>/tags/list` and `/v2/_catalog`, both with `n` and `last` and a `Link` header
 * (`rel="next"`) while more entries remain.
 */
import { RegistryHttpError } from "./errors.js";
import { type Exchange, sendJson } from "./exchange.js";

/** `n` and `last` of a listing request; `n` must be a non-negative integer. */
export function pageParams(params: URLSearchParams): { n?: number; last?: string } {
  const n = params.get("n");
  const last = params.get("last");
  const page: { n?: number; last?: string } = {};
  if (n !== null && n !== "") {
    if (!/^\d+$/.test(n)) {
      throw new RegistryHttpError(400, "PAGINATION_NUMBER_INVALID", `n must be a non-negative integer, got "${n}"`);
    }
    page.n = Number(n);
  }
  if (last !== null && last !== "") page.last = last;
  return page;
}

/** The `Link` header pointing at the next page. */
export function nextLink(path: string, n: number | undefined, last: string): string {
  const query = new URLSearchParams();
  if (n !== undefined) query.set("n", String(n));
  query.set("last", last);
  return `<${path}?${query.toString()}>; rel="next"`;
}

/** GET `/v2/<name>/tags/list`: tags in lexical order. `n=0` answers an empty list without `Link`, as the spec says. */
export async function listTags(ex: Exchange, name: string): Promise<void> {
  const { n, last } = pageParams(ex.url.searchParams);
  if (n === 0) {
    sendJson(ex, 200, { name, tags: [] });
    return;
  }
  const page = await ex.options.store.listTags(name, { ...(n === undefined ? {} : { n }), ...(last ? { last } : {}) });
  const headers: Record<string, string> = {};
  if (page.next !== undefined) headers.Link = nextLink(`/v2/${name}/tags/list`, n, page.next);
  sendJson(ex, 200, { name, tags: page.tags }, headers);
}

/** GET `/v2/_catalog`: repository names in lexical order, paginated like tags. */
export async function listCatalog(ex: Exchange): Promise<void> {
  const { n, last } = pageParams(ex.url.searchParams);
  const all = await ex.options.store.listRepositories();
  const after = last === undefined ? all : all.filter((repository) => repository > last);
  const repositories = n === undefined ? after : after.slice(0, n);
  const headers: Record<string, string> = {};
  const lastShown = repositories[repositories.length - 1];
  if (n !== undefined && n > 0 && after.length > n && lastShown !== undefined) {
    headers.Link = nextLink("/v2/_catalog", n, lastShown);
  }
  sendJson(ex, 200, { repositories }, headers);
}
