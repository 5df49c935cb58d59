/**
 * `npm run bench -- doctor`: the doctor's accuracy on the real-world corpus (test/doctor/real/): top-1 and top-2
 * against the cause each thread confirmed, from the repository and the log alone and with the API (the emulator
 * playing the facts the thread told), silent misses, and false alarms and pushes found on healthy repositories.
 * No peer: no other tool diagnoses these failures; the numbers are absolute.
 */
import { caseNames, type FailureResult, rankOf, runFailure, runHealthy } from "../../test/doctor/real/run-case.js";
import type { Benchmark } from "../run.js";

function rate(count: number, of: number): string {
  return of === 0 ? "—" : `${count}/${of} (${Math.round((count / of) * 100)}%)`;
}

export const doctorBench: Benchmark = {
  name: "doctor",
  async run() {
    const results: FailureResult[] = [];
    for (const name of await caseNames("cases")) results.push(await runFailure(name));
    const healthy = await Promise.all((await caseNames("healthy")).map(runHealthy));
    const top = (ids: string[] | undefined, result: FailureResult, n: number) => {
      const at = ids ? rankOf(ids, result.label) : undefined;
      return at !== undefined && at <= n;
    };
    const withApi = results.filter((r) => r.apiIds);
    const misses = results.filter((r) => !top(r.staticIds, r, 1));
    const rows = [
      `| static top-1 | ${rate(results.filter((r) => top(r.staticIds, r, 1)).length, results.length)} |`,
      `| static top-2 | ${rate(results.filter((r) => top(r.staticIds, r, 2)).length, results.length)} |`,
      `| with the API, top-1 | ${rate(withApi.filter((r) => top(r.apiIds, r, 1)).length, withApi.length)} |`,
      `| with the API, top-2 | ${rate(withApi.filter((r) => top(r.apiIds, r, 2)).length, withApi.length)} |`,
      `| silent misses (a refusal, no finding) | ${results.filter((r) => r.staticIds.length === 0).length} |`,
      `| healthy repositories with a blocking finding | ${healthy.filter((h) => h.blocking.length > 0).length} of ${healthy.length} |`,
      `| pushes found in healthy repositories | ${healthy.reduce((n, h) => n + Math.min(h.foundPushes, h.expectedPushes), 0)} of ${healthy.reduce((n, h) => n + h.expectedPushes, 0)} |`,
    ];
    return [
      "## Doctor",
      "",
      `${results.length} failure cases reconstructed from public reports (each labelled with the cause its thread`,
      `confirmed, ${withApi.length} with the API facts the thread told as an emulator world) and ${healthy.length} healthy`,
      "repositories in common push styles (test/doctor/real/).",
      "",
      "| measure | result |",
      "|---|---|",
      ...rows,
      "",
      misses.length > 0
        ? `Static misses: ${misses.map((r) => `${r.name} (want ${r.label.cause}, got ${r.staticIds[0] ?? "nothing"})`).join("; ")}.`
        : "No static misses.",
    ].join("\n");
  },
};
