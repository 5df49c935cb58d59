/**
 * The referrers API, `GET /v2/<name>/referrers/<digest>`: an OCI index of the manifests whose `subject` is the
 * digest, filtered by `artifactType` (announced with `OCI-Filters-Applied`). An unknown subject has no referrers
 * (200, empty index), as the spec requires.
 */
import { parseDigest } from "../oci/digest.js";
import { OCI_INDEX } from "../oci/mediaTypes.js";
import { type Exchange, sendBytes } from "./exchange.js";

/** Answers the referrers of a digest as an OCI image index. */
export async function listReferrers(ex: Exchange, name: string, digest: string): Promise<void> {
  parseDigest(digest);
  const artifactType = ex.url.searchParams.get("artifactType") || undefined;
  const manifests = await ex.options.store.referrers(name, digest, artifactType ? { artifactType } : {});
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests };
  const headers: Record<string, string> = artifactType ? { "OCI-Filters-Applied": "artifactType" } : {};
  sendBytes(ex, 200, OCI_INDEX, JSON.stringify(index), headers);
}
