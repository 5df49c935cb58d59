/**
 * The image-store contract: one set of behaviour tests that every ImageStore (and UploadSessions, where a store
 * has them) must pass. Each implementation runs it with a factory; a store holding a single repository (an OCI
 * layout) skips the cross-repository cases.
 */
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeDigest } from "../../src/oci/digest.js";
import { OCI_CONFIG } from "../../src/oci/mediaTypes.js";
import type { ImageStore, UploadSessions } from "../../src/store/types.js";
import { artifact, blob, bytes, image, index, pushImage, rejectionCode, text } from "./fixtures.js";

/** A store under test. */
export interface StoreSubject {
  store: ImageStore;
  uploads?: UploadSessions;
  close(): Promise<void>;
}

/** What the store supports beyond the common contract. */
export interface StoreFeatures {
  /** Holds many repositories (false for an OCI layout, which ignores the name). */
  multiRepo: boolean;
  /** Implements UploadSessions (the subject's `uploads`). */
  uploads: boolean;
  /** Deletes a tag alone (distribution deletes by digest only: it answers UNSUPPORTED). Default true. */
  deletesTagAlone?: boolean;
  /** Lists tags in lexical order (distribution 2.8 lists in its storage order). Default true. */
  lexicalTags?: boolean;
  /** Refuses a manifest whose descriptors' sizes are not the stored blobs' sizes. Default true. */
  checksSizes?: boolean;
}

/** Registers the contract tests for one store implementation. */
export function describeStoreContract(name: string, create: () => Promise<StoreSubject>, features: StoreFeatures) {
  describe(`ImageStore contract: ${name}`, () => {
    let subject: StoreSubject;
    let store: ImageStore;
    const repo = "team/app";
    beforeEach(async () => {
      subject = await create();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.close();
    });

    describe("blobs", () => {
      it("stores a blob and reads it back, whole and from an offset", async () => {
        const b = blob("hello blob");
        await store.putBlob(repo, b.descriptor.digest, b.descriptor.size, b.bytes);
        expect(await store.statBlob(repo, b.descriptor.digest)).toBe(10);
        const whole = await store.getBlob(repo, b.descriptor.digest);
        expect(whole.size).toBe(10);
        expect(await text(whole.stream)).toBe("hello blob");
        const tail = await store.getBlob(repo, b.descriptor.digest, { offset: 6 });
        expect(tail.size).toBe(10);
        expect(await text(tail.stream)).toBe("blob");
        expect(await rejectionCode(store.getBlob(repo, b.descriptor.digest, { offset: 11 }))).toBe("RANGE_INVALID");
      });

      it("streams a blob in many chunks, without a size, and with sha512", async () => {
        const chunks = Array.from({ length: 50 }, (_, i) => Buffer.from(`chunk ${i};`));
        const whole = Buffer.concat(chunks);
        const digest = computeDigest(whole);
        await store.putBlob(repo, digest, undefined, Readable.from(chunks));
        expect(await text((await store.getBlob(repo, digest)).stream)).toBe(whole.toString());
        const sha512 = computeDigest(whole, "sha512");
        await store.putBlob(repo, sha512, whole.length, whole);
        expect(await store.statBlob(repo, sha512)).toBe(whole.length);
      });

      it("answers unknown blobs with undefined and BLOB_UNKNOWN", async () => {
        const missing = computeDigest("missing");
        expect(await store.statBlob(repo, missing)).toBeUndefined();
        expect(await rejectionCode(store.getBlob(repo, missing))).toBe("BLOB_UNKNOWN");
        expect(await rejectionCode(store.deleteBlob(repo, missing))).toBe("BLOB_UNKNOWN");
      });

      it("never stores bytes that do not match the digest or size", async () => {
        const digest = computeDigest("right");
        expect(await rejectionCode(store.putBlob(repo, digest, undefined, bytes("wrong")))).toBe("DIGEST_INVALID");
        expect(await rejectionCode(store.putBlob(repo, digest, 4, bytes("right")))).toBe("SIZE_INVALID");
        expect(await rejectionCode(store.putBlob(repo, digest, 9, Readable.from([Buffer.from("right")])))).toBe(
          "SIZE_INVALID",
        );
        expect(await store.statBlob(repo, digest)).toBeUndefined();
        expect(await rejectionCode(store.putBlob(repo, "sha256:nope", 1, bytes("x")))).toBe("DIGEST_INVALID");
      });

      it("accepts the same blob twice and deletes it", async () => {
        const b = blob("twice");
        await store.putBlob(repo, b.descriptor.digest, b.descriptor.size, b.bytes);
        await store.putBlob(repo, b.descriptor.digest, b.descriptor.size, b.bytes);
        await store.deleteBlob(repo, b.descriptor.digest);
        expect(await store.statBlob(repo, b.descriptor.digest)).toBeUndefined();
      });

      it("fails a write whose body stream fails, leaving no blob", async () => {
        const digest = computeDigest("never finished");
        const body = new Readable({
          read() {
            this.push(Buffer.from("never "));
            this.destroy(new Error("connection reset"));
          },
        });
        await expect(store.putBlob(repo, digest, 14, body)).rejects.toThrow(/connection reset/);
        expect(await store.statBlob(repo, digest)).toBeUndefined();
      });
    });

    describe.skipIf(!features.multiRepo)("repositories", () => {
      it("keeps blobs per repository, mounts across and deletes per repository", async () => {
        const b = blob("shared");
        const digest = b.descriptor.digest;
        await store.putBlob("one", digest, b.descriptor.size, b.bytes);
        expect(await store.statBlob("two", digest)).toBeUndefined();
        expect(await store.mountBlob("two", digest, "three")).toBe("missing");
        expect(await store.mountBlob("two", digest, "one")).toBe("mounted");
        expect(await text((await store.getBlob("two", digest)).stream)).toBe("shared");
        await store.deleteBlob("one", digest);
        expect(await store.statBlob("one", digest)).toBeUndefined();
        expect(await text((await store.getBlob("two", digest)).stream)).toBe("shared");
      });

      it("lists repositories in order", async () => {
        await pushImage(store, "zeta/app", image("z"), "v1");
        await pushImage(store, "alpha", image("a"), "v1");
        expect(await store.listRepositories()).toEqual(["alpha", "zeta/app"]);
      });

      it("refuses repository names outside the grammar", async () => {
        const b = blob("x");
        for (const bad of ["../escape", "a/../../b", "Upper", "a//b", "/abs", "a/", "a\\b", ""]) {
          expect(await rejectionCode(store.putBlob(bad, b.descriptor.digest, 1, b.bytes)), bad).toBe("NAME_INVALID");
        }
      });

      it("answers tag listing of an unknown repository with NAME_UNKNOWN", async () => {
        expect(await rejectionCode(store.listTags("nobody/here"))).toBe("NAME_UNKNOWN");
      });

      it("does not show one repository's manifest in another", async () => {
        const img = image("private");
        const digest = await pushImage(store, "one", img, "v1");
        expect(await store.statManifest("two", digest)).toBeUndefined();
        expect(await rejectionCode(store.putManifest("two", img.manifest, img.mediaType))).toBe(
          "MANIFEST_BLOB_UNKNOWN",
        );
      });
    });

    describe("manifests", () => {
      it("stores the exact bytes, by digest and tag", async () => {
        const img = image("exact", 2);
        const digest = await pushImage(store, repo, img, "v1");
        expect(digest).toBe(img.digest);
        const byTag = await store.getManifest(repo, "v1");
        expect(Buffer.from(byTag.bytes).equals(Buffer.from(img.manifest))).toBe(true);
        expect(byTag).toMatchObject({ digest, mediaType: img.mediaType });
        expect(await store.statManifest(repo, digest)).toEqual({
          mediaType: img.mediaType,
          digest,
          size: img.manifest.length,
        });
        expect(await store.statManifest(repo, "v2")).toBeUndefined();
        expect(await rejectionCode(store.getManifest(repo, "v2"))).toBe("MANIFEST_UNKNOWN");
      });

      it.skipIf(features.checksSizes === false)(
        "refuses a manifest whose descriptor sizes are not the stored blobs' sizes",
        async () => {
          const img = image("sized", 2);
          await pushImage(store, repo, img);
          for (const size of [1, 2 ** 60]) {
            const document = JSON.parse(Buffer.from(img.manifest).toString("utf8"));
            document.layers[0].size = size;
            const wrong = bytes(JSON.stringify(document));
            expect(await rejectionCode(store.putManifest(repo, wrong, img.mediaType, "wrong"))).toBe(
              "MANIFEST_INVALID",
            );
          }
          expect(await store.statManifest(repo, "wrong")).toBeUndefined();
        },
      );

      it("refuses a manifest whose blobs are missing, naming the digest", async () => {
        const img = image("incomplete", 2);
        await store.putBlob(repo, img.config.descriptor.digest, img.config.descriptor.size, img.config.bytes);
        const first = img.layers[0];
        if (first) await store.putBlob(repo, first.descriptor.digest, first.descriptor.size, first.bytes);
        const missing = img.layers[1]?.descriptor.digest;
        await expect(store.putManifest(repo, img.manifest, img.mediaType, "v1")).rejects.toMatchObject({
          code: "MANIFEST_BLOB_UNKNOWN",
          details: { digest: missing },
        });
        expect(await store.statManifest(repo, img.digest)).toBeUndefined();
        expect(await store.statManifest(repo, "v1")).toBeUndefined();
      });

      it("stores an index only when its child manifests are there", async () => {
        const amd = image("amd64");
        const arm = image("arm64");
        const idx = index([amd, arm]);
        await pushImage(store, repo, amd);
        await expect(store.putManifest(repo, idx.manifest, idx.mediaType, "multi")).rejects.toMatchObject({
          code: "MANIFEST_BLOB_UNKNOWN",
          details: { digest: arm.digest },
        });
        await pushImage(store, repo, arm);
        expect(await store.putManifest(repo, idx.manifest, idx.mediaType, "multi")).toBe(idx.digest);
        expect((await store.getManifest(repo, "multi")).mediaType).toBe(idx.mediaType);
      });

      it("refuses invalid manifests and tags", async () => {
        const img = image("invalid");
        expect(await rejectionCode(store.putManifest(repo, bytes("{not json"), img.mediaType))).toBe(
          "MANIFEST_INVALID",
        );
        expect(await rejectionCode(pushImage(store, repo, img, "-bad"))).toBe("TAG_INVALID");
        expect(await rejectionCode(store.getManifest(repo, "sha256:short"))).toBe("DIGEST_INVALID");
      });

      it("moves a tag, deletes a tag alone, and deletes a digest with its tags", async () => {
        const one = await pushImage(store, repo, image("one"), "latest");
        const two = await pushImage(store, repo, image("two"), "latest");
        await store.putManifest(repo, image("two").manifest, image("two").mediaType, "stable");
        expect((await store.statManifest(repo, "latest"))?.digest).toBe(two);
        expect((await store.statManifest(repo, one))?.digest).toBe(one);

        if (features.deletesTagAlone === false) {
          expect(await rejectionCode(store.deleteManifest(repo, "stable"))).toBe("UNSUPPORTED");
        } else {
          await store.deleteManifest(repo, "stable");
          expect(await store.statManifest(repo, "stable")).toBeUndefined();
          expect((await store.statManifest(repo, two))?.digest).toBe(two);
          await store.putManifest(repo, image("two").manifest, image("two").mediaType, "stable");
        }
        await store.deleteManifest(repo, two);
        expect(await store.statManifest(repo, two)).toBeUndefined();
        expect((await store.listTags(repo)).tags).toEqual([]);
        expect(await rejectionCode(store.deleteManifest(repo, two))).toBe("MANIFEST_UNKNOWN");
        expect(await rejectionCode(store.deleteManifest(repo, "stable"))).toBe("MANIFEST_UNKNOWN");
      });
    });

    describe("tags", () => {
      it("lists tags in lexical order, a page at a time", async () => {
        const img = image("tagged");
        await pushImage(store, repo, img);
        for (const tag of ["v2", "latest", "V1", "v10", "a_b", "main-amd64"]) {
          await store.putManifest(repo, img.manifest, img.mediaType, tag);
        }
        const all = ["V1", "a_b", "latest", "main-amd64", "v10", "v2"];
        if (features.lexicalTags === false) {
          // Its own order: every tag exactly once, also when read two at a time.
          expect((await store.listTags(repo)).tags.slice().sort()).toEqual(all);
          const paged: string[] = [];
          let last: string | undefined;
          for (let page = 0; page < 10; page++) {
            const next = await store.listTags(repo, { n: 2, ...(last ? { last } : {}) });
            paged.push(...next.tags);
            if (!next.next) break;
            last = next.next;
          }
          expect(paged.sort()).toEqual(all);
          return;
        }
        expect(await store.listTags(repo)).toEqual({ tags: all });
        expect(await store.listTags(repo, { n: 2 })).toEqual({ tags: ["V1", "a_b"], next: "a_b" });
        expect(await store.listTags(repo, { n: 2, last: "a_b" })).toEqual({
          tags: ["latest", "main-amd64"],
          next: "main-amd64",
        });
        expect(await store.listTags(repo, { n: 2, last: "main-amd64" })).toEqual({ tags: ["v10", "v2"] });
        expect(await store.listTags(repo, { last: "v2" })).toEqual({ tags: [] });
        expect(await store.listTags(repo, { n: 0 })).toEqual({ tags: [] });
      });
    });

    describe("referrers", () => {
      it("lists manifests whose subject is the digest, with artifact type and annotations, filtered", async () => {
        const subjectImage = image("subject");
        const subjectDescriptor = {
          mediaType: subjectImage.mediaType,
          digest: subjectImage.digest,
          size: subjectImage.manifest.length,
        };
        // A referrer may arrive before its subject.
        const sbom = artifact(subjectDescriptor, "application/spdx+json", "sbom", { "org.example": "yes" });
        await pushImage(store, repo, sbom);
        await pushImage(store, repo, subjectImage, "v1");
        const sig = artifact(subjectDescriptor, "application/vnd.dev.cosign.artifact.sig.v1+json", "sig");
        await pushImage(store, repo, sig);
        const plain = image("plain-referrer", 1, { subject: subjectDescriptor });
        await pushImage(store, repo, plain);
        await pushImage(store, repo, image("unrelated"));

        const all = await store.referrers(repo, subjectImage.digest);
        expect(all.map((d) => d.digest).sort()).toEqual([sbom.digest, sig.digest, plain.digest].sort());
        expect(all.find((d) => d.digest === sbom.digest)).toEqual({
          mediaType: sbom.mediaType,
          digest: sbom.digest,
          size: sbom.manifest.length,
          artifactType: "application/spdx+json",
          annotations: { "org.example": "yes" },
        });
        expect(all.find((d) => d.digest === plain.digest)?.artifactType).toBe(OCI_CONFIG);

        const filtered = await store.referrers(repo, subjectImage.digest, { artifactType: "application/spdx+json" });
        expect(filtered.map((d) => d.digest)).toEqual([sbom.digest]);
        expect(await store.referrers(repo, computeDigest("nothing refers here"))).toEqual([]);

        await store.deleteManifest(repo, sbom.digest);
        expect((await store.referrers(repo, subjectImage.digest)).map((d) => d.digest)).not.toContain(sbom.digest);
      });
    });

    describe.skipIf(!features.uploads)("uploads", () => {
      const sessions = () => {
        if (!subject.uploads) throw new Error("no upload sessions");
        return subject.uploads;
      };
      it("assembles chunks into a blob once the digest matches", async () => {
        const uploads = sessions();
        const whole = Buffer.from("first chunk, second chunk");
        const digest = computeDigest(whole);
        const state = await uploads.startUpload(repo);
        expect(state).toMatchObject({ repo, size: 0 });
        expect((await uploads.appendUpload(repo, state.id, 0, whole.subarray(0, 13))).size).toBe(13);
        expect(await rejectionCode(uploads.appendUpload(repo, state.id, 5, bytes("x")))).toBe("RANGE_INVALID");
        await uploads.appendUpload(repo, state.id, 13, Readable.from([whole.subarray(13)]));
        expect((await uploads.getUpload(repo, state.id))?.size).toBe(whole.length);
        expect(await store.statBlob(repo, digest)).toBeUndefined();
        await uploads.commitUpload(repo, state.id, digest);
        expect(await text((await store.getBlob(repo, digest)).stream)).toBe(whole.toString());
        expect(await uploads.getUpload(repo, state.id)).toBeUndefined();
      });

      it("keeps a session and stores nothing when the digest does not match", async () => {
        const uploads = sessions();
        const state = await uploads.startUpload(repo);
        await uploads.appendUpload(repo, state.id, 0, bytes("actual"));
        const claimed = computeDigest("claimed");
        expect(await rejectionCode(uploads.commitUpload(repo, state.id, claimed))).toBe("DIGEST_INVALID");
        expect(await store.statBlob(repo, claimed)).toBeUndefined();
        expect(await store.statBlob(repo, computeDigest("actual"))).toBeUndefined();
        expect((await uploads.getUpload(repo, state.id))?.size).toBe(6);
      });

      it("cancels sessions and refuses unknown ones", async () => {
        const uploads = sessions();
        const state = await uploads.startUpload(repo);
        await uploads.appendUpload(repo, state.id, 0, bytes("abandoned"));
        await uploads.cancelUpload(repo, state.id);
        expect(await uploads.getUpload(repo, state.id)).toBeUndefined();
        expect(await rejectionCode(uploads.appendUpload(repo, state.id, 9, bytes("x")))).toBe("BLOB_UPLOAD_UNKNOWN");
        expect(await rejectionCode(uploads.commitUpload(repo, "no-such-id", computeDigest("x")))).toBe(
          "BLOB_UPLOAD_UNKNOWN",
        );
        if (features.multiRepo) {
          const other = await uploads.startUpload(repo);
          expect(await uploads.getUpload("someone/else", other.id)).toBeUndefined();
        }
      });
    });
  });
}
