/**
 * Executing index plans against a store (a registry through RegistryStore, or any image store): `createIndex`
 * combines sources into a new index, `appendToIndex` adds sources to an existing one, `removeFromIndex` drops
 * platforms. Sources from other repositories are copied into each target repository first by the copy engine
 * (blobs mounted, referrers such as signatures along), and the index is pushed by tag last, so no tag ever points
 * at missing content.
 */
import { CopySession, copyImage } from "../copy/index.js";
import { DockhandError } from "../errors.js";
import { type Platform, parseManifest } from "../oci/index.js";
import type { ImageStore } from "../store/types.js";
import { emptyAnnotations, type IndexAnnotations } from "./index-annotations.js";
import { type IndexPlan, type IndexSource, planIndex, planRemove, type RemovePlan } from "./index-plan.js";
import { loadIndexSource, type SourceLocation } from "./index-sources.js";

/** A repository that gets the index, and the tags it gets there. */
export interface IndexTarget {
  repository: string;
  tags: string[];
}

/** What bringing the sources into the target repositories did. */
export interface MountTally {
  /** Manifests put into a target repository. */
  manifests: number;
  /** Blobs mounted from the source repository. */
  mounted: number;
  /** Blobs streamed across because the registry did not mount them. */
  copied: number;
  /** Manifests and blobs a target already had. */
  present: number;
}

/** What an index operation produced (or, for a dry run, would produce). */
export interface IndexResult {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Uint8Array;
  /** `repository:tag` for every tag pushed. */
  tags: string[];
  tally: MountTally;
  dryRun: boolean;
}

/** Options shared by the index operations. */
export interface IndexOperationOptions {
  store: ImageStore;
  /** Plan only: push nothing. */
  dryRun?: boolean;
}

/** Options of {@link createIndex}. */
export interface CreateIndexOptions extends IndexOperationOptions {
  targets: IndexTarget[];
  sources: SourceLocation[];
  annotations?: IndexAnnotations;
}

/** Creates an index from `sources` and tags it in every target. */
export async function createIndex(options: CreateIndexOptions): Promise<IndexResult & { plan: IndexPlan }> {
  checkTargets(options.targets);
  const sources: IndexSource[] = [];
  for (const location of options.sources) sources.push(await loadIndexSource(options.store, location));
  const plan = planIndex(sources, { annotations: options.annotations ?? emptyAnnotations() });
  const result = await publish(options, options.targets, plan, plan.entries);
  return { ...result, plan };
}

/** Options of {@link appendToIndex}. */
export interface AppendIndexOptions extends IndexOperationOptions {
  /** The existing index (or image) and where it is; the result replaces it under the same tag. */
  target: SourceLocation & { tag: string };
  sources: SourceLocation[];
  annotations?: IndexAnnotations;
}

/**
 * Adds `sources` to the index at `target` (keeping its entries, attestations and index annotations) and tags the
 * result there. A single image at `target` becomes the first entry. A platform already present is refused.
 */
export async function appendToIndex(options: AppendIndexOptions): Promise<IndexResult & { plan: IndexPlan }> {
  const current = await loadExisting(options.store, options.target, "append to");
  const sources = [current];
  for (const location of options.sources) sources.push(await loadIndexSource(options.store, location));
  const given = options.annotations ?? emptyAnnotations();
  const inherited = current.manifest.kind === "index" ? (current.manifest.annotations ?? {}) : {};
  const annotations: IndexAnnotations = { index: { ...inherited, ...given.index }, descriptors: given.descriptors };
  const plan = planIndex(sources, { annotations });
  const targets = [{ repository: options.target.repository, tags: [options.target.tag] }];
  const result = await publish(options, targets, plan, plan.entries);
  return { ...result, plan };
}

/** Options of {@link removeFromIndex}. */
export interface RemoveIndexOptions extends IndexOperationOptions {
  target: SourceLocation & { tag: string };
  platforms: Platform[];
}

/** Removes the images of `platforms` (and their attestations) from the index at `target`, under the same tag. */
export async function removeFromIndex(options: RemoveIndexOptions): Promise<IndexResult & { plan: RemovePlan }> {
  const current = await loadExisting(options.store, options.target, "remove from");
  if (current.manifest.kind !== "index") {
    throw new DockhandError("INDEX_NOT_AN_INDEX", `${options.target.label} is a single image, not an index`, {
      hint: "index remove works on multi-arch images; delete the tag instead (dockhand rm)",
    });
  }
  const plan = planRemove(current.manifest, options.platforms, options.target.label);
  const targets = [{ repository: options.target.repository, tags: [options.target.tag] }];
  // The remaining children are already in this repository: nothing to mount.
  const result = await publish(options, targets, plan, []);
  return { ...result, plan };
}

async function loadExisting(store: ImageStore, target: SourceLocation, verb: string): Promise<IndexSource> {
  if ((await store.statManifest(target.repository, target.reference)) === undefined) {
    throw new DockhandError("MANIFEST_UNKNOWN", `cannot ${verb} ${target.label}: it does not exist`, {
      hint: "create it first with dockhand index create",
      details: { target: target.label },
    });
  }
  return await loadIndexSource(store, target);
}

function checkTargets(targets: readonly IndexTarget[]): void {
  if (targets.length === 0 || targets.some((target) => target.tags.length === 0)) {
    throw new DockhandError("USAGE", "an index needs at least one target tag", { exit: 2 });
  }
}

/** Mounts the entries into every target repository, then pushes the index under each tag. */
async function publish(
  options: IndexOperationOptions,
  targets: readonly IndexTarget[],
  plan: { mediaType: string; digest: string; size: number; bytes: Uint8Array },
  entries: readonly { descriptor: { digest: string }; repository: string }[],
): Promise<IndexResult> {
  const tags = targets.flatMap((target) => target.tags.map((tag) => `${target.repository}:${tag}`));
  const tally: MountTally = { manifests: 0, mounted: 0, copied: 0, present: 0 };
  const base = { mediaType: plan.mediaType, digest: plan.digest, size: plan.size, bytes: plan.bytes, tags, tally };
  if (options.dryRun) return { ...base, dryRun: true };
  // Checked before anything is written: the bytes must be a manifest the registry will take.
  parseManifest(plan.bytes, plan.mediaType);
  const session = new CopySession();
  const { store } = options;
  for (const target of targets) {
    for (const entry of entries) {
      if (entry.repository === target.repository) continue;
      const { summary } = await copyImage(
        { store, repository: entry.repository, label: entry.repository, digest: entry.descriptor.digest },
        { store, repository: target.repository, label: target.repository },
        { session, referrers: true },
      );
      tally.manifests += summary.manifests.pushed;
      tally.mounted += summary.blobs.mounted;
      tally.copied += summary.blobs.copied;
      tally.present += summary.blobs.skipped + summary.manifests.skipped;
    }
    for (const tag of target.tags) {
      const digest = await options.store.putManifest(target.repository, plan.bytes, plan.mediaType, tag);
      if (digest !== plan.digest) {
        throw new DockhandError(
          "DIGEST_MISMATCH",
          `the registry stored ${target.repository}:${tag} as ${digest}, not the computed ${plan.digest}`,
          { exit: 3, details: { expected: plan.digest, actual: digest } },
        );
      }
    }
  }
  return { ...base, dryRun: false };
}
