/**
 * The package as npm users get it: `npm pack`, installed into an empty folder with no dev dependency, and the
 * installed `dockhand` runs: --version, ref, serve --memory (answering /v2/), copy between two registries it
 * serves, and doctor --log.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { runProcess } from "../helpers/process.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("the packed package in an empty folder", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dockhand-pack-"));
  let bin = "";
  let registry: RunningRegistry;
  beforeAll(async () => {
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], {
      cwd: root,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1) as string;
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--omit=dev", path.join(dir, tarball)], {
      cwd: dir,
      stdio: "ignore",
    });
    bin = path.join(dir, "node_modules/.bin/dockhand");
    registry = await startRegistry({ storage: "memory", port: 0 });
  }, 240_000);
  afterAll(async () => {
    await registry?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    runProcess(bin, args, { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });

  it("ships only what runs, and no dev dependency is installed", () => {
    const pkg = JSON.parse(readFileSync(path.join(dir, "node_modules/dockhand/package.json"), "utf8")) as {
      version: string;
    };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const dev of ["vitest", "typescript", "tsx", "@biomejs/biome", "playwright-core"]) {
      expect(() => readFileSync(path.join(dir, "node_modules", dev, "package.json"))).toThrow();
    }
    expect(() => readFileSync(path.join(dir, "node_modules/dockhand/src/index.ts"))).toThrow();
  });

  it("runs --version, ref, copy and doctor --log", async () => {
    expect((await run(["--version"])).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const ref = await run(["ref", "--json", "nginx"]);
    expect(JSON.parse(ref.out)).toMatchObject({ normalized: "docker.io/library/nginx", familiar: "nginx" });
    await pushSampleImage(registry.store, "acme/app", buildSampleImage({ seed: "pack" }), ["v1"]);
    const copy = await run(["copy", `${registry.host}/acme/app:v1`, `${registry.host}/acme/copy:v1`]);
    expect(copy.code, copy.err).toBe(0);
    expect(await registry.store.statManifest("acme/copy", "v1")).toBeDefined();
    writeFileSync(path.join(dir, "push.log"), "denied: requested access to the resource is denied\n");
    const doctor = await run([
      "doctor",
      "--repo",
      dir,
      "--github-repo",
      "acme/app",
      "--log",
      "push.log",
      "--no-probe",
      "--json",
    ]);
    expect((JSON.parse(doctor.out) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it("serves a registry with serve --memory", async () => {
    const child = spawn(bin, ["serve", "--memory", "--addr", "127.0.0.1:0", "--json"], { cwd: dir });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const line = out.split("\n").find((l) => l.startsWith('{"event":"listening"'));
          if (line) resolve((JSON.parse(line) as { url: string }).url);
        });
        child.once("exit", (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect((await fetch(`${url}/v2/`)).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
