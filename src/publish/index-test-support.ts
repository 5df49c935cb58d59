/**
 * Images for the index tests, pushed into any store the way builders push them: a per-arch OCI or Docker v2
 * image, or what buildx pushes with provenance on (an index holding the image and its attestation manifest).
 */
import {
  computeDigest,
  DOCKER_CONFIG,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  IN_TOTO,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
} from "../oci/index.js";
import { buildSampleImage } from "../sample/image.js";
import type { ImageStore } from "../store/types.js";
import { ATTESTATION_MANIFEST, REFERENCE_DIGEST_ANNOTATION, REFERENCE_TYPE_ANNOTATION } from "./index-plan.js";

/** A manifest as pushed: digest, media type, bytes. */
export interface PushedManifest {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

async function putBlob(store: ImageStore, repo: string, bytes: Uint8Array): Promise<string> {
  const digest = computeDigest(bytes);
  await store.putBlob(repo, digest, bytes.byteLength, bytes);
  return digest;
}

/** Pushes a one-layer image for `platform` (`linux/arm64`, `windows/amd64:10.0.20348`: os.version after `:`). */
export async function pushArchImage(
  store: ImageStore,
  repo: string,
  platform: string,
  options: { docker?: boolean; tag?: string; seed?: string } = {},
): Promise<PushedManifest> {
  const [name = platform, osVersion] = platform.split(":");
  const sample = buildSampleImage({ platforms: [name], layers: 1, seed: options.seed ?? `${repo}/${platform}` });
  const image = sample.images[0];
  if (!image) throw new Error("no sample image");
  const layer = image.layers[0];
  if (!layer) throw new Error("no sample layer");
  const config = JSON.parse(Buffer.from(image.config.bytes).toString("utf8")) as Record<string, unknown>;
  if (osVersion) config["os.version"] = osVersion;
  const configBytes = Buffer.from(JSON.stringify(config));
  const configDigest = await putBlob(store, repo, configBytes);
  await putBlob(store, repo, layer.bytes);
  const docker = options.docker === true;
  const mediaType = docker ? DOCKER_MANIFEST : OCI_MANIFEST;
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: { mediaType: docker ? DOCKER_CONFIG : OCI_CONFIG, digest: configDigest, size: configBytes.byteLength },
      layers: [
        { mediaType: docker ? DOCKER_LAYER_GZIP : layer.mediaType, digest: layer.digest, size: layer.bytes.byteLength },
      ],
    }),
  );
  const digest = await store.putManifest(repo, bytes, mediaType, options.tag);
  return { digest, mediaType, bytes };
}

/** What buildx pushes for one platform with provenance on: an index of the image and its attestation manifest. */
export interface BuildxPush {
  index: PushedManifest;
  image: PushedManifest;
  attestation: PushedManifest;
}

/** Pushes an image for `platform` as buildx does with provenance (index + attestation manifest), tagged `tag`. */
export async function pushBuildxImage(
  store: ImageStore,
  repo: string,
  platform: string,
  tag: string,
): Promise<BuildxPush> {
  const image = await pushArchImage(store, repo, platform);
  const statement = Buffer.from(
    JSON.stringify({
      _type: "https://in-toto.io/Statement/v0.1",
      subject: [{ name: `${repo}:${tag}`, digest: { sha256: image.digest.slice("sha256:".length) } }],
      predicateType: "https://slsa.dev/provenance/v0.2",
    }),
  );
  const statementDigest = await putBlob(store, repo, statement);
  const attConfig = Buffer.from(
    JSON.stringify({
      architecture: "unknown",
      os: "unknown",
      config: {},
      rootfs: { type: "layers", diff_ids: [statementDigest] },
    }),
  );
  const attConfigDigest = await putBlob(store, repo, attConfig);
  const attBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: attConfigDigest, size: attConfig.byteLength },
      layers: [
        {
          mediaType: IN_TOTO,
          digest: statementDigest,
          size: statement.byteLength,
          annotations: { "in-toto.io/predicate-type": "https://slsa.dev/provenance/v0.2" },
        },
      ],
    }),
  );
  const attDigest = await store.putManifest(repo, attBytes, OCI_MANIFEST);
  const [os = "linux", architecture = "amd64", variant] = platform.split("/");
  const indexBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: image.digest,
          size: image.bytes.byteLength,
          platform: { architecture, os, ...(variant ? { variant } : {}) },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: attDigest,
          size: attBytes.byteLength,
          annotations: {
            [REFERENCE_DIGEST_ANNOTATION]: image.digest,
            [REFERENCE_TYPE_ANNOTATION]: ATTESTATION_MANIFEST,
          },
          platform: { architecture: "unknown", os: "unknown" },
        },
      ],
    }),
  );
  const indexDigest = await store.putManifest(repo, indexBytes, OCI_INDEX, tag);
  return {
    index: { digest: indexDigest, mediaType: OCI_INDEX, bytes: indexBytes },
    image,
    attestation: { digest: attDigest, mediaType: OCI_MANIFEST, bytes: attBytes },
  };
}
