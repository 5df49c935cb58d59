/**
 * The plan of a copy, a pure function of the surveyed graph: for each blob skip, mount or copy; the manifests
 * to push, children before parents and referrers after their subjects; the tags, last, so no tag ever points
 * at content the target lacks.
 */
import type { CopyGraph } from "./graph.js";

/** What to do with one blob. */
export type BlobStep =
  | { action: "skip"; digest: string; size: number }
  | { action: "mount"; digest: string; size: number; from: string[] }
  | { action: "copy"; digest: string; size: number };

/** A manifest to push by digest. */
export interface ManifestStep {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A tag to set. `current` is the digest the target's tag points at now (if known). */
export interface TagStep {
  tag: string;
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
  unchanged: boolean;
}

/** Everything a copy will do, in order. */
export interface CopyPlan {
  blobs: BlobStep[];
  manifests: ManifestStep[];
  /** Manifests the target already has (their trees were not walked unless forced). */
  skippedManifests: string[];
  tags: TagStep[];
  /** Bytes the copy streams (blobs planned as copies; a failed mount adds to this at run time). */
  bytesToCopy: number;
}

/** Inputs of {@link planCopy} besides the graph. */
export interface PlanInput {
  /** Tags to point at the root, with what the target's tags point at now. */
  rootTags: { tag: string; current?: string }[];
  /** Push manifests even when the target has them (`force`). */
  force?: boolean;
}

/** Plans a copy from its surveyed graph. */
export function planCopy(graph: CopyGraph, input: PlanInput): CopyPlan {
  const blobs: BlobStep[] = [];
  let bytesToCopy = 0;
  for (const blob of graph.blobs.values()) {
    if (blob.targetHas === true) blobs.push({ action: "skip", digest: blob.digest, size: blob.size });
    else if (blob.mountFrom.length > 0)
      blobs.push({ action: "mount", digest: blob.digest, size: blob.size, from: blob.mountFrom });
    else {
      blobs.push({ action: "copy", digest: blob.digest, size: blob.size });
      bytesToCopy += blob.size;
    }
  }
  const tagSteps: TagStep[] = [];
  const tagFor = (tag: string, digest: string, current: string | undefined) => {
    const node = graph.manifests.get(digest);
    if (!node) throw new Error(`plan: tag ${tag} points at ${digest}, which the graph lacks`);
    tagSteps.push({ tag, digest, mediaType: node.mediaType, bytes: node.bytes, unchanged: current === digest });
  };
  for (const { tag, current } of input.rootTags) tagFor(tag, graph.root, current);
  for (const { tag, digest } of graph.digestTags) tagFor(tag, digest, undefined);

  // A manifest that gets a tag and that no other manifest lists is pushed by its (first) tag, at the end.
  const listed = new Set<string>();
  for (const node of graph.manifests.values()) for (const child of node.children) listed.add(child);
  const pushedByTag = new Set(tagSteps.filter((t) => !t.unchanged && !listed.has(t.digest)).map((t) => t.digest));

  const manifests: ManifestStep[] = [];
  const skippedManifests: string[] = [];
  for (const digest of graph.order) {
    const node = graph.manifests.get(digest);
    if (!node) continue;
    if (node.targetHas && !input.force) skippedManifests.push(digest);
    else if (!pushedByTag.has(digest)) manifests.push({ digest, mediaType: node.mediaType, bytes: node.bytes });
  }
  return { blobs, manifests, skippedManifests, tags: tagSteps, bytesToCopy };
}
