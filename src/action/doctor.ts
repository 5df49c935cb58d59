/**
 * `command: doctor` — for an `if: failure()` step: reads the failed run's job logs through the API (the run the step
 * is part of, `GITHUB_RUN_ID`), writes the findings to the job summary and as `::error` annotations, and outputs
 * `cause` (the most likely cause's id) and `findings` (JSON).
 */
import { runDoctor } from "../doctor/index.js";
import type { Runner } from "./runner.js";

/** Runs the doctor command. */
export async function runDoctorAction(runner: Runner): Promise<void> {
  const env = runner.env;
  const token = runner.input("github-token") || env.GITHUB_TOKEN;
  const report = await runDoctor({
    repoDir: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(runner.input("image") ? { image: runner.input("image") } : {}),
    ...(token ? { token, run: env.GITHUB_RUN_ID ?? "latest" } : {}),
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    env,
    noProbe: true,
  });
  const top = report.findings[0];
  const lines = [`## dockhand doctor${report.image ? `: ${report.image}` : ""}`, ""];
  if (!top) lines.push("No problem found.");
  for (const finding of report.findings.slice(0, 5)) {
    lines.push(
      `### ${finding.title}`,
      "",
      `\`${finding.id}\` — ${finding.severity}, confidence ${Math.round(finding.confidence * 100)}%`,
      "",
    );
    lines.push(
      finding.why,
      "",
      ...finding.evidence.map((e) => `- ${e.text}`),
      "",
      `**Fix:** ${finding.fix.summary}`,
      "",
    );
  }
  runner.summary(lines.join("\n"));
  for (const finding of report.findings.filter((f) => f.severity === "blocking").slice(0, 3)) {
    runner.error(`${finding.title}. Fix: ${finding.fix.summary}`, { title: `dockhand doctor: ${finding.id}` });
  }
  runner.outputs({
    cause: top?.id ?? "",
    findings: JSON.stringify(
      report.findings.map((f) => ({ id: f.id, title: f.title, severity: f.severity, confidence: f.confidence })),
    ),
  });
}
