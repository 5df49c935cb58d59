// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub expressions in expected workflow values are meant literally.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DockhandError } from "../errors.js";
import { effectivePermissions, findPushSteps, parseWorkflow } from "../workflows/index.js";
import { planLegs, workflowTemplate } from "./workflow-template.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  "timeout-minutes"?: number;
  needs?: string[];
  if?: string;
  "runs-on": string;
  permissions: Record<string, string>;
  strategy?: { "fail-fast": boolean; matrix: { include: Record<string, unknown>[] } };
  steps: Step[];
}

interface Workflow {
  on: Record<string, { inputs?: Record<string, { type: string; default: unknown }> } | undefined>;
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

function generated(options: Parameters<typeof workflowTemplate>[0] = {}) {
  const template = workflowTemplate(options);
  return { template, workflow: parse(template.yaml) as Workflow };
}

function step(job: Job | undefined, name: string): Step {
  const found = job?.steps.find((s) => s.name === name);
  if (!found) throw new Error(`no step ${name}`);
  return found;
}

describe("workflowTemplate", () => {
  it("writes a first leg that creates the package, the other legs after it, and one merge job", () => {
    const { template, workflow } = generated();
    expect(template.jobs).toEqual(["build-amd64", "build", "merge"]);
    expect(Object.keys(workflow.jobs)).toEqual(["build-amd64", "build", "merge"]);
    expect(workflow.jobs["build-amd64"]?.needs).toBeUndefined();
    expect(workflow.jobs.build?.needs).toEqual(["build-amd64"]);
    expect(workflow.jobs.build?.strategy?.["fail-fast"]).toBe(false);
    expect(workflow.jobs.merge?.needs).toEqual(["build-amd64", "build"]);
    expect(step(workflow.jobs.merge, "Create the multi-arch tags").run).toContain(
      'docker buildx imagetools create -t "$tag" "${sources[@]}"',
    );
    expect(template.yaml).not.toMatch(/[&*]a\d/); // no YAML anchors
  });

  it("puts only published actions on the critical path: no dockhand, no npx, no Node set-up", () => {
    const { template, workflow } = generated();
    expect(template.yaml).not.toMatch(/dockhand@|npx|setup-node|DOCKHAND/);
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses).filter(Boolean));
    expect(new Set(uses)).toEqual(
      new Set([
        "actions/checkout@v4",
        "docker/metadata-action@v5",
        "docker/setup-qemu-action@v3",
        "docker/setup-buildx-action@v3",
        "docker/login-action@v3",
        "docker/build-push-action@v6",
      ]),
    );
    for (const job of Object.values(workflow.jobs)) expect(job["timeout-minutes"]).toBeGreaterThan(0);
  });

  it("adds dockhand's doctor only as an if: failure() step at the version asked for", () => {
    const { workflow } = generated({ dockhandAction: "acme/dockhand@v1.2.0" });
    for (const job of Object.values(workflow.jobs)) {
      const doctor = step(job, "Explain a failed push (dockhand doctor)");
      expect(doctor).toMatchObject({ if: "failure()", uses: "acme/dockhand@v1.2.0", with: { command: "doctor" } });
      expect(job.steps.at(-1)).toBe(doctor);
    }
  });

  it("gives packages: write only to the jobs that push, contents: read to the workflow", () => {
    const { workflow } = generated();
    expect(workflow.permissions).toEqual({ contents: "read" });
    for (const id of ["build-amd64", "build", "merge"]) {
      expect(workflow.jobs[id]?.permissions).toEqual({ contents: "read", packages: "write" });
    }
  });

  it("builds arm64 under QEMU by default and on ubuntu-24.04-arm with native runners", () => {
    const emulated = generated().workflow.jobs.build;
    expect(emulated?.strategy?.matrix.include).toEqual([
      { platform: "linux/arm64", arch: "arm64", runner: "ubuntu-24.04", qemu: true },
    ]);
    expect(step(emulated, "Set up QEMU")).toMatchObject({ if: "matrix.qemu", uses: "docker/setup-qemu-action@v3" });
    const native = generated({ nativeRunners: true }).workflow.jobs.build;
    expect(native?.strategy?.matrix.include).toEqual([
      { platform: "linux/arm64", arch: "arm64", runner: "ubuntu-24.04-arm", qemu: false },
    ]);
    expect(native?.steps.some((s) => s.name === "Set up QEMU")).toBe(false);
    expect(native?.["runs-on"]).toBe("${{ matrix.runner }}");
  });

  it("suffixes each leg's tags with its arch, merges every tag from all arches, one cache scope per platform", () => {
    const { workflow } = generated({ nativeRunners: true, platforms: ["linux/amd64", "linux/arm64", "linux/arm/v7"] });
    const include = workflow.jobs.build?.strategy?.matrix.include ?? [];
    expect(include.map((leg) => [leg.arch, leg.runner, leg.qemu])).toEqual([
      ["arm64", "ubuntu-24.04-arm", false],
      ["arm-v7", "ubuntu-24.04", true],
    ]);
    expect(step(workflow.jobs["build-amd64"], "Tags of this leg").with?.flavor).toBe("suffix=-amd64,onlatest=true");
    expect(step(workflow.jobs.build, "Tags of this leg").with?.flavor).toBe("suffix=-${{ matrix.arch }},onlatest=true");
    expect(step(workflow.jobs["build-amd64"], "Build and push").with).toMatchObject({
      platforms: "linux/amd64",
      tags: "${{ steps.meta.outputs.tags }}",
      "cache-from": "type=gha,scope=build-amd64",
      "cache-to": "type=gha,scope=build-amd64,mode=max",
    });
    expect(step(workflow.jobs.build, "Build and push").with).toMatchObject({
      platforms: "${{ matrix.platform }}",
      "cache-from": "type=gha,scope=build-${{ matrix.arch }}",
    });
    expect(step(workflow.jobs.merge, "Tags").with?.flavor).toBeUndefined();
    expect(step(workflow.jobs.merge, "Create the multi-arch tags").env).toEqual({
      TAGS: "${{ steps.meta.outputs.tags }}",
      ARCHS: "amd64 arm64 arm-v7",
    });
  });

  it("never pushes for pull requests, and for manual runs only with the push input", () => {
    const { workflow } = generated();
    const condition =
      "github.event_name != 'pull_request' && (github.event_name != 'workflow_dispatch' || inputs.push)";
    expect(step(workflow.jobs.build, "Build and push").with?.push).toBe(`\${{ ${condition} }}`);
    expect(step(workflow.jobs.build, "Log in to ${{ env.REGISTRY }}").if).toBe(condition);
    expect(workflow.jobs.merge?.if).toBe(condition);
    expect(workflow.on.workflow_dispatch?.inputs).toEqual({
      branch: expect.objectContaining({ type: "string", default: "" }),
      push: expect.objectContaining({ type: "boolean", default: true }),
    });
  });

  it("names the image once: the repository by default, a given --image lower-cased, a registry in it split off", () => {
    const { workflow } = generated();
    expect(workflow.env.IMAGE_NAME).toBe("${{ github.repository }}");
    expect(step(workflow.jobs.merge, "Tags").with?.images).toBe("${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}");
    const named = generated({ image: "Owner/App-API", registry: "registry.example.com" });
    expect(named.workflow.env).toMatchObject({ REGISTRY: "registry.example.com", IMAGE_NAME: "owner/app-api" });
    // `--image ghcr.io/owner/app` once produced ghcr.io/ghcr.io/owner/app.
    const full = generated({ image: "ghcr.io/Owner/App" });
    expect(full.workflow.env).toMatchObject({ REGISTRY: "ghcr.io", IMAGE_NAME: "owner/app" });
    expect(full.template.yaml).not.toContain("ghcr.io/ghcr.io");
  });

  it("keeps an existing workflow's triggers, tag conventions, build inputs and platforms (--from)", () => {
    const { workflow } = generated({
      from: {
        on: { push: { tags: ["v*"] }, release: { types: ["published"] } },
        tags: "type=ref,event=tag\ntype=edge",
        flavor: "latest=false",
        context: "./app",
        file: "./app/Dockerfile.prod",
        buildArgs: "VERSION=${{ github.ref_name }}",
        platforms: ["linux/amd64", "linux/arm64", "linux/ppc64le"],
      },
    });
    expect(workflow.on).toEqual({ push: { tags: ["v*"] }, release: { types: ["published"] } });
    const meta = step(workflow.jobs["build-amd64"], "Tags of this leg");
    expect(meta.with?.tags).toBe("type=ref,event=tag\ntype=edge");
    expect(meta.with?.flavor).toBe("latest=false\nsuffix=-amd64,onlatest=true");
    expect(step(workflow.jobs.merge, "Tags").with).toMatchObject({
      tags: "type=ref,event=tag\ntype=edge",
      flavor: "latest=false",
    });
    expect(step(workflow.jobs.build, "Build and push").with).toMatchObject({
      context: "./app",
      file: "./app/Dockerfile.prod",
      "build-args": "VERSION=${{ github.ref_name }}",
    });
    expect(workflow.jobs.build?.strategy?.matrix.include.map((leg) => leg.platform)).toEqual([
      "linux/arm64",
      "linux/ppc64le",
    ]);
  });

  it("has no matrix job for a single platform", () => {
    const { template, workflow } = generated({ platforms: ["linux/arm64"] });
    expect(template.jobs).toEqual(["build-arm64", "merge"]);
    expect(workflow.jobs.merge?.needs).toEqual(["build-arm64"]);
    expect(step(workflow.jobs["build-arm64"], "Set up QEMU").if).toBeUndefined();
  });

  it("refuses platforms GitHub's Linux runners cannot build and image names with a tag", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof DockhandError ? `${error.code}/${error.exit}` : String(error);
      }
      return "no error";
    };
    expect(code(() => planLegs(["windows/amd64"], false))).toBe("WORKFLOW_PLATFORM/2");
    expect(code(() => planLegs([], false))).toBe("WORKFLOW_PLATFORM/2");
    expect(code(() => planLegs(["linux/AMD64"], false))).toBe("PLATFORM_INVALID/2");
    expect(code(() => workflowTemplate({ image: "owner/app:v1" }))).toBe("WORKFLOW_IMAGE/2");
  });

  it("passes the workflow model's permission and push-step analysis: every pushing job has packages: write", () => {
    for (const options of [{}, { nativeRunners: true, platforms: ["linux/amd64", "linux/arm64", "linux/arm/v7"] }]) {
      const { template } = generated(options);
      const { workflow, errors } = parseWorkflow(template.yaml, ".github/workflows/publish.yml");
      expect(errors).toEqual([]);
      if (!workflow) throw new Error("no workflow");
      const pushes = findPushSteps(workflow, { repository: "Owner/App" });
      const pushingJobs = new Set(pushes.map((p) => p.jobId));
      // Every push is seen: the legs' build-push-action and the merge's imagetools create.
      expect([...pushingJobs].sort()).toEqual(["build", "build-amd64", "merge"]);
      for (const job of workflow.jobs) {
        const packages = effectivePermissions(job, { workflows: [workflow] }).scopes.packages;
        if (pushingJobs.has(job.id) || job.id === "merge") expect(packages, job.id).toBe("write");
      }
      for (const push of pushes) {
        // The merge job's `if:` guards its imagetools push; the legs' pushes are conditional inputs.
        if (push.jobId !== "merge") expect(push.push.mode).toBe("conditional");
        const pullRequest = push.events.find((e) => e.event === "pull_request");
        expect(pullRequest?.runs, `${push.jobId} on pull_request`).toBe("no");
        expect(push.events.find((e) => e.event === "push")?.runs).not.toBe("no");
      }
    }
  });
});
