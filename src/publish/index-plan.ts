/**
 * Planning a multi-arch index, as `docker buildx imagetools create` builds one: pure functions from the sources'
 * manifests to the new index's bytes. Per-arch images become entries with the platform of their config; indexes
 * are flattened; BuildKit's attestation manifests stay beside the images they describe; one image per platform.
 * The result is a Docker manifest list when every entry is a Docker v2 manifest and nothing is annotated, else an
 * OCI index.
 */
import { DockhandError } from "../errors.js";
import {
  computeDigest,
  type Descriptor,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  formatPlatform,
  normalizePlatform,
  OCI_INDEX,
  type ParsedIndex,
  type ParsedManifest,
  type Platform,
  platformMatches,
} from "../oci/index.js";
import { hasAnnotations, type IndexAnnotations } from "./index-annotations.js";

/** BuildKit's annotation naming what an index entry is (`attestation-manifest`). */
export const REFERENCE_TYPE_ANNOTATION = "vnd.docker.reference.type";
/** BuildKit's annotation naming the digest of the image an attestation manifest describes. */
export const REFERENCE_DIGEST_ANNOTATION = "vnd.docker.reference.digest";
/** The value of {@link REFERENCE_TYPE_ANNOTATION} on attestation manifests. */
export const ATTESTATION_MANIFEST = "attestation-manifest";

/** One source of a new index, loaded: its manifest and, for a single image, the platform from its config. */
export interface IndexSource {
  /** How the user named it, for messages (`ghcr.io/o/app:main-amd64`). */
  label: string;
  /** The repository (path below the registry) it lives in. */
  repository: string;
  digest: string;
  mediaType: string;
  /** The manifest's exact bytes (a single index source is copied as is). */
  bytes: Uint8Array;
  manifest: ParsedManifest;
  /** For an image: the platform its config declares (os, architecture, variant, os.version, os.features). */
  platform?: Platform;
}

/** An entry of the planned index and the repository its content comes from. */
export interface PlannedEntry {
  descriptor: Descriptor;
  /** Repository holding the manifest (and its blobs). */
  repository: string;
  /** Label of the source that brought it. */
  source: string;
  attestation: boolean;
}

/** A planned index: the exact bytes to push and what they hold. */
export interface IndexPlan {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
  entries: PlannedEntry[];
  /** True when a single index source is pushed unchanged (same digest). */
  carbonCopy: boolean;
  /** Attestation manifests left out because the image they describe is not in the index. */
  dropped: PlannedEntry[];
}

/** Options of {@link planIndex}. */
export interface PlanIndexOptions {
  annotations?: IndexAnnotations;
}

/** True for BuildKit attestation manifests (`vnd.docker.reference.type: attestation-manifest`). */
export function isAttestationEntry(descriptor: Pick<Descriptor, "annotations">): boolean {
  return descriptor.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST;
}

/** The platform as `linux/arm64/v8 (os.version 10.0.1)` for messages. */
export function describePlatform(platform: Platform): string {
  const version = platform["os.version"] ? ` (os.version ${platform["os.version"]})` : "";
  return `${formatPlatform(platform)}${version}`;
}

function platformKey(platform: Platform): string {
  const p = normalizePlatform(platform);
  const features = [...(platform["os.features"] ?? [])].sort().join(",");
  return [p.os, p.architecture, p.variant ?? "", platform["os.version"] ?? "", features].join("|");
}

/** The entries a source contributes: an image as one entry, an index flattened. */
function sourceEntries(source: IndexSource): PlannedEntry[] {
  const { manifest } = source;
  if (manifest.kind === "index") {
    return manifest.manifests.map((descriptor) => ({
      descriptor,
      repository: source.repository,
      source: source.label,
      attestation: isAttestationEntry(descriptor),
    }));
  }
  if (!source.platform) {
    throw new DockhandError(
      "INDEX_SOURCE_NO_PLATFORM",
      `${source.label} has no platform: its config names no os and architecture`,
      {
        hint: "index create combines images; an artifact or an image without os/architecture cannot be an entry",
        details: { source: source.label, digest: source.digest },
      },
    );
  }
  return [
    {
      descriptor: {
        mediaType: source.mediaType,
        digest: source.digest,
        size: source.bytes.byteLength,
        platform: source.platform,
      },
      repository: source.repository,
      source: source.label,
      attestation: false,
    },
  ];
}

/**
 * Plans the index combining `sources` (at least one). Throws INDEX_DUPLICATE_PLATFORM when two different images
 * claim the same platform, naming both.
 */
export function planIndex(sources: readonly IndexSource[], options: PlanIndexOptions = {}): IndexPlan {
  const first = sources[0];
  if (!first) throw new DockhandError("USAGE", "index create needs at least one source", { exit: 2 });
  const annotations = options.annotations;
  const annotated = annotations !== undefined && hasAnnotations(annotations);
  if (sources.length === 1 && first.manifest.kind === "index" && !annotated) {
    // As imagetools: one index and nothing to change is a carbon copy, so the digest stays the same.
    const entries = sourceEntries(first);
    return {
      mediaType: first.mediaType,
      digest: first.digest,
      size: first.bytes.byteLength,
      bytes: first.bytes,
      entries,
      carbonCopy: true,
      dropped: [],
    };
  }

  const images: PlannedEntry[] = [];
  const attestations: PlannedEntry[] = [];
  const seen = new Set<string>();
  const byPlatform = new Map<string, PlannedEntry>();
  for (const source of sources) {
    for (const entry of sourceEntries(source)) {
      if (seen.has(entry.descriptor.digest)) continue;
      seen.add(entry.descriptor.digest);
      if (entry.attestation) {
        attestations.push(entry);
        continue;
      }
      const platform = entry.descriptor.platform;
      if (platform) {
        const key = platformKey(platform);
        const other = byPlatform.get(key);
        if (other) throw duplicatePlatform(platform, other, entry);
        byPlatform.set(key, entry);
      }
      images.push(entry);
    }
  }
  const kept = new Set(images.map((entry) => entry.descriptor.digest));
  const dropped = attestations.filter(
    (entry) => !kept.has(entry.descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION] ?? ""),
  );
  // Attestations follow the images, in the order of the images they describe (as BuildKit writes them).
  const order = new Map(images.map((entry, i) => [entry.descriptor.digest, i]));
  const keptAttestations = attestations
    .filter((entry) => !dropped.includes(entry))
    .sort(
      (a, b) =>
        (order.get(a.descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION] ?? "") ?? 0) -
        (order.get(b.descriptor.annotations?.[REFERENCE_DIGEST_ANNOTATION] ?? "") ?? 0),
    );
  const entries = [...images, ...keptAttestations].map((entry) =>
    entry.attestation ? entry : { ...entry, descriptor: annotateDescriptor(entry.descriptor, annotations) },
  );
  const allDocker = entries.every((entry) => entry.descriptor.mediaType === DOCKER_MANIFEST);
  const mediaType = allDocker && !annotated ? DOCKER_MANIFEST_LIST : OCI_INDEX;
  const document = serializeIndex({
    mediaType,
    manifests: entries.map((entry) => entry.descriptor),
    ...(annotations && Object.keys(annotations.index).length > 0 ? { annotations: annotations.index } : {}),
  });
  return { ...document, entries, carbonCopy: false, dropped };
}

function duplicatePlatform(platform: Platform, a: PlannedEntry, b: PlannedEntry): DockhandError {
  const name = describePlatform(platform);
  return new DockhandError(
    "INDEX_DUPLICATE_PLATFORM",
    `two images claim ${name}: ${a.source} (${a.descriptor.digest}) and ${b.source} (${b.descriptor.digest})`,
    {
      hint: "give one image per platform; drop one source, or remove the platform first (dockhand index remove --platform)",
      details: { platform: name, sources: [a.source, b.source], digests: [a.descriptor.digest, b.descriptor.digest] },
    },
  );
}

function annotateDescriptor(descriptor: Descriptor, annotations: IndexAnnotations | undefined): Descriptor {
  const extra: Record<string, string> = {};
  for (const item of annotations?.descriptors ?? []) {
    if (item.platform && !(descriptor.platform && platformMatches(item.platform, descriptor.platform))) continue;
    extra[item.key] = item.value;
  }
  if (Object.keys(extra).length === 0) return descriptor;
  return { ...descriptor, annotations: { ...descriptor.annotations, ...extra } };
}

/** Fields of an index to serialise. */
export interface IndexDocument {
  mediaType: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
  artifactType?: string;
  subject?: Descriptor;
}

/**
 * Serialises an index with its fields in the OCI spec's order (schemaVersion, mediaType, artifactType, manifests,
 * subject, annotations; descriptors mediaType, digest, size, urls, annotations, data, platform, artifactType), two
 * spaces indented, and returns the bytes with their digest.
 */
export function serializeIndex(document: IndexDocument): {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
} {
  const docker = document.mediaType === DOCKER_MANIFEST_LIST;
  const value = {
    schemaVersion: 2,
    mediaType: document.mediaType,
    ...(document.artifactType && !docker ? { artifactType: document.artifactType } : {}),
    manifests: document.manifests.map((d) => orderDescriptor(d, docker)),
    ...(document.subject && !docker ? { subject: orderDescriptor(document.subject, false) } : {}),
    ...(document.annotations && !docker ? { annotations: document.annotations } : {}),
  };
  const bytes = Buffer.from(JSON.stringify(value, null, 2));
  return { mediaType: document.mediaType, digest: computeDigest(bytes), size: bytes.byteLength, bytes };
}

function orderDescriptor(d: Descriptor, docker: boolean): Record<string, unknown> {
  return {
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...(d.urls ? { urls: d.urls } : {}),
    ...(d.annotations && !docker ? { annotations: d.annotations } : {}),
    ...(d.data ? { data: d.data } : {}),
    ...(d.platform ? { platform: orderPlatform(d.platform) } : {}),
    ...(d.artifactType && !docker ? { artifactType: d.artifactType } : {}),
  };
}

function orderPlatform(p: Platform): Platform {
  return {
    architecture: p.architecture,
    os: p.os,
    ...(p["os.version"] ? { "os.version": p["os.version"] } : {}),
    ...(p["os.features"] ? { "os.features": p["os.features"] } : {}),
    ...(p.variant ? { variant: p.variant } : {}),
    ...(p.features ? { features: p.features } : {}),
  };
}

/** The result of {@link planRemove}: the new index and what left it. */
export interface RemovePlan {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
  removed: Descriptor[];
  kept: Descriptor[];
}

/**
 * Plans an index without the entries of `platforms` and the attestation manifests describing them. The index's
 * media type, annotations, artifact type and subject are kept. Throws INDEX_PLATFORM_NOT_FOUND when a platform
 * has no entry, INDEX_EMPTY when nothing would remain.
 */
export function planRemove(index: ParsedIndex, platforms: readonly Platform[], label: string): RemovePlan {
  const removed = new Set<string>();
  for (const platform of platforms) {
    const matches = index.manifests.filter(
      (d) => !isAttestationEntry(d) && d.platform !== undefined && platformMatches(platform, d.platform),
    );
    if (matches.length === 0) {
      const present = index.manifests.flatMap((d) =>
        d.platform && !isAttestationEntry(d) ? [describePlatform(d.platform)] : [],
      );
      throw new DockhandError("INDEX_PLATFORM_NOT_FOUND", `${label} has no ${describePlatform(platform)} image`, {
        hint: present.length > 0 ? `its platforms: ${present.join(", ")}` : "it lists no platforms",
        details: { platform: describePlatform(platform), present },
      });
    }
    for (const d of matches) removed.add(d.digest);
  }
  const goes = (d: Descriptor) =>
    removed.has(d.digest) || (isAttestationEntry(d) && removed.has(d.annotations?.[REFERENCE_DIGEST_ANNOTATION] ?? ""));
  const kept = index.manifests.filter((d) => !goes(d));
  if (!kept.some((d) => !isAttestationEntry(d))) {
    throw new DockhandError(
      "INDEX_EMPTY",
      `removing ${platforms.map(describePlatform).join(", ")} would leave ${label} with no image`,
      {
        hint: "delete the tag instead (dockhand rm)",
      },
    );
  }
  const document = serializeIndex({
    mediaType: index.mediaType,
    manifests: kept,
    ...(index.annotations ? { annotations: index.annotations } : {}),
    ...(index.artifactType ? { artifactType: index.artifactType } : {}),
    ...(index.subject ? { subject: index.subject } : {}),
  });
  return { ...document, removed: index.manifests.filter(goes), kept };
}
