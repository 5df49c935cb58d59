import { describe, expect, it } from "vitest";
import { type CleanupPlan, formatAge, planCleanup } from "./plan.js";
import type { CleanupPolicy } from "./policy.js";
import { digestOf, inventoryOf, TEST_NOW, type TestManifest } from "./test-support.js";

/** Names of the deleted manifests, and the waves they go in. */
function deleted(plan: CleanupPlan, manifests: TestManifest[]): string[] {
  const names = new Map(manifests.map((m) => [digestOf(m.name), m.name]));
  return plan.waves
    .flat()
    .map((v) => names.get(v.digest) as string)
    .sort();
}

function waveNames(plan: CleanupPlan, manifests: TestManifest[]): string[][] {
  const names = new Map(manifests.map((m) => [digestOf(m.name), m.name]));
  return plan.waves.map((w) => w.map((v) => names.get(v.digest) as string).sort());
}

// A multi-arch image with BuildKit attestations, a cosign signature by digest tag and an OCI-subject SBOM.
const multiArch = (tag: string, ageDays: number, n: string): TestManifest[] => [
  { name: `${n}`, tags: [tag], ageDays, children: [`${n}-amd64`, `${n}-arm64`, `att:${n}-att`] },
  { name: `${n}-amd64`, ageDays, blobs: [`${n}-l1`, "base"] },
  { name: `${n}-arm64`, ageDays, blobs: [`${n}-l2`, "base"] },
  { name: `${n}-att`, ageDays, blobs: [`${n}-prov`] },
  { name: `${n}-sig`, tags: [`@${n}.sig`], ageDays },
  { name: `${n}-sbom`, subject: n, ageDays },
];

interface Case {
  name: string;
  manifests: TestManifest[];
  policy: CleanupPolicy;
  deletes: string[];
}

const cases: Case[] = [
  {
    name: "untagged: platform manifests, attestations and signatures of a tagged index stay",
    manifests: [...multiArch("v1", 40, "a"), { name: "loose", ageDays: 40 }],
    policy: { untagged: true },
    deletes: ["loose"],
  },
  {
    name: "deleting a tagged index takes its children, attestation, signature and referrer",
    manifests: [...multiArch("pr-1", 40, "a"), ...multiArch("v1", 40, "b")],
    policy: { include: ["pr-*"] },
    deletes: ["a", "a-amd64", "a-arm64", "a-att", "a-sbom", "a-sig"],
  },
  {
    name: "a child shared with a kept index stays",
    manifests: [
      { name: "old", tags: ["pr-1"], ageDays: 10, children: ["shared", "only-old"] },
      { name: "new", tags: ["main"], ageDays: 1, children: ["shared"] },
      { name: "shared", ageDays: 10 },
      { name: "only-old", ageDays: 10 },
    ],
    policy: { include: ["pr-*"] },
    deletes: ["old", "only-old"],
  },
  {
    name: "a per-arch tag that a kept index lists is kept even when its own tag is selected",
    manifests: [
      { name: "merged", tags: ["main"], ageDays: 5, children: ["amd"] },
      { name: "amd", tags: ["main-amd64"], ageDays: 5 },
    ],
    policy: { include: ["*-amd64"] },
    deletes: [],
  },
  {
    name: "keep the N newest tagged",
    manifests: [
      { name: "t1", tags: ["b1"], ageDays: 1 },
      { name: "t2", tags: ["b2"], ageDays: 2 },
      { name: "t3", tags: ["b3"], ageDays: 3 },
      { name: "t4", tags: ["b4"], ageDays: 4 },
    ],
    policy: { keepTagged: 2 },
    deletes: ["t3", "t4"],
  },
  {
    name: "keep the N newest untagged",
    manifests: [
      { name: "u1", ageDays: 1 },
      { name: "u2", ageDays: 2 },
      { name: "u3", ageDays: 3 },
      { name: "t", tags: ["latest"], ageDays: 9 },
    ],
    policy: { keepUntagged: 1 },
    deletes: ["u2", "u3"],
  },
  {
    name: "older than: younger images stay",
    manifests: [
      { name: "u-young", ageDays: 10 },
      { name: "u-old", ageDays: 31 },
    ],
    policy: { untagged: true, olderThanMs: 30 * 86_400_000 },
    deletes: ["u-old"],
  },
  {
    name: "include needs every tag to match; exclude wins",
    manifests: [
      { name: "x1", tags: ["pr-1"], ageDays: 1 },
      { name: "x2", tags: ["pr-2", "release"], ageDays: 1 },
      { name: "x3", tags: ["pr-3"], ageDays: 1 },
    ],
    policy: { include: ["pr-*"], exclude: ["pr-3"] },
    deletes: ["x1"],
  },
  {
    name: "regular expressions",
    manifests: [
      { name: "r1", tags: ["sha-abc1234"], ageDays: 1 },
      { name: "r2", tags: ["v1.0.0"], ageDays: 1 },
    ],
    policy: { include: ["/^sha-[0-9a-f]{7}$/"] },
    deletes: ["r1"],
  },
  {
    name: "keep the newest release per major",
    manifests: [
      { name: "s100", tags: ["v1.0.0"], ageDays: 30 },
      { name: "s120", tags: ["1.2.0"], ageDays: 20 },
      { name: "s200", tags: ["v2.0.0"], ageDays: 10 },
      { name: "s210rc", tags: ["v2.1.0-rc.1"], ageDays: 5 },
    ],
    policy: { keepTagged: 0, keepSemver: "major" },
    deletes: ["s100", "s210rc"],
  },
  {
    name: "keep the newest release per minor",
    manifests: [
      { name: "m100", tags: ["1.0.0"], ageDays: 30 },
      { name: "m101", tags: ["1.0.1"], ageDays: 25 },
      { name: "m110", tags: ["1.1.0"], ageDays: 20 },
    ],
    policy: { keepTagged: 0, keepSemver: "minor" },
    deletes: ["m100"],
  },
  {
    name: "keep what references still use, by tag or digest",
    manifests: [
      { name: "k1", tags: ["v1"], ageDays: 9 },
      { name: "k2", tags: ["v2"], ageDays: 9 },
      { name: "k3", tags: ["v3"], ageDays: 9 },
    ],
    policy: { keepTagged: 0, keepUsed: { tags: ["v1"], digests: [digestOf("k2")] } },
    deletes: ["k3"],
  },
  {
    name: "an orphan signature (subject gone) is an untagged image",
    manifests: [
      { name: "orphan", tags: ["@gone.sig"], ageDays: 9 },
      { name: "keep", tags: ["v1"], ageDays: 9 },
    ],
    policy: { untagged: true },
    deletes: ["orphan"],
  },
  {
    name: "a kept, tagged signature keeps the image it signs",
    manifests: [
      { name: "img", tags: ["pr-1"], ageDays: 9, children: ["img-amd64"] },
      { name: "img-amd64", ageDays: 9 },
      { name: "sig", tags: ["signed-release"], subject: "img", ageDays: 9 },
    ],
    policy: { include: ["pr-*"] },
    deletes: [],
  },
  {
    name: "no rule given: nothing selected",
    manifests: [
      { name: "n1", ageDays: 99 },
      { name: "n2", tags: ["v"], ageDays: 99 },
    ],
    policy: {},
    deletes: [],
  },
  {
    // ghcr-cleanup-action counts keep-N over every image carrying a matching tag: v1.1 (also tagged latest) is
    // one of the 2 newest, so v1.0 goes; the image tagged latest itself is never deleted.
    name: "keep-N with --include counts every image that carries a matching tag",
    manifests: [
      { name: "v1.0", tags: ["v1.0"], ageDays: 30 },
      { name: "v1.1", tags: ["v1.1", "latest"], ageDays: 20 },
      { name: "v1.2", tags: ["v1.2"], ageDays: 10 },
    ],
    policy: { include: ["/^v1\\.\\d+$/"], keepTagged: 2 },
    deletes: ["v1.0"],
  },
  {
    name: "keep-1 is taken by a newer image that also carries another tag, so the fully matching one goes",
    manifests: [
      { name: "old", tags: ["legacy"], ageDays: 30 },
      { name: "newer", tags: ["beta", "v2.0"], ageDays: 5 },
    ],
    policy: { include: ["/^(beta|legacy|old)$/"], keepTagged: 1 },
    deletes: ["old"],
  },
  {
    name: "an image named by digest among the patterns is deleted, tags and all",
    manifests: [
      { name: "named", tags: ["v0.9", "stable-old"], ageDays: 400 },
      { name: "other", tags: ["v1.0"], ageDays: 400 },
    ],
    policy: { include: [digestOf("named")] },
    deletes: ["named"],
  },
  {
    name: "--older-than takes years",
    manifests: [
      { name: "ancient", tags: ["pr-1"], ageDays: 400 },
      { name: "recent", tags: ["pr-2"], ageDays: 200 },
    ],
    policy: { include: ["pr-*"], olderThanMs: 365 * 86_400_000 },
    deletes: ["ancient"],
  },
  {
    name: "--delete-ghost-images deletes an index whose platform manifests are all gone, whatever its tags",
    manifests: [
      { name: "ghost", tags: ["v1"], children: ["g1", "g2"], ageDays: 5 },
      { name: "partial", tags: ["v2"], children: ["p1", "p2"], ageDays: 5 },
      { name: "p1", ageDays: 5 },
      { name: "whole", tags: ["v3"], children: ["w1"], ageDays: 5 },
      { name: "w1", ageDays: 5 },
    ],
    policy: { repair: { ghost: true } },
    deletes: ["ghost"],
  },
  {
    name: "--delete-partial-images deletes an index with some entries gone, and the entries it still has",
    manifests: [
      { name: "ghost", tags: ["v1"], children: ["g1", "g2"], ageDays: 5 },
      { name: "partial", tags: ["v2"], children: ["p1", "p2"], ageDays: 5 },
      { name: "p1", ageDays: 5 },
    ],
    policy: { repair: { partial: true } },
    deletes: ["p1", "partial"],
  },
  {
    name: "--delete-orphaned-images deletes signatures and referrers whose subject is gone, not those of kept images",
    manifests: [
      ...multiArch("v1", 10, "k"),
      { name: "sig", tags: ["@gone.sig"], ageDays: 5 },
      { name: "sbom", subject: "gone", ageDays: 5 },
    ],
    policy: { repair: { orphaned: true } },
    deletes: ["sbom", "sig"],
  },
];

describe("planCleanup", () => {
  it.each(cases)("$name", ({ manifests, policy, deletes }) => {
    const plan = planCleanup(inventoryOf(manifests), policy, { now: TEST_NOW });
    expect(plan.complete).toBe(true);
    expect(deleted(plan, manifests)).toEqual([...deletes].sort());
  });

  it("deletes referrers and indexes before what they name", () => {
    const manifests = multiArch("pr-1", 40, "a");
    const plan = planCleanup(inventoryOf(manifests), { include: ["pr-*"] }, { now: TEST_NOW });
    expect(waveNames(plan, manifests)).toEqual([["a-sbom", "a-sig"], ["a"], ["a-amd64", "a-arm64", "a-att"]]);
  });

  it("counts reclaimed bytes once per blob and not for blobs a kept image uses", () => {
    const manifests = [...multiArch("pr-1", 40, "a"), ...multiArch("v1", 40, "b")];
    const plan = planCleanup(inventoryOf(manifests), { include: ["pr-*"] }, { now: TEST_NOW });
    // Six manifests of 100 bytes; blobs a-l1, a-l2, a-prov (base stays: b uses it).
    expect(plan.bytesReclaimed).toBe(600 + 3000);
  });

  it("explains its verdicts", () => {
    const manifests = [...multiArch("v1", 40, "a"), { name: "loose", ageDays: 40 }];
    const plan = planCleanup(inventoryOf(manifests), { untagged: true, olderThanMs: 86_400_000 }, { now: TEST_NOW });
    const byDigest = new Map(plan.versions.map((v) => [v.digest, v]));
    expect(byDigest.get(digestOf("loose"))).toMatchObject({ action: "delete", rule: "untagged", role: "image" });
    expect(byDigest.get(digestOf("loose"))?.reason).toContain("40d old");
    expect(byDigest.get(digestOf("a-att"))).toMatchObject({ action: "keep", rule: "reachable", role: "attestation" });
    expect(byDigest.get(digestOf("a-sig"))).toMatchObject({ action: "keep", role: "referrer" });
    expect(byDigest.get(digestOf("a-amd64"))?.reason).toContain("v1");
  });

  it("a partial view deletes nothing and names what could not be read", () => {
    const manifests = [
      { name: "u", ageDays: 40 },
      { name: "t", tags: ["v1"], ageDays: 1 },
    ];
    const inventory = inventoryOf(manifests);
    inventory.failures.push({ digest: digestOf("t"), tags: ["v1"], reason: "503 Service Unavailable" });
    const plan = planCleanup(inventory, { untagged: true }, { now: TEST_NOW });
    expect(plan.complete).toBe(false);
    expect(plan.waves).toEqual([]);
    expect(plan.versions.every((v) => v.rule === "partial-view")).toBe(true);
  });

  it("warns when every tagged version would go (GitHub refuses the last one)", () => {
    const plan = planCleanup(
      inventoryOf([
        { name: "a", tags: ["x"], ageDays: 3 },
        { name: "b", ageDays: 3 },
      ]),
      { keepTagged: 0 },
      { now: TEST_NOW },
    );
    expect(plan.warnings.join()).toContain("last tagged version");
  });

  it("unknown ages are never old enough", () => {
    const inventory = inventoryOf([{ name: "a" }]);
    const plan = planCleanup(inventory, { untagged: true, olderThanMs: 1000 }, { now: TEST_NOW });
    expect(plan.waves).toEqual([]);
    expect(plan.versions[0]?.reason).toContain("age unknown");
  });
});

describe("formatAge", () => {
  it.each([
    [3 * 86_400_000 + 5, "3d"],
    [5 * 3_600_000, "5h"],
    [12 * 60_000 + 999, "12m"],
    // A version stamped ahead of the local clock (clock skew, or an emulator's clock) is not "-6h".
    [-6 * 3_600_000, "0m"],
  ])("%d ms reads %s", (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
