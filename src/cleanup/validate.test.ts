import { describe, expect, it } from "vitest";
import { digestOf, inventoryOf } from "./test-support.js";
import { validateInventory } from "./validate.js";

describe("validateInventory", () => {
  it("finds nothing wrong in whole images", () => {
    const inventory = inventoryOf([
      { name: "i", tags: ["v1"], children: ["a", "att:p"] },
      { name: "a" },
      { name: "p" },
      { name: "s", tags: ["@i.sig"] },
      { name: "r", subject: "i" },
    ]);
    expect(validateInventory(inventory)).toEqual([]);
  });

  it("reports a ghost index and a partial one", () => {
    const inventory = inventoryOf([
      { name: "ghost", tags: ["v1"], children: ["g1", "g2"] },
      { name: "partial", tags: ["v2"], children: ["p1", "p2"] },
      { name: "p1" },
    ]);
    const problems = validateInventory(inventory);
    expect(problems.map((p) => p.kind)).toEqual(["missing-children", "missing-children"]);
    expect(problems[0]?.message).toContain("lists all entries");
    expect(problems[1]?.message).toContain("1 of 2");
    expect(problems[1]?.missing).toEqual([digestOf("p2")]);
  });

  it("reports orphan signatures and referrers", () => {
    const inventory = inventoryOf([
      { name: "keep", tags: ["v1"] },
      { name: "sig", tags: ["@gone.sig"] },
      { name: "sbom", subject: "gone" },
    ]);
    expect(validateInventory(inventory).map((p) => [p.kind, p.digest])).toEqual([
      ["orphan-referrer", digestOf("sig")],
      ["orphan-referrer", digestOf("sbom")],
    ]);
  });

  it("reports tags pointing nowhere and unreadable manifests", () => {
    const inventory = inventoryOf([
      { name: "t", tags: ["v1"] },
      { name: "u", tags: ["v2"] },
    ]);
    inventory.absent.add(digestOf("t"));
    inventory.danglingTags.push("stale");
    inventory.failures.push({ digest: digestOf("u"), tags: ["v2"], reason: "500" });
    expect(validateInventory(inventory).map((p) => p.kind)).toEqual(["dangling-tag", "dangling-tag", "unreadable"]);
  });
});
