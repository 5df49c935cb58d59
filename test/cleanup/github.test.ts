import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
/**
 * `dockhand cleanup` against the GitHub/GHCR emulator: versions from the Packages API, manifests from the
 * registry, deletions by version id in a safe order; GitHub's refusals (5,000 downloads, last version, missing
 * delete:packages) reported, with what they protect skipped so no index is left dangling.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";
import { pushSignature } from "./content.js";

const OLD = "2026-01-01T00:00:00Z";
const world: WorldInput = {
  users: [{ login: "alice" }],
  packages: [
    {
      owner: "alice",
      name: "app",
      versions: [
        { tags: ["pr-1"], platforms: ["linux/amd64", "linux/arm64"], created_at: OLD },
        { tags: ["v1"], platforms: ["linux/amd64", "linux/arm64"], created_at: OLD },
        { tags: [], created_at: OLD },
        { tags: ["latest"] },
      ],
    },
    {
      owner: "alice",
      name: "popular",
      visibility: "public",
      versions: [
        { tags: ["old"], platforms: ["linux/amd64", "linux/arm64"], created_at: OLD, downloads: 6000 },
        { tags: ["new"] },
      ],
    },
    { owner: "alice", name: "solo", versions: [{ tags: ["only"], created_at: OLD }] },
  ],
  tokens: [
    {
      value: "ghp_admin",
      kind: "classic_pat",
      user: "alice",
      scopes: ["read:packages", "write:packages", "delete:packages"],
    },
    { value: "ghp_reader", kind: "classic_pat", user: "alice", scopes: ["read:packages"] },
  ],
};

let emulator: GitHubEmulator;
let registry: RegistryClient;
/** Version ids in the order the emulator answered their DELETE. */
const deletedIds: number[] = [];

beforeAll(async () => {
  emulator = await startGitHubEmulator({
    world,
    log: (entry) => {
      const id = /\/versions\/(\d+)$/.exec(entry.path);
      if (entry.method === "DELETE" && entry.status === 204 && id) deletedIds.push(Number(id[1]));
    },
  });
  registry = new RegistryClient({
    resolve: { "ghcr.io": emulator.url },
    credentials: async () => ({ username: "alice", password: "ghp_admin", source: "test" }),
    retry: { retries: 0 },
  });
});
afterAll(async () => {
  await registry.close();
  await emulator.close();
});

function run(args: string[], token = "ghp_admin") {
  const env = {
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_TOKEN: token,
    DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
    HOME: "/nonexistent",
  };
  return runCli(args, { env });
}

function versionsOf(name: string) {
  const pkg = emulator.state.packages.find((p) => p.name === name && !p.deletedAt);
  return pkg ? emulator.state.activeVersions(pkg) : [];
}

describe("cleanup on GitHub packages (emulator)", () => {
  it("plans, refuses to delete without delete:packages, then deletes in a safe order and validates", async () => {
    const store = new RegistryStore(registry, "ghcr.io");
    const pr1 = versionsOf("app").find((v) => v.tags.includes("pr-1"));
    const signature = await pushSignature(store, "alice/app", pr1?.digest as string, true);
    const before = versionsOf("app");
    const v1 = before.find((v) => v.tags.includes("v1"));
    const children = (digest: string) =>
      (
        JSON.parse(Buffer.from(before.find((v) => v.digest === digest)?.bytes ?? []).toString()).manifests as {
          digest: string;
        }[]
      ).map((m) => m.digest);

    const html = path.join(tmpdir(), `dockhand-plan-${process.pid}.html`);
    const dry = await run([
      "cleanup",
      "ghcr.io/alice/app",
      "--include",
      "pr-*",
      "--untagged",
      "--older-than",
      "30d",
      "--json",
      "--html",
      html,
    ]);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.out).plan;
    // The same plan as a page: every deletion drawn as a DELETE card.
    const page = await readFile(html, "utf8");
    await rm(html);
    const drawn = [...page.matchAll(/data-digest="([^"]+)" data-action="delete"/g)].map((m) => m[1]);
    expect(drawn.sort()).toEqual(plan.deletions.map((d: { digest: string }) => d.digest).sort());
    const entries = new Set([...children(pr1?.digest as string), ...children(v1?.digest as string), signature]);
    const loose = before.find((v) => v.tags.length === 0 && !entries.has(v.digest))?.digest;
    const doomed = [pr1?.digest, ...children(pr1?.digest as string), signature, loose];
    expect(plan.deletions.map((d: { digest: string }) => d.digest).sort()).toEqual([...doomed].sort());
    expect(plan.deletions.every((d: { id?: number }) => typeof d.id === "number")).toBe(true);
    expect(versionsOf("app")).toHaveLength(before.length);

    // A token without delete:packages gets 404 from GitHub: reported, and nothing below a refused index is touched.
    const reader = await run(
      ["cleanup", "ghcr.io/alice/app", "--include", "pr-*", "--older-than", "30d", "--apply"],
      "ghp_reader",
    );
    expect(reader.code).toBe(3);
    expect(reader.out).toContain("[not-found]");
    expect(reader.out).toContain("delete:packages");
    expect(versionsOf("app")).toHaveLength(before.length);

    const applied = await run([
      "cleanup",
      "ghcr.io/alice/app",
      "--include",
      "pr-*",
      "--untagged",
      "--older-than",
      "30d",
      "--apply",
      "--json",
    ]);
    expect(applied.code).toBe(0);
    const result = JSON.parse(applied.out);
    expect(result.result.deleted).toHaveLength(doomed.length);
    expect(result.validation).toEqual([]);
    // The signature before the index it signs, the index before its platform manifests.
    const idOf = (digest: string | undefined) => before.find((v) => v.digest === digest)?.id as number;
    const position = (digest: string | undefined) => deletedIds.indexOf(idOf(digest));
    expect(position(signature)).toBeLessThan(position(pr1?.digest));
    for (const child of children(pr1?.digest as string)) expect(position(pr1?.digest)).toBeLessThan(position(child));
    const after = versionsOf("app").map((v) => v.digest);
    for (const digest of doomed) expect(after).not.toContain(digest);
    // The kept release is whole: its index and every platform still pull.
    for (const digest of [v1?.digest as string, ...children(v1?.digest as string)]) {
      expect((await store.getManifest("alice/app", digest)).digest).toBe(digest);
    }
    expect((await run(["cleanup", "validate", "ghcr.io/alice/app"])).code).toBe(0);
  });

  it("reports the 5,000-download rule and skips the children of the refused index", async () => {
    const before = versionsOf("popular");
    const result = await run(["cleanup", "ghcr.io/alice/popular", "--include", "old", "--apply", "--json"]);
    expect(result.code).toBe(3);
    const output = JSON.parse(result.out);
    expect(output.result.refused).toHaveLength(1);
    expect(output.result.refused[0]).toMatchObject({ kind: "download-limit", tags: ["old"] });
    expect(output.result.skipped).toHaveLength(2);
    expect(output.validation).toEqual([]);
    expect(versionsOf("popular")).toHaveLength(before.length);
  });

  it("reports the last-version rule", async () => {
    const result = await run(["cleanup", "ghcr.io/alice/solo", "--keep-tagged", "0", "--apply"]);
    expect(result.code).toBe(3);
    expect(result.err).toContain("last version");
    expect(result.out).toContain("[last-version]");
    expect(versionsOf("solo")).toHaveLength(1);
  });
});
