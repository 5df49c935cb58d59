/**
 * The API layer against the GitHub emulator over real HTTP on 127.0.0.1: every call, GitHub's refusals, pagination
 * and %2F-encoded names.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "../server/ghcr/index.js";
import { downloadJobLog, getWorkflowRun, listJobsForRun, listWorkflowRuns } from "./actions.js";
import { createGitHubClient, type GitHubClient } from "./client.js";
import {
  deletePackage,
  deletePackageVersion,
  getPackage,
  getPackageVersion,
  listPackages,
  listPackageVersions,
  type PackageOwner,
  resolvePackageOwner,
  restorePackage,
  restorePackageVersion,
  versionTags,
} from "./packages.js";
import {
  getOrgWorkflowPermissions,
  getRepository,
  getWorkflowPermissions,
  setOrgWorkflowPermissions,
  setWorkflowPermissions,
} from "./repos.js";
import { getTokenFacts } from "./token.js";

const NOW = new Date("2026-11-29T12:00:00Z");
const clock = NOW;

const world: WorldInput = {
  users: [{ login: "alice" }, { login: "bob" }],
  orgs: [{ login: "acme", members: ["alice", "bob"], admins: ["alice"] }],
  repos: [
    { full_name: "alice/app", visibility: "public", default_workflow_permissions: "read" },
    { full_name: "acme/tools", visibility: "private" },
  ],
  packages: [
    {
      owner: "alice",
      name: "app",
      visibility: "public",
      repository: "alice/app",
      versions: [
        { tags: ["v0"], created_at: "2026-11-01T00:00:00Z" },
        { tags: [], created_at: "2026-11-02T00:00:00Z" },
        { tags: ["latest", "v1"], platforms: ["linux/amd64", "linux/arm64"], created_at: "2026-11-03T00:00:00Z" },
      ],
    },
    {
      owner: "acme",
      name: "tools/cli",
      visibility: "private",
      repository: "acme/tools",
      versions: Array.from({ length: 130 }, (_, i) => ({ tags: [`build-${i}`] })),
    },
    {
      owner: "alice",
      name: "popular",
      visibility: "public",
      versions: [{ tags: ["old"], downloads: 6000 }, { tags: ["new"] }],
    },
    { owner: "alice", name: "solo", visibility: "private", versions: [{ tags: ["only"] }, { tags: [] }] },
    { owner: "alice", name: "gone", deleted_at: "2026-11-20T10:00:00Z", versions: [{ tags: ["x"] }] },
    { owner: "alice", name: "popular", deleted_at: "2026-11-25T00:00:00Z", versions: [{ tags: ["x"] }] },
    { owner: "alice", name: "ancient", deleted_at: "2026-10-01T10:00:00Z", versions: [{ tags: ["x"] }] },
  ],
  tokens: [
    { value: "ghp_alice", kind: "classic_pat", user: "alice", scopes: ["repo", "write:packages", "delete:packages"] },
    { value: "ghp_reader", kind: "classic_pat", user: "alice", scopes: ["read:packages"] },
    { value: "ghp_bob", kind: "classic_pat", user: "bob", scopes: ["read:packages", "delete:packages"] },
    { value: "ghp_none", kind: "classic_pat", user: "alice" },
    { value: "ghp_orgadmin", kind: "classic_pat", user: "alice", scopes: ["admin:org"] },
    { value: "github_pat_fg", kind: "fine_grained_pat", user: "alice" },
    { value: "ghs_wf", kind: "github_token", repository: "alice/app", permissions: { packages: "write" } },
    {
      value: "ghp_expired",
      kind: "classic_pat",
      user: "alice",
      scopes: ["read:packages"],
      expires_at: "2026-01-01T00:00:00Z",
    },
  ],
  runs: [
    {
      id: 101,
      repository: "alice/app",
      workflow: "docker.yml",
      conclusion: "failure",
      jobs: [
        { id: 201, name: "build (linux/amd64)", log: "pushed" },
        {
          id: 202,
          name: "build (linux/arm64)",
          conclusion: "failure",
          log: "denied: permission_denied: write_package\n",
        },
      ],
    },
    { id: 100, repository: "alice/app", workflow: "docker.yml", event: "pull_request" },
  ],
};

let emulator: GitHubEmulator;
const client = (token?: string): GitHubClient =>
  createGitHubClient({ apiUrl: emulator.apiUrl, ...(token ? { token } : {}) });
const alice: PackageOwner = { type: "authenticated", login: "alice" };
const acme: PackageOwner = { type: "org", login: "acme" };

async function refusal(promise: Promise<unknown>): Promise<DockhandError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DockhandError);
  return error as DockhandError;
}

beforeAll(async () => {
  emulator = await startGitHubEmulator({ world, now: () => clock });
});
afterAll(async () => {
  await emulator.close();
});

describe("token facts", () => {
  it("reads login and X-OAuth-Scopes of a classic PAT", async () => {
    expect(await getTokenFacts(client("ghp_alice"), "ghp_alice")).toEqual({
      kind: "classic_pat",
      login: "alice",
      scopes: ["repo", "write:packages", "delete:packages"],
      expiresAt: undefined,
    });
  });
  it("has no scopes for a fine-grained PAT and no login for GITHUB_TOKEN", async () => {
    expect(await getTokenFacts(client("github_pat_fg"), "github_pat_fg")).toMatchObject({
      login: "alice",
      scopes: undefined,
    });
    expect(await getTokenFacts(client("ghs_wf"), "ghs_wf")).toMatchObject({ kind: "installation", login: undefined });
  });
  it("reports bad and expired tokens as unauthorized, without the token in the message", async () => {
    for (const token of ["ghp_nope", "ghp_expired"]) {
      const error = await refusal(getTokenFacts(client(token), token));
      expect(error.code).toBe("GITHUB_UNAUTHORIZED");
      expect(error.message).toContain("Bad credentials");
      expect(JSON.stringify(error.toJSON())).not.toContain(token);
    }
  });
});

describe("packages", () => {
  it("resolves owners to the token's namespace, an org or a user", async () => {
    const c = client("ghp_alice");
    expect(await resolvePackageOwner(c, "Alice", "alice")).toEqual({ type: "authenticated", login: "alice" });
    expect(await resolvePackageOwner(c, "acme", "alice")).toEqual({ type: "org", login: "acme" });
    expect(await resolvePackageOwner(c, "bob", "alice")).toEqual({ type: "user", login: "bob" });
    expect((await refusal(resolvePackageOwner(c, "nobody"))).code).toBe("GITHUB_NOT_FOUND");
  });

  it("lists packages of the authenticated user, an org and another user", async () => {
    const names = (await listPackages(client("ghp_alice"), alice)).map((p) => p.name);
    expect(names).toEqual(["app", "popular", "solo"]);
    expect((await listPackages(client("ghp_alice"), acme)).map((p) => p.name)).toEqual(["tools/cli"]);
    const seenByBob = await listPackages(client("ghp_bob"), { type: "user", login: "alice" });
    expect(seenByBob.map((p) => p.name)).toEqual(["app", "popular"]);
    expect((await listPackages(client("ghp_alice"), alice, { visibility: "private" })).map((p) => p.name)).toEqual([
      "solo",
    ]);
  });

  it("gets a package whose name contains a slash (sent as %2F) and pages through all its versions", async () => {
    const c = client("ghp_alice");
    const pkg = await getPackage(c, acme, "tools/cli");
    expect(pkg).toMatchObject({ name: "tools/cli", version_count: 130, visibility: "private" });
    expect(pkg.url).toMatch(/\/orgs\/acme\/packages\/container\/tools%2Fcli$/);
    const versions = await listPackageVersions(c, acme, "tools/cli");
    expect(versions).toHaveLength(130);
    expect(new Set(versions.map((v) => v.id)).size).toBe(130);
    // Unencoded, the path means something else: GitHub answers 404.
    const raw = await fetch(`${emulator.apiUrl}/orgs/acme/packages/container/tools/cli`, {
      headers: { authorization: "token ghp_alice" },
    });
    expect(raw.status).toBe(404);
  });

  it("lists versions newest first with digests and tags, and gets one", async () => {
    const c = client("ghp_alice");
    const versions = await listPackageVersions(c, alice, "app");
    expect(versions.map(versionTags)).toEqual([["latest", "v1"], [], [], [], ["v0"]]);
    expect(versions[0]?.name).toMatch(/^sha256:[0-9a-f]{64}$/);
    const first = versions[0];
    if (!first) throw new Error("no version");
    expect(await getPackageVersion(c, alice, "app", first.id)).toEqual(first);
  });

  it("refuses a token without read:packages, a fine-grained PAT and a missing package", async () => {
    expect((await refusal(listPackages(client("github_pat_fg"), alice))).code).toBe("GITHUB_FORBIDDEN");
    const noScope = await refusal(listPackages(client("ghp_none"), acme));
    expect(noScope.code).toBe("GITHUB_FORBIDDEN");
    expect(noScope.message).toContain("You need at least read:packages scope");
    expect((await refusal(getPackage(client("ghp_alice"), alice, "missing"))).code).toBe("GITHUB_NOT_FOUND");
  });

  it("deletes and restores a version; its tags come back", async () => {
    const c = client("ghp_alice");
    const [v0] = (await listPackageVersions(c, alice, "app")).filter((v) => versionTags(v).includes("v0"));
    if (!v0) throw new Error("no v0");
    await deletePackageVersion(c, alice, "app", v0.id);
    const deleted = await listPackageVersions(c, alice, "app", { state: "deleted" });
    expect(deleted.map((v) => v.id)).toEqual([v0.id]);
    expect(deleted[0]?.deleted_at).toBeDefined();
    expect(deleted[0] && versionTags(deleted[0])).toEqual(["v0"]);
    await restorePackageVersion(c, alice, "app", v0.id);
    expect(versionTags(await getPackageVersion(c, alice, "app", v0.id))).toEqual(["v0"]);
  });

  it("answers 404 for a delete without delete:packages, and says why that may be", async () => {
    const versions = await listPackageVersions(client("ghp_reader"), alice, "app");
    const error = await refusal(deletePackageVersion(client("ghp_reader"), alice, "app", versions[1]?.id ?? 0));
    expect(error.code).toBe("GITHUB_NOT_FOUND");
    expect(error.hint).toContain("delete:packages");
  });

  it("refuses to delete the last tagged version, the last version and a public version over 5,000 downloads", async () => {
    const c = client("ghp_alice");
    const solo = await listPackageVersions(c, alice, "solo");
    const tagged = solo.find((v) => versionTags(v).length > 0);
    const untagged = solo.find((v) => versionTags(v).length === 0);
    if (!tagged || !untagged) throw new Error("fixture");
    const lastTagged = await refusal(deletePackageVersion(c, alice, "solo", tagged.id));
    expect(lastTagged.code).toBe("GITHUB_REFUSED");
    expect(lastTagged.message).toContain("You cannot delete the last tagged version of a package.");
    await deletePackageVersion(c, alice, "solo", untagged.id);
    const last = await refusal(deletePackageVersion(c, alice, "solo", tagged.id));
    expect(last.message).toContain(
      "You cannot delete the last version of a package. You must delete the package instead.",
    );

    const popular = await listPackageVersions(c, alice, "popular");
    const old = popular.find((v) => versionTags(v).includes("old"));
    const tooPopular = await refusal(deletePackageVersion(c, alice, "popular", old?.id ?? 0));
    expect(tooPopular.message).toContain(
      "Publicly visible package versions with more than 5000 downloads cannot be deleted.",
    );
    expect(tooPopular.details.status).toBe(400);
    const whole = await refusal(deletePackage(c, alice, "popular"));
    expect(whole.message).toContain("more than 5000 downloads");
  });

  it("deletes and restores whole packages within 30 days while the name is free", async () => {
    const c = client("ghp_alice");
    await deletePackage(c, alice, "solo");
    expect((await refusal(getPackage(c, alice, "solo"))).code).toBe("GITHUB_NOT_FOUND");
    await restorePackage(c, alice, "solo");
    expect((await getPackage(c, alice, "solo")).name).toBe("solo");
    await restorePackage(c, alice, "gone");
    expect((await getPackage(c, alice, "gone")).version_count).toBe(1);
    expect((await refusal(restorePackage(c, alice, "ancient"))).code).toBe("GITHUB_NOT_FOUND");
    expect((await refusal(restorePackage(c, alice, "app"))).code).toBe("GITHUB_NOT_FOUND");
    const inUse = await refusal(restorePackage(c, alice, "popular"));
    expect(inUse.code).toBe("GITHUB_REFUSED");
    expect(inUse.message).toContain("name is in use");
  });

  it("lets a workflow's GITHUB_TOKEN read its package but not list packages", async () => {
    const c = client("ghs_wf");
    const owner: PackageOwner = { type: "user", login: "alice" };
    expect((await getPackage(c, owner, "app")).name).toBe("app");
    expect((await refusal(listPackages(c, owner))).code).toBe("GITHUB_FORBIDDEN");
  });

  it("refuses a non-admin org member's delete", async () => {
    const error = await refusal(deletePackage(client("ghp_bob"), acme, "tools/cli"));
    expect(error.code).toBe("GITHUB_FORBIDDEN");
    expect(error.message).toContain("Must have admin rights to Package.");
  });
});

describe("repositories and Actions", () => {
  it("reads a repository and its default workflow permissions, and sets them", async () => {
    const c = client("ghp_alice");
    const repo = await getRepository(c, "alice/app");
    expect(repo).toMatchObject({ full_name: "alice/app", private: false, visibility: "public" });
    expect(await getWorkflowPermissions(c, "alice/app")).toEqual({
      default_workflow_permissions: "read",
      can_approve_pull_request_reviews: false,
    });
    await setWorkflowPermissions(c, "alice/app", { default_workflow_permissions: "write" });
    expect((await getWorkflowPermissions(c, "alice/app")).default_workflow_permissions).toBe("write");
    expect((await refusal(getWorkflowPermissions(client("ghs_wf"), "alice/app"))).code).toBe("GITHUB_FORBIDDEN");
    expect((await refusal(getWorkflowPermissions(client("ghp_bob"), "alice/app"))).code).toBe("GITHUB_FORBIDDEN");
    expect((await refusal(getRepository(client("ghp_bob"), "acme/nothing"))).code).toBe("GITHUB_NOT_FOUND");
  });

  it("reads and sets an organisation's default workflow permissions (owners with admin:org only)", async () => {
    const c = client("ghp_orgadmin");
    expect(await getOrgWorkflowPermissions(c, "acme")).toEqual({
      default_workflow_permissions: "read",
      can_approve_pull_request_reviews: false,
    });
    await setOrgWorkflowPermissions(c, "acme", { default_workflow_permissions: "write" });
    expect((await getOrgWorkflowPermissions(c, "acme")).default_workflow_permissions).toBe("write");
    expect((await refusal(getOrgWorkflowPermissions(client("ghp_alice"), "acme"))).code).toBe("GITHUB_FORBIDDEN");
    expect((await refusal(getOrgWorkflowPermissions(client("ghp_bob"), "acme"))).code).toBe("GITHUB_FORBIDDEN");
  });

  it("lists runs newest first with filters, their jobs, and a job's log", async () => {
    const c = client("ghp_alice");
    expect((await listWorkflowRuns(c, "alice/app")).map((r) => r.id)).toEqual([101, 100]);
    expect((await listWorkflowRuns(c, "alice/app", { status: "failure" })).map((r) => r.id)).toEqual([101]);
    expect((await listWorkflowRuns(c, "alice/app", { event: "pull_request" })).map((r) => r.id)).toEqual([100]);
    expect((await getWorkflowRun(c, "alice/app", 101)).path).toBe(".github/workflows/docker.yml");
    const jobs = await listJobsForRun(c, "alice/app", 101);
    expect(jobs.map((j) => [j.id, j.conclusion])).toEqual([
      [201, "success"],
      [202, "failure"],
    ]);
    expect(await downloadJobLog(c, "alice/app", 202)).toBe("denied: permission_denied: write_package\n");
  });
});

describe("rate limit", () => {
  it("reports the budget in headers and refuses once it is spent", async () => {
    const small = await startGitHubEmulator({
      world: {
        users: [{ login: "carol" }],
        tokens: [{ value: "ghp_c", kind: "classic_pat", user: "carol" }],
        behaviour: { rate_limit: 2 },
      },
    });
    try {
      const c = createGitHubClient({ apiUrl: small.apiUrl, token: "ghp_c" });
      const first = await c.octokit.request("GET /user");
      expect(first.headers["x-ratelimit-limit"]).toBe("2");
      expect(first.headers["x-ratelimit-remaining"]).toBe("1");
      await c.octokit.request("GET /user");
      const error = await refusal(getTokenFacts(c, "ghp_c"));
      expect(error.code).toBe("GITHUB_RATE_LIMITED");
      expect(error.message).toContain("API rate limit exceeded");
    } finally {
      await small.close();
    }
  });
});
