import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../server/ghcr/index.js";
import { createGitHubClient } from "./client.js";
import { fileConditionalCache, memoryConditionalCache } from "./conditional.js";
import { deletePackageVersion, listPackages, listPackageVersions } from "./packages.js";

let emulator: GitHubEmulator;

beforeAll(async () => {
  emulator = await startGitHubEmulator({
    world: {
      users: [{ login: "alice" }],
      orgs: [{ login: "acme", members: ["alice"] }],
      packages: Array.from({ length: 150 }, (_, i) => ({
        owner: "acme",
        name: `p${i}`,
        versions: [{ tags: ["a"] }, { tags: ["b"] }],
      })),
      tokens: [
        {
          value: "ghp_admin",
          kind: "classic_pat",
          user: "alice",
          scopes: ["read:packages", "write:packages", "delete:packages"],
        },
      ],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

const org = { type: "org" as const, login: "acme" };

describe("conditional requests (ETag / If-None-Match) against the emulator", () => {
  it("answers unchanged pages from the cache with free 304s, across pages, and sees changes", async () => {
    const cache = memoryConditionalCache();
    const client = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_admin", conditionalCache: cache });
    const first = await listPackages(client, org);
    expect(first).toHaveLength(150);
    expect(client.rate.notModified).toBe(0);
    const remaining = client.rate.remaining as number;

    // Two pages again: both 304, the rate limit untouched, the Link header from the cache still leads to page 2.
    const second = await listPackages(client, org);
    expect(second.map((p) => p.name)).toEqual(first.map((p) => p.name));
    expect(client.rate.notModified).toBe(2);
    expect(client.rate.remaining).toBe(remaining);

    const versions = await listPackageVersions(client, org, "p7");
    expect(versions).toHaveLength(2);
    await deletePackageVersion(client, org, "p7", versions[1]?.id as number);
    const after = await listPackageVersions(client, org, "p7");
    expect(after.map((v) => v.id)).toEqual([versions[0]?.id]);
    expect(client.rate.notModified).toBe(2);
  });

  it("keeps the cache in a file between clients, without the token", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dockhand-etag-"));
    try {
      const path = join(dir, "etags.json");
      const cache = await fileConditionalCache(path);
      await listPackageVersions(
        createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_admin", conditionalCache: cache }),
        org,
        "p1",
      );
      await cache.save();
      expect(await readFile(path, "utf8")).not.toContain("ghp_admin");
      expect((await stat(path)).mode & 0o077).toBe(0);
      const next = createGitHubClient({
        apiUrl: emulator.apiUrl,
        token: "ghp_admin",
        conditionalCache: await fileConditionalCache(path),
      });
      expect(await listPackageVersions(next, org, "p1")).toHaveLength(2);
      expect(next.rate.notModified).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
