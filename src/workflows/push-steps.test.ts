// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkflows } from "./load.js";
import { parseWorkflow } from "./parse.js";
import { findPushSteps, type PushStep } from "./push-steps.js";
import type { AnalysisContext, WorkflowSet } from "./types.js";

/** The directory of a fixture repository under `src/workflows/fixtures/`. */
function fixtureRepo(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

const REPOSITORY = "Acme-Corp/Widget";
const sets = new Map<string, WorkflowSet>();

beforeAll(async () => {
  for (const name of ["story", "metadata", "matrix", "reusable", "scripts", "forks", "digest"]) {
    sets.set(name, await loadWorkflows(fixtureRepo(name)));
  }
});

function pushes(fixture: string, repository = REPOSITORY): PushStep[] {
  const set = sets.get(fixture);
  if (!set) throw new Error(`fixture ${fixture} not loaded`);
  const context: AnalysisContext = { repository, workflows: set.workflows };
  return set.workflows.flatMap((w) => findPushSteps(w, context));
}

/** A compact view of a push step for table assertions. */
function view(p: PushStep) {
  return {
    kind: p.kind,
    at: `${p.file.replace(".github/workflows/", "")}:${p.span.line}:${p.span.column}`,
    job: p.jobId,
    step: p.stepIndex,
    push: p.push.mode,
    legs: p.legs.map((leg) => leg.images.map((i) => i.pattern)),
    uppercase: p.legs.some((leg) => leg.images.some((i) => i.uppercase)),
    events: p.events.map((e) => `${e.event}:${e.runs}`),
    logins: p.logins.map((l) => `${l.registry}:${l.password.kind}`),
  };
}

describe("findPushSteps over the fixture workflows", () => {
  const table: Array<[string, ReturnType<typeof view>[]]> = [
    [
      "story",
      [
        {
          kind: "build-push-action",
          at: "publish.yml:47:15",
          job: "build",
          step: 3,
          push: "conditional",
          legs: [["ghcr.io/Acme-Corp/Widget:main-amd64"], ["ghcr.io/Acme-Corp/Widget:main-arm64"]],
          uppercase: true,
          events: ["push:yes", "pull_request:no", "workflow_dispatch:yes"],
          logins: ["ghcr.io:github-token"],
        },
        {
          kind: "imagetools-create",
          at: "publish.yml:75:11",
          job: "merge",
          step: 2,
          push: "always",
          legs: [["ghcr.io/Acme-Corp/Widget:main", "ghcr.io/Acme-Corp/Widget:latest"]],
          uppercase: true,
          events: ["push:yes", "pull_request:no", "workflow_dispatch:yes"],
          logins: ["ghcr.io:github-token"],
        },
        {
          kind: "imagetools-create",
          at: "publish.yml:85:11",
          job: "merge",
          step: 3,
          push: "always",
          legs: [["ghcr.io/Acme-Corp/Widget:$VERSION"]],
          uppercase: true,
          events: ["push:maybe", "pull_request:no", "workflow_dispatch:maybe"],
          logins: ["ghcr.io:github-token"],
        },
        {
          kind: "imagetools-create",
          at: "publish.yml:87:11",
          job: "merge",
          step: 3,
          push: "always",
          legs: [["ghcr.io/Acme-Corp/Widget:hf-amd64-${VERSION}"]],
          uppercase: true,
          events: ["push:maybe", "pull_request:no", "workflow_dispatch:maybe"],
          logins: ["ghcr.io:github-token"],
        },
      ],
    ],
    [
      "metadata",
      [
        {
          kind: "build-push-action",
          at: "docker.yml:47:15",
          job: "image",
          step: 4,
          push: "conditional",
          legs: [["ghcr.io/Acme-Corp/Widget", "docker.io/acme/widget"]],
          uppercase: false,
          events: ["push:yes", "pull_request:no"],
          logins: ["ghcr.io:github-token", "docker.io:secret"],
        },
      ],
    ],
    [
      "matrix",
      [
        {
          kind: "build-push-action",
          at: "matrix.yml:22:15",
          job: "variants",
          step: 0,
          push: "always",
          legs: [
            ["ghcr.io/acme/app:slim-amd64", "ghcr.io/acme/app:slim-latest"],
            ["ghcr.io/acme/app:slim-arm64", "ghcr.io/acme/app:slim-latest"],
            ["ghcr.io/acme/app:full-amd64", "ghcr.io/acme/app:full-latest"],
            ["ghcr.io/acme/app:debug-amd64", "ghcr.io/acme/app:debug-latest"],
          ],
          uppercase: false,
          events: ["push:yes", "workflow_dispatch:yes"],
          logins: [],
        },
        {
          kind: "docker-push",
          at: "matrix.yml:32:14",
          job: "dynamic",
          step: 0,
          push: "always",
          legs: [["ghcr.io/acme/app:${{ matrix.tag }}"]],
          uppercase: false,
          events: ["push:yes", "workflow_dispatch:yes"],
          logins: [],
        },
      ],
    ],
    [
      "forks",
      [
        {
          kind: "build-push-action",
          at: "ci.yml:20:15",
          job: "image",
          step: 1,
          push: "always",
          legs: [["ghcr.io/acme/app:pr-${{ github.event.number }}"]],
          uppercase: false,
          events: ["pull_request:yes", "push:yes"],
          logins: ["ghcr.io:github-token"],
        },
        {
          kind: "docker-push",
          at: "ci.yml:28:14",
          job: "guarded",
          step: 0,
          push: "always",
          legs: [["ghcr.io/acme/app:guarded"]],
          uppercase: false,
          events: ["pull_request:yes", "push:yes"],
          logins: [],
        },
      ],
    ],
  ];
  it.each(table)("%s", (fixture, expected) => {
    expect(pushes(fixture).map(view)).toEqual(expected);
  });
});

describe("push by digest, metadata JSON in scripts, bake", () => {
  it("finds each push with its images", () => {
    expect(pushes("digest").map(view)).toEqual([
      {
        kind: "build-push-action",
        at: "multi.yml:29:15",
        job: "build",
        step: 1,
        push: "always",
        legs: [["ghcr.io/Acme-Corp/widget"], ["ghcr.io/Acme-Corp/widget"]],
        uppercase: true,
        events: ["push:yes"],
        logins: [],
      },
      {
        kind: "imagetools-create",
        at: "multi.yml:51:11",
        job: "merge",
        step: 1,
        push: "always",
        legs: [["ghcr.io/Acme-Corp/widget"]],
        uppercase: false,
        events: ["push:yes"],
        logins: [],
      },
      {
        kind: "bake-action",
        at: "multi.yml:61:15",
        job: "bake",
        step: 1,
        push: "conditional",
        legs: [["ghcr.io/${{ toLower(github.repository) }}:bake", "ghcr.io/Acme-Corp/Widget"]],
        uppercase: false,
        events: ["push:maybe"],
        logins: [],
      },
      {
        kind: "buildx-bake-push",
        at: "multi.yml:69:14",
        job: "bake",
        step: 2,
        push: "always",
        legs: [["ghcr.io/acme/widget:cli-bake"]],
        uppercase: false,
        events: ["push:yes"],
        logins: [],
      },
    ]);
  });

  it("reads exporter names (push-by-digest) at their position", () => {
    const image = pushes("digest")[0]?.legs[0]?.images[0];
    expect(image).toMatchObject({ tag: undefined, span: { line: 33, column: 37 }, lowercasedBy: undefined });
  });

  it("links $DOCKER_METADATA_OUTPUT_JSON in a script to the job's metadata-action step", () => {
    const merge = pushes("digest")[1];
    expect(merge?.metadata).toMatchObject({ stepId: "meta", stepIndex: 0 });
    expect(merge?.metadata?.tags.map((t) => t.text)).toEqual(["type=ref,event=branch", "type=sha"]);
    expect(merge?.legs[0]?.images[0]?.lowercasedBy).toBe("metadata-action");
  });

  it("reports toLower(), which GitHub expressions do not have", () => {
    const image = pushes("digest")[2]?.legs[0]?.images[0];
    expect(image?.unknownFunctions).toEqual(["toLower"]);
    expect(image?.resolved).toBeUndefined();
  });

  it("keeps the push expression as a guard", () => {
    expect(pushes("digest")[2]?.guards).toMatchObject([
      { kind: "push-input", expression: "${{ github.ref == 'refs/heads/main' }}", span: { line: 66 } },
    ]);
  });
});

describe("events by origin (fork pull requests, Dependabot)", () => {
  it.each([
    ["forks", 0, "pull_request", { "same-repository": "yes", fork: "yes", dependabot: "yes" }],
    ["forks", 1, "pull_request", { "same-repository": "yes", fork: "no", dependabot: "yes" }],
    ["forks", 1, "push", { "same-repository": "yes", dependabot: "yes" }],
    ["story", 0, "pull_request", { "same-repository": "no", fork: "no", dependabot: "no" }],
  ])("%s push %i on %s", (fixture, index, event, expected) => {
    const run = pushes(fixture)[index]?.events.find((e) => e.event === event);
    expect(run?.byOrigin).toEqual(expected);
  });

  it("a Dependabot guard stops only Dependabot runs", () => {
    const { workflow } = parseWorkflow(
      "on: [push, pull_request]\njobs:\n  a:\n    if: github.actor != 'dependabot[bot]'\n    steps:\n      - run: docker push ghcr.io/a/b\n",
      "w.yml",
    );
    const events = workflow ? findPushSteps(workflow, { repository: "a/b" })[0]?.events : [];
    expect(events?.map((e) => [e.event, e.byOrigin])).toEqual([
      ["push", { "same-repository": "maybe", dependabot: "no" }],
      ["pull_request", { "same-repository": "maybe", fork: "maybe", dependabot: "no" }],
    ]);
  });
});

describe("image names", () => {
  it("keeps the env definitions an image name comes from (what a rename edits)", () => {
    const image = pushes("story")[0]?.legs[0]?.images[0];
    expect(image).toMatchObject({
      text: "${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:main-${{ matrix.arch }}",
      resolved: "ghcr.io/Acme-Corp/Widget:main-amd64",
      registry: "ghcr.io",
      repository: "Acme-Corp/Widget",
      tag: "main-amd64",
      span: { file: ".github/workflows/publish.yml", line: 53, column: 13 },
    });
    expect(image?.sources).toEqual([
      { kind: "env", name: "REGISTRY", level: "workflow", span: expect.objectContaining({ line: 12, column: 13 }) },
      { kind: "env", name: "IMAGE_NAME", level: "workflow", span: expect.objectContaining({ line: 13, column: 15 }) },
      { kind: "context", path: "github.repository" },
      { kind: "context", path: "matrix.arch" },
    ]);
  });

  it("a lower-case repository leaves nothing upper-case", () => {
    const all = pushes("story", "acme-corp/widget").flatMap((p) => p.legs.flatMap((l) => l.images));
    expect(all.some((i) => i.uppercase)).toBe(false);
    expect(all[0]?.resolved).toBe("ghcr.io/acme-corp/widget:main-amd64");
  });

  it("without the repository, github.repository stays unknown and is not flagged", () => {
    const image = pushes("story", "")[0]?.legs[0]?.images[0];
    expect(image).toMatchObject({
      resolved: undefined,
      pattern: "ghcr.io/${{ env.IMAGE_NAME }}:main-amd64",
      repository: "${{ env.IMAGE_NAME }}",
      uppercase: false,
    });
  });

  it("links metadata-action outputs back to its images (lower-cased by the action)", () => {
    const push = pushes("metadata")[0];
    expect(push?.metadata).toMatchObject({ stepId: "meta", stepIndex: 1 });
    expect(push?.metadata?.tags.map((t) => [t.text, t.span.line])).toEqual([
      ["type=ref,event=branch", 30],
      ["type=semver,pattern={{version}}", 31],
    ]);
    expect(push?.metadata?.flavor.map((f) => f.text)).toEqual(["latest=auto"]);
    const [ghcr, hub] = push?.legs[0]?.images ?? [];
    expect(ghcr).toMatchObject({
      text: "${{ env.IMAGE }}",
      resolved: "ghcr.io/Acme-Corp/Widget",
      uppercase: false,
      lowercasedBy: "metadata-action",
      span: { line: 27, column: 13 },
    });
    expect(ghcr?.sources[0]).toMatchObject({ kind: "env", name: "IMAGE", level: "workflow", span: { line: 15 } });
    expect(hub).toMatchObject({ resolved: "docker.io/acme/widget", span: { line: 28, column: 18 } });
    expect(push?.labels).toMatchObject([{ fromMetadataStep: "meta", span: { line: 51 } }]);
  });

  it("reads registry cache refs, including one in another owner's namespace", () => {
    const cache = pushes("metadata")[0]?.legs[0]?.cache ?? [];
    expect(cache.map((c) => [c.direction, c.type, c.ref?.resolved, c.ref?.uppercase, c.attributes.mode])).toEqual([
      ["from", "registry", "ghcr.io/Old-Owner/widget:buildcache", true, undefined],
      ["to", "registry", "ghcr.io/Acme-Corp/Widget:buildcache", true, "max"],
    ]);
    expect(cache[0]?.ref?.span).toMatchObject({ line: 52, column: 41 });
  });

  it("resolves gha cache scopes per matrix leg", () => {
    const legs = pushes("story")[0]?.legs ?? [];
    expect(legs.map((l) => l.cache.map((c) => `${c.direction}:${c.type}:${c.attributes.scope}`))).toEqual([
      ["from:gha:amd64", "to:gha:amd64"],
      ["from:gha:arm64", "to:gha:arm64"],
    ]);
  });

  it("labels with positions", () => {
    expect(pushes("story")[0]?.labels).toMatchObject([
      {
        key: "org.opencontainers.image.source",
        value: "https://github.com/${{ github.repository }}",
        span: { line: 55, column: 13 },
      },
    ]);
  });

  it("resolves inputs of a reusable workflow from its callers, and its events through them", () => {
    const [build, narrow] = pushes("reusable");
    expect(build?.file).toBe(".github/workflows/build.yml");
    expect(build?.legs[0]?.images[0]).toMatchObject({
      text: "${{ inputs.image }}:latest",
      resolved: "ghcr.io/acme/tool:latest",
      sources: [
        { kind: "env", name: "image", level: "input", span: expect.objectContaining({ line: 14 }) },
        { kind: "context", path: "inputs.image" },
      ],
    });
    const pushRun = { event: "push", runs: "yes", byOrigin: { "same-repository": "yes", dependabot: "yes" } };
    expect(build?.events).toEqual([
      { ...pushRun, via: ".github/workflows/release.yml#publish" },
      { ...pushRun, via: ".github/workflows/release.yml#publish-readonly" },
    ]);
    expect(narrow?.events).toEqual([{ ...pushRun, via: ".github/workflows/release.yml#narrowed" }]);
    // No caller passes `tag`, so its `default:` applies.
    expect(narrow?.legs[0]?.images[0]).toMatchObject({
      resolved: "ghcr.io/acme/tool:edge",
      sources: [
        { kind: "env", name: "tag", level: "input", span: expect.objectContaining({ line: 7 }) },
        expect.anything(),
      ],
    });
  });
});

describe("spans are exact", () => {
  it.each(["story", "metadata", "matrix", "reusable", "scripts", "forks", "digest"])(
    "%s: every image, cache ref and label span holds its text",
    (fixture) => {
      const spans: Array<{ text: string; span: { file: string; offset: number; endOffset: number } }> = [];
      for (const p of pushes(fixture)) {
        for (const leg of p.legs) {
          spans.push(...leg.images);
          for (const c of leg.cache) if (c.ref) spans.push(c.ref);
        }
        spans.push(...p.labels);
      }
      expect(spans.length).toBeGreaterThan(0);
      for (const { text, span } of spans) {
        const source = readFileSync(path.join(fixtureRepo(fixture), span.file), "utf8");
        expect(source.slice(span.offset, span.endOffset).replace(/^["']|["']$/g, "")).toBe(text);
      }
    },
  );
});

describe("pushes in run scripts", () => {
  const scriptView = (p: PushStep) => ({
    kind: p.kind,
    at: `${p.span.line}:${p.span.column}`,
    images: p.legs[0]?.images.map((i) => `${i.pattern}${i.uppercase ? " (upper-case)" : ""}`),
    logins: p.logins.map((l) => `${l.kind}:${l.registry}:${l.password.kind}`),
  });

  it.each([
    [
      0,
      {
        kind: "docker-push",
        at: "22:11",
        images: ["ghcr.io/acme-corp/widget:${{ github.sha }}"],
        logins: ["docker-login:ghcr.io:secret"],
      },
    ],
    [
      1,
      {
        kind: "docker-push",
        at: "25:11",
        images: ["ghcr.io/Acme-Corp/widget:latest (upper-case)"],
        logins: ["docker-login:ghcr.io:secret"],
      },
    ],
    [
      2,
      {
        kind: "docker-build-push",
        at: "28:11",
        images: ["ghcr.io/Acme-Corp/Widget:multi (upper-case)"],
        logins: ["docker-login:ghcr.io:secret"],
      },
    ],
    [
      3,
      {
        kind: "podman-push",
        at: "42:11",
        images: ["ghcr.io/acme/widget:1.0"],
        logins: ["podman-login:ghcr.io:github-token"],
      },
    ],
    [
      4,
      {
        kind: "buildah-push",
        at: "43:11",
        images: ["ghcr.io/acme/widget:buildah"],
        logins: ["podman-login:ghcr.io:github-token"],
      },
    ],
    [
      5,
      {
        kind: "skopeo-copy",
        at: "44:11",
        images: ["ghcr.io/acme/widget:skopeo"],
        logins: ["podman-login:ghcr.io:github-token"],
      },
    ],
    [
      6,
      {
        kind: "crane-copy",
        at: "45:11",
        images: ["ghcr.io/acme/mirror:1.0"],
        logins: ["podman-login:ghcr.io:github-token"],
      },
    ],
    [
      7,
      {
        kind: "oras-push",
        at: "46:11",
        images: ["ghcr.io/acme/artifacts:sbom"],
        logins: ["podman-login:ghcr.io:github-token"],
      },
    ],
    [
      8,
      {
        kind: "manifest-push",
        at: "48:11",
        images: ["ghcr.io/acme/widget:manifest"],
        logins: ["podman-login:ghcr.io:github-token", "docker-login:ghcr.io:app-token"],
      },
    ],
  ])("push %i", (index, expected) => {
    const all = pushes("scripts");
    expect(all).toHaveLength(9);
    const p = all[index];
    expect(p && scriptView(p)).toEqual(expected);
  });

  it("follows $GITHUB_ENV lines, shell assignments and ${VAR,,} to their definitions", () => {
    const [lowered, assigned] = pushes("scripts");
    expect(lowered?.legs[0]?.images[0]?.sources).toEqual([
      { kind: "env", name: "IMAGE", level: "github-env", span: expect.objectContaining({ line: 14, column: 26 }) },
      { kind: "runner-env", name: "GITHUB_REPOSITORY" },
      { kind: "context", path: "github.sha" },
    ]);
    expect(
      assigned?.legs[0]?.images[0]?.sources.map((s) => (s.kind === "env" ? `${s.level}:${s.name}` : s.kind)),
    ).toEqual(["shell:TAGGED", "job:OWNER", "context"]);
  });

  it("reads cache refs and labels of docker buildx build", () => {
    const build = pushes("scripts")[2];
    expect(build?.legs[0]?.cache.map((c) => [c.direction, c.ref?.resolved, c.span.line])).toEqual([
      ["to", "ghcr.io/Acme-Corp/Widget:cache", 29],
    ]);
    expect(build?.labels.map((l) => [l.key, l.span.line])).toEqual([["org.opencontainers.image.source", 30]]);
  });

  it("ignores commands that do not push (docker tag, docker pull, imagetools --dry-run)", () => {
    expect(pushes("scripts").some((p) => p.legs.some((l) => l.images.some((i) => i.tag === "dry")))).toBe(false);
  });
});
