/**
 * `dockhand workflow check`: the doctor's static rules over the repository's workflows, with no network — for CI
 * and pre-commit use. Exit 1 when a finding blocks pushes.
 */
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../main.js";
import { printJson } from "../output.js";
import { reportToActions } from "./doctor.js";

interface CheckOptions {
  repo: string;
  githubRepo?: string;
  json?: boolean;
}

const examples = `
Runs the rules that need only the workflow files (permissions, fork and Dependabot guards, logins, image names,
namespaces, cache refs, parallel pushes to one package). Run \`dockhand doctor\` for a failed push: it also reads
the log, the GitHub API and the registry.

Examples:
  $ dockhand workflow check
  $ dockhand workflow check --repo ../app --github-repo acme/app --json

Exit codes: 0 no blocking finding, 1 a blocking finding, 2 usage.`;

/** Adds `check` under the `workflow` command. */
export function registerWorkflowCheck(workflow: Command, context: CommandContext): void {
  workflow
    .command("check")
    .description("Check the workflows with the doctor's static rules (no network)")
    .option("--repo <dir>", "the repository checkout", ".")
    .option(
      "--github-repo <owner/name>",
      "the repository the workflows run in (default: $GITHUB_REPOSITORY, else origin)",
    )
    .option("--json", "print JSON")
    .addHelpText("after", examples)
    .action(async (opts: CheckOptions) => {
      await context.run(opts.json, async () => {
        // The doctor's rules load only when the check runs, so the CLI starts fast.
        const { renderReport, runStaticChecks } = await import("../../doctor/index.js");
        if (opts.githubRepo && !/^[^/\s]+\/[^/\s]+$/.test(opts.githubRepo)) {
          throw new UsageError(`--github-repo ${opts.githubRepo} is not OWNER/NAME`);
        }
        const report = await runStaticChecks(opts.repo, {
          ...(opts.githubRepo ? { repository: opts.githubRepo } : {}),
          env: context.env,
        });
        if (opts.json) printJson(context.io, report);
        else context.io.out(renderReport(report));
        await reportToActions(report, context);
        return report.findings.some((f) => f.severity === "blocking") ? 1 : 0;
      });
    });
}
