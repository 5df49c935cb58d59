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
});
