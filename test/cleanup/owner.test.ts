/**
 * `dockhand cleanup --owner acme --packages 'svc-*'` against the GitHub/GHCR emulator: 200 packages seeded through
 * the world (no pushes), a pattern selects 24, one plan across them, every run within the emulated rate limit;
 * an apply the rate limit interrupts, run again after the reset, ends where an uninterrupted run would, with no
 * deletion done twice; so does an apply aborted (AbortSignal) after two deletions; a version deleted behind a
 * plan's back counts as done. Octokit's throttling spaces writes
 * a second apart (GitHub's advice for bulk writes), so the scenario keeps deletions few: 24 + 4.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyOwner, planOwner } from "../../src/cleanup/index.js";
import { createGitHubClient } from "../../src/github/client.js";
import { RegistryClient } from "../../src/registry/index.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

const OLD = "2026-01-01T00:00:00Z";
const LIMIT = 60;
const name = (prefix: string, i: number) => `${prefix}-${String(i).padStart(3, "0")}`;
const svc = Array.from({ length: 24 }, (_, i) => name("svc", i));
const web = Array.from({ length: 176 }, (_, i) => name("web", i));

function world(): WorldInput {
  const versions = [{ tags: ["pr-1"], created_at: OLD }, { tags: ["latest"] }];
  return {
    users: [{ login: "alice" }],
    orgs: [{ login: "acme", members: ["alice"] }],
    packages: [...svc, ...web].map((n) => ({ owner: "acme", name: n, versions })),
    tokens: [
      {
        value: "ghp_admin",
        kind: "classic_pat",
        user: "alice",
        scopes: ["read:packages", "write:packages", "delete:packages"],
      },
    ],
    behaviour: { rate_limit: LIMIT },
  };
}

interface Logged {
  method: string;
  path: string;
  status: number;
}

let clock = Date.parse("2026-12-01T10:00:00Z");
let emulator: GitHubEmulator;
const log: Logged[] = [];
let cacheHome: string;

beforeAll(async () => {
  cacheHome = await mkdtemp(join(tmpdir(), "dockhand-owner-cache-"));
  emulator = await startGitHubEmulator({
    world: world(),
    now: () => new Date(clock),
    log: (entry) => log.push({ method: entry.method, path: entry.path, status: entry.status }),
  });
});
afterAll(async () => {
  await emulator.close();
  await rm(cacheHome, { recursive: true, force: true });
});

function run(args: string[]) {
  const env = {
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_TOKEN: "ghp_admin",
    DOCKHAND_GITHUB_REGISTRY: emulator.registryHost,
    HOME: "/nonexistent",
    XDG_CACHE_HOME: cacheHome,
  };
  return runCli(["cleanup", "--owner", "acme", "--packages", "svc-*", ...args], { env });
}

const policy = ["--include", "pr-*", "--older-than", "30d"];

/**
 * REST requests logged since `from`; those the rate limit counts (a 304 to a conditional request is free, as on
 * GitHub); and how many it refused.
 */
function rest(from: number) {
  const requests = log.slice(from).filter((r) => r.path.startsWith("/api/v3/"));
  return {
    count: requests.length,
    charged: requests.filter((r) => r.status !== 304).length,
    refused: requests.filter((r) => r.status === 403 || r.status === 429).length,
  };
}

function activeTags(pkgName: string): string[][] {
  const pkg = emulator.state.activePackage("acme", pkgName);
  return pkg ? emulator.state.activeVersions(pkg).map((v) => v.tags) : [];
}

describe("cleanup --owner over 200 packages (emulator)", () => {
  it("plans across the selected packages within the rate limit, writing nothing", async () => {
    const from = log.length;
    const dry = await run([...policy, "--json"]);
    expect(dry.code).toBe(0);
    const output = JSON.parse(dry.out);
    expect(output.listed).toBe(200);
    expect(output.packages.map((p: { package: string }) => p.package)).toEqual(svc);
    for (const pkg of output.packages) {
      expect(pkg.summary).toMatchObject({ versions: 2, kept: 1, deleted: 1, untagged: 0, status: "planned" });
      expect(pkg.plan.deletions.map((d: { tags: string[] }) => d.tags)).toEqual([["pr-1"]]);
    }
    const used = rest(from);
    // One account lookup, the token's user, two pages of packages, one version listing per selected package.
    expect(used.count).toBe(output.github_requests);
    expect(used.count).toBeLessThanOrEqual(2 + 2 + svc.length);
    expect(used.refused).toBe(0);
    expect(log.slice(from).filter((r) => r.method !== "GET" && r.method !== "HEAD")).toEqual([]);

    const table = await run(policy);
    expect(table.out).toMatch(/PACKAGE\s+VERSIONS\s+KEPT\s+DELETE\s+UNTAG/);
    expect(`${dry.out}${dry.err}${table.out}${table.err}`).not.toContain("ghp_admin");
    expect(table.out).toMatch(/svc-023\s+2\s+1\s+1\s+0/);
    expect(table.out).not.toContain("web-000");
    expect(table.out).toContain("acme: 24 of 200 packages selected; 24 versions would go");
    // The second read of unchanged packages is conditional: every answer a free 304.
    expect(table.out).toContain("28 GitHub requests (28 answered from cache)");
  });

  it("stops before the rate limit is spent, and a run after the reset finishes the same work once", {
    timeout: 120_000,
  }, async () => {
    const from = log.length;
    const first = await run([...policy, "--apply", "--json"]);
    expect(first.code).toBe(3);
    const stopped = JSON.parse(first.out);
    const done = stopped.packages.filter((p: { summary: { status: string } }) => p.summary.status.startsWith("done"));
    const skipped = stopped.packages.filter((p: { skipped?: string }) => p.skipped !== undefined);
    expect(done.length).toBeGreaterThan(0);
    expect(skipped.length).toBeGreaterThan(0);
    expect(JSON.stringify(stopped)).toContain("rate limit is nearly spent");
    expect(`${first.out}${first.err}`).not.toContain("ghp_admin");
    // The hour's window (this run and the dry runs before it) never went past the limit: no request was refused.
    expect(rest(0).charged).toBeLessThanOrEqual(LIMIT);
    expect(rest(0).refused).toBe(0);
    const deletedFirst = log.slice(from).filter((r) => r.method === "DELETE" && r.status === 204).length;
    expect(deletedFirst).toBeLessThan(24);

    clock += 3601 * 1000; // the rate-limit window resets
    const resumeFrom = log.length;
    const second = await run([...policy, "--apply", "--json"]);
    expect(second.code).toBe(0);
    // Conditional requests: the packages the first run did not touch (and the package list) come back 304, free.
    const resumed = JSON.parse(second.out);
    expect(resumed.github_not_modified).toBeGreaterThanOrEqual(skipped.length);
    expect(rest(resumeFrom).charged).toBeLessThanOrEqual(LIMIT);
    expect(rest(resumeFrom).refused).toBe(0);
    // What the first run deleted is not planned again: every DELETE of both runs is a different version.
    const deletes = log.slice(from).filter((r) => r.method === "DELETE");
    expect(deletes.every((r) => r.status === 204)).toBe(true);
    expect(deletes).toHaveLength(24);
    expect(new Set(deletes.map((r) => r.path)).size).toBe(24);

    // The end state of an uninterrupted run: each svc package keeps only latest; no web package was touched.
    for (const n of svc) expect(activeTags(n)).toEqual([["latest"]]);
    for (const n of web) expect(activeTags(n)).toHaveLength(2);
    const again = JSON.parse((await run([...policy, "--json"])).out);
    expect(again.packages.every((p: { summary: { deleted: number } }) => p.summary.deleted === 0)).toBe(true);
  });

  it("refuses --owner without --packages, --packages without --owner, and --owner with an image", async () => {
    const env = { GITHUB_API_URL: emulator.apiUrl, GITHUB_TOKEN: "ghp_admin", HOME: "/nonexistent" };
    expect((await runCli(["cleanup", "--owner", "acme"], { env })).code).toBe(2);
    expect((await runCli(["cleanup", "--packages", "svc-*"], { env })).code).toBe(2);
    expect((await runCli(["cleanup", "ghcr.io/acme/x", "--owner", "acme", "--packages", "x"], { env })).code).toBe(2);
  });

  it("counts a version deleted behind the plan's back (404) as done", { timeout: 60_000 }, async () => {
    const limitless = await startGitHubEmulator({ world: { ...world(), behaviour: { rate_limit: 5000 } } });
    const registry = new RegistryClient({
      resolve: {},
      credentials: async () => ({ username: "alice", password: "ghp_admin", source: "test" }),
      retry: { retries: 0 },
    });
    try {
      const client = createGitHubClient({ apiUrl: limitless.apiUrl, token: "ghp_admin" });
      const environment = {
        registry,
        env: { DOCKHAND_GITHUB_REGISTRY: limitless.registryHost },
        github: { client, login: "alice", scopes: ["read:packages", "write:packages", "delete:packages"] },
      };
      const planned = await planOwner(environment, {
        owner: "acme",
        patterns: ["/^svc-00[0-3]$/"],
        registryHost: limitless.registryHost,
        policy: { include: ["pr-*"] },
        now: clock,
      });
      expect(planned.packages).toHaveLength(4);
      // Another run deletes svc-003's pr-1 image after this plan was made.
      const pkg = limitless.state.activePackage("acme", "svc-003");
      const pr = pkg?.versions.find((v) => v.tags.includes("pr-1"));
      if (!pkg || !pr) throw new Error("seeded package missing");
      await limitless.state.deleteVersion(pkg, pr);

      await applyOwner(planned, environment);
      const three = planned.packages.find((p) => p.name === "svc-003");
      expect(three?.result?.gone.map((v) => v.digest)).toEqual([pr.digest]);
      expect(three?.result?.refused).toEqual([]);
      expect(planned.packages.every((p) => p.result?.refused.length === 0 && p.skipped === undefined)).toBe(true);
      for (let i = 0; i < 4; i++) {
        const left = limitless.state.activeVersions(limitless.state.activePackage("acme", name("svc", i)) as never);
        expect(left.map((v) => v.tags)).toEqual([["latest"]]);
      }
    } finally {
      await registry.close();
      await limitless.close();
    }
  });

  it("an apply aborted after two deletions, planned and applied again, ends the same", {
    timeout: 60_000,
  }, async () => {
    const controller = new AbortController();
    let deletes = 0;
    const own = await startGitHubEmulator({
      world: { ...world(), behaviour: { rate_limit: 5000 } },
      log: (entry) => {
        if (entry.method === "DELETE" && entry.status === 204 && ++deletes === 2) controller.abort();
      },
    });
    const registry = new RegistryClient({
      resolve: {},
      credentials: async () => ({ username: "alice", password: "ghp_admin", source: "test" }),
      retry: { retries: 0 },
    });
    try {
      const client = createGitHubClient({ apiUrl: own.apiUrl, token: "ghp_admin" });
      const environment = {
        registry,
        env: { DOCKHAND_GITHUB_REGISTRY: own.registryHost },
        github: { client, login: "alice", scopes: ["read:packages", "write:packages", "delete:packages"] },
      };
      const plan = () =>
        planOwner(environment, {
          owner: "acme",
          patterns: ["/^svc-00[0-5]$/"],
          registryHost: own.registryHost,
          policy: { include: ["pr-*"] },
          now: clock,
        });
      const first = await plan();
      await applyOwner(first, environment, { concurrency: 1, signal: controller.signal });
      expect(deletes).toBe(2);
      expect(first.packages.filter((p) => p.skipped === "interrupted")).toHaveLength(4);

      const second = await plan();
      expect(second.packages.map((p) => p.plan?.waves.flat().length)).toEqual([0, 0, 1, 1, 1, 1]);
      await applyOwner(second, environment);
      expect(deletes).toBe(6);
      for (let i = 0; i < 6; i++) {
        const left = own.state.activeVersions(own.state.activePackage("acme", name("svc", i)) as never);
        expect(left.map((v) => v.tags)).toEqual([["latest"]]);
      }
    } finally {
      await registry.close();
      await own.close();
    }
  });
});
