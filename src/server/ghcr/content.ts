/**
 * Image content for the versions a world file declares: a small OCI image per platform (an empty tar layer and
 * a config carrying the source label), and an OCI index over them for multi-platform versions. Deterministic:
 * the same world gives the same digests, and every version's digest differs from every other's.
 */
import { computeDigest } from "../../oci/digest.js";
import { OCI_CONFIG, OCI_INDEX, OCI_LAYER_TAR, OCI_MANIFEST } from "../../oci/mediaTypes.js";

/** A blob or manifest with its digest. */
export interface Content {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What one declared version becomes: the tagged manifest, its untagged children, and the blobs. */
export interface GeneratedVersion {
  manifest: Content;
  children: Content[];
  blobs: Content[];
}

const encoder = new TextEncoder();
// Two 512-byte zero blocks: a valid, empty tar archive.
const EMPTY_TAR: Content = (() => {
  const bytes = new Uint8Array(1024);
  return { digest: computeDigest(bytes), mediaType: OCI_LAYER_TAR, bytes };
})();

function json(mediaType: string, value: unknown): Content {
  const bytes = encoder.encode(JSON.stringify(value));
  return { digest: computeDigest(bytes), mediaType, bytes };
}

function parsePlatform(platform: string): { os: string; architecture: string; variant?: string } {
  const [os = "linux", architecture = "amd64", variant] = platform.split("/");
  return variant ? { os, architecture, variant } : { os, architecture };
}

function image(seed: string, platform: string, created: string, source: string | undefined) {
  const p = parsePlatform(platform);
  const config = json(OCI_CONFIG, {
    ...p,
    created,
    config: {
      Labels: { ...(source ? { "org.opencontainers.image.source": source } : {}), "dockhand.emulator.seed": seed },
    },
    rootfs: { type: "layers", diff_ids: [EMPTY_TAR.digest] },
  });
  const manifest = json(OCI_MANIFEST, {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG, digest: config.digest, size: config.bytes.length },
    layers: [{ mediaType: OCI_LAYER_TAR, digest: EMPTY_TAR.digest, size: EMPTY_TAR.bytes.length }],
  });
  return { manifest, config, platform: p };
}

/**
 * Generates a version's content. `seed` makes it unique (e.g. "alice/app#3"); `platforms` absent means a single
 * linux/amd64 image; `source` becomes the org.opencontainers.image.source label.
 */
export function generateVersion(
  seed: string,
  created: string,
  platforms: string[] | undefined,
  source: string | undefined,
): GeneratedVersion {
  if (!platforms) {
    const single = image(seed, "linux/amd64", created, source);
    return { manifest: single.manifest, children: [], blobs: [single.config, EMPTY_TAR] };
  }
  const images = platforms.map((platform) => image(`${seed}:${platform}`, platform, created, source));
  const index = json(OCI_INDEX, {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: images.map((img) => ({
      mediaType: OCI_MANIFEST,
      digest: img.manifest.digest,
      size: img.manifest.bytes.length,
      platform: img.platform,
    })),
  });
  return {
    manifest: index,
    children: images.map((img) => img.manifest),
    blobs: [...images.map((img) => img.config), EMPTY_TAR],
  };
}
