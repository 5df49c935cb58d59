// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
/**
 * The edit planners: each change is applied to the text and the result read back with the workflow model, which
 * must see the intended permission, condition or strategy; lines outside the change stay as they were.
 */
import { describe, expect, it } from "vitest";
import { applySplices } from "../project/index.js";
import { effectivePermissions, parseWorkflow, type Workflow } from "../workflows/index.js";
import { addStepCondition, grantPackagesWrite, setMaxParallel } from "./edits.js";
import type { TextChange } from "./types.js";

function parse(text: string): Workflow {
  const result = parseWorkflow(text, ".github/workflows/w.yml");
  expect(result.errors).toEqual([]);
  return result.workflow as Workflow;
}

function apply(text: string, changes: TextChange[]): string {
  return applySplices(
    text,
    [...changes].sort((a, b) => a.start - b.start),
  );
}

const job = (permissions: string) => `on: push
jobs:
  build:
    runs-on: ubuntu-latest
${permissions}    steps:
      - run: docker push ghcr.io/a/b:1
`;

describe("grantPackagesWrite", () => {
  const table: Array<[string, string, string]> = [
    ["a block map without packages", job("    permissions:\n      contents: read\n"), "      packages: write\n"],
    [
      "packages: read",
      job("    permissions:\n      contents: read\n      packages: read # narrowed\n"),
      "      packages: write # narrowed\n",
    ],
    [
      "a flow map",
      job("    permissions: { contents: read }\n"),
      "    permissions: { contents: read, packages: write }\n",
    ],
    ["an empty map", job("    permissions: {}\n"), "    permissions: { packages: write }\n"],
    ["no block at all", job(""), "    permissions:\n      contents: read\n      packages: write\n"],
  ];
  for (const [label, text, expected] of table) {
    it(`grants packages: write to ${label}`, () => {
      const workflow = parse(text);
      const target = workflow.jobs[0];
      if (!target) throw new Error("no job");
      const after = apply(text, grantPackagesWrite(text, workflow, target));
      expect(after).toContain(expected);
      const reread = parse(after).jobs[0];
      if (!reread) throw new Error("no job");
      expect(effectivePermissions(reread).scopes.packages).toBe("write");
      // Every line of the original is still there, in order, except the one a value replaced.
      const kept = text.split("\n").filter((line) => after.split("\n").includes(line));
      expect(kept.length).toBeGreaterThanOrEqual(text.split("\n").length - 1);
    });
  }

  it("keeps what the workflow-level block granted when adding a job block", () => {
    const text = `on: push\npermissions:\n  contents: read\n  id-token: write\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker push ghcr.io/a/b:1\n`;
    const workflow = parse(text);
    const after = apply(text, grantPackagesWrite(text, workflow, workflow.jobs[0] as Workflow["jobs"][number]));
    const scopes = effectivePermissions(parse(after).jobs[0] as Workflow["jobs"][number]).scopes;
    expect([scopes.contents, scopes["id-token"], scopes.packages]).toEqual(["read", "write", "write"]);
  });

  it("keeps CRLF line ends", () => {
    const text = job("    permissions:\n      contents: read\n").replaceAll("\n", "\r\n");
    const workflow = parse(text);
    const after = apply(text, grantPackagesWrite(text, workflow, workflow.jobs[0] as Workflow["jobs"][number]));
    expect(after).toContain("      packages: write\r\n");
    expect(after.replaceAll("\r\n", "")).not.toContain("\n");
  });
});

describe("addStepCondition and setMaxParallel", () => {
  it("adds an if: to a step, or joins it to an existing one", () => {
    const text = `on: [push, pull_request]\njobs:\n  b:\n    runs-on: x\n    steps:\n      - name: push\n        run: docker push ghcr.io/a/b:1\n      - if: github.ref == 'refs/heads/main'\n        run: docker push ghcr.io/a/b:2\n`;
    const workflow = parse(text);
    const steps = workflow.jobs[0]?.steps ?? [];
    const first = apply(
      text,
      addStepCondition(text, steps[0] as (typeof steps)[number], "github.event_name != 'pull_request'"),
    );
    expect(parse(first).jobs[0]?.steps[0]?.if?.value).toBe("github.event_name != 'pull_request'");
    const second = apply(text, addStepCondition(text, steps[1] as (typeof steps)[number], "github.actor != 'x'"));
    expect(parse(second).jobs[0]?.steps[1]?.if?.value).toBe(
      "${{ (github.ref == 'refs/heads/main') && (github.actor != 'x') }}",
    );
  });

  it("sets max-parallel beside the matrix, or replaces it", () => {
    const text = `on: push\njobs:\n  b:\n    runs-on: x\n    strategy:\n      matrix:\n        arch: [amd64, arm64]\n    steps:\n      - run: echo\n`;
    const workflow = parse(text);
    const after = apply(text, setMaxParallel(text, workflow.jobs[0] as Workflow["jobs"][number], 1));
    expect(parse(after).jobs[0]?.strategy?.maxParallel?.value).toBe("1");
    const again = parse(after);
    const twice = apply(after, setMaxParallel(after, again.jobs[0] as Workflow["jobs"][number], 2));
    expect(parse(twice).jobs[0]?.strategy?.maxParallel?.value).toBe("2");
  });
});
