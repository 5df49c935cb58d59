// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
import { describe, expect, it } from "vitest";
import { parseWorkflow } from "./parse.js";
import { positionInScalar } from "./yaml-source.js";

describe("parseWorkflow: triggers", () => {
  it.each([
    ["on: push", [{ event: "push", filters: {} }]],
    ["on: [push, pull_request]", [{ event: "push" }, { event: "pull_request" }]],
    [
      "on:\n  push:\n    branches: [main]\n    tags: ['v*']\n  pull_request:\n    types: [opened, synchronize]",
      [
        { event: "push", filters: { branches: ["main"], tags: ["v*"] } },
        { event: "pull_request", filters: { types: ["opened", "synchronize"] } },
      ],
    ],
    ["on:\n  schedule:\n    - cron: '0 3 * * 1'", [{ event: "schedule", crons: ["0 3 * * 1"] }]],
    [
      "on:\n  workflow_call:\n    inputs:\n      image: {type: string}\n    secrets:\n      token: {required: false}",
      [{ event: "workflow_call", inputs: ["image"], secrets: ["token"] }],
    ],
    ["on:\n  workflow_dispatch:", [{ event: "workflow_dispatch", filters: {} }]],
  ])("%j", (on, expected) => {
    const { workflow, errors } = parseWorkflow(`${on}\njobs: {}\n`, "w.yml");
    expect(errors).toEqual([]);
    expect(workflow?.triggers).toMatchObject(expected);
  });

  it("marks reusable workflows and keeps trigger positions", () => {
    const { workflow } = parseWorkflow("on:\n  push:\n  workflow_call:\njobs: {}\n", "w.yml");
    expect(workflow?.reusable).toBe(true);
    expect(workflow?.triggers.map((t) => [t.event, t.span.line, t.span.column])).toEqual([
      ["push", 2, 3],
      ["workflow_call", 3, 3],
    ]);
  });
});

const JOBS = `name: model
on: push
env:
  REGISTRY: ghcr.io
  RETRIES: 3
jobs:
  test:
    runs-on: [self-hosted, linux]
    container:
      image: node:20
      credentials:
        username: bot
        password: \${{ secrets.PASS }}
    services:
      redis: redis:7
      db:
        image: postgres:16
    steps:
      - run: npm test
  build:
    needs: [test]
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    env:
      IMAGE: \${{ env.REGISTRY }}/acme/app
    steps:
      - id: push
        name: Push
        if: success()
        uses: docker/build-push-action@v6
        env:
          DOCKER_BUILD_SUMMARY: "false"
        with:
          push: true
          tags: |
            a
            b
  call:
    needs: build
    uses: ./.github/workflows/reusable.yml
    secrets: inherit
    with:
      image: ghcr.io/acme/app
`;

describe("parseWorkflow: jobs and steps", () => {
  const { workflow, errors } = parseWorkflow(JOBS, ".github/workflows/model.yml");
  const job = (id: string) => workflow?.jobs.find((j) => j.id === id);

  it("parses without errors", () => {
    expect(errors).toEqual([]);
    expect(workflow?.name?.value).toBe("model");
    expect(workflow?.jobs.map((j) => j.id)).toEqual(["test", "build", "call"]);
  });

  it("keeps env entries with the position of their values", () => {
    expect(workflow?.env.map((e) => [e.name, e.value?.value, e.value?.span.line, e.value?.span.column])).toEqual([
      ["REGISTRY", "ghcr.io", 4, 13],
      ["RETRIES", "3", 5, 12],
    ]);
    expect(job("build")?.env[0]?.value?.value).toBe("${{ env.REGISTRY }}/acme/app");
  });

  it("models container and services without keeping credentials", () => {
    const test = job("test");
    expect(test?.runsOn.map((r) => r.value)).toEqual(["self-hosted", "linux"]);
    expect(test?.container).toMatchObject({ image: { value: "node:20" }, hasCredentials: true });
    expect(test?.container?.credentialsUsername?.value).toBe("bot");
    expect(JSON.stringify(test?.container)).not.toContain("secrets.PASS");
    expect(test?.services.map((s) => [s.name, s.image?.value])).toEqual([
      ["redis", "redis:7"],
      ["db", "postgres:16"],
    ]);
  });

  it("models needs, if, steps with uses/with/env/if and their positions", () => {
    const build = job("build");
    expect(build?.needs.map((n) => n.value)).toEqual(["test"]);
    expect(build?.if?.value).toBe("github.ref == 'refs/heads/main'");
    expect(build?.span).toMatchObject({ line: 20, column: 3 });
    const step = build?.steps[0];
    expect(step).toMatchObject({
      index: 0,
      id: "push",
      if: { value: "success()" },
      uses: { value: "docker/build-push-action@v6" },
    });
    expect(step?.span).toMatchObject({ line: 27, column: 9 });
    expect(step?.env[0]).toMatchObject({ name: "DOCKER_BUILD_SUMMARY", value: { value: "false" } });
    expect(step?.with.push?.value).toBe("true");
    const tags = step?.with.tags;
    expect(tags?.style).toBe("block-literal");
    expect(tags && positionInScalar(tags, tags.value.indexOf("b"))).toEqual({ line: 37, column: 13 });
  });

  it("models reusable-workflow calls", () => {
    const call = job("call");
    expect(call).toMatchObject({ calls: ".github/workflows/reusable.yml", secrets: "inherit" });
    expect(call?.with.image?.value).toBe("ghcr.io/acme/app");
    expect(call?.needs.map((n) => n.value)).toEqual(["build"]);
  });
});

describe("parseWorkflow: errors", () => {
  it.each([
    ["on: push\njobs:\n  a:\n    steps: [\n", "WORKFLOW_YAML", 5, 1, /Flow sequence/],
    ["on: push\njobs:\n  a: {}\n  a: {}\n", "WORKFLOW_YAML", 4, 3, /unique/],
    ["on: push\njobs:\n  a:\n    b: c\n   d: e\n", "WORKFLOW_YAML", 5, 1, /same column/],
    ["on: push\n\tjobs: {}\n", "WORKFLOW_YAML", 2, 1, /Tabs/],
    ['on: push\njobs:\n  a: "unclosed\n', "WORKFLOW_YAML", 4, 1, /Missing closing "quote/],
    ["- just\n- a list\n", "WORKFLOW_SHAPE", 1, 1, /YAML map/],
  ])("%j → %s at %i:%i", (text, code, line, column, message) => {
    const { workflow, errors } = parseWorkflow(text, "bad.yml");
    expect(workflow).toBeUndefined();
    expect(errors[0]).toMatchObject({ code, file: "bad.yml", line, column });
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.message).not.toContain("\n");
  });

  it.each([
    ["jobs: {}\n", 1, 1, /no `on`/],
    ["on:\njobs: {}\n", 1, 4, /`on` must be an event name/],
    ["on: push\njobs: [a]\n", 2, 7, /`jobs` must be a map/],
    ["on: push\npermissions: write\njobs: {}\n", 2, 14, /permissions "write" is not valid/],
    ["on: push\njobs:\n  a:\n    permissions:\n      packages: writable\n", 5, 7, /packages: writable/],
    ["on: push\njobs:\n  a:\n    steps:\n      - just text\n", 5, 9, /step 1 of job "a"/],
    ["on: push\njobs:\n  a: 3\n", 3, 3, /job "a" must be a map/],
  ])("shape problem in %j at %i:%i", (text, line, column, message) => {
    const { workflow, errors } = parseWorkflow(text, "shape.yml");
    expect(workflow).toBeDefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "WORKFLOW_SHAPE", line, column });
    expect(errors[0]?.message).toMatch(message);
  });
});
