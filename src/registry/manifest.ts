/**
 * Manifests: HEAD and GET by tag or digest with the full Accept list, the digest verified (against the digest
 * asked for, else `Docker-Content-Digest`), the size capped; PUT of the exact bytes with their media type.
 */

import {
  computeDigest,
  type DigestAlgorithm,
  isDigest,
  MANIFEST_ACCEPT,
  MAX_MANIFEST_BYTES,
  parseDigest,
} from "../oci/index.js";
import type { StoreDescriptor, StoredManifest } from "../store/types.js";
import { abandon, readCapped } from "./body.js";
import { RegistryError } from "./errors.js";
import { notFound } from "./not-found.js";
import { apiPath, hostOf, objectLabel, pullScope, pushScope, type Repository } from "./repository.js";
import type { Transport } from "./transport.js";

/** Options of manifest reads. */
export interface ManifestReadOptions {
  /** Largest manifest accepted, in bytes (default 4 MiB). */
  maxBytes?: number;
  signal?: AbortSignal;
}

function bareType(value: string | undefined): string | undefined {
  const bare = value?.split(";")[0]?.trim().toLowerCase();
  return bare ? bare : undefined;
}

function tooLarge(repo: Repository, reference: string, size: number, max: number, request: string): RegistryError {
  return new RegistryError(
    "MANIFEST_TOO_LARGE",
    `manifest ${objectLabel(repo, reference)} is ${size} bytes${size > max ? "" : " or more"}, over the ${max}-byte limit`,
    { request, host: hostOf(repo), hint: "a manifest this large is almost certainly not an image manifest" },
  );
}

/**
 * Resolves a tag or digest to its descriptor with HEAD (no body); undefined when absent. A registry that does not
 * send `Docker-Content-Digest` on HEAD for a tag is asked with GET instead.
 */
export async function headManifest(
  transport: Transport,
  repo: Repository,
  reference: string,
  options: ManifestReadOptions = {},
): Promise<StoreDescriptor | undefined> {
  const response = await transport.send({
    method: "HEAD",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pullScope(repo)],
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200, 404],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`,
  });
  response.body.resume();
  if (response.status === 404) return undefined;
  const digest = isDigest(reference) ? reference : response.header("docker-content-digest");
  const size = Number(response.header("content-length"));
  const mediaType = bareType(response.header("content-type"));
  if (!digest || !isDigest(digest) || !Number.isFinite(size) || !mediaType) {
    const manifest = await getManifest(transport, repo, reference, options);
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
  }
  return { mediaType, digest, size };
}

/** Reads a manifest by tag or digest; verifies its digest and caps its size. Throws MANIFEST_UNKNOWN when absent. */
export async function getManifest(
  transport: Transport,
  repo: Repository,
  reference: string,
  options: ManifestReadOptions = {},
): Promise<StoredManifest> {
  const max = options.maxBytes ?? MAX_MANIFEST_BYTES;
  const response = await transport.send({
    method: "GET",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pullScope(repo)],
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200, 404],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`,
  });
  if (response.status === 404)
    throw await notFound("MANIFEST_UNKNOWN", `manifest ${objectLabel(repo, reference)}`, response, hostOf(repo));
  const declaredLength = Number(response.header("content-length"));
  if (Number.isFinite(declaredLength) && declaredLength > max) {
    abandon(response.body);
    throw tooLarge(repo, reference, declaredLength, max, response.request);
  }
  const bytes = await readCapped(response.body, max, (seen) => tooLarge(repo, reference, seen, max, response.request));
  const headerDigest = response.header("docker-content-digest");
  const expected = isDigest(reference) ? reference : headerDigest && isDigest(headerDigest) ? headerDigest : undefined;
  const algorithm: DigestAlgorithm = expected ? parseDigest(expected).algorithm : "sha256";
  const digest = computeDigest(bytes, algorithm);
  if (expected && digest !== expected) {
    throw new RegistryError(
      "DIGEST_INVALID",
      `manifest ${objectLabel(repo, reference)}: content does not match its digest ${expected} (got ${digest})`,
      { request: response.request, host: hostOf(repo) },
    );
  }
  return { digest, mediaType: manifestMediaType(bytes, response.header("content-type")), bytes: new Uint8Array(bytes) };
}

/** The media type a manifest declares, else the Content-Type it was served with. */
function manifestMediaType(bytes: Buffer, contentType: string | undefined): string {
  try {
    const declared = (JSON.parse(bytes.toString("utf8")) as { mediaType?: unknown }).mediaType;
    if (typeof declared === "string" && declared !== "") return declared;
  } catch {
    // not JSON: the caller's parser will say so; the served type is all there is
  }
  return bareType(contentType) ?? "application/octet-stream";
}

/** Result of a manifest PUT. */
export interface PutManifestResult {
  digest: string;
  /** True when the registry answered `OCI-Subject` (it maintains referrers itself). */
  subjectIndexed: boolean;
}

/** Stores manifest bytes exactly as given under `reference` (a tag, or the digest itself). */
export async function putManifest(
  transport: Transport,
  repo: Repository,
  reference: string,
  bytes: Uint8Array,
  mediaType: string,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<PutManifestResult> {
  const max = options.maxBytes ?? MAX_MANIFEST_BYTES;
  if (bytes.byteLength > max)
    throw tooLarge(repo, reference, bytes.byteLength, max, `PUT ${objectLabel(repo, reference)}`);
  const algorithm = isDigest(reference) ? parseDigest(reference).algorithm : "sha256";
  const digest = computeDigest(bytes, algorithm);
  if (isDigest(reference) && digest !== reference) {
    throw new RegistryError("DIGEST_INVALID", `manifest bytes have digest ${digest}, not ${reference}`, {
      request: `PUT ${objectLabel(repo, reference)}`,
      host: hostOf(repo),
    });
  }
  const response = await transport.send({
    method: "PUT",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pushScope(repo)],
    headers: { "content-type": mediaType },
    body: bytes,
    ok: [200, 201, 202, 204],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`,
  });
  response.body.resume();
  return { digest, subjectIndexed: response.header("oci-subject") !== undefined };
}
