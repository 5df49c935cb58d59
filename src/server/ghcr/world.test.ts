import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DockhandError } from "../../errors.js";
import { loadWorld, parseWorld } from "./world.js";

function problems(value: unknown): string[] {
  try {
    parseWorld(value, "w.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(DockhandError);
    return (error as DockhandError).details.problems as string[];
  }
  throw new Error("expected the world to be refused");
}

describe("world files", () => {
  it("applies defaults", () => {
    const world = parseWorld({ users: [{ login: "alice" }], repos: [{ full_name: "alice/app" }] });
    expect(world.repos[0]).toMatchObject({ visibility: "public", default_workflow_permissions: "read" });
    expect(world.behaviour).toEqual({ new_package_write_delay_s: 0, rate_limit: 5000 });
    expect(parseWorld(undefined)).toMatchObject({ users: [], packages: [] });
  });

  it("names the field of each schema problem", () => {
    expect(
      problems({
        users: [{ login: "alice", extra: 1 }],
        repos: [{ full_name: "no-slash" }],
        tokens: [{ kind: "classic_pat", value: "ghp_x" }],
        packages: [{ owner: "alice", name: "App" }],
      }),
    ).toEqual([
      'users[0]: Unrecognized key: "extra"',
      "repos[0].full_name: not an OWNER/REPO name",
      "packages[0].name: not a lower-case repository name",
      "tokens[0].user: Invalid input: expected string, received undefined",
    ]);
  });

  it("checks references between entries", () => {
    expect(
      problems({
        users: [{ login: "alice" }],
        orgs: [{ login: "acme", members: ["bob"] }],
        repos: [{ full_name: "carol/app" }],
        packages: [
          { owner: "alice", name: "app", repository: "alice/missing", versions: [{ tags: ["a"] }, { tags: ["a"] }] },
          { owner: "alice", name: "app" },
        ],
        tokens: [
          { kind: "github_token", value: "ghs_1", repository: "alice/nope" },
          { kind: "classic_pat", value: "ghs_1", user: "alice" },
        ],
      }),
    ).toEqual([
      "orgs[0].members[0]: no user bob",
      "repos[0].full_name: no user or org carol",
      "packages[0].repository: no repository alice/missing in repos",
      "packages[0].versions[1].tags: a is on two active versions",
      "packages[1]: alice/app is defined twice (only one may be active)",
      "tokens[0].repository: no repository alice/nope in repos",
      "tokens: two tokens have the same value",
    ]);
  });

  it("loads YAML and JSON files and reports syntax errors with the path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dockhand-world-"));
    try {
      await writeFile(join(dir, "w.yaml"), "users:\n  - login: alice\n");
      await writeFile(join(dir, "w.json"), '{"orgs": [{"login": "acme"}]}');
      await writeFile(join(dir, "bad.yaml"), "users: [\n");
      expect((await loadWorld(join(dir, "w.yaml"))).users).toEqual([{ login: "alice" }]);
      expect((await loadWorld(join(dir, "w.json"))).orgs[0]?.login).toBe("acme");
      await expect(loadWorld(join(dir, "bad.yaml"))).rejects.toThrow(/bad\.yaml is not valid YAML/);
      await expect(loadWorld(join(dir, "none.yaml"))).rejects.toThrow(/cannot read the world file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
