/**
 * The case dockhand was born from, end to end against the GitHub/GHCR emulator: the package was deleted days
 * before; this run's matrix re-created it from the amd64 leg and the arm64 leg was refused with
 * `permission_denied: write_package` seconds later. The doctor, reading the run through the API, must name
 * `new-package-race` first with `package-deleted` as the alternative.
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { type DoctorReport, runDoctor } from "../../src/doctor/index.js";
import { RegistryClient } from "../../src/registry/client.js";
import { RegistryError } from "../../src/registry/errors.js";
import { generateVersion } from "../../src/server/ghcr/content.js";
import { type GitHubEmulator, startGitHubEmulator, type WorldInput } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";

const EXAMPLES = fileURLToPath(new URL("../../examples", import.meta.url));
let clock = new Date("2026-11-29T12:00:00.000Z");
const REFUSAL =
  "ERROR: failed to build: failed to solve: failed to push ghcr.io/alice/app:main-arm64: denied: permission_denied: write_package";

const world: WorldInput = {
  users: [{ login: "alice" }],
  repos: [
    {
      full_name: "alice/app",
      visibility: "public",
      default_workflow_permissions: "read",
      created_at: "2025-01-10T00:00:00Z",
    },
  ],
  packages: [
    {
      owner: "alice",
      name: "app",
      visibility: "public",
      repository: "alice/app",
      deleted_at: "2026-11-24T09:00:00Z",
      versions: [
        { tags: ["v1.0.0", "latest"], platforms: ["linux/amd64", "linux/arm64"], created_at: "2026-10-01T12:00:00Z" },
      ],
    },
  ],
  tokens: [
    {
      value: "ghs_amd64_leg",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write", contents: "read" },
    },
    {
      value: "ghs_arm64_leg",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write", contents: "read" },
    },
    {
      value: "ghp_alice_admin",
      kind: "classic_pat",
      user: "alice",
      scopes: ["repo", "read:packages", "write:packages", "delete:packages"],
    },
  ],
  runs: [
    {
      id: 90,
      repository: "alice/app",
      workflow: "publish.yml",
      conclusion: "success",
      actor: "alice",
      created_at: "2026-11-20T08:00:00Z",
      jobs: [{ id: 190, name: "build (amd64)", log: "#12 pushing ghcr.io/alice/app:main-amd64 done\n" }],
    },
    {
      id: 101,
      repository: "alice/app",
      workflow: "publish.yml",
      conclusion: "failure",
      actor: "alice",
      created_at: "2026-11-29T11:58:30Z",
      jobs: [
        {
          id: 201,
          name: "build (amd64)",
          conclusion: "success",
          log: "2026-11-29T12:00:00.4000000Z #12 pushing ghcr.io/alice/app:main-amd64 done\n",
        },
        {
          id: 202,
          name: "build (arm64)",
          conclusion: "failure",
          log: `2026-11-29T11:58:40.0000000Z GITHUB_TOKEN Permissions\n2026-11-29T11:58:40.0000000Z   Contents: read\n2026-11-29T11:58:40.0000000Z   Packages: write\n2026-11-29T11:58:41.0000000Z Metadata: read\n2026-11-29T12:00:01.5000000Z ${REFUSAL}\n`,
        },
      ],
    },
  ],
  behaviour: { new_package_write_delay_s: 3 },
};

let emulator: GitHubEmulator;
let seq = 0;

function client(token: string): RegistryClient {
  return new RegistryClient({
    resolve: { "ghcr.io": emulator.url },
    credentials: async () => ({ username: "alice", password: token, source: "test" }),
    retry: { retries: 0 },
  });
}

async function pushLeg(token: string, tag: string): Promise<void> {
  const registry = client(token);
  try {
    const image = generateVersion(`leg#${seq++}`, "2026-11-29T00:00:00Z", undefined, "https://github.com/alice/app");
    const repo = { domain: "ghcr.io", path: "alice/app" };
    for (const blob of image.blobs) await registry.uploadBlob(repo, blob.digest, blob.bytes.length, blob.bytes);
    await registry.putManifest(repo, image.manifest.bytes, image.manifest.mediaType, tag);
  } finally {
    await registry.close();
  }
}

function doctor(repoDir: string): Promise<DoctorReport> {
  return runDoctor({
    repoDir,
    repository: "alice/app",
    run: "latest",
    apiUrl: emulator.apiUrl,
    token: "ghp_alice_admin",
    registry: { resolve: { "ghcr.io": emulator.url }, retry: { retries: 0 } },
    env: {},
    now: clock,
  });
}

beforeAll(async () => {
  emulator = await startGitHubEmulator({ world, now: () => clock });
  // The amd64 leg re-creates the deleted package; 1.5 s later the arm64 leg is refused, as the log says.
  await pushLeg("ghs_amd64_leg", "main-amd64");
  clock = new Date(clock.getTime() + 1500);
  const refused = await pushLeg("ghs_arm64_leg", "main-arm64").then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(RegistryError);
  expect(REFUSAL).toContain((refused as RegistryError).errors[0]?.message);
  // The doctor runs a minute later, when the package takes writes again.
  clock = new Date(clock.getTime() + 60_000);
});

afterAll(async () => {
  await emulator.close();
});

describe("the birth case", () => {
  it("names new-package-race first and package-deleted as the alternative", async () => {
    const report = await doctor(EXAMPLES);
    const ids = report.findings.map((f) => f.id);
    expect(ids[0]).toBe("new-package-race");
    expect(ids).toContain("package-deleted");
    const [top] = report.findings;
    expect(top?.severity).toBe("blocking");
    const deleted = report.findings.find((f) => f.id === "package-deleted");
    expect(deleted?.confidence).toBeLessThan(top?.confidence ?? 0);
    // The evidence says where: the matrix in the workflow, the refused log line, the package's creation time.
    const kinds = top?.evidence.map((e) => e.where.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(["file", "log", "api"]));
    expect(top?.evidence.some((e) => e.where.kind === "api" && e.where.field === "created_at")).toBe(true);
    expect(top?.fix.kind).toBe("edit");
    // The package is linked to this repository by the workflow's push: no access finding outranks the race.
    expect(ids).not.toContain("package-not-linked");
    expect(ids).not.toContain("package-other-repository");
    expect(report.image).toBe("ghcr.io/alice/app");
  });

  it("prints the report and exits 1 through the CLI, with JSON sorted by confidence", async () => {
    const env = { DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}` };
    const { code, out } = await runCli(
      [
        "doctor",
        "--repo",
        EXAMPLES,
        "--github-repo",
        "alice/app",
        "--run",
        "latest",
        "--github-api",
        emulator.apiUrl,
        "--token",
        "ghp_alice_admin",
        "--json",
      ],
      { env },
    );
    expect(code).toBe(1);
    const json = JSON.parse(out) as DoctorReport;
    expect(Object.keys(json)).toEqual(["image", "repository", "checked", "skipped", "findings"]);
    expect(json.findings[0]?.id).toBe("new-package-race");
    const confidences = json.findings.map((f) => f.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(out).not.toContain("ghp_alice_admin");
  });

  it("fix --apply serialises the legs; the race is gone and untouched lines stay byte-identical", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-birth-"));
    try {
      await cp(EXAMPLES, dir, { recursive: true });
      const file = path.join(dir, ".github/workflows/publish.yml");
      const before = await readFile(file, "utf8");
      const args = [
        "--repo",
        dir,
        "--github-repo",
        "alice/app",
        "--run",
        "latest",
        "--github-api",
        emulator.apiUrl,
        "--token",
        "ghp_alice_admin",
      ];
      const env = { DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}` };
      const dry = await runCli(["fix", ...args], { env });
      expect(dry.code).toBe(0);
      expect(await readFile(file, "utf8")).toBe(before);
      expect(dry.out).toContain("+      max-parallel: 1");
      expect((await runCli(["fix", ...args, "--apply"], { env })).code).toBe(0);
      const after = await readFile(file, "utf8");
      expect(() => parseYaml(after)).not.toThrow();
      const added = after.split("\n").filter((l) => !before.split("\n").includes(l));
      expect(added).toEqual(["      max-parallel: 1"]);
      expect(after.replace("      max-parallel: 1\n", "")).toBe(before);
      const report = await doctor(dir);
      expect(report.findings.map((f) => f.id)).not.toContain("new-package-race");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
