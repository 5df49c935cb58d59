/**
 * The emulator's registry side through dockhand's registry client: GHCR's token flow, its permission model with
 * one test per refusal text, pushes creating packages and versions visible in REST, and GHCR's unsupported parts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../github/client.js";
import {
  deletePackage,
  deletePackageVersion,
  listPackageVersions,
  restorePackageVersion,
  versionTags,
} from "../../github/packages.js";
import { RegistryClient } from "../../registry/client.js";
import { RegistryError } from "../../registry/errors.js";
import { GHCR_TEXT } from "./access.js";
import { generateVersion } from "./content.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "./index.js";

let clock = new Date("2026-11-29T12:00:00Z");
const world: WorldInput = {
  users: [{ login: "alice" }, { login: "bob" }],
  orgs: [
    { login: "acme", members: ["alice"] },
    { login: "strict", members: ["alice"], package_creation: { public: false }, forbid_classic_pats: true },
  ],
  repos: [
    { full_name: "alice/app", visibility: "public" },
    { full_name: "acme/api", visibility: "public" },
    { full_name: "strict/web", visibility: "public" },
    { full_name: "bob/fork", visibility: "public" },
  ],
  packages: [
    // Re-created by someone else after a deletion: not linked, no Actions access.
    {
      owner: "alice",
      name: "app",
      visibility: "public",
      repository: null,
      actions_access: {},
      versions: [{ tags: ["old"] }],
    },
    { owner: "alice", name: "secret", visibility: "private", versions: [{ tags: ["v1"] }] },
    { owner: "acme", name: "api", visibility: "public", repository: "acme/api", versions: [{ tags: ["v1"] }] },
    { owner: "acme", name: "internal-base", visibility: "private", actions_access: {}, versions: [{ tags: ["v1"] }] },
  ],
  tokens: [
    {
      value: "ghs_write",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write", contents: "read" },
    },
    { value: "ghs_read", kind: "github_token", repository: "alice/app", permissions: { contents: "read" } },
    {
      value: "ghs_fork",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write" },
      fork: true,
      event: "pull_request",
    },
    { value: "ghs_acme", kind: "github_token", repository: "acme/api", permissions: { packages: "write" } },
    { value: "ghs_acme_read", kind: "github_token", repository: "acme/api", permissions: { packages: "read" } },
    { value: "ghs_strict", kind: "github_token", repository: "strict/web", permissions: { packages: "write" } },
    {
      value: "ghs_bot",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write" },
      actor: "dependabot[bot]",
    },
    { value: "ghs_bob", kind: "github_token", repository: "bob/fork", permissions: { packages: "write" } },
    { value: "ghp_alice", kind: "classic_pat", user: "alice", scopes: ["write:packages", "delete:packages"] },
    { value: "ghp_readonly", kind: "classic_pat", user: "alice", scopes: ["read:packages"] },
    { value: "ghp_bob", kind: "classic_pat", user: "bob", scopes: ["write:packages"] },
    { value: "github_pat_fg", kind: "fine_grained_pat", user: "alice" },
    {
      value: "ghp_old",
      kind: "classic_pat",
      user: "alice",
      scopes: ["write:packages"],
      expires_at: "2026-11-01T00:00:00Z",
    },
  ],
  behaviour: { new_package_write_delay_s: 3 },
};

let emulator: GitHubEmulator;
const clients: RegistryClient[] = [];
let seq = 0;

function registry(token?: string): RegistryClient {
  const client = new RegistryClient({
    resolve: { "ghcr.io": emulator.url },
    credentials: async () => (token ? { username: "user", password: token, source: "test" } : undefined),
    retry: { retries: 0 },
  });
  clients.push(client);
  return client;
}

/** Pushes a small, unique single-platform image; returns the manifest digest. */
async function push(client: RegistryClient, path: string, tag: string, source?: string): Promise<string> {
  const image = generateVersion(`test#${seq++}`, "2026-11-29T00:00:00Z", undefined, source);
  const repo = { domain: "ghcr.io", path };
  for (const blob of image.blobs) await client.uploadBlob(repo, blob.digest, blob.bytes.length, blob.bytes);
  return client.putManifest(repo, image.manifest.bytes, image.manifest.mediaType, tag);
}

async function refusedWith(promise: Promise<unknown>): Promise<{ status: number | undefined; text: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  const e = error as RegistryError;
  return {
    status: e.status,
    text: e.errors.map((entry) => `${entry.code.toLowerCase()}: ${entry.message}`).join("; "),
  };
}

beforeAll(async () => {
  emulator = await startGitHubEmulator({ world, now: () => clock });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(async () => {
  await emulator.close();
});

describe("GHCR refusals, one per text", () => {
  it("write_package: a workflow token to a package without Actions access — allowed once the repository has access", async () => {
    const refused = await refusedWith(push(registry("ghs_write"), "alice/app", "main-amd64"));
    expect(refused).toEqual({ status: 403, text: `denied: ${GHCR_TEXT.writePackage}` });
    // The fix (Manage Actions access → add alice/app with Write) is UI-only on GitHub; the test flips it directly.
    emulator.state.activePackage("alice", "app")?.actionsAccess.set("alice/app", "write");
    await push(registry("ghs_write"), "alice/app", "main-amd64");
    const api = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_alice" });
    const versions = await listPackageVersions(api, { type: "authenticated", login: "alice" }, "app");
    expect(versions.map(versionTags)).toContainEqual(["main-amd64"]);
  });

  it("write_package: a workflow without packages: write, and a fork pull request's read-only token", async () => {
    expect((await refusedWith(push(registry("ghs_read"), "alice/new-a", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.writePackage}`,
    );
    expect((await refusedWith(push(registry("ghs_fork"), "alice/new-b", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.writePackage}`,
    );
  });

  it("write_package for Dependabot's read-only token, whatever the workflow asks", async () => {
    expect((await refusedWith(push(registry("ghs_bot"), "alice/new-c", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.writePackage}`,
    );
  });

  it("read_package / installation not allowed to Read organization package", async () => {
    const base = { domain: "ghcr.io", path: "acme/internal-base" };
    expect((await refusedWith(registry("ghs_acme").getManifest(base, "v1"))).text).toBe(`denied: ${GHCR_TEXT.readOrg}`);
    expect(
      (await refusedWith(registry("ghs_write").getManifest({ domain: "ghcr.io", path: "alice/secret" }, "v1"))).text,
    ).toBe(`denied: ${GHCR_TEXT.readPackage}`);
  });

  it("installation not allowed to Create / Write organization package", async () => {
    expect((await refusedWith(push(registry("ghs_acme_read"), "acme/newthing", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.createOrg}`,
    );
    expect((await refusedWith(push(registry("ghs_acme_read"), "acme/api", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.writeOrg}`,
    );
    // The organisation does not allow public packages, and the workflow's repository is public.
    expect((await refusedWith(push(registry("ghs_strict"), "strict/web", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.createOrg}`,
    );
  });

  it("The requested installation does not exist: a workflow pushing into another owner's namespace", async () => {
    expect((await refusedWith(push(registry("ghs_bob"), "alice/stolen", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.noInstallation}`,
    );
  });

  it("The token provided does not match expected scopes: a PAT without write:packages, a fine-grained PAT", async () => {
    expect((await refusedWith(push(registry("ghp_readonly"), "alice/pat-a", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.scopes}`,
    );
    expect((await refusedWith(push(registry("github_pat_fg"), "alice/pat-b", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.scopes}`,
    );
  });

  it("create_package: a PAT pushing into another user's namespace; forbids classic PATs", async () => {
    expect((await refusedWith(push(registry("ghp_bob"), "alice/bobs", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.createPackage}`,
    );
    expect((await refusedWith(push(registry("ghp_alice"), "strict/tool", "x"))).text).toBe(
      `denied: ${GHCR_TEXT.forbidsClassic("strict")}`,
    );
  });

  it("denied: denied from the token endpoint for another owner's private package in the scope", async () => {
    const foreign = await refusedWith(registry("ghs_bob").listTags({ domain: "ghcr.io", path: "alice/secret" }));
    expect(foreign).toEqual({ status: 403, text: "denied: denied" });
  });

  it("unauthorized: unauthenticated for an expired token; DENIED for an unknown one", async () => {
    expect(await refusedWith(push(registry("ghp_old"), "alice/late", "x"))).toEqual({
      status: 401,
      text: `unauthorized: ${GHCR_TEXT.unauthenticated}`,
    });
    expect(await refusedWith(push(registry("ghp_unknown"), "alice/late", "x"))).toEqual({
      status: 403,
      text: "denied: denied",
    });
  });

  it("anonymous pulls work for public packages; private ones are denied at the token endpoint", async () => {
    const anonymous = registry();
    expect((await anonymous.listTags({ domain: "ghcr.io", path: "acme/api" })).tags).toEqual(["v1"]);
    const refused = await refusedWith(anonymous.listTags({ domain: "ghcr.io", path: "alice/secret" }));
    expect(refused.text).toBe("denied: requested access to the resource is denied");
    expect((await registry("ghp_readonly").listTags({ domain: "ghcr.io", path: "alice/secret" })).tags).toEqual(["v1"]);
  });
});

describe("pushes create packages", () => {
  it("links a workflow's new package to its repository (or the source label) and grants it access", async () => {
    await push(registry("ghs_acme"), "acme/worker", "main", "https://github.com/acme/api");
    const pkg = emulator.state.activePackage("acme", "worker");
    expect(pkg?.repository?.fullName).toBe("acme/api");
    expect(pkg?.visibility).toBe("public");
    expect(pkg?.actionsAccess.get("acme/api")).toBe("admin");
  });

  it("refuses other sessions' writes for a few seconds after a package is created (GHCR's race)", async () => {
    const first = registry("ghs_write");
    await push(first, "alice/racy", "main-arm64");
    const refused = await refusedWith(push(registry("ghs_write"), "alice/racy", "main-amd64"));
    expect(refused.text).toBe(`denied: ${GHCR_TEXT.writePackage}`);
    await push(first, "alice/racy", "main-amd64");
    clock = new Date(clock.getTime() + 4000);
    await push(registry("ghs_write"), "alice/racy", "main");
  });

  it("a PAT's new package is private and owned; REST deletes and restores reach the registry", async () => {
    const client = registry("ghp_alice");
    const digest = await push(client, "alice/tool", "v1");
    await push(client, "alice/tool", "v2");
    const pkg = emulator.state.activePackage("alice", "tool");
    expect(pkg?.visibility).toBe("private");
    const api = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_alice" });
    const me = { type: "authenticated", login: "alice" } as const;
    const v1 = (await listPackageVersions(api, me, "tool")).find((v) => v.name === digest);
    if (!v1) throw new Error("v1 missing");
    await deletePackageVersion(api, me, "tool", v1.id);
    const repo = { domain: "ghcr.io", path: "alice/tool" };
    expect(await client.headManifest(repo, "v1")).toBeUndefined();
    expect((await client.listTags(repo)).tags).toEqual(["v2"]);
    await restorePackageVersion(api, me, "tool", v1.id);
    expect((await client.headManifest(repo, "v1"))?.digest).toBe(digest);
  });

  it("a new package may take a deleted one's name", async () => {
    const api = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_alice" });
    await deletePackage(api, { type: "authenticated", login: "alice" }, "secret");
    await push(registry("ghs_write"), "alice/secret", "fresh");
    const pkg = emulator.state.activePackage("alice", "secret");
    expect(pkg?.repository?.fullName).toBe("alice/app");
    expect(pkg?.versions.map((v) => v.tags)).toEqual([["fresh"]]);
  });
});

describe("what GHCR does not support", () => {
  it("answers registry DELETE with 405 UNSUPPORTED and has no _catalog or referrers API", async () => {
    const client = registry("ghp_alice");
    const refused = await refusedWith(client.deleteManifest({ domain: "ghcr.io", path: "acme/api" }, "v1"));
    expect(refused).toEqual({ status: 405, text: "unsupported: The operation is unsupported." });
    const catalog = await fetch(`${emulator.url}/v2/_catalog`);
    expect(catalog.status).toBe(404);
    const referrers = await fetch(`${emulator.url}/v2/acme/api/referrers/sha256:${"0".repeat(64)}`);
    expect(referrers.status).toBe(404);
  });
});
