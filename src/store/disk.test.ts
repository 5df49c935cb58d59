import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blob, bytes, image, pushImage, rejectionCode, text } from "../../test/store/fixtures.js";
import { computeDigest } from "../oci/digest.js";
import { DiskStore } from "./disk.js";

/** Every file under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe("DiskStore on disk", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "dockhand-disk-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("keeps blobs, manifests, tags, referrers and upload sessions across a reopen", async () => {
    const first = await DiskStore.open(root);
    const img = image("persisted", 2);
    const digest = await pushImage(first, "team/app", img, "v1");
    const subject = { mediaType: img.mediaType, digest, size: img.manifest.length };
    const referrer = image("signature", 1, { subject, artifactType: "application/example" });
    await pushImage(first, "team/app", referrer);
    const session = await first.startUpload("team/app");
    await first.appendUpload("team/app", session.id, 0, bytes("half an upl"));

    const second = await DiskStore.open(root);
    expect(Buffer.from((await second.getManifest("team/app", "v1")).bytes).equals(Buffer.from(img.manifest))).toBe(
      true,
    );
    expect(await second.listTags("team/app")).toEqual({ tags: ["v1"] });
    expect(await second.listRepositories()).toEqual(["team/app"]);
    expect((await second.referrers("team/app", digest)).map((d) => d.artifactType)).toEqual(["application/example"]);
    const layer = img.layers[1];
    expect(layer && (await text((await second.getBlob("team/app", layer.descriptor.digest)).stream))).toBe(
      "persisted layer 1",
    );
    expect((await second.getUpload("team/app", session.id))?.size).toBe(11);
    await second.appendUpload("team/app", session.id, 11, bytes("oad"));
    await second.commitUpload("team/app", session.id, computeDigest("half an upload"));
    expect(await second.statBlob("team/app", computeDigest("half an upload"))).toBe(14);
  });

  it("leaves no blob and no temp file when the digest does not match", async () => {
    const store = await DiskStore.open(root);
    const digest = computeDigest("expected");
    await expect(
      store.putBlob("app", digest, undefined, Readable.from([Buffer.from("different")])),
    ).rejects.toMatchObject({
      code: "DIGEST_INVALID",
    });
    const session = await store.startUpload("app");
    await store.appendUpload("app", session.id, 0, bytes("different"));
    expect(await rejectionCode(store.commitUpload("app", session.id, digest))).toBe("DIGEST_INVALID");
    await store.cancelUpload("app", session.id);
    expect(await filesUnder(root)).toEqual([]);
  });

  it("never turns an interrupted chunk into a blob; the session resumes from what arrived", async () => {
    const store = await DiskStore.open(root);
    const session = await store.startUpload("app");
    const broken = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(store.appendUpload("app", session.id, 0, broken)).rejects.toThrow(/client went away/);
    // Whatever part of the chunk reached the disk counts; the client resumes from the reported size.
    const size = (await store.getUpload("app", session.id))?.size ?? -1;
    expect(size).toBeGreaterThanOrEqual(0);
    expect(size).toBeLessThanOrEqual(7);
    expect((await filesUnder(join(root, "blobs"))).length).toBe(0);
    await store.appendUpload("app", session.id, size, bytes("partial and the rest".slice(size)));
    await store.commitUpload("app", session.id, computeDigest("partial and the rest"));
    expect(await store.statBlob("app", computeDigest("partial and the rest"))).toBe(20);
  });

  it("reads a session whose info a crash left unwritten as unknown, not as an error", async () => {
    const store = await DiskStore.open(root);
    const session = await store.startUpload("app");
    await writeFile(join(root, "uploads", session.id, "info.json"), "");
    expect(await store.getUpload("app", session.id)).toBeUndefined();
    expect(await rejectionCode(store.appendUpload("app", session.id, 0, bytes("x")))).toBe("BLOB_UPLOAD_UNKNOWN");
  });

  it("keeps a manifest pushed by sha512 under that digest across a reopen", async () => {
    const built = image("sha512");
    await pushImage(await DiskStore.open(root), "app", built);
    const store = await DiskStore.open(root);
    const digest = await store.putManifest("app", built.manifest, built.mediaType, "v1", { algorithm: "sha512" });
    expect(digest).toBe(computeDigest(built.manifest, "sha512"));
    const reopened = await DiskStore.open(root);
    expect((await reopened.getManifest("app", "v1")).digest).toBe(digest);
    expect(Buffer.from((await reopened.getManifest("app", digest)).bytes)).toEqual(Buffer.from(built.manifest));
  });

  it("accepts concurrent puts of one blob and one tag", async () => {
    const store = await DiskStore.open(root);
    const big = Buffer.alloc(256 * 1024, 7);
    const digest = computeDigest(big);
    const chunks = (n: number) =>
      Array.from({ length: n }, (_, i) => big.subarray((i * big.length) / n, ((i + 1) * big.length) / n));
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.putBlob(i % 2 ? "app" : "other", digest, big.length, Readable.from(chunks(i + 1))),
      ),
    );
    expect(await store.statBlob("app", digest)).toBe(big.length);
    expect(await store.statBlob("other", digest)).toBe(big.length);
    expect((await filesUnder(join(root, "tmp"))).length).toBe(0);

    const images = Array.from({ length: 6 }, (_, i) => image(`racer ${i}`));
    for (const img of images) await pushImage(store, "app", img);
    const digests = await Promise.all(
      images.map((img) => store.putManifest("app", img.manifest, img.mediaType, "latest")),
    );
    const winner = await store.statManifest("app", "latest");
    expect(digests).toContain(winner?.digest);
    expect(await store.listTags("app")).toEqual({ tags: ["latest"] });
  });

  it("keeps every path inside the root", async () => {
    const store = await DiskStore.open(root);
    const b = blob("x");
    expect(await rejectionCode(store.putBlob("../outside", b.descriptor.digest, 1, b.bytes))).toBe("NAME_INVALID");
    expect(await rejectionCode(store.getManifest("app", "../../etc"))).toBe("TAG_INVALID");
    expect(await rejectionCode(store.getBlob("app", "sha256:../../../etc/passwd"))).toBe("DIGEST_INVALID");
    expect(await store.getUpload("app", "../../tmp")).toBeUndefined();
  });
});
