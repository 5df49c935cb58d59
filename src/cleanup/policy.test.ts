import { describe, expect, it } from "vitest";
import { compileTagPattern, parseDuration } from "./policy.js";
import { parsePolicyFile } from "./policy-file.js";

describe("policies", () => {
  it.each([
    ["30d", 30 * 86_400_000],
    ["12h", 12 * 3_600_000],
    ["1w3d", 10 * 86_400_000],
    ["90m", 90 * 60_000],
    ["1y", 365 * 86_400_000],
    ["1y2w", 379 * 86_400_000],
  ])("parses the duration %s", (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(["", "30", "d", "3x", "30d junk"])("refuses the duration %j", (text) =>
    expect(() => parseDuration(text, "--older-than")).toThrow(/--older-than/),
  );

  it.each([
    ["pr-*", "pr-12", true],
    ["pr-*", "xpr-12", false],
    ["v1.?", "v1.2", true],
    ["v1.?", "v1x2", false],
    ["/^sha-[0-9a-f]+$/", "sha-abc", true],
    ["/MAIN/i", "main-amd64", true],
  ])("pattern %s on %s is %s", (pattern, tag, expected) => expect(compileTagPattern(pattern).test(tag)).toBe(expected));

  it("reads a policy file", () => {
    const entries = parsePolicyFile(
      "images:\n  - image: ghcr.io/acme/app\n    keep-tagged: 3\n    older-than: 2w\n    include: [pr-*]\n    keep-semver: minor\n    keep-used-by: ./deploy\n    untag: true\n",
      "p.yml",
    );
    expect(entries).toEqual([
      {
        image: "ghcr.io/acme/app",
        policy: { keepTagged: 3, olderThanMs: 14 * 86_400_000, include: ["pr-*"], keepSemver: "minor", untag: true },
        keepUsedBy: "./deploy",
      },
    ]);
  });

  it.each([
    ["images:\n  - image: a\n    keep-taged: 3\n", /images\[0\]: .*keep-taged/],
    ["images:\n  - image: a\n    keep-tagged: -1\n", /images\[0\]\.keep-tagged: must not be negative/],
    ["images:\n  - image: a\n    older-than: soon\n", /images\[0\]\.older-than/],
    ["images:\n  - image: a\n    include: ['/(/']\n", /images\[0\]\.include/],
    ["images: []\n", /images: must list at least one image/],
  ])("names the field in errors: %j", (text, message) => expect(() => parsePolicyFile(text, "p.yml")).toThrow(message));
});
