import { describe, expect, it } from "vitest";
import { parseContentRange, resolveRange, uploadRangeHeader } from "./range.js";

describe("resolveRange (2048-byte blob)", () => {
  const cases: [string | undefined, ReturnType<typeof resolveRange>][] = [
    [undefined, undefined],
    ["bytes=500-1499", { start: 500, end: 1499 }],
    ["bytes=500-", { start: 500, end: 2047 }],
    ["bytes=-500", { start: 1548, end: 2047 }],
    ["bytes=-5000", { start: 0, end: 2047 }],
    ["bytes=2000-5000", { start: 2000, end: 2047 }],
    ["bytes=0-0", { start: 0, end: 0 }],
    ["bytes=500-0", "unsatisfiable"],
    ["bytes=5000-10000", "unsatisfiable"],
    ["bytes=2048-", "unsatisfiable"],
    ["bytes=-0", "unsatisfiable"],
    ["bytes=0-1,5-6", undefined],
    ["items=0-1", undefined],
    ["bytes=-", undefined],
  ];
  for (const [header, expected] of cases) {
    it(`${header ?? "(none)"} → ${JSON.stringify(expected)}`, () => {
      expect(resolveRange(header, 2048)).toEqual(expected);
    });
  }
  it("any range of an empty blob is unsatisfiable", () => {
    expect(resolveRange("bytes=0-", 0)).toBe("unsatisfiable");
  });
});

describe("parseContentRange", () => {
  it("reads the spec's start-end form and tolerates bytes prefixes and totals", () => {
    expect(parseContentRange("0-1023")).toEqual({ start: 0, end: 1023 });
    expect(parseContentRange("bytes 1024-2047/4096")).toEqual({ start: 1024, end: 2047 });
    expect(parseContentRange("bytes=5-9/*")).toEqual({ start: 5, end: 9 });
  });
  it("refuses malformed or reversed ranges", () => {
    expect(parseContentRange("10-5")).toBeUndefined();
    expect(parseContentRange("abc")).toBeUndefined();
    expect(parseContentRange("-5")).toBeUndefined();
  });
});

describe("uploadRangeHeader", () => {
  it("is 0-0 for an empty session and 0-(size-1) after", () => {
    expect(uploadRangeHeader(0)).toBe("0-0");
    expect(uploadRangeHeader(1)).toBe("0-0");
    expect(uploadRangeHeader(1024)).toBe("0-1023");
  });
});
