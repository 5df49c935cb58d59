import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runScenarios } from "./events.js";
import { loadWorkflows } from "./load.js";
import { parseWorkflow } from "./parse.js";
import { defaultTokenPermissions, effectivePermissions } from "./permissions.js";
import type { Job, Workflow, WorkflowSet } from "./types.js";

/** The directory of a fixture repository under `src/workflows/fixtures/`. */
function fixtureRepo(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

function single(yaml: string): { workflow: Workflow; job: Job } {
  const { workflow } = parseWorkflow(yaml, ".github/workflows/w.yml");
  if (!workflow?.jobs[0]) throw new Error("fixture has no job");
  return { workflow, job: workflow.jobs[0] };
}

describe("effectivePermissions: one workflow", () => {
  const cases: Array<{
    name: string;
    workflow: string;
    job: string;
    default?: "read" | "write";
    expected: Record<string, string>;
    origin: string;
  }> = [
    {
      name: "repository default unknown, nothing declared",
      workflow: "",
      job: "",
      expected: { packages: "unknown", contents: "unknown", metadata: "read", "id-token": "none", issues: "unknown" },
      origin: "repository-default",
    },
    {
      name: "restricted repository default",
      workflow: "",
      job: "",
      default: "read",
      expected: { packages: "read", contents: "read", issues: "none" },
      origin: "repository-default",
    },
    {
      name: "permissive repository default",
      workflow: "",
      job: "",
      default: "write",
      expected: { packages: "write", contents: "write", "id-token": "none", metadata: "read" },
      origin: "repository-default",
    },
    {
      name: "workflow map: unlisted scopes become none",
      workflow: "permissions:\n  contents: read\n",
      job: "",
      expected: { contents: "read", packages: "none", metadata: "read" },
      origin: "workflow",
    },
    {
      name: "job map replaces the workflow's",
      workflow: "permissions:\n  contents: write\n",
      job: "    permissions:\n      packages: write\n",
      expected: { packages: "write", contents: "none" },
      origin: "job",
    },
    {
      name: "read-all",
      workflow: "permissions: read-all\n",
      job: "",
      default: "write",
      expected: { packages: "read", contents: "read", "id-token": "read" },
      origin: "workflow",
    },
    {
      name: "write-all",
      workflow: "",
      job: "    permissions: write-all\n",
      expected: { packages: "write", "id-token": "write", metadata: "read" },
      origin: "job",
    },
    {
      name: "{} takes everything away",
      workflow: "permissions: {}\n",
      job: "",
      default: "write",
      expected: { packages: "none", contents: "none", metadata: "read" },
      origin: "workflow",
    },
    {
      name: "job {} overrides workflow write-all",
      workflow: "permissions: write-all\n",
      job: "    permissions: {}\n",
      expected: { packages: "none" },
      origin: "job",
    },
  ];
  it.each(cases)("$name", (c) => {
    const { workflow, job } = single(`on: push\n${c.workflow}jobs:\n  a:\n    runs-on: x\n${c.job}    steps: []\n`);
    const result = effectivePermissions(job, {
      workflows: [workflow],
      ...(c.default ? { defaultPermissions: c.default } : {}),
    });
    expect(result.scopes).toMatchObject(c.expected);
    expect(result.origins[0]?.kind).toBe(c.origin);
  });

  it("points at the permissions block that decided", () => {
    const { workflow, job } = single(
      "on: push\njobs:\n  a:\n    runs-on: x\n    permissions:\n      packages: write\n",
    );
    const result = effectivePermissions(job, { workflows: [workflow] });
    expect(result.origins[0]?.span).toMatchObject({ file: ".github/workflows/w.yml", line: 6, column: 7 });
  });
});

describe("effectivePermissions: fork pull requests and Dependabot", () => {
  const { workflow, job } = single(
    "on: [pull_request, pull_request_target, push]\njobs:\n  a:\n    permissions:\n      packages: write\n      contents: read\n",
  );
  it.each([
    ["pull_request", "same-repository", "write"],
    ["pull_request", "fork", "read"],
    ["pull_request", "dependabot", "read"],
    ["pull_request_target", "fork", "write"],
    ["push", "same-repository", "write"],
    ["push", "dependabot", "read"],
  ])("%s from %s → packages %s", (event, origin, packages) => {
    const scenario = runScenarios(event).find((s) => s.origin === origin);
    expect(scenario).toBeDefined();
    const result = effectivePermissions(job, { workflows: [workflow], ...(scenario ? { scenario } : {}) });
    expect(result.scopes.packages).toBe(packages);
    expect(result.scopes.contents).toBe("read");
  });

  it("lists the scenarios an event has", () => {
    expect(runScenarios("pull_request").map((s) => [s.origin, s.tokenReadOnly, s.secretsAvailable])).toEqual([
      ["same-repository", false, true],
      ["fork", true, false],
      ["dependabot", true, false],
    ]);
    expect(runScenarios("workflow_dispatch").map((s) => s.origin)).toEqual(["same-repository"]);
    expect(runScenarios("pull_request_target").map((s) => [s.origin, s.tokenReadOnly])).toEqual([
      ["same-repository", false],
      ["fork", false],
    ]);
  });
});

describe("effectivePermissions: reusable workflows", () => {
  let set: WorkflowSet;
  beforeAll(async () => {
    set = await loadWorkflows(fixtureRepo("reusable"));
  });
  const job = (file: string, id: string): Job => {
    const found = set.workflows.find((w) => w.file === `.github/workflows/${file}`)?.jobs.find((j) => j.id === id);
    if (!found) throw new Error(`no job ${file}#${id}`);
    return found;
  };

  it("a called workflow without permissions takes each caller's token; the lowest counts", () => {
    const result = effectivePermissions(job("build.yml", "build"), {
      workflows: set.workflows,
      defaultPermissions: "write",
    });
    expect(result.scopes.packages).toBe("none");
    expect(result.byCaller.map((c) => [c.jobId, c.scopes.packages])).toEqual([
      ["publish", "write"],
      ["publish-readonly", "none"],
    ]);
    expect(result.origins.filter((o) => o.kind === "caller").map((o) => o.span?.line)).toEqual([12, 17]);
  });

  it("through one named caller", () => {
    const caller = job("release.yml", "publish");
    const result = effectivePermissions(job("build.yml", "build"), { workflows: set.workflows, caller });
    expect(result.scopes.packages).toBe("write");
    expect(result.scopes.contents).toBe("read");
  });

  it("a called workflow can lower the caller's permissions", () => {
    const result = effectivePermissions(job("narrow.yml", "push"), { workflows: set.workflows });
    expect(result.scopes.packages).toBe("none");
    expect(result.scopes.contents).toBe("read");
    expect(result.origins.map((o) => o.kind)).toEqual(["workflow", "caller"]);
  });

  it("a called workflow cannot raise them (write-all is capped by the caller)", () => {
    const result = effectivePermissions(job("narrow.yml", "elevate"), { workflows: set.workflows });
    expect(result.scopes.packages).toBe("write");
    expect(result.scopes.contents).toBe("read");
    expect(result.scopes.issues).toBe("none");
  });

  it("the default table matches GitHub's", () => {
    expect(defaultTokenPermissions("read")).toMatchObject({ contents: "read", packages: "read", actions: "none" });
    expect(defaultTokenPermissions("write")).toMatchObject({
      contents: "write",
      packages: "write",
      "id-token": "none",
    });
  });
});
