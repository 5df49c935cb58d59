import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DockhandError } from "../errors.js";
import { parseWorkflow } from "./parse.js";
import type { Workflow, WorkflowCall, WorkflowError, WorkflowSet } from "./types.js";

const WORKFLOW_DIR = ".github/workflows";

/**
 * Reads `.github/workflows/*.yml|yaml` of a checkout and the local reusable workflows they call.
 * A file that cannot be read or parsed becomes an error in the result; the other files are still
 * modelled. Paths in the result are relative to `repoDir`, with `/` separators.
 */
export async function loadWorkflows(repoDir: string): Promise<WorkflowSet> {
  const info = await stat(repoDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DockhandError("REPO_NOT_FOUND", `Repository directory ${repoDir} does not exist or is not a directory.`, {
      exit: 2,
      hint: "Pass the checkout with --repo DIR.",
      details: { repoDir },
    });
  }
  const names = await readdir(path.join(repoDir, WORKFLOW_DIR)).catch(() => [] as string[]);
  const queue = names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => `${WORKFLOW_DIR}/${n}`);
  const workflows: Workflow[] = [];
  const errors: WorkflowError[] = [];
  const calls: WorkflowCall[] = [];
  const seen = new Set<string>();
  const missing = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = await readFile(path.join(repoDir, file), "utf8");
    } catch (err) {
      errors.push({
        code: "WORKFLOW_READ",
        file,
        line: 1,
        column: 1,
        message: `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      });
      continue;
    }
    const result = parseWorkflow(text, file);
    errors.push(...result.errors);
    if (!result.workflow) continue;
    workflows.push(result.workflow);
    for (const job of result.workflow.jobs) {
      if (!job.uses) continue;
      calls.push({ callerFile: file, jobId: job.id, uses: job.uses, target: job.calls });
      if (job.calls && !seen.has(job.calls)) {
        const exists = await stat(path.join(repoDir, job.calls)).catch(() => undefined);
        if (exists?.isFile()) queue.push(job.calls);
        else if (!missing.has(`${file}#${job.id}`)) {
          missing.add(`${file}#${job.id}`);
          errors.push({
            code: "WORKFLOW_NOT_FOUND",
            file,
            line: job.uses.span.line,
            column: job.uses.span.column,
            message: `job "${job.id}" calls ${job.uses.value}, but ${job.calls} does not exist in the repository`,
          });
        }
      }
    }
  }
  return { workflows, errors, calls };
}
