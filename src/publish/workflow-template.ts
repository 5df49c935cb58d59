/**
 * The publishing workflow `dockhand workflow init` writes: a pure function from options to GitHub Actions YAML.
 *
 * The scheme: every platform is built on its own leg and pushed under per-arch tags (`main-amd64`); one merge job
 * then combines them into the merged tags (`main`, `latest`, `1.2.3`) with `dockhand index create`. The tags come
 * from `dockhand tags --arch …`, so every job computes the same plan. The first platform's leg runs alone and
 * creates the package; the other legs start after it, since GHCR refuses a parallel write to a package created
 * seconds before. Only pushing jobs get `packages: write`; pull requests build without pushing (so fork pull
 * requests, whose token is read-only, never try); image names are lower-cased in a shell step, as expressions have
 * no lower-case function; each platform has its own build-cache scope.
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
  /** Image path below the registry (default: the repository, `${{ github.repository }}`, lower-cased at run time). */
  image?: string;
  /** Platforms to build (default linux/amd64 and linux/arm64). */
  platforms?: string[];
  /** Build arm64 on GitHub's arm64 runners (`ubuntu-24.04-arm`) instead of QEMU emulation. */
  nativeRunners?: boolean;
  /** The dockhand version the workflow runs with `npx` (default: latest). */
  dockhandVersion?: string;
  /** The branch whose pushes publish, and whose builds get `latest` (default main). */
  branch?: string;
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
  setupNode: "actions/setup-node@v4",
  qemu: "docker/setup-qemu-action@v3",
  buildx: "docker/setup-buildx-action@v3",
  login: "docker/login-action@v3",
  build: "docker/build-push-action@v6",
};

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

/** The shell of the step that plans tags: lower-cased image name, then `dockhand tags` into a JSON file. */
function planScript(): string {
  return [
    'image="${REGISTRY}/${IMAGE_NAME,,}"',
    'args=(--images "$image" --arch "$ARCHS" --json)',
    "args+=(--tags 'type=ref,event=branch' --tags 'type=ref,event=pr')",
    "args+=(--tags 'type=semver,pattern={{version}}' --tags 'type=semver,pattern={{major}}.{{minor}}')",
    "args+=(--tags 'type=raw,value=latest,enable={{is_default_branch}}' --tags 'type=sha')",
    'if [ -n "$VERSION" ]; then',
    '  args+=(--tags "type=semver,pattern={{version}},value=$VERSION" --tags "type=semver,pattern={{major}}.{{minor}},value=$VERSION")',
    "fi",
    'if [ -n "$BRANCH" ]; then args+=(--ref "refs/heads/$BRANCH"); fi',
    'args+=(--sha "$(git rev-parse HEAD)")',
    '$DOCKHAND tags "${args[@]}" > "$RUNNER_TEMP/tags.json"',
  ].join("\n");
}

/** Steps shared by the jobs that plan tags: checkout, Node for npx, the plan. */
function planSteps(): Record<string, unknown>[] {
  return [
    { name: "Check out", uses: ACTIONS.checkout, with: { ref: "${{ inputs.branch || github.ref }}" } },
    { name: "Set up Node.js (for dockhand)", uses: ACTIONS.setupNode, with: { "node-version": "20" } },
    {
      name: "Plan tags",
      env: { VERSION: "${{ inputs.version }}", BRANCH: "${{ inputs.branch }}" },
      run: planScript(),
    },
  ];
}

function loginStep(): Record<string, unknown> {
  return {
    name: "Log in to ${{ env.REGISTRY }}",
    if: PUSH_CONDITION,
    uses: ACTIONS.login,
    with: { registry: "${{ env.REGISTRY }}", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" },
  };
}

/** The steps of a build leg; `value` gives a leg field literally (first leg) or as a matrix expression. */
function legSteps(value: (field: "platform" | "arch") => string, qemu: boolean | string): Record<string, unknown>[] {
  const arch = value("arch");
  return [
    ...planSteps(),
    {
      name: "Per-arch tags of this leg",
      id: "leg",
      env: { ARCH: arch },
      run: [
        "{",
        "  echo 'tags<<DOCKHAND_EOF'",
        '  jq -r --arg arch "$ARCH" \'.plan.legs[] | select(.arch == $arch) | .tags[]\' "$RUNNER_TEMP/tags.json"',
        "  echo 'DOCKHAND_EOF'",
        "  echo 'labels<<DOCKHAND_EOF'",
        '  jq -r \'.labels | to_entries[] | "\\(.key)=\\(.value)"\' "$RUNNER_TEMP/tags.json"',
        "  echo 'DOCKHAND_EOF'",
        '} >> "$GITHUB_OUTPUT"',
      ].join("\n"),
    },
    ...(qemu === false ? [] : [{ name: "Set up QEMU", ...(qemu === true ? {} : { if: qemu }), uses: ACTIONS.qemu }]),
    { name: "Set up Buildx", uses: ACTIONS.buildx },
    loginStep(),
    {
      name: "Build and push",
      uses: ACTIONS.build,
      with: {
        context: ".",
        platforms: value("platform"),
        push: `\${{ ${PUSH_CONDITION} }}`,
        tags: "${{ steps.leg.outputs.tags }}",
        labels: "${{ steps.leg.outputs.labels }}",
        "cache-from": `type=gha,scope=build-${arch}`,
        "cache-to": `type=gha,scope=build-${arch},mode=max`,
      },
    },
  ];
}

/** `packages: write` for the jobs that push; a fresh object each time, so the YAML has no anchors. */
function pushPermissions(): Record<string, string> {
  return { contents: "read", packages: "write" };
}

/** Builds the workflow for `options`. */
export function workflowTemplate(options: WorkflowTemplateOptions = {}): WorkflowTemplate {
  const registry = options.registry ?? "ghcr.io";
  const image = options.image?.toLowerCase();
  checkImage(registry, image);
  const legs = planLegs(options.platforms ?? ["linux/amd64", "linux/arm64"], options.nativeRunners === true);
  const [first, ...rest] = legs as [WorkflowLeg, ...WorkflowLeg[]];
  const branch = options.branch ?? "main";
  const firstJob = `build-${first.arch}`;

  const jobs: Record<string, unknown> = {
    [firstJob]: {
      name: `Build ${first.platform} (creates the package)`,
      "runs-on": first.runner,
      permissions: pushPermissions(),
      env: { ARCHS: legs.map((leg) => leg.arch).join(",") },
      steps: legSteps((field) => first[field], first.qemu),
    },
  };
  const buildJobs = [firstJob];
  if (rest.length > 0) {
    jobs.build = {
      name: "Build ${{ matrix.platform }}",
      needs: [firstJob],
      "runs-on": "${{ matrix.runner }}",
      permissions: pushPermissions(),
      strategy: {
        "fail-fast": false,
        matrix: {
          include: rest.map((leg) => ({ platform: leg.platform, arch: leg.arch, runner: leg.runner, qemu: leg.qemu })),
        },
      },
      env: { ARCHS: legs.map((leg) => leg.arch).join(",") },
      steps: legSteps((field) => `\${{ matrix.${field} }}`, rest.some((leg) => leg.qemu) ? "matrix.qemu" : false),
    };
    buildJobs.push("build");
  }
  jobs.merge = {
    name: "Merge per-arch tags",
    needs: buildJobs,
    if: PUSH_CONDITION,
    "runs-on": X64_RUNNER,
    permissions: pushPermissions(),
    env: { ARCHS: legs.map((leg) => leg.arch).join(",") },
    steps: [
      ...planSteps(),
      loginStep(),
      {
        name: "Create the multi-arch tags",
        run: [
          "jq -c '.plan.merges[]' \"$RUNNER_TEMP/tags.json\" | while read -r merge; do",
          "  target=$(jq -r '.target' <<<\"$merge\")",
          "  mapfile -t sources < <(jq -r '.sources[]' <<<\"$merge\")",
          '  $DOCKHAND index create "$target" "${sources[@]}"',
          "done",
        ].join("\n"),
      },
    ],
  };

  const workflow = {
    name: "Publish image",
    on: {
      push: { branches: [branch], tags: ["v*"] },
      pull_request: { branches: [branch] },
      workflow_dispatch: {
        inputs: {
          branch: {
            description: "Branch to build (empty: the branch the run starts from)",
            type: "string",
            default: "",
          },
          version: {
            description: "Version to publish, e.g. v1.2.3 (empty: from the git ref)",
            type: "string",
            default: "",
          },
          push: { description: "Push the images", type: "boolean", default: true },
        },
      },
    },
    permissions: { contents: "read" },
    concurrency: { group: "${{ github.workflow }}-${{ github.ref }}", "cancel-in-progress": false },
    env: {
      REGISTRY: registry,
      IMAGE_NAME: image ?? "${{ github.repository }}",
      DOCKHAND: `npx --yes dockhand@${options.dockhandVersion ?? "latest"}`,
    },
    jobs,
  };

  const document = new Document(workflow);
  document.commentBefore = [
    " Generated by `dockhand workflow init`.",
    ` Each platform is built on its own leg and pushed under per-arch tags (main-${first.arch}); the merge job`,
    " combines them into the merged tags (main, latest, 1.2.3) with `dockhand index create`.",
    ` ${firstJob} runs first and alone: it creates the package, which GHCR briefly refuses to parallel pushes.`,
    " Pull requests build without pushing; only the pushing jobs get packages: write.",
    ...(legs.some((leg) => leg.runner === ARM64_RUNNER)
      ? [` ${ARM64_RUNNER} runners are free for public repositories; check your plan for private ones.`]
      : []),
  ].join("\n");
  const yaml = document.toString({ lineWidth: 0 });
  return { yaml, legs, jobs: Object.keys(jobs), image: image ?? "${{ github.repository }}" };
}
