/**
 * `dockhand packages` against the GitHub emulator over HTTP: tables, --json, dry runs, GitHub's refusals with
 * their hints, and exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";
import { type GitHubEmulator, startGitHubEmulator } from "../../server/ghcr/index.js";
import { parsePackageTarget } from "./packages.js";

let emulator: GitHubEmulator;

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
          visibility: "public",
          repository: "acme/app",
          versions: [
            { tags: ["v1", "latest"], platforms: ["linux/amd64", "linux/arm64"] },
            { tags: ["pr-42"] },
            { tags: ["hot"], downloads: 7000 },
          ],
        },
        { owner: "alice", name: "solo", versions: [{ tags: ["only"] }] },
      ],
      tokens: [
        { value: "ghp_admin", kind: "classic_pat", user: "alice", scopes: ["write:packages", "delete:packages"] },
        { value: "ghp_read", kind: "classic_pat", user: "alice", scopes: ["read:packages"] },
        { value: "github_pat_fg", kind: "fine_grained_pat", user: "alice" },
      ],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

const run = (args: string[], token = "ghp_admin") =>
  runCli(["packages", ...args], { env: { GITHUB_API_URL: emulator.apiUrl, GITHUB_TOKEN: token } });

describe("parsePackageTarget", () => {
  it("reads owner, name, tag, digest and version id", () => {
    expect(parsePackageTarget("ghcr.io/acme/tools/cli:v1", {})).toEqual({
      owner: "acme",
      name: "tools/cli",
      tag: "v1",
    });
    expect(parsePackageTarget("acme/app@123", {})).toEqual({ owner: "acme", name: "app", versionId: 123 });
    const digest = `sha256:${"a".repeat(64)}`;
    expect(parsePackageTarget(`acme/app@${digest}`, {})).toEqual({ owner: "acme", name: "app", digest });
    expect(() => parsePackageTarget("docker.io/acme/app", {})).toThrow(/not a GitHub container registry/);
    expect(parsePackageTarget("127.0.0.1:5555/acme/app", { DOCKHAND_GITHUB_REGISTRY: "127.0.0.1:5555" }).owner).toBe(
      "acme",
    );
  });
});

describe("dockhand packages", () => {
  it("lists packages as a table and as JSON", async () => {
    const table = await run(["ls", "acme"]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^NAME\s+VISIBILITY\s+VERSIONS\s+REPOSITORY\s+UPDATED\napp\s+public\s+5\s+acme\/app\s/);
    const json = await run(["ls", "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({ owner: "alice", packages: [{ name: "solo", visibility: "private" }] });
  });

  it("lists versions with tags", async () => {
    const { code, out } = await run(["versions", "ghcr.io/acme/app", "--json"]);
    expect(code).toBe(0);
    const body = JSON.parse(out) as { versions: { tags: string[] }[] };
    expect(body.versions.map((v) => v.tags)).toEqual([["hot"], ["pr-42"], ["v1", "latest"], [], []]);
  });

  it("dry-runs, refuses without --yes when it cannot ask, and deletes with --yes", async () => {
    const dry = await run(["rm", "ghcr.io/acme/app:pr-42", "--dry-run"]);
    expect(dry.out).toMatch(/^would delete version \d+ of acme\/app \(sha256:.*tags: pr-42\)/);
    const noYes = await run(["rm", "ghcr.io/acme/app:pr-42"]);
    expect(noYes.code).toBe(2);
    expect(noYes.err).toContain("pass --yes");
    const done = await run(["rm", "ghcr.io/acme/app:pr-42", "--yes", "--json"]);
    expect(JSON.parse(done.out)).toMatchObject({
      action: "delete-version",
      deleted: true,
      version: { tags: ["pr-42"] },
    });
    const deleted = await run(["versions", "acme/app", "--deleted"]);
    expect(deleted.out).toContain("pr-42");
  });

  it("restores a version by id", async () => {
    const listed = JSON.parse((await run(["versions", "acme/app", "--deleted", "--json"])).out) as {
      versions: { id: number }[];
    };
    const id = listed.versions[0]?.id;
    expect((await run(["restore", `acme/app@${id}`])).out).toBe(`restored version ${id} of acme/app\n`);
  });

  it("explains the 5,000-download rule, the last-version rule and a 404 for missing delete:packages", async () => {
    const hot = await run(["rm", "acme/app:hot", "--yes"]);
    expect(hot.code).toBe(3);
    expect(hot.err).toContain("Publicly visible package versions with more than 5000 downloads cannot be deleted");
    expect(hot.err).toContain("contact GitHub support");
    const last = await run(["rm", "alice/solo:only", "--yes", "--json"]);
    expect(JSON.parse(last.out)).toMatchObject({
      error: {
        code: "GITHUB_REFUSED",
        hint: "delete the whole package instead: dockhand packages rm alice/solo --all",
      },
    });
    const noScope = await run(["rm", "acme/app:v1", "--yes"], "ghp_read");
    expect(noScope.code).toBe(1);
    expect(noScope.err).toContain("lacks the delete:packages scope (it has: read:packages); GitHub answers 404");
  });

  it("says what to do about a fine-grained PAT and an expired restore", async () => {
    const fine = await run(["ls", "acme"], "github_pat_fg");
    expect(fine.code).toBe(3);
    expect(fine.err).toContain("not fine-grained ones");
    const nothing = await run(["restore", "acme/never"]);
    expect(nothing.code).toBe(1);
    expect(nothing.err).toContain("GitHub restores within 30 days");
  });

  it("deletes and restores a whole package", async () => {
    expect((await run(["rm", "alice/solo", "--all", "--yes"])).out).toBe(
      "deleted alice/solo (restorable for 30 days)\n",
    );
    expect((await run(["ls", "--json"])).out).toContain('"packages": []');
    expect((await run(["restore", "alice/solo"])).code).toBe(0);
  });

  it("reports usage mistakes with exit 2", async () => {
    expect((await run(["rm", "acme/app"])).code).toBe(2);
    expect((await run(["rm", "acme/app:v1", "--all"])).code).toBe(2);
    expect((await run(["ls"], "")).err).toContain("a GitHub token is needed");
  });
});
