import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

let emulator: GitHubEmulator;
let dir: string;

beforeAll(async () => {
  emulator = await startGitHubEmulator({
    world: {
      users: [{ login: "alice" }],
      orgs: [{ login: "acme", members: ["alice"] }],
      repos: [{ full_name: "acme/app" }],
      packages: [
        {
          owner: "acme",
          name: "app",
          repository: "acme/app",
          versions: [{ tags: ["v1", "latest"], platforms: ["linux/amd64", "linux/arm64"] }, { tags: ["v0"] }],
        },
      ],
      tokens: [
        { value: "ghp_admin", kind: "classic_pat", user: "alice", scopes: ["write:packages", "delete:packages"] },
      ],
    },
  });
  dir = await mkdtemp(path.join(tmpdir(), "dockhand-migrate-ghcr-"));
  await writeFile(path.join(dir, "compose.yml"), "services:\n  app:\n    image: ghcr.io/acme/app:v1\n");
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  const env = { NO_COLOR: "1", GITHUB_API_URL: emulator.apiUrl, GITHUB_TOKEN: "ghp_admin" };
  return runCli([...args, "--repo", dir, "--resolve", `ghcr.io=${emulator.url}`], { env });
}

async function packageStatus(name: string): Promise<number> {
  const response = await fetch(`${emulator.apiUrl}/orgs/acme/packages/container/${name}`, {
    headers: { authorization: "Bearer ghp_admin" },
  });
  await response.arrayBuffer();
  return response.status;
}

describe("dockhand migrate against the GitHub/GHCR emulator", () => {
  it("copies to the new package, switches, and deletes the old package through the Packages API", async () => {
    expect((await run(["migrate", "plan", "ghcr.io/acme/app", "ghcr.io/acme/app-api"])).code).toBe(0);
    const parallel = await run(["migrate", "next"]);
    expect(parallel.code, parallel.out + parallel.err).toBe(0);
    expect(parallel.out).toContain("tags in step: 3 of 3");
    expect(await packageStatus("app-api")).toBe(200);
    expect((await run(["migrate", "next", "--skip"])).code).toBe(0);
    const full = await run(["migrate", "next"]);
    expect(full.code, full.out + full.err).toBe(0);
    expect(await readFile(path.join(dir, "compose.yml"), "utf8")).toContain("ghcr.io/acme/app-api:v1");

    const planned = await run(["migrate", "next", "--json"]);
    expect(planned.code, planned.out).toBe(0);
    expect(JSON.parse(planned.out).cleanup).toEqual({
      via: "packages-api",
      owner: "acme",
      packageName: "app",
      label: "ghcr.io/acme/app",
      applied: false,
    });
    expect(await packageStatus("app")).toBe(200);

    const applied = await run(["migrate", "next", "--apply"]);
    expect(applied.code, applied.out + applied.err).toBe(0);
    expect(applied.out).toContain("deleted the package acme/app");
    expect(await packageStatus("app")).toBe(404);
    expect(await packageStatus("app-api")).toBe(200);
  });
});
