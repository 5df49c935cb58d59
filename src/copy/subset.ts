/**
 * Platform subsets of an index: the entries matching the wanted platforms, as a new index document (so a new
 * digest) that keeps every other field of the original.
 */
import { DockhandError } from "../errors.js";
import { computeDigest, type Descriptor, formatPlatform, type Platform, platformMatches } from "../oci/index.js";

/** A subset index: its bytes and digest, and the entries it kept. */
export interface PlatformSubset {
  bytes: Uint8Array;
  digest: string;
  kept: Descriptor[];
  /** True when every entry matched: the original index is used unchanged. */
  unchanged: boolean;
}

/**
 * Filters an index to the entries whose platform matches one of `wanted`. Entries without a platform (e.g.
 * attestation manifests of another entry) are kept only when they annotate a kept entry
 * (`vnd.docker.reference.digest`). Throws PLATFORM_NOT_FOUND naming the platforms the index has when none match.
 */
export function platformSubset(
  indexBytes: Uint8Array,
  entries: readonly Descriptor[],
  wanted: readonly Platform[],
  where: string,
): PlatformSubset {
  const matched = entries.filter((d) => d.platform && wanted.some((w) => platformMatches(w, d.platform as Platform)));
  if (matched.length === 0) {
    const available = entries.flatMap((d) => (d.platform ? [formatPlatform(d.platform)] : []));
    throw new DockhandError(
      "PLATFORM_NOT_FOUND",
      `${where} has no manifest for ${wanted.map(formatPlatform).join(", ")} (it has ${available.join(", ") || "no platforms"})`,
      { details: { wanted: wanted.map(formatPlatform), available } },
    );
  }
  const keptDigests = new Set(matched.map((d) => d.digest));
  const kept = entries.filter(
    (d) =>
      keptDigests.has(d.digest) ||
      (d.annotations?.["vnd.docker.reference.digest"] !== undefined &&
        keptDigests.has(d.annotations["vnd.docker.reference.digest"])),
  );
  if (kept.length === entries.length)
    return { bytes: indexBytes, digest: computeDigest(indexBytes), kept, unchanged: true };
  const document = JSON.parse(Buffer.from(indexBytes).toString("utf8")) as Record<string, unknown>;
  const original = document.manifests as unknown[];
  const keptSet = new Set(kept);
  document.manifests = original.filter((_, i) => keptSet.has(entries[i] as Descriptor));
  const bytes = Buffer.from(JSON.stringify(document));
  return { bytes, digest: computeDigest(bytes), kept, unchanged: false };
}
