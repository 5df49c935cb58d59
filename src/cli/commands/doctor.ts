/**
 * `dockhand doctor [IMAGE]`: names the cause of a failed push to GitHub's container registry, with evidence, ranked,
 * and the fix. Reads the repository's workflows, a job log (--log, or --run through the API) and, with a token, the
 * GitHub API and a registry write probe. In GitHub Actions it also writes a job summary and annotations.
 * The doctor itself loads only when the command runs.
 */
import { appendFile, readFile, writeFile } from "node:fs/promises";
import type { Command } from "commander";
import type { DoctorOptions, DoctorReport } from "../../doctor/index.js";
import type { LogSource } from "../../doctor/log.js";
import { UsageError } from "../../errors.js";
import { addGitHubOptions, type GitHubCliOptions, resolveGitHubConnection } from "../../github/options.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { printJson } from "../output.js";
import { addRegistryOptions, type RegistryCliOptions, registryClientOptions } from "../registry-options.js";

/** The evidence options `doctor` and `fix` share. */
export interface EvidenceCliOptions extends GitHubCliOptions, RegistryCliOptions {
  repo: string;
  log?: string;
  run?: string;
  githubRepo?: string;
  probe?: boolean;
  json?: boolean;
}

/** Adds the evidence options to a command. */
export function addEvidenceOptions(command: Command): Command {
  command
    .option("--repo <dir>", "the repository checkout", ".")
    .option("--log <file>", "a failed job's log (- for stdin)")
    .option("--run <id>", "read a failed run's job logs through the API: a run id or latest")
    .option(
      "--github-repo <owner/name>",
      "the repository the workflow runs in (default: $GITHUB_REPOSITORY, else the origin remote)",
    )
    .option("--no-probe", "skip the registry write probe")
    .option("--json", "print JSON");
  addGitHubOptions(command);
  return addRegistryOptions(command);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Builds the doctor's options from the command line and environment. */
export async function doctorOptionsFrom(
  image: string | undefined,
  opts: EvidenceCliOptions,
  context: CommandContext,
): Promise<DoctorOptions> {
  if (opts.log && opts.run)
    throw new UsageError(
      "--log and --run cannot be used together",
      "give the log as a file, or let dockhand fetch it with --run",
    );
  if (opts.githubRepo && !/^[^/\s]+\/[^/\s]+$/.test(opts.githubRepo)) {
    throw new UsageError(`--github-repo ${opts.githubRepo} is not OWNER/NAME`);
  }
  const connection = resolveGitHubConnection(opts, context.env);
  if (opts.run && !connection.token) {
    throw new UsageError("--run needs a token to read the run's logs", "pass --token, or set GITHUB_TOKEN or GH_TOKEN");
  }
  if (opts.run && opts.run !== "latest" && !/^\d+$/.test(opts.run))
    throw new UsageError(`--run ${opts.run} is not a run id or latest`);
  const logs: LogSource[] = [];
  if (opts.log) {
    const text =
      opts.log === "-"
        ? await readStdin()
        : await readFile(opts.log, "utf8").catch((error: Error) => {
            throw new UsageError(`cannot read --log ${opts.log}: ${error.message}`);
          });
    logs.push({ text });
  }
  return {
    repoDir: opts.repo,
    ...(image ? { image } : {}),
    ...(opts.githubRepo ? { repository: opts.githubRepo } : {}),
    logs,
    ...(opts.run ? { run: opts.run } : {}),
    apiUrl: connection.apiUrl,
    ...(connection.token ? { token: connection.token } : {}),
    registry: registryClientOptions(opts, context.env),
    env: context.env,
    ...(opts.probe === false ? { noProbe: true } : {}),
  };
}

/** Writes the Actions job summary and annotations when running in GitHub Actions. */
export async function reportToActions(report: DoctorReport, context: CommandContext): Promise<void> {
  if (context.env.GITHUB_ACTIONS !== "true") return;
  const { renderAnnotations, renderSummary } = await import("../../doctor/index.js");
  const summary = context.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, renderSummary(report));
  const annotations = renderAnnotations(report);
  if (annotations) context.io.out(annotations);
}

interface DoctorCliOptions extends EvidenceCliOptions {
  supportReport?: string;
}

const examples = `
Evidence comes from the workflows in --repo, a log (--log FILE, - for stdin, or --run ID|latest through the
API), and with a token (--token, GITHUB_TOKEN, GH_TOKEN): the package, the repository's default workflow
permissions, the token's kind and scopes, earlier runs, and a registry write probe (an upload session opened and
cancelled; --no-probe skips it). Whatever could not be checked is listed with the reason.

Examples:
  $ dockhand doctor
  $ dockhand doctor ghcr.io/acme/app --log build.log
  $ gh run view 123 --log-failed | dockhand doctor --log -
  $ dockhand doctor --run latest --github-repo acme/app --json
  $ dockhand doctor --support-report ghcr-support.txt

Exit codes: 0 no blocking problem, 1 a blocking problem found, 2 usage, 3 network.`;

/** Registers `dockhand doctor`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("doctor")
    .description("Explain why pushing an image to GitHub's container registry fails, with evidence and the fix")
    .argument("[image]", "the image (ghcr.io/OWNER/NAME); default: the log's or the workflows'");
  addEvidenceOptions(command)
    .option("--support-report <file>", "write a redacted summary to send to GitHub Support")
    .addHelpText("after", examples)
    .action(async (image: string | undefined, opts: DoctorCliOptions) => {
      await context.run(opts.json, async () => {
        // The doctor and its rules load only when it runs, so the CLI starts fast.
        const { renderReport, renderSupportReport, runDoctor } = await import("../../doctor/index.js");
        const report = await runDoctor(await doctorOptionsFrom(image, opts, context));
        if (opts.json) printJson(context.io, report);
        else context.io.out(renderReport(report));
        if (opts.supportReport) {
          await writeFile(opts.supportReport, renderSupportReport(report, new Date().toISOString()));
          if (!opts.json) context.io.out(`Support report written to ${opts.supportReport}\n`);
        }
        await reportToActions(report, context);
        return report.findings.some((f) => f.severity === "blocking") ? 1 : 0;
      });
    });
};
