/**
 * Manifest endpoints of `/v2/<name>/manifests/<tag-or-digest>`: GET and HEAD serve the stored bytes with the media
 * type they were pushed with; PUT stores them byte-exact after validating them; DELETE removes a tag or a manifest.
 */
import { computeDigest, type DigestAlgorithm, isDigest, MAX_MANIFEST_BYTES, parseDigest } from "../oci/digest.js";
import { parseManifest } from "../oci/manifest.js";
import { RegistryHttpError } from "./errors.js";
import { type Exchange, readBody, sendBytes, sendEmpty } from "./exchange.js";
import { isTag } from "./names.js";

/** What a manifest reference is: a digest (validated) or a tag; anything else is refused. */
function classify(reference: string, refusal: "unknown" | "invalid"): "digest" | "tag" {
  if (reference.includes(":")) {
    parseDigest(reference);
    return "digest";
  }
  if (isTag(reference)) return "tag";
  if (refusal === "invalid") {
    throw new RegistryHttpError(400, "MANIFEST_INVALID", `"${reference}" is neither a valid tag nor a digest`, {
      reference,
    });
  }
  throw manifestUnknown(reference);
}

function manifestUnknown(reference: string, name?: string): RegistryHttpError {
  const where = name ? ` in repository ${name}` : "";
  return new RegistryHttpError(404, "MANIFEST_UNKNOWN", `manifest ${reference} is unknown${where}`, { reference });
}

/** GET or HEAD: the exact bytes, `Content-Type` as pushed, `Docker-Content-Digest`. */
export async function getManifest(ex: Exchange, name: string, reference: string): Promise<void> {
  classify(reference, "unknown");
  const { store } = ex.options;
  if (ex.head) {
    const descriptor = await store.statManifest(name, reference);
    if (!descriptor) throw manifestUnknown(reference, name);
    ex.res.statusCode = 200;
    ex.res.setHeader("Content-Type", descriptor.mediaType);
    ex.res.setHeader("Content-Length", String(descriptor.size));
    ex.res.setHeader("Docker-Content-Digest", descriptor.digest);
    ex.res.setHeader("ETag", `"${descriptor.digest}"`);
    ex.res.end();
    return;
  }
  const manifest = await store.getManifest(name, reference);
  sendBytes(ex, 200, manifest.mediaType, manifest.bytes, {
    "Docker-Content-Digest": manifest.digest,
    ETag: `"${manifest.digest}"`,
  });
}

/**
 * PUT: validates the manifest, checks a digest reference against the bytes, stores it (the store refuses missing
 * blobs and children with MANIFEST_BLOB_UNKNOWN), tags it, and answers 201 with `OCI-Subject` when it has one.
 * `?tag=` parameters (distribution-spec main) tag a manifest pushed by digest with several tags at once.
 */
export async function putManifest(ex: Exchange, name: string, reference: string): Promise<void> {
  const kind = classify(reference, "invalid");
  const limit = ex.options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
  const bytes = await readBody(ex.req, limit, "manifest");
  const contentType = ex.req.headers["content-type"];
  const parsed = parseManifest(bytes, contentType);
  const mediaType = contentType ?? parsed.mediaType;
  const tags = kind === "tag" ? [reference] : ex.url.searchParams.getAll("tag");
  for (const tag of tags) classify(tag, "invalid");
  if (kind === "digest") {
    const actual = computeDigest(bytes, parseDigest(reference).algorithm);
    if (actual !== reference) {
      throw new RegistryHttpError(400, "DIGEST_INVALID", `manifest bytes have digest ${actual}, not ${reference}`, {
        digest: reference,
        actual,
      });
    }
  }
  const { store } = ex.options;
  const algorithm = kind === "digest" ? parseDigest(reference).algorithm : await tagAlgorithm(ex, name, bytes);
  // Every refusal above comes before anything is stored; the store's own (missing blobs) come before it writes.
  let digest = "";
  for (const tag of tags.length > 0 ? tags : [undefined]) {
    digest = await store.putManifest(name, bytes, mediaType, tag, { algorithm });
  }
  const headers: Record<string, string> = {
    Location: `/v2/${name}/manifests/${digest}`,
    "Docker-Content-Digest": digest,
  };
  if (parsed.subject && isDigest(parsed.subject.digest)) headers["OCI-Subject"] = parsed.subject.digest;
  if (kind === "digest" && tags.length > 0) headers["OCI-Tag"] = tags.join(", ");
  sendEmpty(ex, 201, headers);
}

/**
 * The digest algorithm for a manifest pushed by tag: sha256, unless the repository already holds these exact bytes
 * by their sha512 digest (the client pushed them by that digest first), so the tag names the manifest it pushed.
 */
async function tagAlgorithm(ex: Exchange, name: string, bytes: Uint8Array): Promise<DigestAlgorithm> {
  const sha512 = computeDigest(bytes, "sha512");
  return (await ex.options.store.statManifest(name, sha512)) ? "sha512" : "sha256";
}

/** DELETE: a tag (only the tag goes) or a digest (the manifest and every tag on it go); 202. */
export async function deleteManifest(ex: Exchange, name: string, reference: string): Promise<void> {
  classify(reference, "unknown");
  const { store } = ex.options;
  if (!(await store.statManifest(name, reference))) throw manifestUnknown(reference, name);
  await store.deleteManifest(name, reference);
  sendEmpty(ex, 202);
}
