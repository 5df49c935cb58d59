/**
 * Ranking: every rule's findings weighed against the failure the log shows. A finding that cannot explain the
 * logged refusal keeps its place in the report (it is still a problem) but drops below those that can.
 */
import { CANDIDATES, primaryError, UNEXPLAINED } from "./log.js";
import type { DoctorEvidence, Finding, Rule } from "./types.js";

const SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 } as const;

/** Runs the rules and sorts their findings, most likely cause first. */
export function diagnose(rules: readonly Rule[], evidence: DoctorEvidence): Finding[] {
  const first = rules.filter((rule) => !rule.after).flatMap((rule) => rule.check(evidence));
  const later = rules.filter((rule) => rule.after).flatMap((rule) => rule.check(evidence, first));
  return rank([...first, ...later], evidence);
}

/** Adjusts confidence by the logged failure and sorts by confidence, then severity, then id. */
export function rank(findings: Finding[], evidence: DoctorEvidence): Finding[] {
  const error = evidence.log ? primaryError(evidence.log) : undefined;
  const candidates = error ? CANDIDATES[error.kind] : undefined;
  const adjusted = findings.map((finding) => {
    // A cause that explains a refusal the log shows did block the push, whatever it weighs without the log.
    if (candidates?.includes(finding.id) && finding.severity === "warning")
      return { ...finding, severity: "blocking" as const };
    if (!candidates || candidates.includes(finding.id) || finding.id === UNEXPLAINED) return finding;
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
