import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hasTool, runTool } from "../../test/helpers/tools.js";
import { image, pushImage, text } from "../../test/store/fixtures.js";
import { parseManifest } from "../oci/manifest.js";
import { OCI_MANIFEST } from "../oci/mediaTypes.js";
import { buildSampleImage, pushSampleImage } from "../sample/image.js";
import { OciLayoutStore, REF_NAME_ANNOTATION } from "./layout.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dockhand-layout-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("OciLayoutStore files", () => {
  it("creates the layout and records tags as ref.name annotations in index.json", async () => {
    const root = join(dir, "new");
    const store = await OciLayoutStore.open(root);
    expect(JSON.parse(await readFile(join(root, "oci-layout"), "utf8"))).toEqual({ imageLayoutVersion: "1.0.0" });
    const digest = await pushImage(store, "ignored/name", image("tagged"), "v1");
    const index = JSON.parse(await readFile(join(root, "index.json"), "utf8"));
    expect(index.manifests).toEqual([
      expect.objectContaining({ digest, mediaType: OCI_MANIFEST, annotations: { [REF_NAME_ANNOTATION]: "v1" } }),
    ]);
    expect(await store.listRepositories()).toEqual([""]);
    expect((await readdir(join(root, "blobs"))).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("refuses a layout of another version", async () => {
    const root = join(dir, "old");
    await OciLayoutStore.open(root);
    await writeFile(join(root, "oci-layout"), '{"imageLayoutVersion":"2.0.0"}');
    await expect(OciLayoutStore.open(root)).rejects.toMatchObject({ code: "UNSUPPORTED" });
  });

  it("keeps children of an index out of index.json once the index lists them", async () => {
    const root = join(dir, "multi");
    const store = await OciLayoutStore.open(root);
    const sample = buildSampleImage({ layers: 1 });
    await pushSampleImage(store, "", sample, ["latest", "v1"]);
    const index = JSON.parse(await readFile(join(root, "index.json"), "utf8"));
    expect(index.manifests.map((m: { digest: string }) => m.digest)).toEqual([
      sample.index.digest,
      sample.index.digest,
    ]);
    expect(await store.listTags("")).toEqual({ tags: ["latest", "v1"] });
    const child = sample.images[0]?.manifest.digest ?? "";
    expect((await store.statManifest("", child))?.mediaType).toBe(OCI_MANIFEST);
  });
  it("keeps every tag when many are written at once", async () => {
    const store = await OciLayoutStore.open(join(dir, "busy"));
    const img = image("busy");
    await pushImage(store, "", img);
    const tags = Array.from({ length: 20 }, (_, i) => `t${String(i).padStart(2, "0")}`);
    await Promise.all(tags.map((tag) => store.putManifest("", img.manifest, img.mediaType, tag)));
    expect((await store.listTags("")).tags).toEqual(tags);
  });
});

describe.skipIf(!hasTool("umoci"))("OciLayoutStore and umoci", () => {
  it("reads a layout umoci made", async () => {
    const root = join(dir, "umoci");
    runTool("umoci", ["init", "--layout", root]);
    runTool("umoci", ["new", "--image", `${root}:fresh`]);
    const store = await OciLayoutStore.open(root);
    expect(await store.listTags("")).toEqual({ tags: ["fresh"] });
    const manifest = await store.getManifest("", "fresh");
    const parsed = parseManifest(manifest.bytes, manifest.mediaType);
    if (parsed.kind !== "image") throw new Error("umoci made an index");
    const config = JSON.parse(await text((await store.getBlob("", parsed.config.digest)).stream));
    expect(config).toMatchObject({ rootfs: { type: "layers" } });

    // Writing into umoci's layout keeps it valid for umoci.
    await pushImage(store, "", image("added"), "added");
    expect(runTool("umoci", ["ls", "--layout", root]).split("\n").filter(Boolean).sort()).toEqual(["added", "fresh"]);
  });

  it("writes a layout umoci lists and stats", async () => {
    const root = join(dir, "ours");
    const store = await OciLayoutStore.open(root);
    const sample = buildSampleImage({ layers: 2, platforms: ["linux/amd64"] });
    await pushSampleImage(store, "", sample, ["multi"]);
    const amd64 = sample.images[0];
    if (!amd64) throw new Error("no platform image");
    await store.putManifest("", amd64.manifest.bytes, amd64.manifest.mediaType, "amd64");
    expect(runTool("umoci", ["ls", "--layout", root]).split("\n").filter(Boolean).sort()).toEqual(["amd64", "multi"]);
    const stat = JSON.parse(runTool("umoci", ["stat", "--image", `${root}:amd64`, "--json"]));
    expect(stat).toHaveProperty("history");
  });
});

describe.skipIf(!hasTool("skopeo"))("OciLayoutStore and skopeo", () => {
  it("round-trips a multi-platform image through skopeo copy --all", async () => {
    const ours = join(dir, "ours");
    const theirs = join(dir, "theirs");
    const store = await OciLayoutStore.open(ours);
    const sample = buildSampleImage({ layers: 2 });
    await pushSampleImage(store, "", sample, ["multi"]);
    runTool("skopeo", ["copy", "--all", "--preserve-digests", `oci:${ours}:multi`, `oci:${theirs}:copied`]);

    const copy = await OciLayoutStore.open(theirs);
    expect(await copy.listTags("")).toEqual({ tags: ["copied"] });
    expect((await copy.statManifest("", "copied"))?.digest).toBe(sample.index.digest);
    for (const platformImage of sample.images) {
      expect((await copy.statManifest("", platformImage.manifest.digest))?.digest).toBe(platformImage.manifest.digest);
      for (const layer of platformImage.layers) {
        expect(await copy.statBlob("", layer.digest)).toBe(layer.bytes.length);
      }
    }
  });
});
