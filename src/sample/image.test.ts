import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { computeDigest } from "../oci/digest.js";
import { parseManifest } from "../oci/manifest.js";
import { MemoryStore } from "../store/memory.js";
import { buildSampleImage, pushSampleImage } from "./image.js";

describe("buildSampleImage", () => {
  it("builds a valid two-platform OCI index whose layers are real gzip'd tar archives", () => {
    const image = buildSampleImage();
    const index = parseManifest(image.index.bytes);
    expect(index.kind).toBe("index");
    expect(image.images.map((i) => `${i.platform.os}/${i.platform.architecture}`)).toEqual([
      "linux/amd64",
      "linux/arm64",
    ]);
    for (const platformImage of image.images) {
      expect(parseManifest(platformImage.manifest.bytes).kind).toBe("image");
      const config = JSON.parse(Buffer.from(platformImage.config.bytes).toString());
      const layer = platformImage.layers[0];
      if (!layer) throw new Error("no layer");
      const tar = gunzipSync(layer.bytes);
      // diff_ids name the uncompressed layers, as image configs require.
      expect(config.rootfs.diff_ids[0]).toBe(computeDigest(tar));
      const file = join(mkdtempSync(join(tmpdir(), "dockhand-sample-")), "layer.tar");
      writeFileSync(file, tar);
      const listing = spawnSync("tar", ["-tf", file], { encoding: "utf8" });
      expect(listing.stdout).toContain("layer0/hello.txt");
    }
  });

  it("gives different layers for different seeds and the same bytes for the same seed", () => {
    const a = buildSampleImage({ seed: "a", layerBytes: 4096 });
    const b = buildSampleImage({ seed: "b", layerBytes: 4096 });
    expect(a.index.digest).not.toBe(b.index.digest);
    expect(buildSampleImage({ seed: "a", layerBytes: 4096 }).index.digest).toBe(a.index.digest);
  });
});

describe("pushSampleImage", () => {
  it("stores children before the tagged index", async () => {
    const store = new MemoryStore();
    const image = buildSampleImage({ platforms: ["linux/amd64", "linux/arm64/v8"] });
    await pushSampleImage(store, "acme/app", image, ["main", "latest"]);
    expect((await store.listTags("acme/app")).tags).toEqual(["latest", "main"]);
    const stored = await store.getManifest("acme/app", "main");
    expect(stored.digest).toBe(image.index.digest);
    for (const platformImage of image.images) {
      expect(await store.statManifest("acme/app", platformImage.manifest.digest)).toBeDefined();
    }
  });
});
