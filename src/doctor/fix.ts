/**
 * `fix`: turns the findings' fixes into actions. Edit fixes become exact text changes per file (a diff; written
 * atomically only on apply, and only if every edited workflow still parses); API fixes are calls made only when
 * asked; UI fixes are printed with their URL and steps.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { parseAllDocuments } from "yaml";
import {
  type GitHubClient,
  type PackageOwner,
  restorePackage,
  setWorkflowPermissions,
  splitRepositoryName,
} from "../github/index.js";
import { type AppliedFiles, applyEdits, applySplices, type FilePlan } from "../project/index.js";
import { hashBytes } from "../project/walk.js";
import type { Finding, Fix, TextChange } from "./types.js";

/** The fixes of a report, sorted by kind. */
export interface FixPlan {
  /** Per file: the changes, the new text and the diff. */
  files: FilePlan[];
  /** The findings whose edit fixes are in `files`. */
  edited: string[];
  api: Array<{ finding: string; fix: Extract<Fix, { kind: "api" }> }>;
  ui: Array<{ finding: string; fix: Extract<Fix, { kind: "ui" }> }>;
}

/** Only findings that stop or endanger a push are fixed; info findings are advice. */
function actionable(finding: Finding): boolean {
  return finding.severity !== "info";
}

/** Plans the fixes of `findings` against the files under `repoDir` (read now, hashed for the apply check). */
export async function planFixes(repoDir: string, findings: Finding[]): Promise<FixPlan> {
  const plan: FixPlan = { files: [], edited: [], api: [], ui: [] };
  const byFile = new Map<string, TextChange[]>();
  for (const finding of findings.filter(actionable)) {
    const fix = finding.fix;
    if (fix.kind === "edit" && fix.changes.length > 0) {
      for (const change of fix.changes) byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);
      plan.edited.push(finding.id);
    } else if (fix.kind === "api") plan.api.push({ finding: finding.id, fix });
    else if (fix.kind === "ui") plan.ui.push({ finding: finding.id, fix });
    for (const other of finding.otherFixes ?? []) {
      if (other.kind === "api" && fix.kind !== "api") plan.api.push({ finding: finding.id, fix: other });
    }
  }
  for (const [file, changes] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = await readFile(path.join(repoDir, file));
    const before = bytes.toString("utf8");
    const splices = mergeChanges(changes);
    const after = applySplices(before, splices);
    const filePlan: FilePlan = {
      file,
      hash: hashBytes(bytes),
      edits: [],
      before,
      after,
      diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 3 }),
    };
    const problem = yamlProblem(before, after);
    if (problem) filePlan.problem = problem;
    plan.files.push(filePlan);
  }
  return plan;
}

/** Sorted, de-duplicated changes; of two overlapping changes the first kept wins. */
function mergeChanges(changes: TextChange[]): TextChange[] {
  const sorted = [...changes].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextChange[] = [];
  for (const change of sorted) {
    const last = out.at(-1);
    if (last && last.start === change.start && last.end === change.end && last.text === change.text) continue;
    if (last && change.start < last.end) continue;
    if (last && change.start === last.start && change.start === change.end && last.start === last.end) {
      // Two insertions at one place: keep both, in order.
      out.push(change);
      continue;
    }
    out.push(change);
  }
  return out;
}

function yamlProblem(before: string, after: string): string | undefined {
  const errorsBefore = parseAllDocuments(before).flatMap((d) => d.errors).length;
  const errorsAfter = parseAllDocuments(after).flatMap((d) => d.errors);
  if (errorsBefore === 0 && errorsAfter.length > 0) return `the edited YAML does not parse: ${errorsAfter[0]?.message}`;
  return undefined;
}

/** Writes the planned edits (atomically, refusing files changed since planning). */
export function applyFixPlan(repoDir: string, plan: FixPlan): Promise<AppliedFiles> {
  return applyEdits(repoDir, { files: plan.files });
}

/** Makes one API fix's call. */
export async function runApiFix(client: GitHubClient, fix: Extract<Fix, { kind: "api" }>): Promise<void> {
  const p = fix.params;
  if (fix.action === "restore-package") {
    const owner: PackageOwner = { type: p.owner_type === "org" ? "org" : "user", login: String(p.owner) };
    await restorePackage(client, owner, String(p.package));
  } else if (fix.action === "set-default-workflow-permissions") {
    await setWorkflowPermissions(client, String(p.repository), { default_workflow_permissions: "write" });
  } else {
    await client.octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", {
      ...splitRepositoryName(String(p.repository)),
      run_id: Number(p.run_id),
    });
  }
}
