/**
 * `command: doctor` as the runner runs it, in an `if: failure()` step: the failed run's job logs are read through
 * the API (the GitHub emulator), the cause goes to the `cause` output, the findings to the job summary and an
 * `::error` annotation. The token never reaches the output.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { startGitHubEmulator } from "../../src/server/ghcr/index.js";
import { runProcess } from "../helpers/process.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const scenario = path.join(root, "test/doctor/scenarios/dependabot-run");

it("reads the failed run's log and names the cause in outputs, summary and an annotation", async () => {
  const emulator = await startGitHubEmulator({ world: path.join(scenario, "world.yaml") });
  const dir = mkdtempSync(path.join(tmpdir(), "dockhand-action-doctor-"));
  try {
    const workspace = path.join(dir, "workspace");
    cpSync(scenario, workspace, { recursive: true });
    const output = path.join(dir, "output");
    const summary = path.join(dir, "summary");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const {
      code,
      out: stdout,
      err: stderr,
    } = await runProcess(process.execPath, [path.join(root, "dist-action/index.js")], {
      env: {
        PATH: process.env.PATH ?? "",
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: "alice/app",
        GITHUB_API_URL: emulator.apiUrl,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
        INPUT_COMMAND: "doctor",
        "INPUT_GITHUB-TOKEN": "ghp_alice",
      },
    });
    expect(code, stderr + stdout).toBe(0);
    const outputs = readFileSync(output, "utf8");
    expect(outputs).toMatch(/^cause<<ghadelimiter_[\w-]+\ndependabot-run\n/m);
    expect(readFileSync(summary, "utf8")).toContain("`dependabot-run`");
    expect(stdout).toMatch(/^::error title=dockhand doctor%3A dependabot-run::/m);
    expect(stdout + outputs + readFileSync(summary, "utf8")).not.toContain("ghp_alice");
  } finally {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
