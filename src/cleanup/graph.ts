/**
 * The manifest graph of an inventory: which manifests an index lists, which manifests refer to another (OCI
 * `subject`, or a cosign-style digest tag `sha256-<hex>.sig/.att/.sbom`), and the reverse of both. Built once in
 * linear time so planning over tens of thousands of versions stays fast.
 */
import type { CleanupVersion, Inventory } from "./types.js";

const DIGEST_TAG = /^(sha256|sha512)-([a-f0-9]{64}|[a-f0-9]{128})(?:\.[A-Za-z0-9_-]+)?$/;

/** The digest a digest tag (`sha256-<hex>.sig`, `sha256-<hex>`) points at, or undefined for an ordinary tag. */
export function digestTagTarget(tag: string): string | undefined {
  const match = DIGEST_TAG.exec(tag);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** Tags a person gave the image, without digest tags. */
export function userTags(tags: readonly string[]): string[] {
  return tags.filter((tag) => digestTagTarget(tag) === undefined);
}

/** Relations between the manifests of an inventory. */
export interface ManifestGraph {
  versions: Map<string, CleanupVersion>;
  /** Index → the entries it lists that the inventory holds. */
  children: Map<string, string[]>;
  /** Manifest → the indexes in the inventory that list it. */
  parents: Map<string, string[]>;
  /** Manifest → the manifests that refer to it (subject or digest tag). */
  referrers: Map<string, string[]>;
  /** Referrer → the manifest it refers to (whether or not the inventory holds it). */
  referent: Map<string, string>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds the graph of an inventory. */
export function buildGraph(inventory: Inventory): ManifestGraph {
  const graph: ManifestGraph = {
    versions: new Map(inventory.versions.map((v) => [v.digest, v])),
    children: new Map(),
    parents: new Map(),
    referrers: new Map(),
    referent: new Map(),
  };
  for (const version of inventory.versions) {
    const facts = inventory.manifests.get(version.digest);
    for (const child of facts?.children ?? []) {
      if (!graph.versions.has(child.digest)) continue;
      push(graph.children, version.digest, child.digest);
      push(graph.parents, child.digest, version.digest);
    }
    const referent = facts?.subject ?? version.tags.map(digestTagTarget).find((d) => d !== undefined);
    if (referent !== undefined && referent !== version.digest) {
      graph.referent.set(version.digest, referent);
      if (graph.versions.has(referent)) push(graph.referrers, referent, version.digest);
    }
  }
  return graph;
}

/**
 * Every manifest reachable from `starts` through index entries and referrers (the starts included). With
 * `subjects`, also from a referrer to what it refers to: what a kept signature names must stay too.
 */
export function reachable(
  graph: ManifestGraph,
  starts: Iterable<string>,
  options: { subjects?: boolean } = {},
): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const digest = stack.pop() as string;
    if (seen.has(digest)) continue;
    seen.add(digest);
    for (const next of graph.children.get(digest) ?? []) if (!seen.has(next)) stack.push(next);
    for (const next of graph.referrers.get(digest) ?? []) if (!seen.has(next)) stack.push(next);
    const subject = options.subjects ? graph.referent.get(digest) : undefined;
    if (subject !== undefined && graph.versions.has(subject) && !seen.has(subject)) stack.push(subject);
  }
  return seen;
}

/**
 * Orders manifests to delete so that nothing is deleted while a manifest still to be deleted lists it or refers
 * to it: referrers before their subject, an index before its entries. Returns waves; a wave can run concurrently.
 */
export function deletionWaves(graph: ManifestGraph, doomed: ReadonlySet<string>): string[][] {
  const pending = new Map<string, number>();
  for (const digest of doomed) pending.set(digest, 0);
  const referencedBy = (digest: string): string[] => [
    ...(graph.children.get(digest) ?? []),
    ...(graph.referent.has(digest) ? [graph.referent.get(digest) as string] : []),
  ];
  for (const digest of doomed) {
    for (const target of referencedBy(digest)) {
      if (pending.has(target)) pending.set(target, (pending.get(target) ?? 0) + 1);
    }
  }
  const waves: string[][] = [];
  let wave = [...pending].filter(([, count]) => count === 0).map(([digest]) => digest);
  const placed = new Set<string>();
  while (wave.length > 0) {
    wave.sort();
    waves.push(wave);
    const next: string[] = [];
    for (const digest of wave) {
      placed.add(digest);
      for (const target of referencedBy(digest)) {
        const count = pending.get(target);
        if (count === undefined) continue;
        pending.set(target, count - 1);
        if (count - 1 === 0) next.push(target);
      }
    }
    wave = next;
  }
  // A reference cycle cannot be produced by content addressing; anything left would be one, so it goes last.
  const rest = [...doomed].filter((d) => !placed.has(d)).sort();
  if (rest.length > 0) waves.push(rest);
  return waves;
}
