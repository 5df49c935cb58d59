/**
 * Referrers (signatures, SBOMs, attestations pointing at a manifest through `subject`): the referrers API
 * (`GET /v2/<name>/referrers/<digest>`), and where a registry lacks it (404 — distribution 2.8, GHCR, Docker Hub)
 * the tag schema: an index tagged `<alg>-<hex>` listing the referrers, which pushers maintain.
 */

import { OCI_INDEX, parseDigest } from "../oci/index.js";
import type { StoreDescriptor } from "../store/types.js";
import { readCapped, readTextPrefix } from "./body.js";
import { errorFromResponse, RegistryError } from "./errors.js";
import { getManifest, putManifest } from "./manifest.js";
import { sameOrigin } from "./redirect.js";
import { apiPath, hostOf, objectLabel, pullScope, type Repository } from "./repository.js";
import type { Transport } from "./transport.js";

/** Options of {@link listReferrers}. */
export interface ReferrersOptions {
  artifactType?: string;
  signal?: AbortSignal;
}

/** The fallback tag for a subject digest: `sha256:abc…` → `sha256-abc…`. */
export function referrersTag(digest: string): string {
  const { algorithm, hex } = parseDigest(digest);
  return `${algorithm}-${hex}`;
}

function descriptorsOf(document: unknown): StoreDescriptor[] {
  const manifests = (document as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) return [];
  return manifests.filter(
    (m): m is StoreDescriptor =>
      Boolean(m) && typeof m === "object" && typeof m.digest === "string" && typeof m.mediaType === "string",
  );
}

/** Statuses meaning "this registry has no referrers API" (404 per the spec; others seen in the wild). */
const NO_API = [400, 404, 405, 406, 501];

/** Referrers of `digest`, from the API or else the tag schema; optionally only one artifact type. */
export async function listReferrers(
  transport: Transport,
  repo: Repository,
  digest: string,
  options: ReferrersOptions = {},
): Promise<StoreDescriptor[]> {
  const host = hostOf(repo);
  const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : "";
  const response = await transport.send({
    method: "GET",
    host,
    path: `${apiPath(repo, `referrers/${digest}`)}${query}`,
    scopes: [pullScope(repo)],
    headers: { accept: OCI_INDEX },
    ok: "all",
    signal: options.signal,
    what: `referrers of ${objectLabel(repo, digest)}`,
  });
  const filter = (list: StoreDescriptor[], applied: boolean) =>
    options.artifactType && !applied ? list.filter((d) => d.artifactType === options.artifactType) : list;
  const contentType = response.header("content-type") ?? "";
  if (response.status === 200 && contentType.includes("json")) {
    const bytes = await readCapped(
      response.body,
      4 * 1024 * 1024,
      () =>
        new RegistryError("TOO_LARGE", `referrers of ${objectLabel(repo, digest)}: response too large`, {
          host,
          request: response.request,
        }),
    );
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new RegistryError(
        "BAD_RESPONSE",
        `referrers of ${objectLabel(repo, digest)}: the registry answered invalid JSON`,
        {
          host,
          request: response.request,
        },
      );
    }
    const applied = (response.header("oci-filters-applied") ?? "").includes("artifactType");
    return filter(descriptorsOf(document), applied);
  }
  // GHCR redirects the referrers path to github.com, which answers 404 or 429: anything away from the registry
  // means "no API" just as a 404 does.
  const redirectedAway = !sameOrigin(response.url, transport.urlFor({ host, path: "/v2/" }));
  if (response.status !== 200 && !NO_API.includes(response.status) && !redirectedAway) {
    throw errorFromResponse(response.status, await readTextPrefix(response.body), {
      request: response.request,
      host,
      what: `referrers of ${objectLabel(repo, digest)}`,
    });
  }
  response.body.resume();
  return filter(await fallbackReferrers(transport, repo, digest, options.signal), false);
}

/** The referrers listed in the fallback tag index; empty when there is none. */
async function fallbackReferrers(
  transport: Transport,
  repo: Repository,
  digest: string,
  signal: AbortSignal | undefined,
): Promise<StoreDescriptor[]> {
  try {
    const index = await getManifest(transport, repo, referrersTag(digest), signal ? { signal } : {});
    return descriptorsOf(JSON.parse(Buffer.from(index.bytes).toString("utf8")));
  } catch (error) {
    if (error instanceof RegistryError && error.code === "MANIFEST_UNKNOWN") return [];
    throw error;
  }
}

/**
 * Adds a referrer to the subject's fallback tag index (creating it when absent), as pushers do for registries
 * without the referrers API. Two pushers updating the same index at once can lose one entry (the spec's race);
 * a referrer already listed is left as is.
 */
export async function addFallbackReferrer(
  transport: Transport,
  repo: Repository,
  subject: string,
  referrer: StoreDescriptor,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const existing = await fallbackReferrers(transport, repo, subject, options.signal);
  if (existing.some((d) => d.digest === referrer.digest)) return;
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...existing, referrer] };
  const bytes = new TextEncoder().encode(JSON.stringify(index));
  await putManifest(transport, repo, referrersTag(subject), bytes, OCI_INDEX, options);
}

/**
 * Removes a deleted referrer from the subject's fallback tag index, as the distribution spec asks of clients whose
 * registry has no referrers API ("Deleting Manifests"); nothing happens when the index does not list it.
 */
export async function removeFallbackReferrer(
  transport: Transport,
  repo: Repository,
  subject: string,
  referrer: string,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const existing = await fallbackReferrers(transport, repo, subject, options.signal);
  if (!existing.some((d) => d.digest === referrer)) return;
  const manifests = existing.filter((d) => d.digest !== referrer);
  const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));
  await putManifest(transport, repo, referrersTag(subject), bytes, OCI_INDEX, options);
}
