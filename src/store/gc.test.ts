import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blob, bytes, image, index, pushImage } from "../../test/store/fixtures.js";
import { DiskStore } from "./disk.js";
import { collectGarbage } from "./gc.js";

let root: string;
let store: DiskStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "dockhand-gc-"));
  store = await DiskStore.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Makes a file look as if it was written `ms` ago. */
async function age(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(path, then, then);
}

describe("collectGarbage", () => {
  it("removes unreferenced blobs and deleted manifests, keeps everything a manifest needs", async () => {
    const kept = image("kept", 2);
    const keptDigest = await pushImage(store, "app", kept, "v1");
    const amd = image("amd");
    const arm = image("arm");
    await pushImage(store, "app", amd);
    await pushImage(store, "app", arm);
    const multi = index([amd, arm]);
    await store.mountBlob("other", amd.config.descriptor.digest, "app");
    const idx = await store.putManifest("app", multi.manifest, multi.mediaType, "multi");
    const orphan = blob("orphan layer");
    await store.putBlob("app", orphan.descriptor.digest, orphan.descriptor.size, orphan.bytes);
    const gone = image("gone");
    const goneDigest = await pushImage(store, "app", gone, "old");
    await store.deleteManifest("app", goneDigest);

    const dry = await collectGarbage(store, { dryRun: true, minBlobAgeMs: 0 });
    const expected = [
      orphan.descriptor.digest,
      goneDigest,
      gone.config.descriptor.digest,
      gone.layers[0]?.descriptor.digest,
    ].sort();
    expect(dry.blobs.digests).toEqual(expected);
    expect(await store.statBlob("app", orphan.descriptor.digest)).toBe(orphan.descriptor.size);

    const result = await collectGarbage(store, { minBlobAgeMs: 0 });
    expect(result.blobs).toEqual({ count: 4, bytes: dry.blobs.bytes, digests: expected });
    expect(result.links).toBe(3);
    expect(await store.statBlob("app", orphan.descriptor.digest)).toBeUndefined();
    for (const layer of kept.layers)
      expect(await store.statBlob("app", layer.descriptor.digest)).toBe(layer.descriptor.size);
    expect((await store.getManifest("app", "v1")).digest).toBe(keptDigest);
    expect((await store.getManifest("app", "multi")).digest).toBe(idx);
    expect(await store.statManifest("app", amd.digest)).toBeDefined();
    expect(await store.statBlob("other", amd.config.descriptor.digest)).toBeDefined();
    expect((await collectGarbage(store, { minBlobAgeMs: 0 })).blobs.count).toBe(0);
  });

  it("keeps unreferenced content younger than the grace period", async () => {
    const fresh = blob("just pushed");
    await store.putBlob("app", fresh.descriptor.digest, fresh.descriptor.size, fresh.bytes);
    expect((await collectGarbage(store)).blobs.count).toBe(0);
    await age(store.paths.blob(fresh.descriptor.digest), 10 * 60 * 1000);
    expect((await collectGarbage(store)).blobs.digests).toEqual([fresh.descriptor.digest]);
  });

  it("removes stale upload sessions and leftover temp files, not live ones", async () => {
    const stale = await store.startUpload("app");
    await store.appendUpload("app", stale.id, 0, bytes("abandoned"));
    const live = await store.startUpload("app");
    await age(join(store.paths.upload(stale.id), "data"), 2 * 60 * 60 * 1000);
    await age(join(store.paths.upload(stale.id), "info.json"), 2 * 60 * 60 * 1000);
    const leftover = join(store.paths.tmpDir, ".tmp-crashed");
    await writeFile(leftover, "half");
    await age(leftover, 2 * 60 * 60 * 1000);

    const result = await collectGarbage(store, { uploadMaxAgeMs: 60 * 60 * 1000 });
    expect(result.uploads).toEqual({ count: 1, bytes: 9, ids: [stale.id] });
    expect(result.tempFiles.count).toBe(1);
    expect(await store.getUpload("app", stale.id)).toBeUndefined();
    expect(await store.getUpload("app", live.id)).toBeDefined();
    expect(await readdir(store.paths.tmpDir)).toEqual([]);
  });

  it("keeps content a manifest claims while gc runs", async () => {
    // A blob pushed long ago and never referenced; a manifest push during gc touches it before gc can take it.
    const img = image("late manifest");
    for (const b of [img.config, ...img.layers]) {
      await store.putBlob("app", b.descriptor.digest, b.descriptor.size, b.bytes);
      await age(store.paths.blob(b.descriptor.digest), 60 * 60 * 1000);
    }
    const [gcResult, pushed] = await Promise.all([
      collectGarbage(store, { minBlobAgeMs: 60 * 1000 }),
      store.putManifest("app", img.manifest, img.mediaType, "late").then(
        () => "stored",
        (error: { code?: string }) => error.code,
      ),
    ]);
    if (pushed === "stored") {
      // Whatever gc did, a stored manifest has all its content.
      for (const b of [img.config, ...img.layers]) {
        expect(await store.statBlob("app", b.descriptor.digest)).toBe(b.descriptor.size);
      }
    } else {
      expect(pushed).toBe("MANIFEST_BLOB_UNKNOWN");
      expect(gcResult.blobs.count).toBeGreaterThan(0);
    }
  });
});
