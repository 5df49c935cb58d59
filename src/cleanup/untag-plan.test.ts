import { describe, expect, it } from "vitest";
import { manifestFacts } from "./facts.js";
import { placeholderManifest } from "./placeholder.js";
import { planCleanup } from "./plan.js";
import type { CleanupPolicy } from "./policy.js";
import { planJson, untagLines } from "./render.js";
import { digestOf, inventoryOf, TEST_NOW, type TestManifest } from "./test-support.js";

const multiArch = (name: string, tags: string[], ageDays: number): TestManifest[] => [
  { name, tags, ageDays, children: [`${name}-amd64`, `${name}-arm64`, `att:${name}-att`] },
  { name: `${name}-amd64`, ageDays },
  { name: `${name}-arm64`, ageDays },
  { name: `${name}-att`, ageDays },
];

function plan(manifests: TestManifest[], policy: CleanupPolicy) {
  return planCleanup(inventoryOf(manifests), policy, { now: TEST_NOW });
}

/** name → tags removed, for the versions the plan untags. */
function untags(manifests: TestManifest[], policy: CleanupPolicy): Record<string, string[]> {
  const names = new Map(manifests.map((m) => [digestOf(m.name), m.name]));
  return Object.fromEntries(plan(manifests, policy).untags.map((v) => [names.get(v.digest), v.untag]));
}

function deletedNames(manifests: TestManifest[], policy: CleanupPolicy): string[] {
  const names = new Map(manifests.map((m) => [digestOf(m.name), m.name]));
  return plan(manifests, policy)
    .waves.flat()
    .map((v) => names.get(v.digest) as string)
    .sort();
}

describe("untagging in the plan (--untag)", () => {
  const repo = [
    ...multiArch("two", ["v2.0", "legacy"], 40),
    { name: "old", tags: ["legacy-old"], ageDays: 50 },
    { name: "main", tags: ["main"], ageDays: 1 },
  ];

  it("without --untag an image carrying an unmatched tag is kept whole", () => {
    const policy: CleanupPolicy = { include: ["legacy*"] };
    expect(untags(repo, policy)).toEqual({});
    expect(deletedNames(repo, policy)).toEqual(["old"]);
  });

  it("with --untag the matching tag leaves a multi-arch index; the index and its children stay", () => {
    const policy: CleanupPolicy = { include: ["legacy*"], untag: true };
    expect(untags(repo, policy)).toEqual({ two: ["legacy"] });
    // Only the image whose every tag matches is deleted; nothing of the index goes.
    expect(deletedNames(repo, policy)).toEqual(["old"]);
    const untagged = plan(repo, policy).untags[0];
    expect(untagged?.action).toBe("keep");
    expect(untagged?.rule).toBe("untag");
    expect(untagged?.reason).toContain("keeps v2.0");
  });

  it("the dry-run text names the tag, the image and the tags it keeps", () => {
    const lines = untagLines(plan(repo, { include: ["legacy*"], untag: true }));
    expect(lines).toEqual([`untag legacy from ${digestOf("two").slice(0, 19)}… (keeps v2.0)`]);
  });

  it("keep-N, --older-than and --exclude protect an image from untagging as from deletion", () => {
    expect(untags(repo, { include: ["legacy*"], untag: true, keepTagged: 2 })).toEqual({});
    expect(untags(repo, { include: ["legacy*"], untag: true, olderThanMs: 45 * 86_400_000 })).toEqual({});
    expect(untags(repo, { include: ["legacy*"], untag: true, exclude: ["v2.*"] })).toEqual({});
    // keep-1 keeps the newest image carrying a matching tag ("two"), so "old" goes and nothing is untagged.
    expect(untags(repo, { include: ["legacy*"], untag: true, keepTagged: 1 })).toEqual({});
    expect(deletedNames(repo, { include: ["legacy*"], untag: true, keepTagged: 1 })).toEqual(["old"]);
  });

  it("several matching tags leave together; tags in use keep the image whole", () => {
    const many = [{ name: "x", tags: ["v3", "pr-1", "pr-2"], ageDays: 9 }];
    expect(untags(many, { include: ["pr-*"], untag: true })).toEqual({ x: ["pr-1", "pr-2"] });
    expect(untags(many, { include: ["pr-*"], untag: true, keepUsed: { tags: ["pr-2"], digests: [] } })).toEqual({});
  });

  it("a selected manifest a kept index still lists loses its tag instead of being deleted", () => {
    const shared = [
      { name: "idx", tags: ["v1"], ageDays: 5, children: ["amd"] },
      { name: "amd", tags: ["pr-9"], ageDays: 5 },
    ];
    expect(untags(shared, { include: ["pr-*"], untag: true })).toEqual({ amd: ["pr-9"] });
    expect(untags(shared, { include: ["pr-*"] })).toEqual({});
    expect(deletedNames(shared, { include: ["pr-*"], untag: true })).toEqual([]);
  });

  it("JSON lists untags with the tags removed and kept", () => {
    const json = planJson(plan(repo, { include: ["legacy*"], untag: true }));
    expect(json.untags).toEqual([
      { digest: digestOf("two"), id: 1, untag: ["legacy"], keeps: ["v2.0"], reason: expect.any(String) },
    ]);
  });

  it("a placeholder left by an interrupted untag is deleted by any plan", () => {
    const placeholder = placeholderManifest(digestOf("two"), ["legacy"], new Date(TEST_NOW));
    const inventory = inventoryOf(repo);
    inventory.versions.push({ digest: placeholder.digest, tags: ["legacy"], id: 99, createdAt: TEST_NOW });
    inventory.manifests.set(
      placeholder.digest,
      manifestFacts({
        digest: placeholder.digest,
        bytes: placeholder.bytes,
        mediaType: placeholder.mediaType,
      }),
    );
    const result = planCleanup(inventory, { untagged: true }, { now: TEST_NOW });
    const doomed = result.waves.flat();
    expect(doomed.map((v) => [v.digest, v.rule])).toEqual([[placeholder.digest, "placeholder"]]);
  });
});
