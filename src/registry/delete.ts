/**
 * Deletes: manifests by digest (every tag pointing at them goes too), single tags where the registry supports it
 * (distribution 2.8 does not; GHCR answers 405 to every delete and deletes through the Packages API instead), and
 * blobs. The registry has to allow deletes (distribution: `storage.delete.enabled`).
 */
import { notFound } from "./not-found.js";
import { apiPath, deleteScope, hostOf, objectLabel, type Repository } from "./repository.js";
import type { Transport } from "./transport.js";

/** Deletes a manifest by digest, or a tag. Throws MANIFEST_UNKNOWN when absent, UNSUPPORTED when refused as such. */
export async function deleteManifest(
  transport: Transport,
  repo: Repository,
  reference: string,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const what = `manifest ${objectLabel(repo, reference)}`;
  const response = await transport.send({
    method: "DELETE",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [deleteScope(repo)],
    ok: [200, 202, 204, 404],
    signal: options.signal,
    what,
  });
  if (response.status === 404) throw await notFound("MANIFEST_UNKNOWN", what, response, hostOf(repo));
  response.body.resume();
}

/** Deletes a blob from a repository. Throws BLOB_UNKNOWN when absent. */
export async function deleteBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const what = `blob ${objectLabel(repo, digest)}`;
  const response = await transport.send({
    method: "DELETE",
    host: hostOf(repo),
    path: apiPath(repo, `blobs/${digest}`),
    scopes: [deleteScope(repo)],
    ok: [200, 202, 204, 404],
    signal: options.signal,
    what,
  });
  if (response.status === 404) throw await notFound("BLOB_UNKNOWN", what, response, hostOf(repo));
  response.body.resume();
}
