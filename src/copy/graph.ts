/**
 * The survey: walks the source graph from a root manifest (index → children → config and layers; referrers
 * and digest tags with `referrers`) and asks the target what it already has. A manifest the target holds ends
 * the walk of its tree unless `force`. The result is data for the planner; nothing is written here.
 */

import { DockhandError } from "../errors.js";
import { computeDigest, type Descriptor, type ParsedManifest, parseManifest } from "../oci/index.js";
import { allTags } from "../store/all-tags.js";
import { type CopySession, repoKey, type StoreLocation, storeKey } from "./context.js";
import { attachedTags } from "./filters.js";

/** A manifest of the source graph. */
export interface ManifestNode {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
  /** The target repository already holds it. */
  targetHas: boolean;
  /** Manifests it lists (index entries that were walked). */
  children: string[];
  /** Referrers found for it (walked as trees of their own). */
  referrers: string[];
}

/** A blob of the source graph and what is known about it at the target. */
export interface BlobNode {
  digest: string;
  size: number;
  mediaType: string;
  /** true: the target has it; false: checked, it has not; undefined: not checked (a mount will be tried). */
  targetHas: boolean | undefined;
  /** Repositories of the target's store known to hold it, to mount from. */
  mountFrom: string[];
}

/** The source graph of one copy. */
export interface CopyGraph {
  root: string;
  /** Manifest digests, each after the manifests it lists and before its referrers. */
  order: string[];
  manifests: Map<string, ManifestNode>;
  blobs: Map<string, BlobNode>;
  /** Digest tags (cosign `.sig`/`.att`/`.sbom`) to set in the target, with their digests. */
  digestTags: { tag: string; digest: string }[];
}

/** How to survey. */
export interface SurveyOptions {
  /** Walk trees the target already has. */
  force?: boolean;
  /** Follow referrers and digest tags. */
  referrers?: boolean;
  /** Replaces the root's bytes (a platform subset) and the entries of it to walk. */
  root: { digest: string; mediaType: string; bytes: Uint8Array };
}

/** Walks the graph from `options.root`. */
export async function surveyGraph(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  options: SurveyOptions,
): Promise<CopyGraph> {
  const graph: CopyGraph = {
    root: options.root.digest,
    order: [],
    manifests: new Map(),
    blobs: new Map(),
    digestTags: [],
  };
  const sameRepository = storeKey(source) === storeKey(target) && source.repository === target.repository;
  const visiting = new Map<string, Promise<void>>();

  const targetHasManifest = async (digest: string): Promise<boolean> => {
    if (session.knownManifests.has(repoKey(target, digest))) return true;
    const found = (await target.store.statManifest(target.repository, digest)) !== undefined;
    if (found) session.knownManifests.add(repoKey(target, digest));
    return found;
  };

  const addBlob = async (descriptor: Descriptor): Promise<void> => {
    // Foreign layers (with urls) are fetched from elsewhere by whoever pulls; registries do not need them.
    if (descriptor.urls?.length || graph.blobs.has(descriptor.digest)) return;
    const node: BlobNode = {
      digest: descriptor.digest,
      size: descriptor.size,
      mediaType: descriptor.mediaType,
      targetHas: undefined,
      mountFrom: [],
    };
    graph.blobs.set(descriptor.digest, node);
    session.locations.add(storeKey(source), source.repository, descriptor.digest);
    if (sameRepository || session.locations.has(storeKey(target), target.repository, descriptor.digest)) {
      node.targetHas = true;
      return;
    }
    node.mountFrom = session.locations.find(storeKey(target), descriptor.digest, target.repository);
    if (node.mountFrom.length === 0) {
      node.targetHas = (await target.store.statBlob(target.repository, descriptor.digest)) !== undefined;
      if (node.targetHas) session.locations.add(storeKey(target), target.repository, descriptor.digest);
    }
  };

  const fetchManifest = async (descriptor: { digest: string; mediaType?: string }) => {
    const stored = await source.store.getManifest(source.repository, descriptor.digest);
    const actual = computeDigest(stored.bytes);
    if (actual !== descriptor.digest) {
      throw new DockhandError(
        "DIGEST_INVALID",
        `${source.store.description}: manifest ${descriptor.digest} in ${source.repository || "the layout"} has content with digest ${actual}`,
        { details: { digest: descriptor.digest, actual } },
      );
    }
    return stored;
  };

  const visit = (digest: string, mediaType: string, bytes: Uint8Array | undefined): Promise<void> => {
    let pending = visiting.get(digest);
    if (!pending) {
      pending = walk(digest, mediaType, bytes);
      visiting.set(digest, pending);
    }
    return pending;
  };

  const walk = async (digest: string, mediaType: string, given: Uint8Array | undefined): Promise<void> => {
    const targetHas = await targetHasManifest(digest);
    const descend = !targetHas || options.force === true;
    let bytes = given;
    if (bytes === undefined) {
      const stored = await fetchManifest({ digest, mediaType });
      bytes = stored.bytes;
      mediaType = stored.mediaType;
    }
    const node: ManifestNode = { digest, mediaType, bytes, targetHas, children: [], referrers: [] };
    graph.manifests.set(digest, node);
    const parsed: ParsedManifest = parseManifest(bytes, mediaType);
    if (descend) {
      if (parsed.kind === "index") {
        node.children = parsed.manifests.map((d) => d.digest);
        await Promise.all(parsed.manifests.map((d) => visit(d.digest, d.mediaType, undefined)));
      } else {
        await Promise.all([parsed.config, ...parsed.layers].map(addBlob));
      }
    }
    graph.order.push(digest);
    if (options.referrers) await walkReferrers(node);
  };

  const walkReferrers = async (node: ManifestNode): Promise<void> => {
    const found = await source.store.referrers(source.repository, node.digest);
    const tags = attachedTags(await sourceTags(session, source), node.digest);
    const tagged = await Promise.all(
      tags.map(async (tag) => ({ tag, descriptor: await source.store.statManifest(source.repository, tag) })),
    );
    for (const { tag, descriptor } of tagged) {
      if (descriptor) graph.digestTags.push({ tag, digest: descriptor.digest });
    }
    const roots = [
      ...found.map((d) => ({ digest: d.digest, mediaType: d.mediaType })),
      ...tagged.flatMap(({ descriptor }) => (descriptor ? [descriptor] : [])),
    ];
    for (const referrer of roots) {
      if (!node.referrers.includes(referrer.digest)) node.referrers.push(referrer.digest);
    }
    await Promise.all(roots.map((r) => visit(r.digest, r.mediaType, undefined)));
  };

  await visit(options.root.digest, options.root.mediaType, options.root.bytes);
  return graph;
}

/** Every tag of the source repository (listed once per session), for digest tags. */
async function sourceTags(session: CopySession, source: StoreLocation): Promise<string[]> {
  const key = repoKey(source);
  let list = session.tagLists.get(key);
  if (!list) {
    list = listAllTags(source).catch((error: unknown) => {
      // A repository without tags (or a store that cannot list them) has no digest tags.
      if (error instanceof DockhandError && /UNKNOWN|NOT_FOUND|UNSUPPORTED/.test(error.code)) return [];
      throw error;
    });
    session.tagLists.set(key, list);
  }
  return await list;
}

/** Lists every tag of a repository, following pages; a repository the store does not know is an error here. */
export async function listAllTags(location: StoreLocation): Promise<string[]> {
  return await allTags(location.store, location.repository, { missing: "throw" });
}
