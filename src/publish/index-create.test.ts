import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import {
  OCI_EMPTY_DESCRIPTOR,
  OCI_INDEX,
  OCI_MANIFEST,
  type ParsedIndex,
  parseManifest,
  parsePlatform,
} from "../oci/index.js";
import { MemoryStore } from "../store/memory.js";
import { parseIndexAnnotations } from "./index-annotations.js";
import { appendToIndex, createIndex, removeFromIndex } from "./index-create.js";
import { pushArchImage, pushBuildxImage } from "./index-test-support.js";

function location(repository: string, reference: string) {
  return { repository, reference, label: `${repository}:${reference}` };
}

async function indexAt(store: MemoryStore, repo: string, tag: string): Promise<ParsedIndex> {
  const stored = await store.getManifest(repo, tag);
  const parsed = parseManifest(stored.bytes, stored.mediaType);
  if (parsed.kind !== "index") throw new Error(`${repo}:${tag} is not an index`);
  return parsed;
}

async function rejection(promise: Promise<unknown>): Promise<DockhandError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DockhandError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("createIndex", () => {
  it("mounts sources from other repositories into the target, then tags the index there", async () => {
    const store = new MemoryStore();
    const amd = await pushBuildxImage(store, "build-amd64", "linux/amd64", "main");
    const arm = await pushArchImage(store, "build-arm64", "linux/arm64", { tag: "main" });
    const result = await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main", "latest"] }],
      sources: [location("build-amd64", "main"), location("build-arm64", "main")],
    });
    expect(result.dryRun).toBe(false);
    expect(result.tags).toEqual(["app:main", "app:latest"]);
    // image + attestation + arm image; config and layer of each image, config and statement of the attestation
    expect(result.tally).toEqual({ manifests: 3, mounted: 6, copied: 0, present: 0 });
    for (const tag of ["main", "latest"]) {
      expect((await store.statManifest("app", tag))?.digest).toBe(result.digest);
    }
    const index = await indexAt(store, "app", "main");
    expect(index.manifests.map((d) => d.digest)).toEqual([amd.image.digest, arm.digest, amd.attestation.digest]);
    for (const d of index.manifests) expect(await store.statManifest("app", d.digest)).toBeDefined();
    const image = parseManifest((await store.getManifest("app", arm.digest)).bytes);
    if (image.kind !== "image") throw new Error("not an image");
    for (const blob of [image.config, ...image.layers]) expect(await store.statBlob("app", blob.digest)).toBeDefined();
  });

  it("brings the referrers of a source image (a signature) along into the target repository", async () => {
    const store = new MemoryStore();
    const image = await pushArchImage(store, "build", "linux/amd64", { tag: "amd64" });
    const signature = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: "application/vnd.dev.cosign.artifact.sig.v1+json",
        config: OCI_EMPTY_DESCRIPTOR,
        layers: [OCI_EMPTY_DESCRIPTOR],
        subject: { mediaType: image.mediaType, digest: image.digest, size: image.bytes.byteLength },
      }),
    );
    await store.putBlob("build", OCI_EMPTY_DESCRIPTOR.digest, 2, Buffer.from("{}"));
    const signatureDigest = await store.putManifest("build", signature, OCI_MANIFEST);
    await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main"] }],
      sources: [location("build", "amd64")],
    });
    expect((await store.referrers("app", image.digest)).map((d) => d.digest)).toEqual([signatureDigest]);
  });

  it("needs no mounts for sources in the target repository", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "app", "linux/amd64", { tag: "main-amd64" });
    await pushArchImage(store, "app", "linux/arm64", { tag: "main-arm64" });
    const result = await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main"] }],
      sources: [location("app", "main-amd64"), location("app", "main-arm64")],
    });
    expect(result.tally.manifests + result.tally.mounted + result.tally.copied).toBe(0);
    expect((await indexAt(store, "app", "main")).manifests).toHaveLength(2);
  });

  it("pushes nothing on a dry run", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "build", "linux/amd64", { tag: "a" });
    const result = await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main"] }],
      sources: [location("build", "a")],
      dryRun: true,
    });
    expect(result.dryRun).toBe(true);
    expect(await store.statManifest("app", "main")).toBeUndefined();
    expect(JSON.parse(Buffer.from(result.bytes).toString()).mediaType).toBe(OCI_INDEX);
  });

  it("tags the index in several repositories, mounting into each", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "build", "linux/amd64", { tag: "a" });
    const result = await createIndex({
      store,
      targets: [
        { repository: "app", tags: ["1.0"] },
        { repository: "mirror/app", tags: ["1.0"] },
      ],
      sources: [location("build", "a")],
    });
    expect((await store.statManifest("mirror/app", "1.0"))?.digest).toBe(result.digest);
    expect(result.tally.manifests).toBe(2);
  });

  it("names a missing source and writes nothing", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "app", "linux/amd64", { tag: "main-amd64" });
    const error = await rejection(
      createIndex({
        store,
        targets: [{ repository: "app", tags: ["main"] }],
        sources: [location("app", "main-amd64"), location("app", "main-arm64")],
      }),
    );
    expect(error.code).toBe("MANIFEST_UNKNOWN");
    expect(error.message).toBe("source app:main-arm64 not found");
    expect(await store.statManifest("app", "main")).toBeUndefined();
  });
});

describe("appendToIndex", () => {
  it("adds an image and keeps the entries and annotations of the index", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "app", "linux/amd64", { tag: "a" });
    await pushArchImage(store, "app", "linux/arm64", { tag: "b" });
    const riscv = await pushArchImage(store, "other", "linux/riscv64", { tag: "c" });
    const first = await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main"] }],
      sources: [location("app", "a"), location("app", "b")],
      annotations: parseIndexAnnotations(["index:k=v"]),
    });
    const result = await appendToIndex({
      store,
      target: { ...location("app", "main"), tag: "main" },
      sources: [location("other", "c")],
    });
    expect(result.digest).not.toBe(first.digest);
    const index = await indexAt(store, "app", "main");
    expect(index.annotations).toEqual({ k: "v" });
    expect(index.manifests.map((d) => d.platform?.architecture)).toEqual(["amd64", "arm64", "riscv64"]);
    expect(index.manifests[2]?.digest).toBe(riscv.digest);
    expect(await store.statManifest("app", riscv.digest)).toBeDefined();
  });

  it("refuses a platform the index already has, and a missing index", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "app", "linux/amd64", { tag: "a" });
    await pushArchImage(store, "app", "linux/amd64", { tag: "a2", seed: "another build" });
    await createIndex({ store, targets: [{ repository: "app", tags: ["main"] }], sources: [location("app", "a")] });
    const target = { ...location("app", "main"), tag: "main" };
    const duplicate = await rejection(appendToIndex({ store, target, sources: [location("app", "a2")] }));
    expect(duplicate.code).toBe("INDEX_DUPLICATE_PLATFORM");
    const missing = await rejection(
      appendToIndex({ store, target: { ...location("app", "nope"), tag: "nope" }, sources: [location("app", "a")] }),
    );
    expect(missing.code).toBe("MANIFEST_UNKNOWN");
    expect(missing.hint).toContain("index create");
  });
});

describe("removeFromIndex", () => {
  it("drops a platform and its attestation under the same tag", async () => {
    const store = new MemoryStore();
    const amd = await pushBuildxImage(store, "app", "linux/amd64", "main-amd64");
    await pushBuildxImage(store, "app", "linux/arm64", "main-arm64");
    await createIndex({
      store,
      targets: [{ repository: "app", tags: ["main"] }],
      sources: [location("app", "main-amd64"), location("app", "main-arm64")],
    });
    const result = await removeFromIndex({
      store,
      target: { ...location("app", "main"), tag: "main" },
      platforms: [parsePlatform("linux/arm64")],
    });
    expect(result.plan.removed).toHaveLength(2);
    const index = await indexAt(store, "app", "main");
    expect(index.manifests.map((d) => d.digest)).toEqual([amd.image.digest, amd.attestation.digest]);
  });

  it("refuses a single image", async () => {
    const store = new MemoryStore();
    await pushArchImage(store, "app", "linux/amd64", { tag: "a" });
    const error = await rejection(
      removeFromIndex({
        store,
        target: { ...location("app", "a"), tag: "a" },
        platforms: [parsePlatform("linux/amd64")],
      }),
    );
    expect(error.code).toBe("INDEX_NOT_AN_INDEX");
  });
});
