/**
 * `dockhand copy` and `dockhand sync` run in-process through `main` against embedded registries: output modes,
 * exit codes, config errors naming the field, failing pairs, and watch passes.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SyncPass, syncWatch } from "../../src/copy/sync.js";
import { loadSyncConfig, parseInterval, parseSyncConfig } from "../../src/copy/sync-config.js";
import { RegistryClient } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { runCli } from "../helpers/cli.js";

const image = buildSampleImage({ seed: "copy-cli" });
let from: RunningRegistry;
let to: RunningRegistry;
let dir: string;

beforeAll(async () => {
  from = await startRegistry({ storage: "memory", port: 0 });
  to = await startRegistry({ storage: "memory", port: 0 });
  await pushSampleImage(from.store, "src/app", image, ["1.0", "1.1", "dev"]);
  dir = await mkdtemp(join(tmpdir(), "dockhand-copy-cli-"));
});
afterAll(async () => {
  await from.close();
  await to.close();
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runCli(argv);

describe("dockhand copy", () => {
  it("prints one line per image and a summary", async () => {
    const result = await run("copy", `${from.host}/src/app:1.0`, `${to.host}/cli/app:1.0`);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^copied  ${from.host}/src/app:1.0 → ${to.host}/cli/app:1.0  sha256:`, "m"));
    expect(result.out).toMatch(/^1 image: 6 blobs copied .*2 manifests pushed, 1 tag set/m);
  });

  it("--json prints a JSON event per line ending with the summary", async () => {
    const result = await run(
      "copy",
      "--all-tags",
      "--exclude",
      "^dev$",
      `${from.host}/src/app`,
      `${to.host}/json/app`,
      "--json",
    );
    expect(result.code).toBe(0);
    const events = result.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; tag?: string });
    expect(events.at(-1)).toMatchObject({ type: "summary", images: 2, tags: { tagged: 2 } });
    expect(
      events
        .filter((e) => e.type === "tag")
        .map((e) => e.tag)
        .sort(),
    ).toEqual(["1.0", "1.1"]);
  });

  it("--dry-run says what would move and writes nothing", async () => {
    const result = await run("copy", `${from.host}/src/app:dev`, `${to.host}/dry/app`, "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^dry run: 1 image: 6 blobs would be copied/m);
    expect(await to.store.statManifest("dry/app", "dev")).toBeUndefined();
  });

  it("exits 1 for a missing source and 2 for usage mistakes", async () => {
    const missing = await run("copy", `${from.host}/src/app:nope`, `${to.host}/x/app`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("src/app:nope not found");
    const usage = await run("copy", `${from.host}/src/app:1.0`, `${to.host}/x/app`, "--include", "^v");
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("--include and --exclude select tags of --all-tags");
    const platform = await run("copy", `${from.host}/src/app:1.0`, `${to.host}/x/app`, "--platform", "linux");
    expect(platform.code).toBe(2);
    const allTags = await run("copy", "--all-tags", `${from.host}/src/app:1.0`, `${to.host}/x/app`);
    expect(allTags.code).toBe(2);
  });
});

describe("dockhand sync", () => {
  it("names the wrong fields of a config", async () => {
    expect(() =>
      parseSyncConfig(
        {
          sync: [
            { source: "ghcr.io/o/app", target: "Bad Name" },
            { source: "a/b", tagz: 1 },
          ],
        },
        "s.yaml",
      ),
    ).toThrow(/s\.yaml: sync\[0\]\.target: .*; sync\[1\]\.target: .*sync\[1\]: Unrecognized key: "tagz"/);
    expect(() => parseSyncConfig({ sync: [{ source: "a/b", target: "c/d", tags: { include: ["("] } }] })).toThrow(
      /sync\[0\]\.tags\.include\[0\]: invalid regular expression/,
    );
    expect(() => parseSyncConfig({ sync: [{ source: "a/b:1", target: "c/d", tags: { include: ["x"] } }] })).toThrow(
      /sync\[0\]\.tags: tag filters apply to a repository/,
    );
    expect(() => parseSyncConfig({ defaults: { platforms: ["linux"] }, sync: [] })).toThrow(
      /defaults\.platforms\[0\]: .*missing the architecture; sync: list at least one/,
    );
    expect(parseInterval("5m")).toBe(300_000);
    expect(() => parseInterval("soon")).toThrow(/not an interval/);
  });

  it("copies every pair, reports a failing pair and exits with its code", async () => {
    const file = join(dir, "sync.yaml");
    await writeFile(
      file,
      [
        "defaults:",
        "  platforms: [linux/arm64]",
        "sync:",
        `  - source: ${from.host}/src/app`,
        `    target: ${to.host}/sync/app`,
        "    tags:",
        "      include: ['^1\\.']",
        `  - source: ${from.host}/src/missing:1.0`,
        `    target: ${to.host}/sync/missing`,
        `  - source: ${from.host}/src/app:dev`,
        `    target: oci:${join(dir, "layout")}:dev`,
        "    platforms: [linux/amd64, linux/arm64]",
      ].join("\n"),
    );
    const result = await run("sync", file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^ok {6}.*src\/app → .*sync\/app/m);
    expect(result.err).toMatch(/^failed {2}.*src\/missing:1\.0/m);
    expect(result.out).toMatch(/^pass 1: 2 of 3 pairs ok/m);
    expect((await to.store.listTags("sync/app")).tags).toEqual(["1.0", "1.1"]);
    // The defaults' platform subset: an index with arm64 only, so a new digest.
    expect((await to.store.statManifest("sync/app", "1.0"))?.digest).not.toBe(image.index.digest);
  });

  it("watch repeats passes until stopped; later passes find everything in place", async () => {
    const file = join(dir, "watch.json");
    await writeFile(
      file,
      JSON.stringify({ sync: [{ source: `${from.host}/src/app:1.0`, target: `${to.host}/watch/app` }] }),
    );
    const config = await loadSyncConfig(file);
    const client = new RegistryClient();
    const controller = new AbortController();
    const passes: SyncPass[] = [];
    try {
      await syncWatch(config, {
        client,
        intervalMs: 10,
        signal: controller.signal,
        onPass: (pass) => {
          passes.push(pass);
          if (passes.length === 2) controller.abort();
        },
      });
    } finally {
      await client.close();
    }
    expect(passes).toHaveLength(2);
    expect(passes[0]?.summary.blobs.copied).toBe(6);
    expect(passes[1]?.summary.upToDate).toBe(1);
    expect(passes[1]?.summary.bytesMoved).toBe(0);
  });
});
