import { describe, expect, it } from "vitest";
import { hasScope, parseScopes, tokenKind } from "./token.js";

describe("tokenKind", () => {
  it.each([
    ["ghp_abc", "classic_pat"],
    ["github_pat_11AAA_xyz", "fine_grained_pat"],
    ["ghs_abc", "installation"],
    ["gho_abc", "oauth"],
    ["ghu_abc", "user_to_server"],
    ["ghr_abc", "refresh"],
    ["v1.abcdef", "unknown"],
    ["", "unknown"],
  ])("%s is %s", (token, kind) => {
    expect(tokenKind(token)).toBe(kind);
  });
});

describe("scopes", () => {
  it("parses X-OAuth-Scopes, including an empty header", () => {
    expect(parseScopes("repo, read:packages,write:packages")).toEqual(["repo", "read:packages", "write:packages"]);
    expect(parseScopes("")).toEqual([]);
    expect(parseScopes(undefined)).toBeUndefined();
  });
  it("follows the scope hierarchy", () => {
    expect(hasScope(["write:packages"], "read:packages")).toBe(true);
    expect(hasScope(["read:packages"], "write:packages")).toBe(false);
    expect(hasScope(["write:packages"], "delete:packages")).toBe(false);
    expect(hasScope(["repo"], "repo:status")).toBe(true);
    expect(hasScope(["admin:org"], "read:org")).toBe(true);
  });
});
