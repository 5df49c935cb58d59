/**
 * `dockhand fix`: applies the doctor's fixes. File edits are shown as a diff and written only with --apply
 * (atomically, format-preserving); API fixes (restore a package, set default workflow permissions, re-run failed
 * jobs) run only with --api and a confirmation (--yes); web-UI steps are printed with their URLs.
 */
import { createInterface } from "node:readline/promises";
import { DockhandError, UsageError } from "../../errors.js";
import { resolveGitHubConnection } from "../../github/options.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { printJson } from "../output.js";
import { addEvidenceOptions, doctorOptionsFrom, type EvidenceCliOptions } from "./doctor.js";

interface FixCliOptions extends EvidenceCliOptions {
  apply?: boolean;
  api?: boolean;
  yes?: boolean;
}

const examples = `
Without --apply nothing is written: the edits are shown as a diff. Edited workflows must still parse, and a file
changed since it was read is not written. API fixes need --api and a confirmation (--yes when not on a terminal).

Examples:
  $ dockhand fix
  $ dockhand fix --apply
  $ dockhand fix --log build.log --apply
  $ dockhand fix --run latest --api --yes

Exit codes: 0 done (or planned), 1 an edit could not be planned safely, 2 usage, 3 network.`;

async function confirm(context: CommandContext, question: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!context.io.tty || !process.stdin.isTTY) {
    throw new UsageError("refusing to call the API without confirmation", "pass --yes to confirm");
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** Registers `dockhand fix`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("fix")
    .description("Apply the doctor's fixes: file edits (--apply), API calls (--api), and print web-UI steps")
    .argument("[image]", "the image (ghcr.io/OWNER/NAME); default: the log's or the workflows'");
  addEvidenceOptions(command)
    .option("--apply", "write the file edits")
    .option("--api", "make the API fixes (asks first)")
    .option("--yes", "confirm the API fixes without asking")
    .addHelpText("after", examples)
    .action(async (image: string | undefined, opts: FixCliOptions) => {
      await context.run(opts.json, async () => {
        // The doctor and the GitHub client load only when the command runs, so the CLI starts fast.
        const { applyFixPlan, planFixes, runApiFix, runDoctor } = await import("../../doctor/index.js");
        const { createGitHubClient } = await import("../../github/client.js");
        const options = await doctorOptionsFrom(image, opts, context);
        const report = await runDoctor(options);
        const plan = await planFixes(opts.repo, report.findings);
        const problems = plan.files.filter((f) => f.problem);
        const out = context.io.out;
        const written =
          opts.apply && problems.length === 0 && plan.files.length > 0
            ? (await applyFixPlan(opts.repo, plan)).files
            : [];
        const apiResults: Array<{ finding: string; call: string; result: string }> = [];
        if (opts.api && plan.api.length > 0) {
          const connection = resolveGitHubConnection(opts, context.env);
          if (!connection.token)
            throw new UsageError("--api needs a token", "pass --token, or set GITHUB_TOKEN or GH_TOKEN");
          const client = createGitHubClient({ apiUrl: connection.apiUrl, token: connection.token });
          for (const { finding, fix } of plan.api) {
            if (!(await confirm(context, `${fix.summary} (${fix.call})?`, opts.yes))) {
              apiResults.push({ finding, call: fix.call, result: "declined" });
              continue;
            }
            try {
              await runApiFix(client, fix);
              apiResults.push({ finding, call: fix.call, result: "done" });
            } catch (error) {
              apiResults.push({
                finding,
                call: fix.call,
                result: error instanceof DockhandError ? error.message : String(error),
              });
            }
          }
        }
        if (opts.json) {
          printJson(context.io, {
            files: plan.files.map((f) => ({
              file: f.file,
              diff: f.diff,
              ...(f.problem ? { problem: f.problem } : {}),
            })),
            written,
            api: plan.api.map(({ finding, fix }) => ({
              finding,
              summary: fix.summary,
              call: fix.call,
              result: apiResults.find((r) => r.call === fix.call)?.result ?? "not run (use --api)",
            })),
            ui: plan.ui.map(({ finding, fix }) => ({ finding, summary: fix.summary, url: fix.url, steps: fix.steps })),
          });
        } else {
          if (plan.files.length === 0) out("No file edits to make.\n");
          for (const file of plan.files) {
            out(file.diff);
            if (file.problem) out(`not applied: ${file.problem}\n`);
          }
          if (written.length > 0) out(`Wrote ${written.join(", ")}.\n`);
          else if (plan.files.length > 0 && !opts.apply)
            out("Nothing written: run with --apply to make these edits.\n");
          for (const { finding, fix } of plan.api) {
            const result = apiResults.find((r) => r.call === fix.call)?.result;
            out(
              `API [${finding}]: ${fix.summary}\n  ${fix.call}\n  ${result ?? "not run: use --api (asks first; --yes to confirm)"}\n`,
            );
          }
          for (const { finding, fix } of plan.ui) {
            out(
              `In the web UI [${finding}]: ${fix.summary}\n  ${fix.url}\n${fix.steps.map((s, i) => `  ${i + 1}. ${s}\n`).join("")}`,
            );
          }
        }
        return problems.length > 0 ? 1 : 0;
      });
    });
};
