/**
 * Human and JSON renderings of plans, executions and validations.
 */
import { formatBytes } from "../copy/events.js";
import type { ExecutionResult } from "./execute.js";
import { userTags } from "./graph.js";
import { type CleanupPlan, formatAge, type PlannedVersion } from "./plan.js";
import type { ValidationProblem } from "./validate.js";

function short(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

function age(ms: number | undefined): string {
  return ms === undefined ? "-" : formatAge(ms);
}

/** Table rows (header first) of what a plan deletes, in deletion order. */
export function planRows(plan: CleanupPlan): string[][] {
  return [
    ["DIGEST", "TAGS", "ROLE", "AGE", "FREES", "WHY"],
    ...plan.waves
      .flat()
      .map((v) => [
        short(v.digest),
        v.tags.join(", ") || "-",
        v.role,
        age(v.ageMs),
        formatBytes(v.bytes),
        `${v.rule}: ${v.reason}`,
      ]),
  ];
}

/** The tags a version keeps once `--untag` removed its `untag` tags. */
function keptTags(v: PlannedVersion): string[] {
  return userTags(v.tags).filter((t) => !(v.untag ?? []).includes(t));
}

/** One line per untag of a plan: "untag legacy from sha256:… (keeps v2.0)". */
export function untagLines(plan: CleanupPlan): string[] {
  return plan.untags.map((v) => {
    const keeps = keptTags(v);
    return `untag ${(v.untag ?? []).join(", ")} from ${short(v.digest)}${keeps.length > 0 ? ` (keeps ${keeps.join(", ")})` : " (kept: a kept image uses it)"}`;
  });
}

/** The one-line summary of a plan. */
export function planSummary(plan: CleanupPlan): string {
  const deletions = plan.waves.flat().length;
  const untags = plan.untags.reduce((sum, v) => sum + (v.untag?.length ?? 0), 0);
  const untagged = untags > 0 ? `, ${untags} tags removed from ${plan.untags.length} kept images` : "";
  return `${plan.repository}: ${deletions} of ${plan.versions.length} manifests would go, ${plan.versions.length - deletions} stay${untagged}, ${formatBytes(plan.bytesReclaimed)} reclaimed`;
}

function versionJson(v: PlannedVersion) {
  return {
    digest: v.digest,
    ...(v.id !== undefined ? { id: v.id } : {}),
    tags: v.tags,
    role: v.role,
    action: v.action,
    rule: v.rule,
    reason: v.reason,
    ...(v.ageMs !== undefined ? { age_days: Math.floor(v.ageMs / 86_400_000) } : {}),
    ...(v.action === "delete" ? { bytes: v.bytes } : {}),
    ...(v.with ? { with: v.with } : {}),
  };
}

/** A plan as JSON: deletions in order (with their wave), kept versions, totals. */
export function planJson(plan: CleanupPlan) {
  return {
    repository: plan.repository,
    complete: plan.complete,
    failures: plan.failures,
    warnings: plan.warnings,
    deletions: plan.waves.flatMap((wave, i) => wave.map((v) => ({ wave: i + 1, ...versionJson(v) }))),
    kept: plan.versions.filter((v) => v.action === "keep").map(versionJson),
    untags: plan.untags.map((v) => ({
      digest: v.digest,
      ...(v.id !== undefined ? { id: v.id } : {}),
      untag: v.untag ?? [],
      keeps: keptTags(v),
      reason: v.reason,
    })),
    bytes_reclaimed: plan.bytesReclaimed,
  };
}

/** An execution as JSON. */
export function executionJson(result: ExecutionResult) {
  return {
    deleted: result.deleted.map((v) => ({
      digest: v.digest,
      ...(v.id !== undefined ? { id: v.id } : {}),
      tags: v.tags,
    })),
    gone: result.gone.map((v) => ({ digest: v.digest, ...(v.id !== undefined ? { id: v.id } : {}), tags: v.tags })),
    untagged: result.untagged.map(({ version, tags }) => ({ digest: version.digest, untagged: tags })),
    refused: result.refused.map(({ version, refusal }) => ({ digest: version.digest, tags: version.tags, ...refusal })),
    skipped: result.skipped.map(({ version, because }) => ({ digest: version.digest, tags: version.tags, because })),
    bytes_reclaimed: result.bytesReclaimed,
  };
}

/** Lines describing an execution's refusals and skips, and its summary. */
export function executionLines(result: ExecutionResult): string[] {
  const lines: string[] = [];
  for (const { version, refusal } of result.refused) {
    lines.push(
      `refused ${short(version.digest)} (${version.tags.join(", ") || "untagged"}): [${refusal.kind}] ${refusal.message}`,
    );
    if (refusal.hint) lines.push(`  hint: ${refusal.hint}`);
  }
  for (const { version, because } of result.skipped) lines.push(`skipped ${short(version.digest)}: ${because}`);
  for (const { version, tags } of result.untagged) {
    if (tags.length > 0) lines.push(`untagged ${tags.join(", ")} from ${short(version.digest)}`);
  }
  const gone = result.gone.length > 0 ? ` (${result.gone.length} already gone)` : "";
  const untagged = result.untagged.length > 0 ? `untagged ${result.untagged.length}, ` : "";
  lines.push(
    `${untagged}deleted ${result.deleted.length + result.gone.length}${gone}, refused ${result.refused.length}, skipped ${result.skipped.length}; ${formatBytes(result.bytesReclaimed)} reclaimed`,
  );
  return lines;
}

/** Lines describing validation problems. */
export function validationLines(problems: ValidationProblem[]): string[] {
  return problems.map((p) => `${p.kind}: ${p.message}`);
}
