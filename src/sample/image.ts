/**
 * Sample images built in memory — real gzip'd tar layers, configs, per-platform manifests and an OCI index — for
 * the demo, the benchmarks and the tests. Nothing here needs a container engine.
 */
import { gzipSync } from "node:zlib";
import { computeDigest } from "../oci/digest.js";
import { OCI_CONFIG, OCI_INDEX, OCI_LAYER_GZIP, OCI_LAYER_TAR, OCI_MANIFEST } from "../oci/mediaTypes.js";
import type { ImageStore } from "../store/types.js";
import { createTar } from "./tar.js";

/** A piece of content with its digest and media type. */
export interface SampleBlob {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** One platform's image: its manifest, config and layers. */
export interface SamplePlatformImage {
  platform: { os: string; architecture: string; variant?: string };
  manifest: SampleBlob;
  config: SampleBlob;
  layers: SampleBlob[];
}

/** A multi-platform sample image: an OCI index over per-platform images. */
export interface SampleImage {
  index: SampleBlob;
  images: SamplePlatformImage[];
}

/** Options for {@link buildSampleImage}. */
export interface SampleImageOptions {
  /** Platforms as `os/arch[/variant]` (default linux/amd64 and linux/arm64). */
  platforms?: string[];
  /** Layers per platform (default 2). */
  layers?: number;
  /** Extra incompressible bytes in each layer (default 0: small text layers). */
  layerBytes?: number;
  /** gzip the layers (default true); benchmarks use plain tar to keep generation fast. */
  gzip?: boolean;
  /** Varies the content so two samples with different seeds share no layers. */
  seed?: string;
  /** Annotations for the index (e.g. org.opencontainers.image.source). */
  annotations?: Record<string, string>;
}

function blob(mediaType: string, bytes: Uint8Array): SampleBlob {
  return { digest: computeDigest(bytes), mediaType, bytes };
}

function json(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value));
}

/** Deterministic pseudo-random bytes (xorshift32): incompressible but reproducible from a seed. */
function noise(length: number, seedText: string): Uint8Array {
  let state = 2166136261;
  for (const char of seedText) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  state ||= 1;
  const out = Buffer.allocUnsafe(length);
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out.writeUInt32LE(state >>> 0, i);
  }
  for (; i < length; i++) out[i] = i & 0xff;
  return out;
}

/** Builds a sample multi-platform image entirely in memory. */
export function buildSampleImage(options: SampleImageOptions = {}): SampleImage {
  const platforms = options.platforms ?? ["linux/amd64", "linux/arm64"];
  const layerCount = options.layers ?? 2;
  const seed = options.seed ?? "dockhand";
  const gzip = options.gzip ?? true;
  const images = platforms.map((text): SamplePlatformImage => {
    const [os = "linux", architecture = "amd64", variant] = text.split("/");
    const platform = { os, architecture, ...(variant ? { variant } : {}) };
    const diffIds: string[] = [];
    const layers = Array.from({ length: layerCount }, (_, n) => {
      const entries: { path: string; content?: Uint8Array | string }[] = [
        { path: `layer${n}/` },
        { path: `layer${n}/hello.txt`, content: `hello from ${text}, layer ${n} (${seed})\n` },
      ];
      if (options.layerBytes) {
        entries.push({ path: `layer${n}/data.bin`, content: noise(options.layerBytes, `${seed}/${text}/${n}`) });
      }
      const tar = createTar(entries);
      diffIds.push(computeDigest(tar));
      return gzip ? blob(OCI_LAYER_GZIP, gzipSync(tar)) : blob(OCI_LAYER_TAR, tar);
    });
    const config = blob(
      OCI_CONFIG,
      json({
        created: "2026-01-01T00:00:00Z",
        architecture,
        os,
        ...(variant ? { variant } : {}),
        config: { Cmd: ["/bin/sh"], Labels: { "org.opencontainers.image.title": "dockhand sample" } },
        rootfs: { type: "layers", diff_ids: diffIds },
        history: layers.map((_, n) => ({ created: "2026-01-01T00:00:00Z", created_by: `sample layer ${n}` })),
      }),
    );
    const manifest = blob(
      OCI_MANIFEST,
      json({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
        layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.bytes.length })),
      }),
    );
    return { platform, manifest, config, layers };
  });
  const index = blob(
    OCI_INDEX,
    json({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: images.map((image) => ({
        mediaType: image.manifest.mediaType,
        digest: image.manifest.digest,
        size: image.manifest.bytes.length,
        platform: image.platform,
      })),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    }),
  );
  return { index, images };
}

/** Writes one platform's image into a store: its blobs, then its manifest, tagged with `tags`. */
export async function pushPlatformImage(
  store: ImageStore,
  repo: string,
  image: SamplePlatformImage,
  tags: string[] = [],
): Promise<void> {
  for (const item of [image.config, ...image.layers]) {
    if ((await store.statBlob(repo, item.digest)) === undefined) {
      await store.putBlob(repo, item.digest, item.bytes.length, item.bytes);
    }
  }
  await putTagged(store, repo, image.manifest, tags);
}

/**
 * Writes a sample image into a store: blobs first, then the platform manifests, then the index under `tags`
 * (children before parents, so no tag ever points at missing content).
 */
export async function pushSampleImage(
  store: ImageStore,
  repo: string,
  image: SampleImage,
  tags: string[] = ["latest"],
): Promise<void> {
  for (const platformImage of image.images) await pushPlatformImage(store, repo, platformImage);
  await putTagged(store, repo, image.index, tags);
}

async function putTagged(store: ImageStore, repo: string, manifest: SampleBlob, tags: string[]): Promise<void> {
  if (tags.length === 0) await store.putManifest(repo, manifest.bytes, manifest.mediaType);
  for (const tag of tags) await store.putManifest(repo, manifest.bytes, manifest.mediaType, tag);
}
