/**
 * Loading the sources of a new index from a store: each source's manifest and, for a single image, the platform
 * its config declares — what {@link planIndex} needs.
 */
import { DockhandError } from "../errors.js";
import { isImageManifestMediaType, type Platform, parseManifest, readPlatform } from "../oci/index.js";
import { Problems } from "../oci/shape.js";
import type { ImageStore } from "../store/types.js";
import type { IndexSource } from "./index-plan.js";

/** Where a source is: a repository of the store and a tag or digest in it. */
export interface SourceLocation {
  repository: string;
  reference: string;
  /** How the user named it. */
  label: string;
}

/** Largest config read to find a platform (configs are small; this only bounds a broken one). */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/** Loads one source; throws MANIFEST_UNKNOWN naming it when it does not exist. */
export async function loadIndexSource(store: ImageStore, location: SourceLocation): Promise<IndexSource> {
  const found = await store.statManifest(location.repository, location.reference);
  if (!found) {
    throw new DockhandError("MANIFEST_UNKNOWN", `source ${location.label} not found`, {
      hint: "push the per-arch image first; sources must exist in the target's registry",
      details: { source: location.label },
    });
  }
  const stored = await store.getManifest(location.repository, found.digest);
  const manifest = parseManifest(stored.bytes, stored.mediaType);
  const source: IndexSource = {
    label: location.label,
    repository: location.repository,
    digest: stored.digest,
    mediaType: manifest.mediaType,
    bytes: stored.bytes,
    manifest,
  };
  if (manifest.kind === "image" && isImageManifestMediaType(manifest.mediaType)) {
    const platform = await readConfigPlatform(store, location.repository, manifest.config.digest);
    if (platform) source.platform = platform;
  }
  return source;
}

/** The platform fields of an image config (os, architecture, variant, os.version, os.features); undefined when absent. */
async function readConfigPlatform(
  store: ImageStore,
  repository: string,
  digest: string,
): Promise<Platform | undefined> {
  const blob = await store.getBlob(repository, digest);
  if (blob.size > MAX_CONFIG_BYTES) {
    blob.stream.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of blob.stream) chunks.push(Buffer.from(chunk as Uint8Array));
  let config: unknown;
  try {
    config = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof config !== "object" || config === null) return undefined;
  const record = config as Record<string, unknown>;
  return readPlatform(
    {
      os: record.os,
      architecture: record.architecture,
      ...(typeof record.variant === "string" && record.variant !== "" ? { variant: record.variant } : {}),
      ...(typeof record["os.version"] === "string" && record["os.version"] !== ""
        ? { "os.version": record["os.version"] }
        : {}),
      ...(Array.isArray(record["os.features"]) && record["os.features"].length > 0
        ? { "os.features": record["os.features"] }
        : {}),
    },
    "config",
    new Problems(),
  );
}
