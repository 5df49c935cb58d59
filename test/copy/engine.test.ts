/** The copy engine between in-memory stores: graphs, subsets, tags, referrers, mounts, skips and dry runs. */
import { describe, expect, it } from "vitest";
import { type CopyEvent, CopySession, copyImage, copyRepository } from "../../src/copy/index.js";
import { parseManifest } from "../../src/oci/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { MemoryStore } from "../../src/store/memory.js";
import { at, pushArtifact } from "./fixtures.js";

const image = buildSampleImage({ platforms: ["linux/amd64", "linux/arm64", "linux/arm/v7"], layers: 2 });

async function sourceStore(tags = ["latest"]): Promise<MemoryStore> {
  const store = new MemoryStore();
  await pushSampleImage(store, "team/app", image, tags);
  return store;
}

describe("copyImage between stores", () => {
  it("copies a multi-platform index with identical digests, children before the tag", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    const events: CopyEvent[] = [];
    const result = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "other/app", {}, "t"), {
      onEvent: (e) => events.push(e),
    });
    expect(result.digest).toBe(image.index.digest);
    expect((await target.statManifest("other/app", "latest"))?.digest).toBe(image.index.digest);
    for (const platform of image.images) {
      expect((await target.statManifest("other/app", platform.manifest.digest))?.digest).toBe(platform.manifest.digest);
      for (const layer of platform.layers)
        expect(await target.statBlob("other/app", layer.digest)).toBe(layer.bytes.length);
    }
    const blobCount = image.images.reduce((n, p) => n + p.layers.length + 1, 0);
    expect(result.summary.blobs).toEqual({ copied: blobCount, mounted: 0, skipped: 0 });
    expect(result.summary.manifests.pushed).toBe(3);
    expect(result.summary.tags.tagged).toBe(1);
    const order = events.filter((e) => e.type === "manifest" || e.type === "tag").map((e) => e.type);
    expect(order.at(-1)).toBe("tag");
    const lastBlob = events.findLastIndex((e) => e.type === "blob");
    const firstManifest = events.findIndex((e) => e.type === "manifest");
    expect(lastBlob).toBeLessThan(firstManifest);
  });

  it("skips an image the target already has, and a second tag of it moves no blob", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"));
    const again = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"));
    expect(again.summary.upToDate).toBe(1);
    expect(again.summary.bytesMoved).toBe(0);
    const retag = await copyImage(
      at(source, "team/app", { tag: "latest" }),
      at(target, "team/app", { tag: "v2" }, "t"),
    );
    expect(retag.summary.blobs.copied).toBe(0);
    expect(retag.summary.manifests.skipped).toBe(1);
    expect(retag.summary.tags.tagged).toBe(1);
    expect((await target.statManifest("team/app", "v2"))?.digest).toBe(image.index.digest);
  });

  it("force walks a tree the target has and re-sends only what is missing", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"));
    const lost = image.images[0]?.layers[0];
    if (!lost) throw new Error("sample has no layer");
    await target.deleteBlob("team/app", lost.digest);
    const plain = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"));
    expect(plain.summary.blobs.copied).toBe(0);
    const forced = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"), {
      force: true,
    });
    expect(forced.summary.blobs.copied).toBe(1);
    expect(forced.summary.bytesMoved).toBe(lost.bytes.length);
    expect(await target.statBlob("team/app", lost.digest)).toBe(lost.bytes.length);
  });

  it("copies a platform subset as a new index and says so", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    const events: CopyEvent[] = [];
    const result = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"), {
      platforms: ["linux/arm64", "linux/arm"],
      onEvent: (e) => events.push(e),
    });
    expect(result.digest).not.toBe(image.index.digest);
    expect(result.sourceDigest).toBe(image.index.digest);
    const subset = events.find((e) => e.type === "subset");
    expect(subset).toMatchObject({
      sourceDigest: image.index.digest,
      digest: result.digest,
      platforms: ["linux/arm64", "linux/arm/v7"],
    });
    const stored = await target.getManifest("team/app", "latest");
    const parsed = parseManifest(stored.bytes, stored.mediaType);
    expect(parsed.kind === "index" && parsed.manifests.map((m) => m.platform?.architecture)).toEqual(["arm64", "arm"]);
    const amd64 = image.images[0];
    expect(await target.statManifest("team/app", amd64?.manifest.digest ?? "")).toBeUndefined();
  });

  it("refuses a platform the index lacks, naming what it has", async () => {
    const source = await sourceStore();
    await expect(
      copyImage(at(source, "team/app", { tag: "latest" }), at(new MemoryStore(), "x", {}, "t"), {
        platforms: ["linux/s390x"],
      }),
    ).rejects.toThrow(/no manifest for linux\/s390x \(it has linux\/amd64, linux\/arm64, linux\/arm\/v7\)/);
  });

  it("copies by digest without a tag, and names a missing source", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    const result = await copyImage(at(source, "team/app", { digest: image.index.digest }), at(target, "copy", {}, "t"));
    expect(result.target).toContain(`@${image.index.digest}`);
    expect((await target.listTags("copy")).tags).toEqual([]);
    await expect(copyImage(at(source, "team/app", { tag: "nope" }), at(target, "copy", {}, "t"))).rejects.toMatchObject(
      {
        code: "MANIFEST_UNKNOWN",
        exit: 1,
      },
    );
  });

  it("mounts within one store and moves no bytes; the location cache mounts from other repositories", async () => {
    const store = await sourceStore();
    const session = new CopySession();
    const first = await copyImage(at(store, "team/app", { tag: "latest" }), at(store, "team/copy", {}), { session });
    expect(first.summary.bytesMoved).toBe(0);
    expect(first.summary.blobs.mounted).toBeGreaterThan(0);
    // A second store holding the same image copies into the first store's third repository: the cache knows
    // team/copy and team/app hold the blobs, so they are mounted, not uploaded.
    const other = await sourceStore();
    const third = await copyImage(at(other, "team/app", { tag: "latest" }, "other"), at(store, "team/third", {}), {
      session,
    });
    expect(third.summary.bytesMoved).toBe(0);
    expect(third.summary.blobs.mounted).toBe(first.summary.blobs.mounted);
  });

  it("within one repository sends only the manifest", async () => {
    const store = await sourceStore();
    const result = await copyImage(at(store, "team/app", { tag: "latest" }), at(store, "team/app", { tag: "v1" }));
    expect(result.summary.blobs).toEqual({ copied: 0, mounted: 0, skipped: 0 });
    expect(result.summary.tags.tagged).toBe(1);
    expect(result.summary.manifests.pushed).toBe(0);
  });

  it("dry run reports what would move and writes nothing", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    const result = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"), {
      dryRun: true,
    });
    const total = image.images.reduce(
      (n, p) => n + p.config.bytes.length + p.layers.reduce((m, l) => m + l.bytes.length, 0),
      0,
    );
    expect(result.summary).toMatchObject({ dryRun: true, bytesMoved: total });
    expect(await target.listRepositories()).toEqual([]);
  });
});

describe("copyRepository and referrers", () => {
  it("copies the selected tags and leaves digest tags to --referrers", async () => {
    const source = await sourceStore(["v1.0.0", "v1.1.0", "main", "pr-7"]);
    const subject = { digest: image.index.digest, mediaType: image.index.mediaType, size: image.index.bytes.length };
    const tagged = `${image.index.digest.replace(":", "-")}.sig`;
    await pushArtifact(source, "team/app", subject, "cosign", tagged);
    const target = new MemoryStore();
    const result = await copyRepository(at(source, "team/app"), at(target, "team/app", {}, "t"), {
      include: ["^v", "^main$"],
      exclude: ["^v1\\.0"],
    });
    expect(result.tags).toEqual(["main", "v1.1.0"]);
    expect((await target.listTags("team/app")).tags).toEqual(["main", "v1.1.0"]);
    expect(result.summary.images).toBe(2);
    // The second tag shares everything with the first: nothing moves twice.
    const blobCount = image.images.reduce((n, p) => n + p.layers.length + 1, 0);
    expect(result.summary.blobs.copied).toBe(blobCount);
  });

  it("copies referrers (by subject) and cosign digest tags with --referrers", async () => {
    const source = await sourceStore();
    const subject = { digest: image.index.digest, mediaType: image.index.mediaType, size: image.index.bytes.length };
    const referrer = await pushArtifact(source, "team/app", subject, "attestation");
    const sigTag = `${image.index.digest.replace(":", "-")}.sig`;
    const signature = await pushArtifact(source, "team/app", subject, "signature", sigTag);
    const child = image.images[1];
    if (!child) throw new Error("sample lacks a second platform");
    const childReferrer = await pushArtifact(
      source,
      "team/app",
      { digest: child.manifest.digest, mediaType: child.manifest.mediaType, size: child.manifest.bytes.length },
      "sbom",
    );
    const target = new MemoryStore();
    const without = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"));
    expect(without.summary.manifests.pushed).toBe(3);
    const withReferrers = await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"), {
      referrers: true,
    });
    const found = (await target.referrers("team/app", image.index.digest)).map((d) => d.digest).sort();
    expect(found).toEqual([referrer, signature].sort());
    expect((await target.statManifest("team/app", sigTag))?.digest).toBe(signature);
    // The child's referrer is not reached when the index was already there (its tree is not walked) …
    expect(await target.statManifest("team/app", childReferrer)).toBeUndefined();
    expect(withReferrers.summary.tags.tagged).toBe(1);
    // … and is, when the tree is walked.
    await copyImage(at(source, "team/app", { tag: "latest" }), at(target, "team/app", {}, "t"), {
      referrers: true,
      force: true,
    });
    expect((await target.statManifest("team/app", childReferrer))?.digest).toBe(childReferrer);
  });
});

describe("per-host blob limit", () => {
  it("moves at most `concurrency` blobs at once per host", async () => {
    const source = await sourceStore();
    const target = new MemoryStore();
    let inFlight = 0;
    let peak = 0;
    const putBlob: MemoryStore["putBlob"] = async (...args) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        await new Promise((resolve) => setImmediate(resolve));
        return await target.putBlob(...args);
      } finally {
        inFlight--;
      }
    };
    // Every other method goes to the real store (bound, for its private fields).
    const counting = new Proxy(target, {
      get: (store, name) => {
        if (name === "putBlob") return putBlob;
        const value = Reflect.get(store, name, store);
        return typeof value === "function" ? value.bind(store) : value;
      },
    });
    const result = await copyImage(at(source, "team/app", { tag: "latest" }), at(counting, "team/app", {}, "t"), {
      concurrency: 2,
    });
    expect(result.summary.blobs.copied).toBe(9);
    expect(peak).toBe(2);
  });
});
