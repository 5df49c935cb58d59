/**
 * The human report of a project rename: files grouped by the kind of reference they hold (ci, deployment,
 * script, docs, monitoring, build), each as a coloured unified diff, then what was left alone and why.
 */
import pc from "picocolors";
import type { FilePlan, ReferenceKind } from "../project/index.js";
import type { ProjectRename } from "./rename.js";

const kindOrder: ReferenceKind[] = ["ci", "deployment", "script", "docs", "monitoring", "build"];

/** Colours a unified diff: removed lines red, added green, hunk headers cyan. */
export function colourDiff(diff: string): string {
  return diff
    .split("\n")
    .filter((line) => !line.startsWith("====="))
    .map((line) => {
      if (line.startsWith("+++") || line.startsWith("---")) return pc.bold(line);
      if (line.startsWith("+")) return pc.green(line);
      if (line.startsWith("-")) return pc.red(line);
      if (line.startsWith("@@")) return pc.cyan(line);
      return line;
    })
    .join("\n");
}

function kindOf(file: FilePlan): ReferenceKind {
  return file.edits[0]?.kind ?? "ci";
}

/** Renders a rename plan for people. */
export function renderRename(rename: ProjectRename): string {
  const out: string[] = [`${pc.bold("rename")} ${rename.from} → ${rename.to}`];
  for (const kind of kindOrder) {
    const files = rename.files.filter((file) => kindOf(file) === kind);
    if (files.length === 0) continue;
    const count = rename.edits.filter((edit) => files.some((file) => file.file === edit.file)).length;
    out.push(
      "",
      pc.bold(pc.magenta(`## ${kind}: ${files.length} file${files.length === 1 ? "" : "s"}, ${count} edits`)),
    );
    for (const file of files) {
      out.push(colourDiff(file.diff).trimEnd());
      if (file.problem) out.push(pc.red(`problem: ${file.file}: ${file.problem}`));
    }
  }
  if (rename.files.length === 0) out.push("", `nothing to change: no reference to ${rename.from} left to rewrite`);
  if (rename.unparsed.length > 0) {
    out.push("", pc.bold("searched as plain text (did not parse):"));
    for (const file of rename.unparsed) out.push(`  ${file.file}: ${file.reason}`);
  }
  if (rename.skipped.length > 0) {
    out.push("", pc.bold("left alone:"));
    for (const skip of rename.skipped)
      out.push(`  ${skip.file}:${skip.line}:${skip.column} ${skip.text} (${skip.reason})`);
  }
  if (rename.secrets.length > 0) {
    out.push("", pc.bold("create these repository secrets (Settings → Secrets and variables → Actions):"));
    for (const secret of rename.secrets) out.push(`  ${secret.name}: ${secret.value}`);
  }
  if (rename.notes.length > 0) {
    out.push("", pc.bold("notes:"));
    for (const note of rename.notes) out.push(`  ${note}`);
  }
  return `${out.join("\n")}\n`;
}
