/**
 * The client against the reference registry (CNCF distribution 2.8.2), with images pushed by skopeo from
 * umoci-made layouts and by the client itself.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  computeDigest,
  OCI_EMPTY,
  OCI_EMPTY_DESCRIPTOR,
  OCI_INDEX,
  OCI_MANIFEST,
  parseManifest,
} from "../../src/oci/index.js";
import { RegistryClient, type RegistryError, RegistryStore, referrersTag } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import {
  buildLayoutImage,
  buildLayoutIndex,
  hasImageTools,
  type LayoutManifest,
  skopeoPush,
  skopeoRawManifest,
} from "../helpers/images.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.skipIf(!hasTool("docker-registry") || !hasImageTools())("client against the reference registry", () => {
  let registry: ReferenceRegistry;
  let client: RegistryClient;
  let work: string;
  let image: LayoutManifest;
  let index: LayoutManifest;
  const repo = (path: string) => ({ domain: registry.host, path });

  beforeAll(async () => {
    registry = await startReferenceRegistry();
    client = new RegistryClient({ credentials: async () => undefined });
    work = await mkdtemp(join(tmpdir(), "dockhand-layouts-"));
    const layout = join(work, "layout");
    image = await buildLayoutImage(layout, "v1", {
      layers: [{ "etc/one": "1\n" }, { "etc/two": "2\n" }, { "etc/three": "3\n" }],
    });
    index = await buildLayoutIndex(layout, "multi");
    skopeoPush(layout, "v1", registry.host, "team/app:v1");
    skopeoPush(layout, "multi", registry.host, "team/multi:latest");
  });
  afterAll(async () => {
    await client?.close();
    await registry?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("reads a skopeo-pushed image: manifest by tag and digest, layers verified", async () => {
    const head = await client.headManifest(repo("team/app"), "v1");
    expect(head).toEqual({ mediaType: OCI_MANIFEST, digest: image.digest, size: image.size });
    const byTag = await client.getManifest(repo("team/app"), "v1");
    const byDigest = await client.getManifest(repo("team/app"), image.digest);
    expect(byTag.digest).toBe(image.digest);
    expect(Buffer.from(byDigest.bytes)).toEqual(Buffer.from(byTag.bytes));
    const parsed = parseManifest(byTag.bytes, byTag.mediaType);
    if (parsed.kind !== "image") throw new Error("expected an image");
    expect(parsed.layers).toHaveLength(3);
    for (const layer of [parsed.config, ...parsed.layers]) {
      expect(await client.statBlob(repo("team/app"), layer.digest)).toBe(layer.size);
      const reader = await client.getBlob(repo("team/app"), layer.digest);
      const bytes = await readAll(reader.stream);
      expect(computeDigest(bytes)).toBe(layer.digest);
      expect(reader.size).toBe(layer.size);
    }
  });

  it("reads a two-platform index pushed by skopeo", async () => {
    const manifest = await client.getManifest(repo("team/multi"), "latest");
    expect(manifest.digest).toBe(index.digest);
    expect(manifest.mediaType).toBe(OCI_INDEX);
    const parsed = parseManifest(manifest.bytes, manifest.mediaType);
    if (parsed.kind !== "index") throw new Error("expected an index");
    expect(parsed.manifests.map((m) => m.platform?.architecture)).toEqual(["amd64", "arm64"]);
    for (const child of parsed.manifests) {
      expect((await client.headManifest(repo("team/multi"), child.digest))?.digest).toBe(child.digest);
    }
  });

  it("pushes an image that skopeo reads back byte for byte", async () => {
    const sample = buildSampleImage({ seed: "client-push" });
    await pushSampleImage(new RegistryStore(client, registry.host), "team/pushed", sample, ["v1", "v1.0"]);
    const raw = skopeoRawManifest(registry.host, "team/pushed:v1");
    expect(raw).toBe(Buffer.from(sample.index.bytes).toString("utf8"));
    const child = sample.images[0];
    if (!child) throw new Error("sample without images");
    expect(skopeoRawManifest(registry.host, `team/pushed@${child.manifest.digest}`)).toBe(
      Buffer.from(child.manifest.bytes).toString("utf8"),
    );
  });

  it("uploads a blob in chunks from a stream and reads it back", async () => {
    const chunked = new RegistryClient({ credentials: async () => undefined, chunkSize: 4096, uploadMode: "chunked" });
    try {
      const bytes = randomBytes(10_000 + 123);
      const digest = computeDigest(bytes);
      const result = await chunked.uploadBlob(
        repo("team/chunks"),
        digest,
        bytes.length,
        Readable.from([bytes.subarray(0, 7000), bytes.subarray(7000)]),
      );
      expect(result).toBe("uploaded");
      expect(await client.statBlob(repo("team/chunks"), digest)).toBe(bytes.length);
      expect(await readAll((await client.getBlob(repo("team/chunks"), digest)).stream)).toEqual(bytes);
    } finally {
      await chunked.close();
    }
  });

  it("uploads a stream of unknown size monolithically when told to", async () => {
    const bytes = randomBytes(3000);
    const digest = computeDigest(bytes);
    await client.uploadBlob(repo("team/mono"), digest, undefined, Readable.from([bytes]), { mode: "monolithic" });
    expect(await client.statBlob(repo("team/mono"), digest)).toBe(3000);
  });

  it("mounts a blob from another repository, and reports a blob the source lacks as missing", async () => {
    const bytes = randomBytes(2048);
    const digest = computeDigest(bytes);
    await client.uploadBlob(repo("team/source"), digest, bytes.length, bytes);
    expect(
      await client.uploadBlob(repo("team/target"), digest, bytes.length, bytes, { mountFrom: "team/source" }),
    ).toBe("mounted");
    expect(await client.statBlob(repo("team/target"), digest)).toBe(2048);
    const other = computeDigest(randomBytes(16));
    expect(await client.mountBlob(repo("team/target"), other, "team/source")).toBe("missing");
    // A failed mount falls back to uploading the bytes.
    const fresh = randomBytes(100);
    expect(
      await client.uploadBlob(repo("team/target"), computeDigest(fresh), 100, fresh, { mountFrom: "team/source" }),
    ).toBe("uploaded");
  });

  it("pages through tags with n, last and Link", async () => {
    const store = new RegistryStore(client, registry.host);
    const manifest = await client.getManifest(repo("team/app"), "v1");
    for (const tag of ["a", "b", "c", "d", "e"])
      await store.putManifest("team/app", manifest.bytes, manifest.mediaType, tag);
    const first = await client.listTags(repo("team/app"), { n: 2 });
    expect(first).toEqual({ tags: ["a", "b"], next: "b" });
    const second = await client.listTags(repo("team/app"), { n: 2, last: first.next });
    expect(second.tags).toEqual(["c", "d"]);
    expect(await client.listAllTags(repo("team/app"), { n: 2 })).toEqual(["a", "b", "c", "d", "e", "v1"]);
    expect(await client.listAllTags(repo("team/app"))).toEqual(["a", "b", "c", "d", "e", "v1"]);
  });

  it("keeps referrers in the tag-schema index when the registry has no referrers API", async () => {
    const subject = await client.headManifest(repo("team/app"), "v1");
    if (!subject) throw new Error("no subject");
    const emptyBytes = Buffer.from("{}");
    await client.uploadBlob(repo("team/app"), OCI_EMPTY_DESCRIPTOR.digest, emptyBytes.length, emptyBytes);
    const artifactTypes = ["application/vnd.example.sbom", "application/vnd.example.signature"];
    const digests: string[] = [];
    for (const artifactType of artifactTypes) {
      const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType,
        config: { mediaType: OCI_EMPTY, digest: OCI_EMPTY_DESCRIPTOR.digest, size: 2 },
        layers: [{ mediaType: OCI_EMPTY, digest: OCI_EMPTY_DESCRIPTOR.digest, size: 2 }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      };
      digests.push(await client.putManifest(repo("team/app"), Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST));
    }
    const all = await client.referrers(repo("team/app"), subject.digest);
    expect(all.map((d) => [d.digest, d.artifactType])).toEqual([
      [digests[0], artifactTypes[0]],
      [digests[1], artifactTypes[1]],
    ]);
    const only = await client.referrers(repo("team/app"), subject.digest, { artifactType: artifactTypes[1] });
    expect(only.map((d) => d.digest)).toEqual([digests[1]]);
    expect((await client.headManifest(repo("team/app"), referrersTag(subject.digest)))?.mediaType).toBe(OCI_INDEX);
    expect(await client.referrers(repo("team/multi"), index.digest)).toEqual([]);
  });

  it("lists repositories through the catalog", async () => {
    const names = await client.listRepositories(registry.host);
    expect(names).toEqual(expect.arrayContaining(["team/app", "team/multi", "team/pushed"]));
  });

  it("deletes manifests by digest and blobs, and reports what is missing", async () => {
    const sample = buildSampleImage({ seed: "to-delete", platforms: ["linux/amd64"] });
    await pushSampleImage(new RegistryStore(client, registry.host), "team/doomed", sample, ["gone"]);
    const digest = sample.index.digest;
    await client.deleteManifest(repo("team/doomed"), digest);
    expect(await client.headManifest(repo("team/doomed"), digest)).toBeUndefined();
    const error = (await client.getManifest(repo("team/doomed"), "gone").catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("MANIFEST_UNKNOWN");
    expect(error.exit).toBe(1);
    const layer = sample.images[0]?.layers[0];
    if (!layer) throw new Error("no layer");
    await client.deleteBlob(repo("team/doomed"), layer.digest);
    expect(await client.statBlob(repo("team/doomed"), layer.digest)).toBeUndefined();
    const missing = (await client
      .deleteBlob(repo("team/doomed"), layer.digest)
      .catch((e: unknown) => e)) as RegistryError;
    expect(missing.code).toBe("BLOB_UNKNOWN");
  });

  it("refuses an upload whose bytes do not match the digest, naming the blob and committing nothing", async () => {
    const bytes = randomBytes(5000);
    const claimed = computeDigest(randomBytes(5000));
    for (const mode of ["monolithic", "chunked"] as const) {
      const error = (await client
        .uploadBlob(repo("team/bad"), claimed, bytes.length, Readable.from([bytes]), { mode })
        .catch((e: unknown) => e)) as Error & { code?: string };
      expect(error.code).toBe("DIGEST_INVALID");
      expect(error.message).toContain(claimed);
      expect(await client.statBlob(repo("team/bad"), claimed)).toBeUndefined();
    }
  });

  it("caps manifest size", async () => {
    const small = new RegistryClient({ credentials: async () => undefined, maxManifestBytes: 100 });
    try {
      const error = (await small.getManifest(repo("team/app"), "v1").catch((e: unknown) => e)) as RegistryError;
      expect(error.code).toBe("MANIFEST_TOO_LARGE");
      expect(error.message).toContain("over the 100-byte limit");
    } finally {
      await small.close();
    }
  });
});
