/**
 * The clean-up planner: pure, over the manifest graph. Policies pick top-level images (tagged images, and
 * untagged manifests that are nobody's index entry or signature); everything reachable from a kept image is
 * kept; what a deleted image lists or carries (platform manifests, attestations, signatures, referrers) goes with
 * it unless a kept image reaches it too. If any manifest could not be fetched the plan deletes nothing.
 */
import { buildGraph, deletionWaves, type ManifestGraph, reachable, userTags } from "./graph.js";
import { type CleanupPolicy, compileTagPattern, type TagPattern } from "./policy.js";
import { type Decision, repairBroken } from "./repair.js";
import { semverKeeps } from "./semver-keep.js";
import type { CleanupVersion, FetchFailure, Inventory, ManifestFacts } from "./types.js";

/** What a manifest is in its image. */
export type ManifestRole = "index" | "image" | "platform" | "attestation" | "referrer";

/** The verdict on one version. */
export interface PlannedVersion {
  digest: string;
  id?: number;
  tags: string[];
  role: ManifestRole;
  action: "delete" | "keep";
  /** Short machine-readable rule: `untagged`, `keep-tagged`, `exclude`, `with-parent`, `partial-view`, … */
  rule: string;
  /** Why, for people: "untagged, older than 30d", "reachable from kept tag latest". */
  reason: string;
  /** Age in milliseconds at planning time, when known. */
  ageMs?: number;
  /** For a deleted version: bytes its deletion frees (manifest plus blobs no kept manifest uses). */
  bytes: number;
  /** For a version deleted along with another: the top-level image that takes it. */
  with?: string;
  /** For a kept version (rule `untag`): the tags `--untag` removes from it; its other tags stay. */
  untag?: string[];
  /** For a deleted version: the deletions that must succeed first (indexes listing it, referrers naming it). */
  after?: string[];
}

/** A clean-up plan for one repository. */
export interface CleanupPlan {
  repository: string;
  /** False when a manifest could not be fetched: the plan then deletes nothing. */
  complete: boolean;
  failures: FetchFailure[];
  /** Every version with its verdict, newest first. */
  versions: PlannedVersion[];
  /** Deletions in waves: each wave only after the previous one (parents and referrers before what they name). */
  waves: PlannedVersion[][];
  /** Kept versions that lose some tags (`--untag`), newest first; the executor untags them before deleting. */
  untags: PlannedVersion[];
  bytesReclaimed: number;
  /** Things the executor will likely meet (GitHub's last-version rule). */
  warnings: string[];
}

/** Planning inputs beside the inventory and the policy. */
export interface PlanOptions {
  /** The clock, in ms since epoch. */
  now: number;
}

/** When a version was made: created, else updated, else the manifest's created annotation. */
function timeOf(version: CleanupVersion, facts: ManifestFacts | undefined): number | undefined {
  return version.createdAt ?? version.updatedAt ?? facts?.created;
}

/** Newest first; an unknown time counts as newest, so it is the last thing age or count rules delete. */
function newestFirst(times: Map<string, number | undefined>) {
  return (a: string, b: string): number => {
    const ta = times.get(a) ?? Number.POSITIVE_INFINITY;
    const tb = times.get(b) ?? Number.POSITIVE_INFINITY;
    return tb === ta ? (a < b ? -1 : a > b ? 1 : 0) : tb > ta ? 1 : -1;
  };
}

/** An age as `3d`, `5h` or `12m`; a time ahead of the local clock (clock skew) reads `0m`. */
export function formatAge(ms: number): string {
  const days = ms / 86_400_000;
  if (days >= 1) return `${Math.floor(days)}d`;
  const hours = ms / 3_600_000;
  if (hours >= 1) return `${Math.floor(hours)}h`;
  return `${Math.max(0, Math.floor(ms / 60_000))}m`;
}

function roleOf(
  graph: ManifestGraph,
  facts: ManifestFacts | undefined,
  digest: string,
  parentFacts: (d: string) => ManifestFacts | undefined,
): ManifestRole {
  if (graph.referent.has(digest)) return "referrer";
  const parents = graph.parents.get(digest) ?? [];
  if (parents.length > 0) {
    const entry = parents.flatMap((p) => parentFacts(p)?.children ?? []).find((c) => c.digest === digest);
    return entry?.attestation ? "attestation" : "platform";
  }
  return facts?.kind === "index" ? "index" : "image";
}

/** Plans a clean-up of one repository. */
export function planCleanup(inventory: Inventory, policy: CleanupPolicy, options: PlanOptions): CleanupPlan {
  const graph = buildGraph(inventory);
  const facts = (digest: string) => inventory.manifests.get(digest);
  const times = new Map(inventory.versions.map((v) => [v.digest, timeOf(v, facts(v.digest))]));
  const ageOf = (digest: string): number | undefined => {
    const time = times.get(digest);
    return time === undefined ? undefined : options.now - time;
  };

  // Top-level images: anything tagged by a person, and untagged manifests nothing in the inventory lists or names.
  const roots = inventory.versions.filter(
    (v) =>
      userTags(v.tags).length > 0 ||
      ((graph.parents.get(v.digest)?.length ?? 0) === 0 && !graph.versions.has(graph.referent.get(v.digest) ?? "")),
  );
  const placeholders = new Set(inventory.versions.filter((v) => facts(v.digest)?.placeholder).map((v) => v.digest));
  const decisions =
    inventory.failures.length === 0
      ? decideRoots(roots, policy, ageOf, times, placeholders)
      : new Map<string, Decision>();
  if (inventory.failures.length === 0) repairBroken(inventory, roots, policy, decisions);

  const keptRoots = roots.filter((r) => decisions.get(r.digest)?.action !== "delete").map((r) => r.digest);
  const deletedRoots = roots.filter((r) => decisions.get(r.digest)?.action === "delete").map((r) => r.digest);
  const protectedSet = reachable(graph, keptRoots, { subjects: true });
  // Who protects what, for the reason shown: the first kept root reaching it.
  const keeper = new Map<string, string>();
  for (const root of keptRoots) {
    for (const digest of reachable(graph, [root], { subjects: true }))
      if (!keeper.has(digest)) keeper.set(digest, root);
    if (keeper.size === protectedSet.size) break;
  }
  const doomedBy = new Map<string, string>();
  for (const root of deletedRoots) {
    for (const digest of reachable(graph, [root])) {
      if (!protectedSet.has(digest) && !doomedBy.has(digest)) doomedBy.set(digest, root);
    }
  }
  const doomed = new Set(doomedBy.keys());

  // Bytes: blobs any surviving manifest uses stay.
  const keptBlobs = new Set<string>();
  for (const version of inventory.versions) {
    if (doomed.has(version.digest)) continue;
    for (const blob of facts(version.digest)?.blobs ?? []) keptBlobs.add(blob.digest);
  }
  const counted = new Set<string>();
  const bytesFreed = (digest: string): number => {
    const f = facts(digest);
    if (!f) return 0;
    let total = f.size;
    for (const blob of f.blobs) {
      if (keptBlobs.has(blob.digest) || counted.has(blob.digest)) continue;
      counted.add(blob.digest);
      total += blob.size;
    }
    return total;
  };

  const describe = (version: CleanupVersion): PlannedVersion => {
    const digest = version.digest;
    const age = ageOf(digest);
    const base = {
      digest,
      ...(version.id !== undefined ? { id: version.id } : {}),
      tags: version.tags,
      role: roleOf(graph, facts(digest), digest, facts),
      ...(age !== undefined ? { ageMs: age } : {}),
    };
    if (inventory.failures.length > 0) {
      return { ...base, action: "keep", rule: "partial-view", reason: "not every manifest could be read", bytes: 0 };
    }
    const own = decisions.get(digest);
    const root = doomedBy.get(digest);
    if (root !== undefined) {
      if (root === digest && own) return { ...base, action: "delete", rule: own.rule, reason: own.reason, bytes: 0 };
      return {
        ...base,
        action: "delete",
        rule: "with-parent",
        reason: `goes with ${label(root)}`,
        with: root,
        bytes: 0,
      };
    }
    const by = keeper.get(digest);
    const ownTags = userTags(version.tags);
    if (own?.action === "delete" && by !== undefined && by !== digest && policy.untag && ownTags.length > 0) {
      // Selected, but a kept image needs the manifest: only its tags can go.
      return {
        ...base,
        action: "keep",
        rule: "untag",
        reason: `selected, but kept image ${label(by)} uses it: untag ${ownTags.join(", ")}`,
        untag: ownTags,
        bytes: 0,
      };
    }
    if (own?.action === "delete" && by !== undefined && by !== digest) {
      return {
        ...base,
        action: "keep",
        rule: "reachable",
        reason: `selected, but kept image ${label(by)} uses it`,
        bytes: 0,
      };
    }
    if (own) {
      return {
        ...base,
        action: "keep",
        rule: own.rule,
        reason: own.reason,
        ...(own.untag ? { untag: own.untag } : {}),
        bytes: 0,
      };
    }
    if (by !== undefined)
      return { ...base, action: "keep", rule: "reachable", reason: `part of kept ${label(by)}`, bytes: 0 };
    return { ...base, action: "keep", rule: "unreached", reason: "no top-level image reaches it", bytes: 0 };
  };
  const label = (digest: string): string => {
    const tags = userTags(graph.versions.get(digest)?.tags ?? []);
    return tags.length > 0 ? tags.join(", ") : digest.slice(0, 19);
  };

  const order = newestFirst(times);
  const planned = new Map(inventory.versions.map((v) => [v.digest, describe(v)]));
  const waves = deletionWaves(graph, doomed).map((wave) =>
    wave.map((digest) => {
      const entry = planned.get(digest) as PlannedVersion;
      entry.bytes = bytesFreed(digest);
      entry.after = [...(graph.parents.get(digest) ?? []), ...(graph.referrers.get(digest) ?? [])].filter((d) =>
        doomed.has(d),
      );
      return entry;
    }),
  );
  const versions = [...planned.keys()].sort(order).map((d) => planned.get(d) as PlannedVersion);
  return {
    repository: inventory.repository,
    complete: inventory.failures.length === 0,
    failures: inventory.failures,
    versions,
    waves,
    untags: versions.filter((v) => v.untag !== undefined),
    bytesReclaimed: waves.flat().reduce((sum, v) => sum + v.bytes, 0),
    warnings: lastVersionWarnings(inventory.versions, doomed),
  };
}

/** Decides every top-level image. */
function decideRoots(
  roots: CleanupVersion[],
  policy: CleanupPolicy,
  ageOf: (digest: string) => number | undefined,
  times: Map<string, number | undefined>,
  placeholders: ReadonlySet<string>,
): Map<string, Decision> {
  const include = (policy.include ?? []).map((p) => compileTagPattern(p, "include"));
  const exclude = (policy.exclude ?? []).map((p) => compileTagPattern(p, "exclude"));
  const usedTags = new Set(policy.keepUsed?.tags ?? []);
  const usedDigests = new Set(policy.keepUsed?.digests ?? []);
  const semverKept = policy.keepSemver ? semverKeeps(roots, policy.keepSemver) : new Map<string, string>();
  const order = newestFirst(times);
  const decisions = new Map<string, Decision>();
  const rootTags = new Map(roots.map((r) => [r.digest, r.tags]));
  const matching = (tags: string[], patterns: TagPattern[]) => patterns.find((p) => tags.some((t) => p.test(t)));

  // `--include sha256:…` names an image by digest: it is selected whatever its tags say.
  const isDigest = (p: string) => /^sha(256|512):[0-9a-f]{32,128}$/.test(p);
  const namedDigests = new Set((policy.include ?? []).filter(isDigest));
  // `--exclude sha256:…` protects an image by digest, and keep-N does not count it (as exclude-tags does).
  const excludedDigests = new Set((policy.exclude ?? []).filter(isDigest));
  const tagged: string[] = [];
  // What keep-N counts: with --include, every image carrying a matching tag (as ghcr-cleanup-action counts), not only
  // those whose every tag matches (the only ones that may be deleted).
  const counted: string[] = [];
  const untagged: string[] = [];
  // With --untag, images some (not all) of whose tags match --include: the matching tags, removed where the image
  // would otherwise have been deleted.
  const partial = new Map<string, string[]>();
  for (const root of roots) {
    const tags = userTags(root.tags);
    const keep = (rule: string, reason: string) => decisions.set(root.digest, { action: "keep", rule, reason });
    if (placeholders.has(root.digest)) {
      // dockhand's own untag placeholder, left by an interrupted run: the tag it holds was being removed.
      decisions.set(root.digest, {
        action: "delete",
        rule: "placeholder",
        reason: "untag placeholder left by an earlier run",
      });
      continue;
    }
    if (excludedDigests.has(root.digest)) {
      keep("exclude", "named by --exclude");
      continue;
    }
    if (namedDigests.has(root.digest)) {
      // Named by digest, but a tag that --exclude protects still keeps it (the safer reading of a conflict).
      const excluded = matching(tags, exclude);
      if (excluded) keep("exclude", `tag matches --exclude ${excluded.source}`);
      else {
        tagged.push(root.digest);
        counted.push(root.digest);
      }
    } else if (tags.length > 0) {
      if (include.length > 0 && tags.some((t) => include.some((p) => p.test(t))) && !matching(tags, exclude)) {
        counted.push(root.digest);
      } else if (include.length === 0 && policy.keepTagged !== undefined && !matching(tags, exclude)) {
        counted.push(root.digest);
      }
      const selected =
        include.length > 0 ? tags.every((t) => include.some((p) => p.test(t))) : policy.keepTagged !== undefined;
      const excluded = matching(tags, exclude);
      const matched = include.length > 0 ? tags.filter((t) => include.some((p) => p.test(t))) : [];
      if (!selected && policy.untag && matched.length > 0 && !excluded) {
        partial.set(root.digest, matched);
        tagged.push(root.digest);
      } else if (!selected)
        keep("not-selected", include.length > 0 ? "a tag matches no --include" : "tagged (no tag rule given)");
      else if (excluded) keep("exclude", `tag matches --exclude ${excluded.source}`);
      else tagged.push(root.digest);
    } else if (policy.untagged || policy.keepUntagged !== undefined) {
      untagged.push(root.digest);
    } else {
      keep("not-selected", "untagged (no untagged rule given)");
    }
    if (decisions.has(root.digest)) continue;
    const usedTag = tags.find((t) => usedTags.has(t));
    if (usedTag !== undefined || usedDigests.has(root.digest)) {
      keep("used", `still referenced (${usedTag !== undefined ? `tag ${usedTag}` : "by digest"}) in --keep-used-by`);
    } else if (semverKept.has(root.digest)) {
      keep("semver", semverKept.get(root.digest) as string);
    }
  }

  const rank = (list: string[], limit: number | undefined, what: string, countOver: string[] = list) => {
    const candidates = list.filter((d) => !decisions.has(d)).sort(order);
    // Count over every counted image, kept for another reason or not: "keep the 5 newest" means the 5 newest.
    const ranked = [...countOver].sort(order);
    const within = new Set(limit === undefined ? [] : ranked.slice(0, limit));
    for (const digest of candidates) {
      if (within.has(digest)) {
        decisions.set(digest, { action: "keep", rule: `keep-${what}`, reason: `one of the ${limit} newest ${what}` });
        continue;
      }
      const age = ageOf(digest);
      if (policy.olderThanMs !== undefined && (age === undefined || age <= policy.olderThanMs)) {
        const text = age === undefined ? "age unknown" : `${formatAge(age)} old`;
        decisions.set(digest, { action: "keep", rule: "younger", reason: `${text}, not older than --older-than` });
        continue;
      }
      const parts = [what === "tagged" ? (include.length > 0 ? "tags match --include" : "tagged") : "untagged"];
      if (limit !== undefined) parts.push(`beyond the ${limit} newest`);
      if (policy.olderThanMs !== undefined && age !== undefined) parts.push(`${formatAge(age)} old`);
      const matched = partial.get(digest);
      if (matched) {
        const others = userTags(rootTags.get(digest) ?? []).filter((t) => !matched.includes(t));
        decisions.set(digest, {
          action: "keep",
          rule: "untag",
          reason: [`untag ${matched.join(", ")} (keeps ${others.join(", ")})`, ...parts.slice(1)].join(", "),
          untag: matched,
        });
        continue;
      }
      decisions.set(digest, {
        action: "delete",
        rule: what === "tagged" ? "tagged" : "untagged",
        reason: parts.join(", "),
      });
    }
  };
  rank(tagged, policy.keepTagged, "tagged", counted);
  rank(untagged, policy.keepUntagged, "untagged");
  return decisions;
}

/** GitHub never deletes a package's last version, nor its last tagged version. */
function lastVersionWarnings(versions: CleanupVersion[], doomed: ReadonlySet<string>): string[] {
  const warnings: string[] = [];
  if (versions.length > 0 && versions.every((v) => doomed.has(v.digest))) {
    warnings.push(
      "the plan deletes every version; GitHub refuses to delete a package's last version (delete the package instead)",
    );
  } else {
    const tagged = versions.filter((v) => v.tags.length > 0);
    if (tagged.length > 0 && tagged.every((v) => doomed.has(v.digest))) {
      warnings.push("the plan deletes every tagged version; GitHub refuses to delete a package's last tagged version");
    }
  }
  return warnings;
}
