/**
 * The publishing workflow `dockhand workflow init` writes: a pure function from options to GitHub Actions YAML that
 * runs on GitHub today with published, widely used actions only (checkout, setup-qemu, setup-buildx, login,
 * docker/metadata-action, build-push-action); dockhand itself appears only as an optional `if: failure()` doctor
 * step, at a version the user chose.
 *
 * The scheme: every platform is built on its own leg and pushed under per-arch tags (`main-amd64`: metadata-action's
 * tags with a `-ARCH` suffix); one merge job then combines them into the merged tags (`main`, `latest`, `1.2.3`) with
 * `docker buildx imagetools create`. The first platform's leg runs alone and creates the package; the other legs
 * start after it, since GHCR refuses a parallel write to a package created seconds before. Only pushing jobs get
 * `packages: write`; pull requests build without pushing (so fork pull requests, whose token is read-only, never
 * try); metadata-action lower-cases the image name; each platform has its own build-cache scope.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub expressions and shell expansions are meant literally.
import { Document } from "yaml";
import { DockhandError } from "../errors.js";
import { formatPlatform, parsePlatform } from "../oci/index.js";
import { parseReference } from "../reference/index.js";

/** Options of {@link workflowTemplate}. */
export interface WorkflowTemplateOptions {
  /** Registry host (default ghcr.io). */
  registry?: string;
  /** Image path below the registry (default: the repository, `${{ github.repository }}`; metadata-action lower-cases it). */
  image?: string;
  /** Platforms to build (default linux/amd64 and linux/arm64). */
  platforms?: string[];
  /** Build arm64 on GitHub's arm64 runners (`ubuntu-24.04-arm`) instead of QEMU emulation. */
  nativeRunners?: boolean;
  /** The branch whose pushes publish, and whose builds get `latest` (default main). */
  branch?: string;
  /** `owner/repo@ref` of dockhand's Action: adds an `if: failure()` doctor step to every job (off by default). */
  dockhandAction?: string;
  /** What an existing workflow already says, kept as it is (`workflow init --from FILE`). */
  from?: ExistingPublishing;
}

/** The parts of an existing publishing workflow that `--from` keeps. */
export interface ExistingPublishing {
  /** The `on:` block. */
  on?: unknown;
  /** docker/metadata-action's `tags:` and `flavor:` inputs (tag conventions, such as `v1.0.0` kept as `v1.0.0`). */
  tags?: string;
  flavor?: string;
  /** build-push-action's inputs. */
  context?: string;
  file?: string;
  buildArgs?: string;
  target?: string;
  platforms?: string[];
}

/** A build leg: one platform, its tag suffix and where it runs. */
export interface WorkflowLeg {
  platform: string;
  /** Tag suffix as `dockhand tags --arch` spells it: `amd64`, `arm-v7`. */
  arch: string;
  runner: string;
  /** True when the runner emulates the platform with QEMU. */
  qemu: boolean;
}

/** The generated workflow and what it holds. */
export interface WorkflowTemplate {
  yaml: string;
  legs: WorkflowLeg[];
  jobs: string[];
  /** The image as the workflow names it (before lower-casing at run time). */
  image: string;
}

const X64_RUNNER = "ubuntu-24.04";
const ARM64_RUNNER = "ubuntu-24.04-arm";

/** The action versions the workflow uses (major tags, as actionlint checks their inputs). */
const ACTIONS = {
  checkout: "actions/checkout@v4",
  qemu: "docker/setup-qemu-action@v3",
  buildx: "docker/setup-buildx-action@v3",
  login: "docker/login-action@v3",
  meta: "docker/metadata-action@v5",
  build: "docker/build-push-action@v6",
};

/** The tags a workflow without `--from` publishes: branch, pull request, version, major.minor, latest, sha. */
const DEFAULT_TAGS = [
  "type=ref,event=branch",
  "type=ref,event=pr",
  "type=semver,pattern={{version}}",
  "type=semver,pattern={{major}}.{{minor}}",
  "type=raw,value=latest,enable={{is_default_branch}}",
  "type=sha",
].join("\n");

/** A job's time limit: a hung build must not hold a runner (and the package's tag) for GitHub's default 6 hours. */
const TIMEOUT_MINUTES = 60;

/** When the workflow pushes: never for pull requests; for a manual run only when its `push` input is on. */
const PUSH_CONDITION =
  "github.event_name != 'pull_request' && (github.event_name != 'workflow_dispatch' || inputs.push)";

/** Works out the legs: amd64 and 386 run natively on x64 runners, arm64 on arm64 runners when asked, the rest under QEMU. */
export function planLegs(platforms: readonly string[], nativeRunners: boolean): WorkflowLeg[] {
  const legs: WorkflowLeg[] = [];
  for (const text of platforms) {
    const platform = parsePlatform(text);
    if (platform.os !== "linux") {
      throw new DockhandError("WORKFLOW_PLATFORM", `cannot build ${text} on GitHub's Linux runners`, {
        exit: 2,
        hint: "give linux platforms, e.g. linux/amd64,linux/arm64",
      });
    }
    const name = formatPlatform(platform);
    if (legs.some((leg) => leg.platform === name)) continue;
    const arch = name.replace(/^linux\//, "").replace(/\//g, "-");
    const x64 = platform.architecture === "amd64" || platform.architecture === "386";
    const arm64 = platform.architecture === "arm64";
    const runner = nativeRunners && arm64 ? ARM64_RUNNER : X64_RUNNER;
    legs.push({ platform: name, arch, runner, qemu: !x64 && !(nativeRunners && arm64) });
  }
  if (legs.length === 0) throw new DockhandError("WORKFLOW_PLATFORM", "no platform to build", { exit: 2 });
  return legs;
}

function checkImage(registry: string, image: string | undefined): void {
  const text = `${registry}/${image ?? "owner/name"}`;
  const ref = parseReference(text);
  if (ref.domain !== registry || ref.tag !== undefined || ref.digest !== undefined) {
    throw new DockhandError("WORKFLOW_IMAGE", `"${text}" is not a registry host and an image name`, {
      exit: 2,
      hint: "give --registry ghcr.io and --image owner/name (no tag)",
    });
  }
}

function loginStep(): Record<string, unknown> {
  return {
    name: "Log in to ${{ env.REGISTRY }}",
    if: PUSH_CONDITION,
    uses: ACTIONS.login,
    with: { registry: "${{ env.REGISTRY }}", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" },
  };
}

/** docker/metadata-action over the image; `suffix` makes a leg's per-arch tags (`main-amd64`). */
function metaStep(from: ExistingPublishing | undefined, suffix?: string): Record<string, unknown> {
  const flavor = [from?.flavor?.trim(), suffix ? `suffix=-${suffix},onlatest=true` : undefined].filter(Boolean);
  return {
    name: suffix ? "Tags of this leg" : "Tags",
    id: "meta",
    uses: ACTIONS.meta,
    with: {
      images: "${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}",
      tags: from?.tags?.trim() || DEFAULT_TAGS,
      ...(flavor.length > 0 ? { flavor: flavor.join("\n") } : {}),
    },
  };
}

/** The optional doctor step: dockhand's Action explains a failed push in the job summary. */
function doctorStep(action: string | undefined): Record<string, unknown>[] {
  if (!action) return [];
  return [
    {
      name: "Explain a failed push (dockhand doctor)",
      if: "failure()",
      uses: action,
      with: { command: "doctor", "github-token": "${{ secrets.GITHUB_TOKEN }}" },
    },
  ];
}

/** The steps of a build leg; `value` gives a leg field literally (first leg) or as a matrix expression. */
function legSteps(
  value: (field: "platform" | "arch") => string,
  qemu: boolean | string,
  options: { from?: ExistingPublishing; doctor?: string },
): Record<string, unknown>[] {
  const arch = value("arch");
  const from = options.from;
  return [
    { name: "Check out", uses: ACTIONS.checkout, with: { ref: "${{ inputs.branch || github.ref }}" } },
    metaStep(from, arch),
    ...(qemu === false ? [] : [{ name: "Set up QEMU", ...(qemu === true ? {} : { if: qemu }), uses: ACTIONS.qemu }]),
    { name: "Set up Buildx", uses: ACTIONS.buildx },
    loginStep(),
    {
      name: "Build and push",
      uses: ACTIONS.build,
      with: {
        context: from?.context ?? ".",
        ...(from?.file ? { file: from.file } : {}),
        ...(from?.target ? { target: from.target } : {}),
        ...(from?.buildArgs ? { "build-args": from.buildArgs } : {}),
        platforms: value("platform"),
        push: `\${{ ${PUSH_CONDITION} }}`,
        tags: "${{ steps.meta.outputs.tags }}",
        labels: "${{ steps.meta.outputs.labels }}",
        "cache-from": `type=gha,scope=build-${arch}`,
        "cache-to": `type=gha,scope=build-${arch},mode=max`,
      },
    },
    ...doctorStep(options.doctor),
  ];
}

/** The merge: for every tag metadata-action gives, one index made of the legs' `TAG-ARCH` images. */
function mergeScript(): string {
  return [
    "while read -r tag; do",
    '  [ -n "$tag" ] || continue',
    "  sources=()",
    '  for arch in $ARCHS; do sources+=("${tag}-${arch}"); done',
    '  docker buildx imagetools create -t "$tag" "${sources[@]}"',
    'done <<< "$TAGS"',
  ].join("\n");
}

/** `packages: write` for the jobs that push; a fresh object each time, so the YAML has no anchors. */
function pushPermissions(): Record<string, string> {
  return { contents: "read", packages: "write" };
}

/** The triggers: the existing workflow's (`--from`), or push to the branch and `v*` tags, pull requests, manual runs. */
function triggers(branch: string, from: ExistingPublishing | undefined): unknown {
  if (from?.on !== undefined) return from.on;
  return {
    push: { branches: [branch], tags: ["v*"] },
    pull_request: { branches: [branch] },
    workflow_dispatch: {
      inputs: {
        branch: { description: "Branch to build (empty: the branch the run starts from)", type: "string", default: "" },
        push: { description: "Push the images", type: "boolean", default: true },
      },
    },
  };
}

/** Splits `ghcr.io/owner/app` given as `--image` into the registry and the path, so the name is never doubled. */
function splitImage(registry: string, image: string | undefined): { registry: string; image: string | undefined } {
  if (!image) return { registry, image };
  const [first, ...rest] = image.split("/");
  const isHost =
    rest.length > 0 && first !== undefined && (first.includes(".") || first.includes(":") || first === "localhost");
  return isHost
    ? { registry: first.toLowerCase(), image: rest.join("/").toLowerCase() }
    : { registry, image: image.toLowerCase() };
}

/** Builds the workflow for `options`. */
export function workflowTemplate(options: WorkflowTemplateOptions = {}): WorkflowTemplate {
  const { registry, image } = splitImage(options.registry ?? "ghcr.io", options.image);
  checkImage(registry, image);
  const from = options.from;
  const legs = planLegs(
    from?.platforms ?? options.platforms ?? ["linux/amd64", "linux/arm64"],
    options.nativeRunners === true,
  );
  const [first, ...rest] = legs as [WorkflowLeg, ...WorkflowLeg[]];
  const branch = options.branch ?? "main";
  const firstJob = `build-${first.arch}`;
  const stepOptions = {
    ...(from ? { from } : {}),
    ...(options.dockhandAction ? { doctor: options.dockhandAction } : {}),
  };

  const jobs: Record<string, unknown> = {
    [firstJob]: {
      name: `Build ${first.platform} (creates the package)`,
      "runs-on": first.runner,
      "timeout-minutes": TIMEOUT_MINUTES,
      permissions: pushPermissions(),
      steps: legSteps((field) => first[field], first.qemu, stepOptions),
    },
  };
  const buildJobs = [firstJob];
  if (rest.length > 0) {
    jobs.build = {
      name: "Build ${{ matrix.platform }}",
      needs: [firstJob],
      "runs-on": "${{ matrix.runner }}",
      "timeout-minutes": TIMEOUT_MINUTES,
      permissions: pushPermissions(),
      strategy: {
        "fail-fast": false,
        matrix: {
          include: rest.map((leg) => ({ platform: leg.platform, arch: leg.arch, runner: leg.runner, qemu: leg.qemu })),
        },
      },
      steps: legSteps(
        (field) => `\${{ matrix.${field} }}`,
        rest.some((leg) => leg.qemu) ? "matrix.qemu" : false,
        stepOptions,
      ),
    };
    buildJobs.push("build");
  }
  jobs.merge = {
    name: "Merge per-arch tags",
    needs: buildJobs,
    if: PUSH_CONDITION,
    "runs-on": X64_RUNNER,
    "timeout-minutes": 15,
    permissions: pushPermissions(),
    steps: [
      metaStep(from),
      { name: "Set up Buildx", uses: ACTIONS.buildx },
      loginStep(),
      {
        name: "Create the multi-arch tags",
        env: { TAGS: "${{ steps.meta.outputs.tags }}", ARCHS: legs.map((leg) => leg.arch).join(" ") },
        run: mergeScript(),
      },
      ...doctorStep(options.dockhandAction),
    ],
  };

  const workflow = {
    name: "Publish image",
    on: triggers(branch, from),
    permissions: { contents: "read" },
    concurrency: { group: "${{ github.workflow }}-${{ github.ref }}", "cancel-in-progress": false },
    env: { REGISTRY: registry, IMAGE_NAME: image ?? "${{ github.repository }}" },
    jobs,
  };

  const document = new Document(workflow);
  document.commentBefore = [
    " Generated by `dockhand workflow init`.",
    ` Each platform is built on its own leg and pushed under per-arch tags (main-${first.arch}); the merge job`,
    " combines them into the merged tags (main, latest, 1.2.3) with `docker buildx imagetools create`.",
    ` ${firstJob} runs first and alone: it creates the package, which GHCR briefly refuses to parallel pushes.`,
    " Pull requests build without pushing; only the pushing jobs get packages: write.",
    ...(legs.some((leg) => leg.runner === ARM64_RUNNER)
      ? [` ${ARM64_RUNNER} runners are free for public repositories; check your plan for private ones.`]
      : []),
  ].join("\n");
  const yaml = document.toString({ lineWidth: 0 });
  return { yaml, legs, jobs: Object.keys(jobs), image: image ?? "${{ github.repository }}" };
}
