/**
 * The doctor: why a push to GitHub's container registry fails. Rules (one per cause family, stable ids) are pure
 * functions of evidence — the repository's workflows, a job log, and live facts from the GitHub API and the
 * registry — and their findings are ranked with the evidence and the fix (a file edit, an API call or UI steps).
 */
export { type DoctorOptions, type DoctorReport, runDoctor, runStaticChecks } from "./diagnose.js";
export { applyFixPlan, type FixPlan, planFixes, runApiFix } from "./fix.js";
export { gatherLive, type LiveOptions, type LiveResult, probeWrite } from "./live.js";
export { CANDIDATES, type LogError, type LogFacts, type LogSource, parseLogs, primaryError } from "./log.js";
export { diagnose, rank } from "./rank.js";
export { describeFix, redact, renderAnnotations, renderReport, renderSummary, renderSupportReport } from "./report.js";
export { RULE_IDS, RULES } from "./rules/index.js";
export { gatherStatic } from "./static.js";
export type * from "./types.js";
