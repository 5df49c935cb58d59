import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";
import { DiskStore } from "../../store/disk.js";
import { formatBytes } from "./gc.js";

const digestOf = (bytes: Buffer) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

const run = (args: string[]) => runCli(args);

describe("dockhand gc", () => {
  let dir: string;
  let store: DiskStore;
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}');
  const layer = Buffer.from("referenced layer");
  const orphan = Buffer.from("nobody references me");

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-gc-cli-"));
    store = await DiskStore.open(dir);
    for (const blob of [config, layer, orphan]) await store.putBlob("team/app", digestOf(blob), blob.length, blob);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: digestOf(config), size: config.length },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: digestOf(layer), size: layer.length }],
    });
    await store.putManifest("team/app", Buffer.from(manifest), "application/vnd.oci.image.manifest.v1+json", "v1");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reports with --dry-run and removes nothing", async () => {
    const { code, out } = await run(["gc", "--storage", dir, "--grace", "0", "--dry-run", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.dryRun).toBe(true);
    expect(result.blobs.digests).toEqual([digestOf(orphan)]);
    expect(await store.statBlob("team/app", digestOf(orphan))).toBe(orphan.length);
  });

  it("keeps recent content within the grace period", async () => {
    const { code, out } = await run(["gc", "--storage", dir]);
    expect(code).toBe(0);
    expect(out).toContain("removed 0 unreferenced blobs");
  });

  it("removes the unreferenced blob and keeps what the manifest needs", async () => {
    const { code, out } = await run(["gc", "--storage", dir, "--grace", "0"]);
    expect(code).toBe(0);
    expect(out).toContain(`removed 1 unreferenced blob (${orphan.length} B)`);
    expect(await store.statBlob("team/app", digestOf(orphan))).toBeUndefined();
    expect(await store.statBlob("team/app", digestOf(layer))).toBe(layer.length);
    expect((await store.getManifest("team/app", "v1")).digest).toMatch(/^sha256:/);
  });

  it("needs --storage (usage, exit 2) and an existing directory (exit 1)", async () => {
    expect((await run(["gc"])).code).toBe(2);
    expect((await run(["gc", "--storage", dir, "--grace", "soon"])).code).toBe(2);
    const missing = await run(["gc", "--storage", join(dir, "nope")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no registry storage at");
  });

  it("formats sizes in binary units", () => {
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MiB");
  });
});
