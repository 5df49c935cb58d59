/**
 * API fixes through `dockhand fix --api --yes` against the emulator: restoring a deleted package, and setting the
 * repository's default workflow permissions. Without --api nothing is called; without --yes off a terminal it
 * refuses.
 */
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runDoctor } from "../../src/doctor/index.js";
import { type GitHubEmulator, startGitHubEmulator } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}`, import.meta.url));
let emulator: GitHubEmulator | undefined;
/** A fixed clock: the restore window (30 days after deleted_at) must not depend on the day the tests run. */
const now = () => new Date("2026-11-29T12:00:00Z");

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("fix --api", () => {
  it("restores a deleted package, after which the doctor no longer reports it", async () => {
    const dir = scenario("package-deleted");
    emulator = await startGitHubEmulator({ world: `${dir}/world.yaml`, now });
    const args = [
      "fix",
      "--repo",
      dir,
      "--github-repo",
      "alice/app",
      "--github-api",
      emulator.apiUrl,
      "--token",
      "ghp_alice",
      "--no-probe",
    ];
    const dry = await runCli(args);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("not run: use --api");
    expect(emulator.state.packages.find((p) => p.name === "app")?.deletedAt).toBeDefined();
    expect((await runCli([...args, "--api"])).code).toBe(2);
    const done = await runCli([...args, "--api", "--yes"]);
    expect(done.code).toBe(0);
    expect(done.out).toContain("POST /users/alice/packages/container/app/restore");
    expect(done.out).toMatch(/\n {2}done\n/);
    const report = await runDoctor({
      repoDir: dir,
      repository: "alice/app",
      apiUrl: emulator.apiUrl,
      token: "ghp_alice",
      noProbe: true,
      env: {},
    });
    expect(report.findings.map((f) => f.id)).not.toContain("package-deleted");
  });

  it("sets the repository's default workflow permissions to write", async () => {
    const dir = scenario("repo-default-read-only");
    emulator = await startGitHubEmulator({ world: `${dir}/world.yaml`, now });
    const { code, out } = await runCli([
      "fix",
      "--repo",
      dir,
      "--github-repo",
      "alice/app",
      "--github-api",
      emulator.apiUrl,
      "--token",
      "ghp_alice",
      "--no-probe",
      "--api",
      "--yes",
      "--json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { api: Array<{ finding: string; result: string }>; written: string[] };
    expect(json.api).toEqual([expect.objectContaining({ finding: "repo-default-read-only", result: "done" })]);
    expect(json.written).toEqual([]);
    const report = await runDoctor({
      repoDir: dir,
      repository: "alice/app",
      apiUrl: emulator.apiUrl,
      token: "ghp_alice",
      noProbe: true,
      env: {},
    });
    expect(report.findings.map((f) => f.id)).not.toContain("repo-default-read-only");
  });
});
