import { describe, expect, it } from "vitest";
import { formatPlatform, parsePlatform, platformMatches } from "./platform.js";

describe("parsePlatform", () => {
  it.each([
    ["linux/amd64", { os: "linux", architecture: "amd64" }],
    ["linux/arm64/v8", { os: "linux", architecture: "arm64", variant: "v8" }],
    ["windows/amd64", { os: "windows", architecture: "amd64" }],
  ])("parses %s and formats it back", (input, expected) => {
    expect(parsePlatform(input)).toEqual(expected);
    expect(formatPlatform(parsePlatform(input))).toBe(input);
  });

  it.each([
    ["linux", /missing the architecture/],
    ["linux/arm/v7/extra", /too many parts/],
    ["linux//v7", /architecture is empty/],
    ["Linux/AMD64", /must be lower case/],
    ["linux/am d64", /characters other than/],
  ])("refuses %s", (input, message) => {
    expect(() => parsePlatform(input)).toThrow(message);
  });
});

describe("platformMatches", () => {
  const p = parsePlatform;
  it.each([
    ["linux/arm64", "linux/arm64/v8", true],
    ["linux/arm64/v8", "linux/arm64", true],
    ["linux/amd64", "linux/x86_64", true],
    ["linux/arm64", "linux/aarch64", true],
    ["linux/arm", "linux/arm/v7", true],
    ["linux/arm/v7", "linux/arm", true],
    ["linux/arm/v6", "linux/arm", false],
    ["linux/arm64", "linux/amd64", false],
    ["linux/amd64", "windows/amd64", false],
    ["linux/arm/v7", "linux/arm/7", true],
  ])("%s against %s: %s", (want, have, expected) => {
    expect(platformMatches(p(want), p(have))).toBe(expected);
  });

  it("compares os.version only when asked for", () => {
    const have = { os: "windows", architecture: "amd64", "os.version": "10.0.17763.1" };
    expect(platformMatches({ os: "windows", architecture: "amd64" }, have)).toBe(true);
    expect(platformMatches({ ...have, "os.version": "10.0.20348.1" }, have)).toBe(false);
  });
});
