/**
 * Runs the real-world corpus (test/doctor/real/): failure cases reconstructed from public reports, each with the
 * cause the thread confirmed, and healthy repositories in the push styles people use. Shared by the test
 * (test/doctor/real.test.ts, a ratchet on known misses) and the benchmark (`npm run bench -- doctor`).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runDoctor, runStaticChecks } from "../../../src/doctor/index.js";
import { startGitHubEmulator } from "../../../src/server/ghcr/index.js";
import { findPushSteps, loadWorkflows } from "../../../src/workflows/index.js";

export const CORPUS = fileURLToPath(new URL("./", import.meta.url));

/** A failure case's label, written from its thread before dockhand ran on it. */
interface FailureLabel {
  source: string;
  cause: string;
  acceptable: string[];
  repository: string;
  mechanism: string;
}

/** What the doctor said about one failure case. */
export interface FailureResult {
  name: string;
  label: FailureLabel;
  /** Finding ids, most likely first: from the repository and the log alone (no token). */
  staticIds: string[];
  /** The same with a token against the GHCR emulator, for cases whose thread told API facts (world.yaml). */
  apiIds?: string[];
}

/** What the doctor said about one healthy repository. */
export interface HealthyResult {
  name: string;
  style: string;
  expectedPushes: number;
  foundPushes: number;
  blocking: string[];
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The case folders of one kind, sorted. */
export async function caseNames(kind: "cases" | "healthy"): Promise<string[]> {
  return (await readdir(path.join(CORPUS, kind))).sort();
}

/** Whether a result names the labelled cause (or an acceptable one) first, or among the first two. */
export function rankOf(ids: string[], label: FailureLabel): number | undefined {
  const right = new Set([label.cause, ...label.acceptable]);
  const at = ids.findIndex((id) => right.has(id));
  return at < 0 ? undefined : at + 1;
}

/** Runs the doctor on one failure case, statically and (with a world) against the emulator. */
export async function runFailure(name: string): Promise<FailureResult> {
  const dir = path.join(CORPUS, "cases", name);
  const label = JSON.parse(await readFile(path.join(dir, "case.json"), "utf8")) as FailureLabel;
  const log = await readFile(path.join(dir, "log.txt"), "utf8");
  const base = { repoDir: dir, repository: label.repository, logs: [{ text: log }], noProbe: true };
  const offline = await runDoctor({ ...base, apiUrl: "https://api.github.com", env: {} });
  const result: FailureResult = { name, label, staticIds: offline.findings.map((f) => f.id) };
  const world = path.join(dir, "world.yaml");
  if (await exists(world)) {
    const emulator = await startGitHubEmulator({ world });
    try {
      const live = await runDoctor({
        ...base,
        apiUrl: emulator.apiUrl,
        token: "ghp_probe",
        env: { DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}` },
      });
      result.apiIds = live.findings.map((f) => f.id);
    } finally {
      await emulator.close();
    }
  }
  return result;
}

/** Runs the static checks on one healthy repository. */
export async function runHealthy(name: string): Promise<HealthyResult> {
  const dir = path.join(CORPUS, "healthy", name);
  const label = JSON.parse(await readFile(path.join(dir, "case.json"), "utf8")) as {
    pushes: number;
    style: string;
    repository: string;
  };
  const report = await runStaticChecks(dir, { repository: label.repository, env: {} });
  // Every push the model sees, to any registry (the report's count is of pushes to GitHub's registry).
  const set = await loadWorkflows(dir);
  const found = set.workflows.flatMap((w) => findPushSteps(w, { repository: label.repository }));
  return {
    name,
    style: label.style,
    expectedPushes: label.pushes,
    foundPushes: found.length,
    blocking: report.findings.filter((f) => f.severity === "blocking").map((f) => f.id),
  };
}
