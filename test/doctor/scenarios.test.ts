/**
 * One scenario per rule, table-driven from the folders under scenarios/: each is a repository (its workflows), with
 * an optional emulator world (world.yaml), a job log (log.txt) and expect.json (the repository, the token, the
 * expected top finding, whether `fix --apply` must make it go away). Folders whose `top` is null hold workflows that
 * are right: they must produce no blocking finding.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { diffLines } from "diff";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { type DoctorOptions, RULE_IDS, runDoctor, runStaticChecks } from "../../src/doctor/index.js";
import { type GitHubEmulator, startGitHubEmulator } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("./scenarios", import.meta.url));

interface Expectation {
  repository: string;
  top: string | null;
  token?: string;
  run?: string;
  apiUrl?: string;
  probe?: boolean;
  fixRoundTrip?: boolean;
}

const names = (await readdir(ROOT)).sort();
const emulators: GitHubEmulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
});

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The doctor's options for a scenario (starting its emulator when it has a world), and the CLI arguments. */
async function setup(
  name: string,
  repoDir: string,
): Promise<{ options: DoctorOptions; args: string[]; env: NodeJS.ProcessEnv }> {
  const dir = path.join(ROOT, name);
  const expectation = JSON.parse(await readFile(path.join(dir, "expect.json"), "utf8")) as Expectation;
  let apiUrl = expectation.apiUrl ?? "https://api.github.com";
  const env: NodeJS.ProcessEnv = {};
  if (await exists(path.join(dir, "world.yaml"))) {
    const emulator = await startGitHubEmulator({ world: path.join(dir, "world.yaml") });
    emulators.push(emulator);
    apiUrl = emulator.apiUrl;
    env.DOCKHAND_RESOLVE = `ghcr.io=${emulator.url}`;
  }
  const logFile = path.join(dir, "log.txt");
  const log = (await exists(logFile)) ? await readFile(logFile, "utf8") : undefined;
  const options: DoctorOptions = {
    repoDir,
    repository: expectation.repository,
    apiUrl,
    env,
    ...(log ? { logs: [{ text: log }] } : {}),
    ...(expectation.token ? { token: expectation.token } : {}),
    ...(expectation.run ? { run: expectation.run } : {}),
    ...(expectation.probe === false ? { noProbe: true } : {}),
  };
  const args = [
    "--repo",
    repoDir,
    "--github-repo",
    expectation.repository,
    "--github-api",
    apiUrl,
    ...(log ? ["--log", logFile] : []),
    ...(expectation.token ? ["--token", expectation.token] : []),
    ...(expectation.run ? ["--run", expectation.run] : []),
    ...(expectation.probe === false ? ["--no-probe"] : []),
  ];
  return { options, args, env };
}

async function expectation(name: string): Promise<Expectation> {
  return JSON.parse(await readFile(path.join(ROOT, name, "expect.json"), "utf8")) as Expectation;
}

describe("a scenario for every rule", () => {
  it("covers all rule ids", async () => {
    const tops = await Promise.all(names.map(async (n) => (await expectation(n)).top));
    expect(RULE_IDS.filter((id) => !tops.includes(id))).toEqual([]);
  });

  for (const name of names) {
    it(`${name}`, async () => {
      const expected = await expectation(name);
      const { options } = await setup(name, path.join(ROOT, name));
      const report = await runDoctor(options);
      if (expected.top === null) {
        expect(report.findings.filter((f) => f.severity === "blocking")).toEqual([]);
        const statics = await runStaticChecks(path.join(ROOT, name), { repository: expected.repository, env: {} });
        expect(statics.findings.filter((f) => f.severity === "blocking")).toEqual([]);
        return;
      }
      expect(report.findings.map((f) => `${f.id} ${f.confidence}`)[0]).toMatch(new RegExp(`^${expected.top} `));
      const top = report.findings[0];
      expect(top?.evidence.length).toBeGreaterThan(0);
      expect(["edit", "api", "ui"]).toContain(top?.fix.kind);
    });
  }
});

const roundTrips = (await Promise.all(names.map(async (n) => ({ n, e: await expectation(n) }))))
  .filter(({ e }) => e.fixRoundTrip && e.top)
  .map(({ n }) => n);

describe("fix --apply round trips", () => {
  for (const name of roundTrips) {
    it(`${name}`, async () => {
      const expected = await expectation(name);
      const dir = await mkdtemp(path.join(tmpdir(), `dockhand-fix-${name}-`));
      try {
        await cp(path.join(ROOT, name), dir, { recursive: true });
        const file = path.join(dir, ".github/workflows/publish.yml");
        const before = await readFile(file, "utf8");
        const { options, args, env } = await setup(name, dir);
        const { code, out } = await runCli(["fix", ...args, "--apply"], { env });
        expect(code).toBe(0);
        expect(out).toContain("Wrote .github/workflows/publish.yml");
        const after = await readFile(file, "utf8");
        expect(after).not.toBe(before);
        expect(parseAllDocuments(after).flatMap((d) => d.errors)).toEqual([]);
        // Untouched lines stay byte-identical: the diff only adds lines, or replaces as many as it adds.
        const parts = diffLines(before, after);
        const removed = parts.filter((p) => p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
        const added = parts.filter((p) => p.added).reduce((n, p) => n + (p.count ?? 0), 0);
        expect(removed).toBeLessThanOrEqual(Math.min(added, 2));
        const report = await runDoctor(options);
        expect(report.findings.map((f) => f.id)).not.toContain(expected.top);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
