import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServeProcess } from "../../../test/interop/serve-process.js";
import { createGitHubClient } from "../../github/client.js";
import { listPackages } from "../../github/packages.js";
import { emulatorSummary, formatEmulatorSummary, serveGitHubEmulator } from "./serve.js";

describe("serveGitHubEmulator", () => {
  it("starts the sample world and says how to point dockhand at it", async () => {
    const entries: string[] = [];
    const emulator = await serveGitHubEmulator({
      host: "127.0.0.1",
      port: 0,
      log: (e) => entries.push(`${e.method} ${e.path} ${e.status}`),
    });
    try {
      const summary = emulatorSummary(emulator, undefined);
      expect(summary.env.DOCKHAND_RESOLVE).toBe(`ghcr.io=${emulator.url}`);
      expect(formatEmulatorSummary(summary)).toContain(`export GITHUB_API_URL=${emulator.apiUrl}`);
      const client = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_sample_alice" });
      const names = (await listPackages(client, { type: "org", login: "acme" })).map((p) => p.name);
      expect(names).toEqual(["api"]);
      expect(entries).toContain("GET /api/v3/orgs/acme/packages 200");
    } finally {
      await emulator.close();
    }
  });
});

describe("dockhand serve --emulate github (process)", () => {
  it("announces the REST API and registry, serves the world file, and stops on SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dockhand-emulate-"));
    const world = join(dir, "world.yaml");
    await writeFile(
      world,
      "users: [{ login: carol }]\ntokens: [{ value: ghp_c, kind: classic_pat, user: carol, scopes: [read:packages] }]\n",
    );
    const serve = await startServeProcess(["--emulate", "github", "--world", world]);
    try {
      const first = JSON.parse(serve.stdout().split("\n")[0] ?? "{}") as Record<string, unknown>;
      expect(first).toMatchObject({ event: "listening", world, apiUrl: `${serve.url}/api/v3` });
      const user = await fetch(`${serve.url}/api/v3/user`, { headers: { authorization: "token ghp_c" } });
      expect(((await user.json()) as { login: string }).login).toBe("carol");
      expect((await fetch(`${serve.url}/v2/`)).status).toBe(401);
    } finally {
      expect(await serve.stop("SIGTERM")).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses --world without --emulate github, and a world with mistakes, as usage errors", async () => {
    await expect(startServeProcess(["--world", "x.yaml"])).rejects.toThrow(/exited \(2\)/);
    const dir = await mkdtemp(join(tmpdir(), "dockhand-emulate-"));
    try {
      await writeFile(join(dir, "bad.yaml"), "users: [{ name: carol }]\n");
      await expect(startServeProcess(["--emulate", "github", "--world", join(dir, "bad.yaml")])).rejects.toThrow(
        /users\[0\]\.login/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
