import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { type Deleter, executePlan } from "./execute.js";
import { planCleanup } from "./plan.js";
import { digestOf, inventoryOf, TEST_NOW } from "./test-support.js";

const manifests = [
  { name: "idx", tags: ["pr-1"], ageDays: 9, children: ["amd", "arm"] },
  { name: "amd", ageDays: 9 },
  { name: "arm", ageDays: 9 },
  { name: "sig", tags: ["@idx.sig"], ageDays: 9 },
  { name: "loose", ageDays: 9 },
  { name: "keep", tags: ["v1"], ageDays: 1 },
];

/** A deleter recording its calls and refusing the digests given. */
function recorder(refuse: string[], fatal = false) {
  const calls: string[] = [];
  const deleter: Deleter = {
    async deleteVersion(version) {
      calls.push(version.digest);
      if (refuse.includes(version.digest)) throw new DockhandError("REFUSED", `refused ${version.digest}`);
    },
    classify: (error) => ({ kind: "test", message: (error as Error).message, fatal }),
  };
  return { calls, deleter };
}

describe("executePlan", () => {
  const plan = planCleanup(inventoryOf(manifests), { include: ["pr-*"], untagged: true }, { now: TEST_NOW });

  it("deletes referrers, then the index, then its entries", async () => {
    const { calls, deleter } = recorder([]);
    const result = await executePlan(plan, deleter, { concurrency: 2 });
    expect(result.deleted).toHaveLength(5);
    expect(calls.indexOf(digestOf("sig"))).toBeLessThan(calls.indexOf(digestOf("idx")));
    expect(calls.indexOf(digestOf("idx"))).toBeLessThan(calls.indexOf(digestOf("amd")));
  });

  it("skips what a refused deletion had to precede, and goes on with the rest", async () => {
    const { calls, deleter } = recorder([digestOf("idx")]);
    const result = await executePlan(plan, deleter);
    expect(result.refused.map((r) => r.version.digest)).toEqual([digestOf("idx")]);
    expect(result.skipped.map((s) => s.version.digest).sort()).toEqual([digestOf("amd"), digestOf("arm")].sort());
    expect(calls).toContain(digestOf("loose"));
    expect(calls).not.toContain(digestOf("amd"));
  });

  it("stops at a fatal refusal", async () => {
    const { calls, deleter } = recorder([digestOf("loose"), digestOf("sig")], true);
    const result = await executePlan(plan, deleter, { concurrency: 1 });
    expect(calls).toHaveLength(1);
    expect(result.skipped).toHaveLength(4);
  });

  it("refuses a plan made from a partial view", async () => {
    const inventory = inventoryOf(manifests);
    inventory.failures.push({ digest: digestOf("keep"), tags: ["v1"], reason: "timeout" });
    const partial = planCleanup(inventory, { untagged: true }, { now: TEST_NOW });
    await expect(executePlan(partial, recorder([]).deleter)).rejects.toMatchObject({ code: "PLAN_INCOMPLETE" });
  });

  it("counts a version already gone as done: what it had to precede is still deleted", async () => {
    const calls: string[] = [];
    const deleter: Deleter = {
      async deleteVersion(version) {
        calls.push(version.digest);
        if (version.digest === digestOf("idx")) throw new DockhandError("GITHUB_NOT_FOUND", "gone");
      },
      classify: (error) => ({ kind: "not-found", message: (error as Error).message, done: true }),
    };
    const result = await executePlan(plan, deleter);
    expect(result.gone.map((v) => v.digest)).toEqual([digestOf("idx")]);
    expect(result.refused).toEqual([]);
    expect(calls).toContain(digestOf("amd"));
    expect(result.deleted).toHaveLength(4);
  });

  it("stops between deletions when its signal aborts; what is left is skipped", async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const deleter: Deleter = {
      async deleteVersion(version) {
        calls.push(version.digest);
        if (calls.length === 2) controller.abort();
      },
      classify: (error) => ({ kind: "error", message: String(error) }),
    };
    const result = await executePlan(plan, deleter, { concurrency: 1, signal: controller.signal });
    expect(result.deleted).toHaveLength(2);
    expect(result.skipped).toHaveLength(3);
    expect(result.skipped.every((s) => s.because === "stopped: interrupted")).toBe(true);
  });

  it("untags before deleting, and refuses untags a target cannot do", async () => {
    const tagged = planCleanup(
      inventoryOf([...manifests, { name: "two", tags: ["v2", "pr-2"], ageDays: 9 }]),
      { include: ["pr-*"], untag: true },
      { now: TEST_NOW },
    );
    expect(tagged.untags.map((v) => v.untag)).toEqual([["pr-2"]]);
    const order: string[] = [];
    const deleter: Deleter = {
      async deleteVersion(version) {
        order.push(`delete ${version.digest}`);
      },
      async untag(version, tags) {
        order.push(`untag ${tags.join()} ${version.digest}`);
        return tags;
      },
      classify: (error) => ({ kind: "error", message: String(error) }),
    };
    const result = await executePlan(tagged, deleter);
    expect(order[0]).toBe(`untag pr-2 ${digestOf("two")}`);
    expect(result.untagged).toEqual([{ version: tagged.untags[0], tags: ["pr-2"] }]);
    const without = await executePlan(tagged, recorder([]).deleter);
    expect(without.refused.map((r) => r.version.digest)).toEqual([digestOf("two")]);
  });
});
