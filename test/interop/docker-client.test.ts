/**
 * The real docker client (Debian's docker.io engine in a private folder, see test/helpers/dockerd.ts) against
 * dockhand's embedded registry and the GHCR emulator: `docker build`, `push` and `pull` through `serve`, an image
 * dockhand copied pulled back by docker, and GHCR's refusal as docker prints it, diagnosed by `doctor --log`.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubEmulator, type WorldInput } from "../../src/server/ghcr/index.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { runCli } from "../helpers/cli.js";
import { canRunDockerd, type Dockerd, startDockerd } from "../helpers/dockerd.js";

const WORLD: WorldInput = {
  users: [{ login: "alice" }],
  repos: [{ full_name: "alice/app", visibility: "public", default_workflow_permissions: "read" }],
  packages: [{ owner: "alice", name: "app", visibility: "public", repository: "alice/app" }],
  tokens: [
    { value: "ghs_write", kind: "github_token", repository: "alice/app", permissions: { packages: "write" } },
    // No `permissions:` in the workflow: the repository's default (read) applies.
    { value: "ghs_default", kind: "github_token", repository: "alice/app" },
    { value: "ghp_alice", kind: "classic_pat", user: "alice", scopes: ["repo", "read:packages", "write:packages"] },
  ],
};

// A workflow as people write it: docker login with GITHUB_TOKEN, docker push, no permissions block.
const WORKFLOW = `name: docker
on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u \${{ github.actor }} --password-stdin
      - run: |
          docker build -t ghcr.io/alice/app:main .
          docker push ghcr.io/alice/app:main
`;

describe.skipIf(!canRunDockerd())("the docker client against dockhand", () => {
  let engine: Dockerd;
  let work: string;
  let registry: RunningRegistry;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "dockhand-docker-"));
    await writeFile(path.join(work, "hello.txt"), "hello from a FROM scratch image\n");
    await writeFile(
      path.join(work, "Dockerfile"),
      "FROM scratch\nCOPY hello.txt /hello.txt\nLABEL org.example=dockhand\n",
    );
    [engine, registry] = await Promise.all([startDockerd(), startRegistry({ storage: "memory", port: 0 })]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([engine?.stop(), registry?.close()]);
    await rm(work, { recursive: true, force: true });
  });

  const ok = (result: { code: number | null; out: string; err: string }) => {
    if (result.code !== 0) throw new Error(`docker failed (${result.code}): ${result.err}${result.out}`);
    return result.out;
  };

  it("builds, pushes to `serve`, and pulls back the same image; dockhand reads what docker wrote", async () => {
    const ref = `${registry.host}/acme/hello:v1`;
    ok(await engine.docker(["build", "-q", "-t", ref, work]));
    const built = ok(await engine.docker(["image", "inspect", "--format", "{{.Id}}", ref])).trim();
    const push = ok(await engine.docker(["push", ref]));
    const pushed = /digest: (sha256:[0-9a-f]{64})/.exec(push)?.[1];
    expect(pushed).toBeDefined();

    const digest = await runCli(["digest", ref]);
    expect(digest).toMatchObject({ code: 0 });
    expect(digest.out.trim()).toBe(pushed);
    const inspect = await runCli(["inspect", "--json", ref]);
    expect(inspect.code).toBe(0);
    expect(inspect.out).toContain("application/vnd.docker.distribution.manifest.v2+json");

    ok(await engine.docker(["rmi", ref]));
    ok(await engine.docker(["pull", ref]));
    expect(ok(await engine.docker(["image", "inspect", "--format", "{{.Id}}", ref])).trim()).toBe(built);
  });

  it("pulls an image that `dockhand copy` copied to another repository", async () => {
    const source = `${registry.host}/acme/copy-src:v1`;
    const target = `${registry.host}/acme/copy-dst:v1`;
    ok(await engine.docker(["build", "-q", "-t", source, work]));
    ok(await engine.docker(["push", source]));
    const copy = await runCli(["copy", source, target]);
    expect(copy.code, copy.err).toBe(0);
    ok(await engine.docker(["pull", target]));
    const ids: string[] = [];
    for (const ref of [source, target]) {
      ids.push(ok(await engine.docker(["image", "inspect", "--format", "{{.Id}}", ref])).trim());
    }
    expect(ids[1]).toBe(ids[0]);
  });

  it("prints GHCR's refusal when GITHUB_TOKEN is read-only, and `doctor --log` on docker's output names the cause", async () => {
    const emulator = await startGitHubEmulator({ world: WORLD });
    try {
      const ref = `${emulator.registryHost}/alice/app:main`;
      ok(await engine.docker(["build", "-q", "-t", ref, work]));

      // A token with packages: write pushes.
      ok(
        await engine.docker(["login", emulator.registryHost, "-u", "alice", "--password-stdin"], {
          input: "ghs_write",
        }),
      );
      ok(await engine.docker(["push", ref]));

      // The repository's default token (read) is refused with GHCR's own text.
      ok(
        await engine.docker(["login", emulator.registryHost, "-u", "alice", "--password-stdin"], {
          input: "ghs_default",
        }),
      );
      ok(await engine.docker(["tag", ref, `${emulator.registryHost}/alice/app:next`]));
      const refused = await engine.docker(["push", `${emulator.registryHost}/alice/app:next`]);
      expect(refused.code).not.toBe(0);
      const log = `${refused.out}${refused.err}`;
      expect(log).toContain("denied: permission_denied: write_package");
      expect(log).not.toContain("ghs_default");

      const repo = path.join(work, "repo");
      await mkdir(path.join(repo, ".github", "workflows"), { recursive: true });
      await writeFile(path.join(repo, ".github", "workflows", "docker.yml"), WORKFLOW);
      await writeFile(path.join(repo, "push.log"), log);
      const env = { GITHUB_API_URL: emulator.apiUrl, DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}` };
      const args = ["doctor", "--repo", repo, "--github-repo", "alice/app", "--log", path.join(repo, "push.log")];
      const offline = await runCli([...args, "--json", "--no-probe"], { env });
      // Without a token the default's value is unknown: the cause is named, as a warning.
      expect(offline.err).toBe("");
      const report = JSON.parse(offline.out) as { findings: { id: string }[] };
      expect(report.findings[0]?.id).toBe("repo-default-read-only");

      const live = await runCli([...args, "--json", "--no-probe", "--token", "ghp_alice"], { env });
      expect(live.code, live.err).toBe(1);
      const liveReport = JSON.parse(live.out) as { findings: { id: string }[] };
      expect(liveReport.findings[0]?.id).toBe("repo-default-read-only");
      expect(live.out + live.err).not.toContain("ghp_alice");
    } finally {
      await emulator.close();
    }
  });
});
