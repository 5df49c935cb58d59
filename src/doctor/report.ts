/**
 * Rendering a doctor report: the human text (most likely cause first, why, what to do, then the others, then what
 * was and was not checked), the GitHub Actions job summary and `::error` annotations, and the redacted support
 * report.
 */
import type { DoctorReport } from "./diagnose.js";
import type { Evidence, Finding, Fix } from "./types.js";

function where(evidence: Evidence): string {
  const w = evidence.where;
  switch (w.kind) {
    case "file":
      return `${w.file}:${w.line}`;
    case "log":
      return `log${w.job ? ` (${w.job})` : ""} line ${w.line}`;
    case "api":
      return `${w.call} → ${w.field}: ${w.value}`;
    case "probe":
      return `${w.request} → ${w.result}`;
  }
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** One line describing a fix. */
export function describeFix(fix: Fix): string {
  switch (fix.kind) {
    case "edit":
      return `${fix.summary} — a file edit: \`dockhand fix --apply\` (${fix.changes.map((c) => `${c.file}:${c.line}`).join(", ")})`;
    case "api":
      return `${fix.summary} — an API call: \`dockhand fix --api\` (${fix.call})`;
    case "ui":
      return `${fix.summary} — in the web UI: ${fix.url}${fix.steps.length > 0 ? `\n        ${fix.steps.map((s, i) => `${i + 1}. ${s}`).join("\n        ")}` : ""}`;
  }
}

/** The human report. */
export function renderReport(report: DoctorReport): string {
  const out: string[] = [];
  out.push(`dockhand doctor: ${report.image ?? "(no image)"}${report.repository ? ` in ${report.repository}` : ""}`);
  out.push("");
  const [top, ...rest] = report.findings;
  if (!top) {
    out.push("No problem found.");
  } else {
    out.push(
      top.severity === "info" ? `No blocking problem found. Note: ${top.title}` : `Most likely cause: ${top.title}`,
    );
    out.push(`  [${top.id}] ${top.severity}, confidence ${percent(top.confidence)}`);
    out.push(`  Why: ${top.why}`);
    out.push("  Evidence:");
    for (const e of top.evidence) out.push(`    - ${where(e)}: ${e.text}`);
    out.push(`  Fix: ${describeFix(top.fix)}`);
    for (const other of top.otherFixes ?? []) out.push(`  Or:  ${describeFix(other)}`);
    if (rest.length > 0) {
      out.push("");
      out.push("Other possible causes and problems:");
      rest.forEach((f, i) => {
        out.push(`  ${i + 2}. ${f.title}`);
        out.push(`     [${f.id}] ${f.severity}, confidence ${percent(f.confidence)}`);
        for (const e of f.evidence) out.push(`     - ${where(e)}: ${e.text}`);
        out.push(`     Fix: ${describeFix(f.fix)}`);
        for (const other of f.otherFixes ?? []) out.push(`     Or:  ${describeFix(other)}`);
      });
    }
  }
  out.push("");
  out.push("Checked:");
  for (const c of report.checked) out.push(`  ✓ ${c.check}: ${c.detail}`);
  if (report.skipped.length > 0) {
    out.push("Not checked:");
    for (const s of report.skipped) out.push(`  - ${s.check}: ${s.detail}`);
  }
  return `${out.join("\n")}\n`;
}

/** Markdown for $GITHUB_STEP_SUMMARY. */
export function renderSummary(report: DoctorReport): string {
  const out = [`## dockhand doctor: ${report.image ?? "no image"}`, ""];
  if (report.findings.length === 0) out.push("No problem found.");
  else {
    out.push("| # | cause | severity | confidence | fix |", "|---|---|---|---|---|");
    report.findings.forEach((f, i) => {
      out.push(
        `| ${i + 1} | **${f.title}** (\`${f.id}\`) | ${f.severity} | ${percent(f.confidence)} | ${f.fix.summary.replaceAll("|", "\\|")} |`,
      );
    });
    const top = report.findings[0] as Finding;
    out.push("", `**Why:** ${top.why}`, "", ...top.evidence.map((e) => `- \`${where(e)}\`: ${e.text}`));
  }
  if (report.skipped.length > 0)
    out.push("", "Not checked:", ...report.skipped.map((s) => `- ${s.check}: ${s.detail}`));
  return `${out.join("\n")}\n`;
}

function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** `::error file=…,line=…::` workflow commands for findings that point at a file line. */
export function renderAnnotations(report: DoctorReport): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    if (f.severity === "info") continue;
    const at = f.evidence.find((e) => e.where.kind === "file");
    const level = f.severity === "blocking" ? "error" : "warning";
    const props =
      at?.where.kind === "file"
        ? `file=${escapeProperty(at.where.file)},line=${at.where.line},title=${escapeProperty(f.id)}`
        : `title=${escapeProperty(f.id)}`;
    lines.push(`::${level} ${props}::${escapeData(`${f.title}: ${f.fix.summary}`)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

const SECRET = /\b(gh[pousr]_[A-Za-z0-9_]{8,}|github_pat_[A-Za-z0-9_]{8,})\b/g;

/** Removes anything shaped like a GitHub token. */
export function redact(text: string): string {
  return text.replace(SECRET, "[redacted]");
}

/** A redacted plain-text summary to send to GitHub Support. */
export function renderSupportReport(report: DoctorReport, generatedAt: string): string {
  const out = [
    "GHCR push failure — diagnostic summary (generated by dockhand doctor; tokens redacted)",
    `Generated: ${generatedAt}`,
    `Image: ${report.image ?? "unknown"}`,
    `Repository: ${report.repository ?? "unknown"}`,
    "",
    "Findings (most likely first):",
  ];
  report.findings.forEach((f, i) => {
    out.push(`${i + 1}. [${f.id}] ${f.title} (${f.severity}, ${percent(f.confidence)})`);
    for (const e of f.evidence) out.push(`   - ${where(e)}: ${e.text}`);
  });
  out.push("", "Checked:", ...report.checked.map((c) => `- ${c.check}: ${c.detail}`));
  out.push("", "Not checked:", ...report.skipped.map((s) => `- ${s.check}: ${s.detail}`));
  return redact(`${out.join("\n")}\n`);
}
