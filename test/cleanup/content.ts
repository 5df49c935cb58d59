/**
 * Test content pushed through the image-store interface: single-platform images, multi-arch indexes with a
 * BuildKit attestation entry, cosign-style signatures (digest tag + subject) and OCI-subject SBOMs.
 */
import { computeDigest } from "../../src/oci/digest.js";
import {
  OCI_CONFIG,
  OCI_EMPTY,
  OCI_EMPTY_DESCRIPTOR,
  OCI_INDEX,
  OCI_LAYER_TAR,
  OCI_MANIFEST,
} from "../../src/oci/mediaTypes.js";
import type { ImageStore } from "../../src/store/types.js";

const encoder = new TextEncoder();

async function blob(store: ImageStore, repo: string, text: string, mediaType: string) {
  const bytes = encoder.encode(text);
  const digest = computeDigest(bytes);
  await store.putBlob(repo, digest, bytes.length, bytes);
  return { mediaType, digest, size: bytes.length };
}

/** Pushes a small image unique to `seed`; returns its digest. */
export async function pushImage(
  store: ImageStore,
  repo: string,
  seed: string,
  options: { tag?: string; created?: string; platform?: string } = {},
): Promise<string> {
  const [os = "linux", architecture = "amd64"] = (options.platform ?? "linux/amd64").split("/");
  const config = await blob(
    store,
    repo,
    JSON.stringify({ os, architecture, seed, rootfs: { type: "layers", diff_ids: [] } }),
    OCI_CONFIG,
  );
  const layer = await blob(store, repo, `layer of ${seed}`, OCI_LAYER_TAR);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config,
    layers: [layer],
    ...(options.created ? { annotations: { "org.opencontainers.image.created": options.created } } : {}),
  };
  return store.putManifest(repo, encoder.encode(JSON.stringify(manifest)), OCI_MANIFEST, options.tag);
}

/** Pushes a two-platform index with an attestation entry; returns the index and entry digests. */
export async function pushMultiArch(
  store: ImageStore,
  repo: string,
  seed: string,
  options: { tag?: string; created?: string } = {},
): Promise<{ index: string; amd64: string; arm64: string; attestation: string }> {
  const amd64 = await pushImage(store, repo, `${seed}/amd64`, { platform: "linux/amd64" });
  const arm64 = await pushImage(store, repo, `${seed}/arm64`, { platform: "linux/arm64" });
  const attestation = await pushImage(store, repo, `${seed}/provenance`, { platform: "unknown/unknown" });
  const entry = async (digest: string) => (await store.statManifest(repo, digest))?.size ?? 0;
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: OCI_MANIFEST,
        digest: amd64,
        size: await entry(amd64),
        platform: { os: "linux", architecture: "amd64" },
      },
      {
        mediaType: OCI_MANIFEST,
        digest: arm64,
        size: await entry(arm64),
        platform: { os: "linux", architecture: "arm64" },
      },
      {
        mediaType: OCI_MANIFEST,
        digest: attestation,
        size: await entry(attestation),
        platform: { os: "unknown", architecture: "unknown" },
        annotations: { "vnd.docker.reference.type": "attestation-manifest", "vnd.docker.reference.digest": amd64 },
      },
    ],
    ...(options.created ? { annotations: { "org.opencontainers.image.created": options.created } } : {}),
  };
  const digest = await store.putManifest(repo, encoder.encode(JSON.stringify(index)), OCI_INDEX, options.tag);
  return { index: digest, amd64, arm64, attestation };
}

/** Pushes a signature of `subject` with a subject field and, when `digestTag`, the cosign `sha256-<hex>.sig` tag. */
export async function pushSignature(
  store: ImageStore,
  repo: string,
  subject: string,
  digestTag: boolean,
): Promise<string> {
  await store.putBlob(repo, OCI_EMPTY_DESCRIPTOR.digest, 2, encoder.encode("{}"));
  const payload = await blob(
    store,
    repo,
    `${digestTag ? "signature" : "sbom"} of ${subject}`,
    "application/vnd.dev.cosign.simplesigning.v1+json",
  );
  const size = (await store.statManifest(repo, subject))?.size ?? 0;
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: "application/vnd.dev.cosign.artifact.sig.v1+json",
    config: { mediaType: OCI_EMPTY, digest: OCI_EMPTY_DESCRIPTOR.digest, size: 2 },
    layers: [payload],
    subject: { mediaType: OCI_INDEX, digest: subject, size },
  };
  const tag = digestTag ? `${subject.replace(":", "-")}.sig` : undefined;
  return store.putManifest(repo, encoder.encode(JSON.stringify(manifest)), OCI_MANIFEST, tag);
}
