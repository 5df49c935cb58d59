/**
 * `dockhand workflow init`: writes a GitHub Actions workflow that publishes multi-arch images by the per-arch-tags
 * scheme (legs push `main-amd64`, one merge job creates `main` with `dockhand index create`).
 */

import { relative } from "node:path";
import { dockhandVersion } from "../../version.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { registerWorkflowCheck } from "./workflow-check.js";

interface InitOptions {
  registry: string;
  image?: string;
  platforms: string;
  nativeRunners?: boolean;
  branch: string;
  output: string;
  force?: boolean;
  json?: boolean;
}

const examples = `
The workflow builds each platform on its own leg and pushes per-arch tags (main-amd64, main-arm64, 1.2.3-arm64),
planned by dockhand tags; a merge job then creates the merged tags (main, latest, 1.2.3) with dockhand index
create. The first platform's leg runs first and creates the package (GHCR briefly refuses parallel pushes to a
new package); the other legs follow in parallel. Pull requests build without pushing; only the pushing jobs get
packages: write; the image name is lower-cased in a step; each platform has its own build-cache scope; manual
runs take the inputs branch, version and push.

With --native-runners, arm64 builds on GitHub's ubuntu-24.04-arm runners instead of under QEMU.
An existing file is never replaced without --force. --output - prints the workflow instead.

Examples:
  $ dockhand workflow init
  $ dockhand workflow init --platforms linux/amd64,linux/arm64,linux/arm/v7 --native-runners
  $ dockhand workflow init --image owner/app-api --output .github/workflows/api.yml --force
  $ dockhand workflow init --output -

Exit codes: 0 written, 1 the file exists (use --force), 2 usage.`;

/** Registers `dockhand workflow init`. */
export const register: RegisterCommand = (program, context) => {
  const workflow = program.command("workflow").description("Generate GitHub Actions workflows that publish images");
  registerWorkflowCheck(workflow, context);
  workflow
    .command("init")
    .description("Write a multi-arch publishing workflow: per-arch legs, one merge job, least permissions")
    .option("--registry <host>", "registry host", "ghcr.io")
    .option("--image <name>", "image path below the registry (default: the repository, lower-cased)")
    .option("--platforms <list>", "platforms to build, comma-separated", "linux/amd64,linux/arm64")
    .option("--native-runners", "build arm64 on ubuntu-24.04-arm runners instead of QEMU")
    .option("--branch <name>", "the branch whose pushes publish", "main")
    .option("--output <file>", "where to write it (- for stdout)", ".github/workflows/publish.yml")
    .option("--force", "replace an existing file")
    .option("--json", "print what was written as JSON")
    .addHelpText("after", examples)
    .action(async (opts: InitOptions) => {
      await context.run(opts.json, () => runInit(opts, context));
    });
};

async function runInit(opts: InitOptions, context: CommandContext): Promise<0> {
  // The template (and yaml with it) loads only when init runs, so the CLI starts fast.
  const { workflowTemplate } = await import("../../publish/workflow-template.js");
  const { writeFileAtomic } = await import("../../publish/workflow-file.js");
  const template = workflowTemplate({
    registry: opts.registry,
    ...(opts.image ? { image: opts.image } : {}),
    platforms: opts.platforms
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== ""),
    nativeRunners: opts.nativeRunners === true,
    branch: opts.branch,
    dockhandVersion: dockhandVersion(),
  });
  const toStdout = opts.output === "-";
  if (toStdout && !opts.json) {
    context.io.out(template.yaml);
    return 0;
  }
  if (!toStdout) await writeFileAtomic(opts.output, template.yaml, { force: opts.force === true });
  const summary = {
    file: toStdout ? null : opts.output,
    registry: opts.registry,
    image: template.image,
    jobs: template.jobs,
    legs: template.legs,
    ...(toStdout ? { yaml: template.yaml } : {}),
  };
  if (opts.json) {
    printJson(context.io, summary);
    return 0;
  }
  const shown = relative(process.cwd(), opts.output) || opts.output;
  const rows = template.legs.map((leg) => [leg.platform, leg.runner, leg.qemu ? "QEMU" : "native"]);
  context.io.out(
    [
      `wrote ${shown} (jobs: ${template.jobs.join(", ")})`,
      "",
      formatTable(["PLATFORM", "RUNNER", "BUILD"], rows),
      "",
      "next: commit it, push to the branch, and watch the first run create the package",
      "",
    ].join("\n"),
  );
  return 0;
}
