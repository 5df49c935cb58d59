// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
import { describe, expect, it } from "vitest";
import { expandMatrix } from "./matrix.js";
import { parseWorkflow } from "./parse.js";
import type { MatrixCombination, MatrixValue } from "./types.js";

describe("expandMatrix", () => {
  const cases: Array<{
    name: string;
    dimensions: Record<string, MatrixValue[]>;
    include?: MatrixCombination[];
    exclude?: MatrixCombination[];
    expected: MatrixCombination[];
  }> = [
    {
      name: "product of two dimensions",
      dimensions: { os: ["ubuntu", "windows"], node: [18, 20] },
      expected: [
        { os: "ubuntu", node: 18 },
        { os: "ubuntu", node: 20 },
        { os: "windows", node: 18 },
        { os: "windows", node: 20 },
      ],
    },
    {
      name: "exclude matches on all its keys",
      dimensions: { os: ["ubuntu", "windows"], node: [18, 20] },
      exclude: [{ os: "windows", node: 18 }],
      expected: [
        { os: "ubuntu", node: 18 },
        { os: "ubuntu", node: 20 },
        { os: "windows", node: 20 },
      ],
    },
    {
      // The example of GitHub's "Expanding or adding matrix configurations".
      name: "include merges without overwriting original values, else adds",
      dimensions: { fruit: ["apple", "pear"], animal: ["cat", "dog"] },
      include: [
        { color: "green" },
        { color: "pink", animal: "cat" },
        { fruit: "apple", shape: "circle" },
        { fruit: "banana" },
        { fruit: "banana", animal: "cat" },
      ],
      expected: [
        { fruit: "apple", animal: "cat", color: "pink", shape: "circle" },
        { fruit: "apple", animal: "dog", color: "green", shape: "circle" },
        { fruit: "pear", animal: "cat", color: "pink" },
        { fruit: "pear", animal: "dog", color: "green" },
        { fruit: "banana" },
        { fruit: "banana", animal: "cat" },
      ],
    },
    {
      name: "include only",
      dimensions: {},
      include: [
        { arch: "amd64", runner: "ubuntu-24.04" },
        { arch: "arm64", runner: "ubuntu-24.04-arm" },
      ],
      expected: [
        { arch: "amd64", runner: "ubuntu-24.04" },
        { arch: "arm64", runner: "ubuntu-24.04-arm" },
      ],
    },
  ];
  it.each(cases)("$name", ({ dimensions, include, exclude, expected }) => {
    expect(expandMatrix(dimensions, include ?? [], exclude ?? [])).toEqual(expected);
  });
});

describe("parseMatrix through parseWorkflow", () => {
  const matrixOf = (yaml: string) => {
    const text = `on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n${yaml}`;
    return parseWorkflow(text, "m.yml").workflow?.jobs[0]?.strategy?.matrix;
  };

  it("expands literal values", () => {
    const m = matrixOf("        arch: [amd64, arm64]\n");
    expect(m?.combinations).toEqual([{ arch: "amd64" }, { arch: "arm64" }]);
    expect(m?.span.line).toBe(7);
  });

  it("does not expand a matrix built from an expression", () => {
    const whole = parseWorkflow(
      "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix: ${{ fromJSON(needs.p.outputs.m) }}\n",
      "m.yml",
    ).workflow?.jobs[0]?.strategy?.matrix;
    expect(whole?.combinations).toBeUndefined();
    expect(whole?.expression).toBe("${{ fromJSON(needs.p.outputs.m) }}");
    expect(matrixOf("        arch: ${{ fromJSON(inputs.arches) }}\n")?.combinations).toBeUndefined();
    expect(matrixOf("        arch: [amd64, '${{ inputs.extra }}']\n")?.combinations).toBeUndefined();
  });
});
