/** Small images and artifacts for store tests: real digests, sizes and manifests, built in memory. */
import { computeDigest } from "../../src/oci/digest.js";
import { OCI_CONFIG, OCI_EMPTY_DESCRIPTOR, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST } from "../../src/oci/mediaTypes.js";
import type { ImageStore, StoreDescriptor } from "../../src/store/types.js";

/** UTF-8 bytes of a string. */
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A blob and its descriptor. */
export interface Blob {
  bytes: Uint8Array;
  descriptor: StoreDescriptor;
}

/** A blob of the given content and media type. */
export function blob(content: string, mediaType = OCI_LAYER_GZIP): Blob {
  const data = bytes(content);
  return { bytes: data, descriptor: { mediaType, digest: computeDigest(data), size: data.length } };
}

/** An image: config and layer blobs and its manifest bytes (with deliberately unusual whitespace). */
export function image(name: string, layerCount = 1, extra: Record<string, unknown> = {}) {
  const config = blob(JSON.stringify({ architecture: "amd64", os: "linux", name }), OCI_CONFIG);
  const layers = Array.from({ length: layerCount }, (_, i) => blob(`${name} layer ${i}`));
  const document = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: config.descriptor,
    layers: layers.map((l) => l.descriptor),
    ...extra,
  };
  const manifest = bytes(`${JSON.stringify(document, null, 3)}\n`);
  return { config, layers, manifest, digest: computeDigest(manifest), mediaType: OCI_MANIFEST };
}

/** An artifact (empty config) whose subject is `subject`. */
export function artifact(
  subject: StoreDescriptor,
  artifactType: string,
  content: string,
  annotations?: Record<string, string>,
) {
  const layer = blob(content, "application/json");
  const config = { bytes: bytes("{}"), descriptor: { ...OCI_EMPTY_DESCRIPTOR } };
  const document = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType,
    config: { mediaType: OCI_EMPTY_DESCRIPTOR.mediaType, digest: OCI_EMPTY_DESCRIPTOR.digest, size: 2 },
    layers: [layer.descriptor],
    subject,
    ...(annotations ? { annotations } : {}),
  };
  const manifest = bytes(JSON.stringify(document));
  return { config, layers: [layer], manifest, digest: computeDigest(manifest), mediaType: OCI_MANIFEST };
}

/** An OCI index of the given manifests. */
export function index(children: { digest: string; manifest: Uint8Array }[], platforms = ["amd64", "arm64"]) {
  const document = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: children.map((child, i) => ({
      mediaType: OCI_MANIFEST,
      digest: child.digest,
      size: child.manifest.length,
      platform: { os: "linux", architecture: platforms[i] ?? "amd64" },
    })),
  };
  const manifest = bytes(JSON.stringify(document));
  return { manifest, digest: computeDigest(manifest), mediaType: OCI_INDEX };
}

/** Pushes an image's (or artifact's) blobs then its manifest; returns the manifest digest. */
export async function pushImage(
  store: ImageStore,
  repo: string,
  built: { config: Blob; layers: Blob[]; manifest: Uint8Array; mediaType: string },
  tag?: string,
): Promise<string> {
  for (const b of [built.config, ...built.layers]) {
    await store.putBlob(repo, b.descriptor.digest, b.descriptor.size, b.bytes);
  }
  return await store.putManifest(repo, built.manifest, built.mediaType, tag);
}

/** Reads a stream to a string. */
export async function text(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/** The DockhandError code a promise rejects with. */
export async function rejectionCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return undefined;
}
