/**
 * What a copy reports while it runs (the `onEvent` callback, the CLI's progress and `--json` stream) and the
 * summary it returns.
 */

/** What happened to a blob. */
export type BlobAction = "copied" | "mounted" | "skipped";

/** What happened to a manifest. */
export type ManifestAction = "pushed" | "skipped";

/** Events of a copy, one JSON object each in `--json` mode. */
export type CopyEvent =
  | { type: "image"; source: string; target: string; digest: string; status: "start" }
  | {
      type: "image";
      source: string;
      target: string;
      digest: string;
      status: "done";
      summary: CopySummary;
    }
  | { type: "image"; source: string; target: string; digest: string; status: "up-to-date" }
  | { type: "blob"; digest: string; size: number; action: BlobAction; from?: string; repository: string }
  | { type: "manifest"; digest: string; mediaType: string; action: ManifestAction; repository: string }
  | { type: "tag"; tag: string; digest: string; action: "tagged" | "unchanged"; repository: string }
  | { type: "subset"; sourceDigest: string; digest: string; platforms: string[] }
  | { type: "progress"; bytes: number; totalBytes: number; blobs: number; totalBlobs: number }
  | { type: "note"; message: string };

/** Counts of a copy (of one image, or everything a command did). */
export interface CopySummary {
  /** Images (tagged or digest roots, not their children) handled. */
  images: number;
  /** Images whose target already had everything. */
  upToDate: number;
  blobs: { copied: number; mounted: number; skipped: number };
  manifests: { pushed: number; skipped: number };
  tags: { tagged: number; unchanged: number };
  /** Blob bytes streamed from source to target. */
  bytesMoved: number;
  /** Blob bytes the target got by mount (no transfer). */
  bytesMounted: number;
  /** Blob bytes the target already had. */
  bytesSkipped: number;
  /** Manifest bytes sent. */
  manifestBytes: number;
  /** True for a `--dry-run`: the counts say what would happen. */
  dryRun: boolean;
}

/** A summary with every count zero. */
export function emptySummary(dryRun = false): CopySummary {
  return {
    images: 0,
    upToDate: 0,
    blobs: { copied: 0, mounted: 0, skipped: 0 },
    manifests: { pushed: 0, skipped: 0 },
    tags: { tagged: 0, unchanged: 0 },
    bytesMoved: 0,
    bytesMounted: 0,
    bytesSkipped: 0,
    manifestBytes: 0,
    dryRun,
  };
}

/** Adds `from` into `into` (for totals over several images). */
export function addSummary(into: CopySummary, from: CopySummary): CopySummary {
  into.images += from.images;
  into.upToDate += from.upToDate;
  into.blobs.copied += from.blobs.copied;
  into.blobs.mounted += from.blobs.mounted;
  into.blobs.skipped += from.blobs.skipped;
  into.manifests.pushed += from.manifests.pushed;
  into.manifests.skipped += from.manifests.skipped;
  into.tags.tagged += from.tags.tagged;
  into.tags.unchanged += from.tags.unchanged;
  into.bytesMoved += from.bytesMoved;
  into.bytesMounted += from.bytesMounted;
  into.bytesSkipped += from.bytesSkipped;
  into.manifestBytes += from.manifestBytes;
  return into;
}

/** Bytes as a short human string (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = "B";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}

/** One line describing a summary: `3 blobs copied (96 MiB), 2 mounted, 4 skipped; 3 manifests, 1 tag`. */
export function describeSummary(summary: CopySummary): string {
  const verb = summary.dryRun ? "would be " : "";
  const parts = [
    `${summary.blobs.copied} blob${summary.blobs.copied === 1 ? "" : "s"} ${verb}copied (${formatBytes(summary.bytesMoved)})`,
    `${summary.blobs.mounted} ${verb}mounted (${formatBytes(summary.bytesMounted)})`,
    `${summary.blobs.skipped} skipped`,
  ];
  const manifests = `${summary.manifests.pushed} manifest${summary.manifests.pushed === 1 ? "" : "s"} ${verb}pushed`;
  const tags = `${summary.tags.tagged} tag${summary.tags.tagged === 1 ? "" : "s"} ${verb}set`;
  return `${parts.join(", ")}; ${manifests}, ${tags}`;
}
