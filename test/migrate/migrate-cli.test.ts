import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { runCli } from "../helpers/cli.js";

const OLD = "registry.example.com/acme/app";
const NEW = "registry.example.com/acme/app-api";
let registry: RunningRegistry;
let dir: string;

const files: Record<string, string> = {
  "k8s/staging/deploy.yaml": `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${OLD}:1.0 # staging\n`,
  "k8s/prod/deploy.yaml": `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${OLD}:1.0\n`,
  "docker-compose.yml": `services:\n  app:\n    image: "${OLD}:latest"\n`,
};

const run = (args: string[]) =>
  runCli([...args, "--repo", dir, "--resolve", `registry.example.com=${registry.url}`], { env: { NO_COLOR: "1" } });

beforeAll(async () => {
  registry = await startRegistry({ storage: "memory" });
  await pushSampleImage(registry.store, "acme/app", buildSampleImage({ seed: "migrate" }), ["1.0", "latest"]);
  dir = await mkdtemp(path.join(tmpdir(), "dockhand-migrate-"));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});

afterAll(async () => {
  await registry.close();
  await rm(dir, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(dir, file), "utf8");

describe("dockhand migrate on the embedded registry", () => {
  it("runs plan → parallel run → gradual → full switch → clean-up, resumably", async () => {
    const plan = await run(["migrate", "plan", OLD, NEW]);
    expect(plan.code, plan.err).toBe(0);
    const saved = parse(await read(".dockhand/migration.yaml"));
    expect(saved).toMatchObject({ version: 1, from: OLD, to: NEW, phase: "parallel-run", switched: [] });
    expect((await run(["migrate", "plan", OLD, NEW])).code).toBe(2);

    const before = JSON.parse((await run(["migrate", "status", "--json"])).out);
    expect(before.tags).toEqual({ total: 2, inStep: [], missing: ["1.0", "latest"], differing: [] });
    expect(before.referencesLeft).toHaveLength(3);

    const parallel = await run(["migrate", "next"]);
    expect(parallel.code, parallel.err).toBe(0);
    expect(parallel.out).toContain("dockhand sync .dockhand/sync.yaml --watch 5m");
    expect(parse(await read(".dockhand/sync.yaml"))).toEqual({
      defaults: { referrers: true },
      sync: [{ source: OLD, target: NEW }],
    });
    for (const tag of ["1.0", "latest"]) {
      const source = await registry.store.statManifest("acme/app", tag);
      expect((await registry.store.statManifest("acme/app-api", tag))?.digest).toBe(source?.digest);
    }
    const html = path.join(tmpdir(), `dockhand-migrate-status-${process.pid}.html`);
    const status = await run(["migrate", "status", "--html", html]);
    expect(status.out).toContain("tags in step: 2 of 2");
    expect(status.out).toContain("references left to registry.example.com/acme/app: 3");
    // The same status as a self-contained page: the current phase marked, the tags, each reference left.
    const page = await readFile(html, "utf8");
    await rm(html);
    expect(page).toContain("<li><strong>parallel-run</strong> — done</li>");
    expect(page).toMatch(/<li aria-current="step"><strong>gradual-switch<\/strong> — current/);
    expect(page).toContain("2 of 2 tags in step.");
    expect(page).toContain("3 references to <code>registry.example.com/acme/app</code>");

    const noPaths = await run(["migrate", "next"]);
    expect(noPaths.code).toBe(2);
    expect(noPaths.err).toContain("--only GLOB");

    const gradual = await run(["migrate", "next", "--only", "k8s/staging/**", "--json"]);
    expect(gradual.code, gradual.out).toBe(0);
    expect(JSON.parse(gradual.out)).toMatchObject({ phase: "gradual-switch", nowIn: "gradual-switch" });
    expect(await read("k8s/staging/deploy.yaml")).toBe(
      files["k8s/staging/deploy.yaml"]?.replace(`${OLD}:1.0`, `${NEW}:1.0`),
    );
    expect(await read("k8s/prod/deploy.yaml")).toBe(files["k8s/prod/deploy.yaml"]);
    expect(parse(await read(".dockhand/migration.yaml")).switched).toEqual(["k8s/staging/**"]);

    expect((await run(["migrate", "next", "--skip"])).code).toBe(0);
    const full = await run(["migrate", "next"]);
    expect(full.code, full.out + full.err).toBe(0);
    expect(full.out).toContain("verified: nothing in the repository names registry.example.com/acme/app");
    expect(full.out).toContain("dockhand sync .dockhand/sync-back.yaml --watch 5m");
    expect(parse(await read(".dockhand/sync-back.yaml"))).toEqual({
      defaults: { referrers: true },
      sync: [{ source: NEW, target: OLD }],
    });
    expect(await read("docker-compose.yml")).toBe(`services:\n  app:\n    image: "${NEW}:latest"\n`);
    expect(await read("k8s/prod/deploy.yaml")).toContain(`${NEW}:1.0`);

    const dryCleanup = await run(["migrate", "next", "--json"]);
    expect(dryCleanup.code, dryCleanup.out).toBe(0);
    const planned = JSON.parse(dryCleanup.out);
    expect(planned.cleanup).toMatchObject({ via: "registry", repository: "acme/app", applied: false });
    const roles = planned.cleanup.manifests.map((manifest: { role: string }) => manifest.role);
    expect(roles).toEqual(["index", "platform", "platform"]);
    expect((await registry.store.listTags("acme/app")).tags.sort()).toEqual(["1.0", "latest"]);

    const cleanup = await run(["migrate", "next", "--apply"]);
    expect(cleanup.code, cleanup.out + cleanup.err).toBe(0);
    expect(await registry.store.statManifest("acme/app", "1.0")).toBeUndefined();
    for (const manifest of planned.cleanup.manifests) {
      expect(await registry.store.statManifest("acme/app", manifest.digest)).toBeUndefined();
    }
    expect((await registry.store.statManifest("acme/app-api", "1.0"))?.digest).toMatch(/^sha256:/);
    const done = JSON.parse((await run(["migrate", "status", "--json"])).out);
    expect(done.migration.phase).toBe("done");
    expect(done.migration.history.map((step: { phase: string }) => step.phase)).toEqual([
      "parallel-run",
      "gradual-switch",
      "gradual-switch",
      "full-switch",
      "clean-up",
    ]);
  });

  it("refuses the clean-up while a file still names OLD or NEW lacks a tag", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "dockhand-migrate-"));
    try {
      await pushSampleImage(registry.store, "acme/tool", buildSampleImage({ seed: "tool" }), ["1"]);
      await writeFile(
        path.join(other, "compose.yml"),
        "services:\n  t:\n    image: registry.example.com/acme/tool:1\n",
      );
      const saved = dir;
      dir = other;
      try {
        await run(["migrate", "plan", "registry.example.com/acme/tool", "registry.example.com/acme/tool2"]);
        const migration = parse(await read(".dockhand/migration.yaml"));
        migration.phase = "clean-up";
        const { stringify } = await import("yaml");
        await writeFile(path.join(other, ".dockhand/migration.yaml"), stringify(migration));
        const refused = await run(["migrate", "next", "--apply"]);
        expect(refused.code).toBe(1);
        expect(refused.out).toContain("registry.example.com/acme/tool2 lacks the tag 1");
        expect(refused.out).toContain("compose.yml:3 still names registry.example.com/acme/tool");
        expect((await registry.store.statManifest("acme/tool", "1"))?.digest).toMatch(/^sha256:/);
      } finally {
        dir = saved;
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("after the switch, a push to NEW blocks the clean-up until the sync-back brings OLD in step", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "dockhand-migrate-"));
    const saved = dir;
    dir = other;
    try {
      await pushSampleImage(registry.store, "acme/svc", buildSampleImage({ seed: "svc" }), ["latest"]);
      await writeFile(path.join(other, "compose.yml"), "services:\n  s:\n    image: registry.example.com/acme/svc\n");
      expect(
        (await run(["migrate", "plan", "registry.example.com/acme/svc", "registry.example.com/acme/svc2"])).code,
      ).toBe(0);
      expect((await run(["migrate", "next"])).code).toBe(0);
      expect((await run(["migrate", "next", "--skip"])).code).toBe(0);
      const full = await run(["migrate", "next"]);
      expect(full.code, full.out + full.err).toBe(0);
      // CI now pushes a new build to NEW only.
      const fresh = buildSampleImage({ seed: "svc-next" });
      await pushSampleImage(registry.store, "acme/svc2", fresh, ["latest"]);
      const blocked = await run(["migrate", "next"]);
      expect(blocked.code).toBe(1);
      expect(blocked.out).toContain(
        "registry.example.com/acme/svc2:latest differs from registry.example.com/acme/svc:latest",
      );
      expect(blocked.out).toContain("dockhand sync .dockhand/sync-back.yaml");
      const back = await runCli([
        "sync",
        path.join(other, ".dockhand/sync-back.yaml"),
        "--resolve",
        `registry.example.com=${registry.url}`,
      ]);
      expect(back.code, back.out + back.err).toBe(0);
      expect((await registry.store.statManifest("acme/svc", "latest"))?.digest).toBe(fresh.index.digest);
      const planned = await run(["migrate", "next"]);
      expect(planned.code, planned.out).toBe(0);
      expect(planned.out).toContain("nothing deleted: run dockhand migrate next --apply to delete");
    } finally {
      dir = saved;
      await rm(other, { recursive: true, force: true });
    }
  });

  it("names the wrong field of an invalid plan file", async () => {
    const other = await mkdtemp(path.join(tmpdir(), "dockhand-migrate-"));
    const saved = dir;
    dir = other;
    try {
      await mkdir(path.join(other, ".dockhand"));
      await writeFile(path.join(other, ".dockhand/migration.yaml"), "version: 1\nfrom: a\nto: b\nphase: later\n");
      const result = await run(["migrate", "status"]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/phase: .*switched: /s);
      expect((await run(["migrate", "status", "--json"])).out).toContain("MIGRATION_INVALID");
    } finally {
      dir = saved;
      await rm(other, { recursive: true, force: true });
    }
  });
});
