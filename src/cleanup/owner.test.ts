import { describe, expect, it } from "vitest";
import { selectPackages } from "./owner.js";

describe("selectPackages", () => {
  const names = ["web", "svc-b", "svc-a", "tools/svc-x", "api", "svc"];

  it.each([
    [["svc-*"], ["svc-a", "svc-b"]],
    [["svc*"], ["svc", "svc-a", "svc-b"]],
    [
      ["api", "web"],
      ["api", "web"],
    ],
    [["*/svc-*"], ["tools/svc-x"]],
    [["/^svc-[ab]$/"], ["svc-a", "svc-b"]],
    [["/svc/"], ["svc", "svc-a", "svc-b", "tools/svc-x"]],
    [["nothing-*"], []],
  ])("%j selects %j", (patterns, selected) => expect(selectPackages(names, patterns)).toEqual(selected));

  it("refuses a broken regular expression, naming --packages", () => {
    expect(() => selectPackages(names, ["/(/"])).toThrow("--packages");
  });
});
