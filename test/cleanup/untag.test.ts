/**
 * `dockhand cleanup --untag` against the GitHub/GHCR emulator: a tag leaves an image that keeps other tags by a
 * placeholder pushed under it and deleted through the Packages API. The image, its platform manifests and its
 * other tags stay pullable; the dry run writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeholderManifest } from "../../src/cleanup/index.js";
import { isNotFound } from "../../src/errors.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

const OLD = "2026-01-01T00:00:00Z";
const world: WorldInput = {
  users: [{ login: "alice" }],
  packages: [
    {
      owner: "alice",
      name: "app",
      versions: [
        { tags: ["v2.0", "legacy"], platforms: ["linux/amd64", "linux/arm64"], created_at: OLD },
        { tags: ["v1.0", "legacy-1"], created_at: OLD },
        { tags: ["legacy-only"], created_at: OLD },
        { tags: ["latest"] },
      ],
    },
  ],
  tokens: [
    {
      value: "ghp_admin",
      kind: "classic_pat",
      user: "alice",
      scopes: ["read:packages", "write:packages", "delete:packages"],
    },
  ],
};

let emulator: GitHubEmulator;
let registry: RegistryClient;
let store: RegistryStore;
/** Every request the emulator answered: method, path, status. */
const requests: { method: string; path: string; status: number }[] = [];

beforeAll(async () => {
  emulator = await startGitHubEmulator({
    world,
    log: (entry) => requests.push({ method: entry.method, path: entry.path, status: entry.status }),
  });
  registry = new RegistryClient({
    resolve: { "ghcr.io": emulator.url },
    credentials: async () => ({ username: "alice", password: "ghp_admin", source: "test" }),
    retry: { retries: 0 },
  });
  store = new RegistryStore(registry, "ghcr.io");
});
afterAll(async () => {
  await registry.close();
  await emulator.close();
});

function run(args: string[]) {
  const env = {
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_TOKEN: "ghp_admin",
    DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
    HOME: "/nonexistent",
  };
  return runCli(args, { env });
}

function versions() {
  const pkg = emulator.state.activePackage("alice", "app");
  return pkg ? emulator.state.activeVersions(pkg).map((v) => ({ id: v.id, digest: v.digest, tags: [...v.tags] })) : [];
}

/** Pulls a manifest by tag or digest the way a client does, with every blob and platform manifest it names. */
async function pull(reference: string): Promise<string> {
  const manifest = await store.getManifest("alice/app", reference);
  const document = JSON.parse(Buffer.from(manifest.bytes).toString()) as {
    manifests?: { digest: string }[];
    config?: { digest: string };
    layers?: { digest: string }[];
  };
  for (const entry of document.manifests ?? []) await pull(entry.digest);
  for (const blob of [document.config, ...(document.layers ?? [])]) {
    if (blob) expect(await store.statBlob("alice/app", blob.digest)).toBeGreaterThan(0);
  }
  return manifest.digest;
}

async function missing(reference: string): Promise<boolean> {
  try {
    await store.getManifest("alice/app", reference);
    return false;
  } catch (error) {
    return isNotFound(error);
  }
}

describe("cleanup --untag on GitHub packages (emulator)", () => {
  it("plans the untag in a dry run without a single write", async () => {
    const before = versions();
    const writesBefore = requests.filter((r) => r.method !== "GET" && r.method !== "HEAD").length;
    const dry = await run(["cleanup", "ghcr.io/alice/app", "--include", "legacy*", "--untag"]);
    expect(dry.code).toBe(0);
    const index = before.find((v) => v.tags.includes("v2.0"))?.digest as string;
    expect(dry.out).toContain(`untag legacy from ${index.slice(0, 19)}… (keeps v2.0)`);
    expect(dry.out).toContain("(keeps v1.0)");
    expect(dry.out).toContain("dry run: nothing deleted or untagged");
    const json = JSON.parse(
      (await run(["cleanup", "ghcr.io/alice/app", "--include", "legacy*", "--untag", "--json"])).out,
    );
    expect(json.plan.untags.map((u: { untag: string[] }) => u.untag).sort()).toEqual([["legacy"], ["legacy-1"]]);
    expect(json.plan.deletions.map((d: { tags: string[] }) => d.tags)).toEqual([["legacy-only"]]);
    expect(requests.filter((r) => r.method !== "GET" && r.method !== "HEAD").length).toBe(writesBefore);
    expect(versions()).toEqual(before);
  });

  it("untags a multi-arch index: the index, its platforms and v2.0 stay pullable, legacy is gone", async () => {
    const before = versions();
    const index = before.find((v) => v.tags.includes("v2.0"))?.digest as string;
    const image = before.find((v) => v.tags.includes("v1.0"))?.digest as string;
    const children = (
      JSON.parse(Buffer.from((await store.getManifest("alice/app", index)).bytes).toString()).manifests as {
        digest: string;
      }[]
    ).map((m) => m.digest);
    expect(children).toHaveLength(2);

    const applied = await run(["cleanup", "ghcr.io/alice/app", "--include", "legacy*", "--untag", "--apply", "--json"]);
    expect(applied.code).toBe(0);
    const output = JSON.parse(applied.out);
    expect(output.result.untagged.map((u: { untagged: string[] }) => u.untagged).sort()).toEqual([
      ["legacy"],
      ["legacy-1"],
    ]);
    expect(output.result.deleted).toHaveLength(1);
    expect(output.validation).toEqual([]);
    expect(`${applied.out}${applied.err}`).not.toContain("ghp_admin");

    expect(await pull("v2.0")).toBe(index);
    for (const child of children) expect(await pull(child)).toBe(child);
    expect(await pull("v1.0")).toBe(image);
    expect(await missing("legacy")).toBe(true);
    expect(await missing("legacy-1")).toBe(true);
    expect(await missing("legacy-only")).toBe(true);

    const after = versions();
    // Same versions but the legacy-only image: no placeholder is left, the index and its children keep their ids.
    expect(after.map((v) => v.id).sort()).toEqual(
      before
        .filter((v) => !v.tags.includes("legacy-only"))
        .map((v) => v.id)
        .sort(),
    );
    expect(after.find((v) => v.digest === index)?.tags).toEqual(["v2.0"]);
    expect(after.find((v) => v.digest === image)?.tags).toEqual(["v1.0"]);
    // Only placeholder versions were deleted besides the legacy-only image: three DELETEs in all.
    const deletes = requests.filter((r) => r.method === "DELETE" && r.status === 204);
    expect(deletes).toHaveLength(3);

    // Nothing left to do: a second run plans nothing.
    const again = JSON.parse(
      (await run(["cleanup", "ghcr.io/alice/app", "--include", "legacy*", "--untag", "--json"])).out,
    );
    expect(again.plan.untags).toEqual([]);
    expect(again.plan.deletions).toEqual([]);
  });

  it("a placeholder an interrupted untag left holding a tag is deleted by the next run, whatever its rules", async () => {
    const v2 = versions().find((v) => v.tags.includes("v2.0"))?.digest as string;
    // The first half of an untag (the tag moved onto the placeholder), then the run stopped.
    const index = await store.getManifest("alice/app", v2);
    await store.putManifest("alice/app", index.bytes, index.mediaType, "stale");
    const placeholder = placeholderManifest(v2, ["stale"], new Date());
    await store.putManifest("alice/app", placeholder.bytes, placeholder.mediaType, "stale");
    expect(versions().find((v) => v.digest === placeholder.digest)?.tags).toEqual(["stale"]);

    const next = await run(["cleanup", "ghcr.io/alice/app", "--untagged", "--apply", "--json"]);
    expect(next.code).toBe(0);
    const output = JSON.parse(next.out);
    expect(output.plan.deletions.map((d: { digest: string; rule: string }) => [d.digest, d.rule])).toEqual([
      [placeholder.digest, "placeholder"],
    ]);
    expect(await missing("stale")).toBe(true);
    expect(await pull("v2.0")).toBe(v2);
    expect(versions().some((v) => v.digest === placeholder.digest)).toBe(false);
  });
});
