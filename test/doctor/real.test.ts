/**
 * The doctor on the real-world corpus (test/doctor/real/): every failure case names its labelled cause (or an
 * acceptable one) first, statically and, where the thread told API facts, with a token against the emulator; no
 * refusal is ever met with silence; every healthy repository has all its pushes found and nothing blocking.
 * known-misses.json lists what is not there yet, with the reason; a listed case that starts passing fails the test
 * too, so the list stays exact (a ratchet).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, caseNames, rankOf, runFailure, runHealthy } from "./real/run-case.js";

const knownMisses = JSON.parse(await readFile(path.join(CORPUS, "known-misses.json"), "utf8")) as Record<
  string,
  string
>;
const failures = await caseNames("cases");
const healthy = await caseNames("healthy");

describe("the doctor on real failure reports", () => {
  it("has the corpus it promises", () => {
    expect(failures.length).toBeGreaterThanOrEqual(25);
    expect(healthy.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of failures) {
    it(name, async () => {
      const result = await runFailure(name);
      // Never silent: a log with a refusal always gets a finding.
      expect(result.staticIds.length, `${name}: no finding`).toBeGreaterThan(0);
      const runs: [string, string[] | undefined][] = [
        ["static", result.staticIds],
        ["api", result.apiIds],
      ];
      for (const [mode, ids] of runs) {
        if (!ids) continue;
        const right = rankOf(ids, result.label) === 1;
        const known = `${mode}:${name}` in knownMisses;
        expect(right, `${mode}: ${ids.slice(0, 3).join(", ")} (want ${result.label.cause})`).toBe(!known);
      }
    });
  }
});

describe("the doctor on healthy repositories", () => {
  for (const name of healthy) {
    it(name, async () => {
      const result = await runHealthy(name);
      expect(result.foundPushes).toBe(result.expectedPushes);
      expect(result.blocking).toEqual([]);
    });
  }
});
