// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkflows } from "./load.js";
import { findLoginSteps, type LoginStep, normalizeRegistry } from "./login-steps.js";
import { parseWorkflow } from "./parse.js";
import type { WorkflowSet } from "./types.js";

/** The directory of a fixture repository under `src/workflows/fixtures/`. */
function fixtureRepo(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

const sets = new Map<string, WorkflowSet>();
beforeAll(async () => {
  for (const name of ["story", "metadata", "scripts"]) sets.set(name, await loadWorkflows(fixtureRepo(name)));
});

function logins(fixture: string): LoginStep[] {
  const set = sets.get(fixture);
  if (!set) throw new Error(`fixture ${fixture} not loaded`);
  return set.workflows.flatMap((w) => findLoginSteps(w, { repository: "Acme-Corp/Widget", workflows: set.workflows }));
}

const view = (l: LoginStep) => ({
  kind: l.kind,
  at: `${l.jobId}#${l.stepIndex} ${l.span.line}:${l.span.column}`,
  registry: l.registry,
  username: l.username?.pattern,
  password: l.password,
  via: l.passwordVia,
  events: l.events.map((e) => `${e.event}:${e.runs}`),
});

describe("findLoginSteps over the fixture workflows", () => {
  it.each([
    [
      "story",
      [
        {
          kind: "login-action",
          at: "build#2 40:15",
          registry: "ghcr.io",
          username: "${{ github.actor }}",
          password: { kind: "github-token", reference: "secrets.GITHUB_TOKEN" },
          via: "input",
          events: ["push:yes", "pull_request:no", "workflow_dispatch:yes"],
        },
        {
          kind: "login-action",
          at: "merge#0 67:15",
          registry: "ghcr.io",
          username: "${{ github.actor }}",
          password: { kind: "github-token", reference: "secrets.GITHUB_TOKEN" },
          via: "input",
          events: ["push:yes", "pull_request:no", "workflow_dispatch:yes"],
        },
      ],
    ],
    [
      "metadata",
      [
        {
          kind: "login-action",
          at: "image#2 36:15",
          registry: "ghcr.io",
          username: "Acme-Corp",
          password: { kind: "github-token", reference: "github.token" },
          via: "input",
          events: ["push:yes", "pull_request:no"],
        },
        {
          kind: "login-action",
          at: "image#3 42:15",
          registry: "docker.io",
          username: "${{ vars.DOCKERHUB_USERNAME }}",
          password: { kind: "secret", name: "DOCKERHUB_TOKEN", reference: "secrets.DOCKERHUB_TOKEN" },
          via: "input",
          events: ["push:yes", "pull_request:yes"],
        },
      ],
    ],
    [
      "scripts",
      [
        {
          kind: "docker-login",
          at: "shell#1 18:31",
          registry: "ghcr.io",
          username: "Acme-Corp",
          password: { kind: "secret", name: "CR_PAT", reference: "secrets.CR_PAT" },
          via: "stdin",
          events: ["push:yes"],
        },
        {
          kind: "podman-login",
          at: "tools#1 41:46",
          registry: "ghcr.io",
          username: "${{ github.actor }}",
          password: { kind: "github-token", reference: "secrets.GITHUB_TOKEN" },
          via: "stdin",
          events: ["push:yes"],
        },
        {
          kind: "docker-login",
          at: "tools#1 47:11",
          registry: "ghcr.io",
          username: "bot",
          password: {
            kind: "app-token",
            stepId: "app",
            action: "actions/create-github-app-token@v2",
            reference: "steps.app.outputs.token",
          },
          via: "flag",
          events: ["push:yes"],
        },
      ],
    ],
  ])("%s", (fixture, expected) => {
    expect(logins(fixture).map(view)).toEqual(expected);
  });
});

describe("passwords written in the file", () => {
  const text = `on: push
jobs:
  a:
    runs-on: x
    env:
      PASS: s3cr3t-in-env
    steps:
      - uses: docker/login-action@v3
        with:
          registry: https://ghcr.io/
          username: me
          password: s3cr3t-input
      - run: |
          docker login -u me -p s3cr3t-flag ghcr.io
          echo s3cr3t-stdin | docker login --username me --password-stdin registry.example.com
          docker login -u me --password "$PASS" ghcr.io
          docker login -u me -p "s3cr3t-mixed$(date)" ghcr.io
      - uses: docker/login-action@v3
        with:
          username: me
`;
  const { workflow } = parseWorkflow(text, "w.yml");
  const found = workflow ? findLoginSteps(workflow) : [];

  it("are classified as literal and never kept", () => {
    expect(found.map((l) => [l.kind, l.registry, l.password.kind])).toEqual([
      ["login-action", "ghcr.io", "literal"],
      ["docker-login", "ghcr.io", "literal"],
      ["docker-login", "registry.example.com", "literal"],
      ["docker-login", "ghcr.io", "literal"],
      ["docker-login", "ghcr.io", "other"],
      ["login-action", "docker.io", "missing"],
    ]);
    expect(JSON.stringify(found)).not.toMatch(/s3cr3t/);
    expect(workflow?.jobs[0]?.steps[0]?.with.password).toMatchObject({ value: "", redacted: true });
    expect(JSON.stringify(workflow?.jobs[0]?.steps[0])).not.toMatch(/s3cr3t/);
  });
});

describe("normalizeRegistry", () => {
  it.each([
    ["ghcr.io", "ghcr.io"],
    ["https://GHCR.io/", "ghcr.io"],
    ["https://index.docker.io/v1/", "docker.io"],
    ["registry-1.docker.io", "docker.io"],
    ["localhost:5000", "localhost:5000"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeRegistry(input)).toBe(expected);
  });
});
