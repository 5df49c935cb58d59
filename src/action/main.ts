/**
 * dockhand's GitHub Action: `command:` selects what it does (tags, doctor). Bundled into dist-action/index.js
 * (scripts/bundle.mjs, target action), which action.yml runs on Node 24.
 */
import { runDoctorAction } from "./doctor.js";
import { processRunner, type Runner } from "./runner.js";
import { runTagsAction } from "./tags.js";

const COMMANDS: Record<string, (runner: Runner) => Promise<void>> = {
  tags: runTagsAction,
  doctor: runDoctorAction,
};

/** Runs the action; resolves with the process exit code. */
export async function runAction(runner: Runner = processRunner()): Promise<number> {
  const command = runner.input("command") || "tags";
  const run = COMMANDS[command];
  try {
    if (!run) throw new Error(`unknown command "${command}": use one of ${Object.keys(COMMANDS).join(", ")}`);
    await run(runner);
    return 0;
  } catch (error) {
    runner.error((error as Error).message, { title: `dockhand ${command}` });
    return 1;
  }
}

process.exitCode = await runAction();
