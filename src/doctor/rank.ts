/**
 * Ranking: every rule's findings weighed against the failure the log shows. A finding that cannot explain the
 * logged refusal keeps its place in the report (it is still a problem) but drops below those that can.
 */
import { CANDIDATES, primaryError } from "./log.js";
import type { DoctorEvidence, Finding, Rule } from "./types.js";

const SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 } as const;

/** Runs the rules and sorts their findings, most likely cause first. */
export function diagnose(rules: readonly Rule[], evidence: DoctorEvidence): Finding[] {
  const findings = rules.flatMap((rule) => rule.check(evidence));
  return rank(findings, evidence);
}

/** Adjusts confidence by the logged failure and sorts by confidence, then severity, then id. */
export function rank(findings: Finding[], evidence: DoctorEvidence): Finding[] {
  const error = evidence.log ? primaryError(evidence.log) : undefined;
  const candidates = error ? CANDIDATES[error.kind] : undefined;
  const adjusted = findings.map((finding) => {
    if (!candidates || candidates.includes(finding.id)) return finding;
    return { ...finding, confidence: Math.round(finding.confidence * 0.4 * 100) / 100 };
  });
  const order = (id: string) => {
    const at = candidates?.indexOf(id) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return adjusted.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      order(a.id) - order(b.id) ||
      a.id.localeCompare(b.id),
  );
}
