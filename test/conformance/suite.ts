/**
 * The OCI distribution-spec conformance suite, ported to vitest from the spec's conformance test list (HEAD runner
 * and the v1.1.1 Ginkgo titles): ping, every blob push variant, range requests, mounts, manifests of many kinds,
 * tag pagination, referrers, deletes and error cases. It runs against any registry given by a base URL.
 *
 * A registry that lacks an optional feature skips its tests, the reason in the title; a registry that fails a
 * behaviour the spec requires keeps the test as `it.fails`, the gap in the title.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Algorithm,
  artifact,
  blob,
  descriptor,
  digestOf,
  emptyJson,
  image,
  type Manifest,
  manifest,
  manifestDescriptor,
  OCI_CONFIG,
  OCI_EMPTY,
  OCI_INDEX,
  OCI_LAYER_TAR,
  OCI_MANIFEST,
  RegistryClient,
} from "./client.js";

/** Behaviours a registry may lack or get wrong. */
export type Feature =
  | "monolithicPost"
  | "sha512Blobs"
  | "outOfOrderChunk"
  | "rangeUnsatisfiable"
  | "tagOrder"
  | "tagLast"
  | "nonDistributable"
  | "invalidReference"
  | "referrers"
  | "subjectHeader"
  | "anonymousMount"
  | "sha512Manifests"
  | "manifestSizeLimit"
  | "tagParam"
  | "tagListZero"
  | "tagDelete"
  | "nameInvalid";

/** A registry to test. */
export interface ConformanceTarget {
  /** Shown in the suite's title. */
  name: string;
  start(): Promise<{ url: string; close(): Promise<void> }>;
  /** Optional features the registry lacks: their tests are skipped with the reason in the title. */
  lacks?: Partial<Record<Feature, string>>;
  /** Required behaviours the registry gets wrong: the tests stay, as expected failures, the gap in the title. */
  gaps?: Partial<Record<Feature, string>>;
}

const CHUNK = 1024;

/** Defines the whole suite for one target. */
export function defineConformanceSuite(target: ConformanceTarget): void {
  describe(`OCI conformance: ${target.name}`, () => {
    let registry: { url: string; close(): Promise<void> };
    let client: RegistryClient;
    const repo1 = "conformance/repo1";
    const repo2 = "conformance/nested/repo2";

    beforeAll(async () => {
      registry = await target.start();
      client = new RegistryClient(registry.url);
    });
    afterAll(async () => {
      await registry?.close();
    });

    /** `it`, skipped or marked as a known gap when the target says so for any of its features. */
    const spec = (feature: Feature | Feature[] | undefined, title: string, body: () => Promise<void>) => {
      const features = feature === undefined ? [] : Array.isArray(feature) ? feature : [feature];
      const lacks = features.map((f) => target.lacks?.[f]).find(Boolean);
      const gap = features.map((f) => target.gaps?.[f]).find(Boolean);
      if (lacks) it.skip(`${title} [skipped: ${lacks}]`, body);
      else if (gap) it.fails(`${title} [known gap: ${gap}]`, body);
      else it(title, body);
    };

    /** Checks a pushed blob: HEAD, GET, DELETE, then gone. */
    const checkBlobLifecycle = async (repo: string, item: { bytes: Buffer; digest: string }) => {
      const head = await client.request("HEAD", `/v2/${repo}/blobs/${item.digest}`);
      expect(head.status).toBe(200);
      expect(head.header("content-length")).toBe(String(item.bytes.length));
      expect(head.header("docker-content-digest")).toBe(item.digest);
      const get = await client.request("GET", `/v2/${repo}/blobs/${item.digest}`);
      expect(get.status).toBe(200);
      expect(get.body.equals(item.bytes)).toBe(true);
      const del = await client.request("DELETE", `/v2/${repo}/blobs/${item.digest}`);
      expect(del.status).toBe(202);
      const gone = await client.request("GET", `/v2/${repo}/blobs/${item.digest}`);
      expect(gone.status).toBe(404);
    };

    /** Pushes a manifest's blobs, then the manifest by digest and by the given tags. */
    const pushManifest = async (repo: string, item: Manifest, tags: string[] = []) => {
      for (const b of item.blobs) await client.pushBlob(repo, b);
      const byDigest = await client.putManifest(repo, item.digest, item);
      expect(byDigest.status, byDigest.describe()).toBe(201);
      expect(byDigest.header("docker-content-digest")).toBe(item.digest);
      for (const tag of tags) {
        const byTag = await client.putManifest(repo, tag, item);
        expect(byTag.status, byTag.describe()).toBe(201);
        expect(byTag.header("docker-content-digest")).toBe(item.digest);
      }
    };

    spec(undefined, "ping: GET /v2/ answers 200 with Docker-Distribution-API-Version", async () => {
      const reply = await client.request("GET", "/v2/");
      expect(reply.status).toBe(200);
      expect(reply.header("docker-distribution-api-version")).toBe("registry/2.0");
    });

    describe("empty repository", () => {
      spec(undefined, "tag list of a repository never pushed is 404 NAME_UNKNOWN or an empty list", async () => {
        const reply = await client.request("GET", "/v2/conformance/never/tags/list");
        if (reply.status === 404) expect(reply.errorCode()).toBe("NAME_UNKNOWN");
        else {
          expect(reply.status).toBe(200);
          expect(reply.json<{ tags: string[] | null }>().tags ?? []).toEqual([]);
        }
      });
      spec("referrers", "referrers of an unknown digest are an empty index", async () => {
        const reply = await client.request("GET", `/v2/conformance/never/referrers/${digestOf("nothing")}`);
        expect(reply.status).toBe(200);
        expect(reply.header("content-type")).toContain(OCI_INDEX);
        expect(reply.json<{ manifests: unknown[] }>().manifests).toEqual([]);
      });
    });

    for (const algorithm of ["sha256", "sha512"] as Algorithm[]) {
      describe(`${algorithm} blobs`, () => {
        /** Features of this group: sha512 digests are optional in the spec. */
        const alg = (...features: Feature[]): Feature[] =>
          algorithm === "sha512" ? ["sha512Blobs", ...features] : features;
        const multi = () => blob(CHUNK * 3 - 5, algorithm);
        const chunks = (bytes: Buffer) => [
          bytes.subarray(0, CHUNK),
          bytes.subarray(CHUNK, 2 * CHUNK),
          bytes.subarray(2 * CHUNK),
        ];

        spec(alg(), "get-missing: HEAD and GET of an unknown blob are 404 BLOB_UNKNOWN", async () => {
          const digest = blob(64, algorithm).digest;
          expect((await client.request("HEAD", `/v2/${repo1}/blobs/${digest}`)).status).toBe(404);
          const get = await client.request("GET", `/v2/${repo1}/blobs/${digest}`);
          expect(get.status).toBe(404);
          expect(get.errorCode()).toBe("BLOB_UNKNOWN");
        });

        spec(alg("monolithicPost"), "post only: POST with digest and body gives 201", async () => {
          const item = blob(2000, algorithm);
          const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, {
            query: { digest: item.digest },
            headers: { "Content-Type": "application/octet-stream" },
            body: item.bytes,
          });
          expect(reply.status, reply.describe()).toBe(201);
          expect(reply.header("location")).toBeTruthy();
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "post+put: POST yields a session (202, Location), PUT with digest gives 201", async () => {
          const item = blob(2000, algorithm);
          const post = await client.request("POST", `/v2/${repo1}/blobs/uploads/`);
          expect(post.status).toBe(202);
          expect(post.header("location")).toBeTruthy();
          expect(post.header("docker-upload-uuid")).toBeTruthy();
          const put = await client.finishUpload(post.header("location") ?? "", item.digest, item.bytes);
          expect(put.status, put.describe()).toBe(201);
          expect(put.header("docker-content-digest")).toBe(item.digest);
          expect(put.header("location")).toBeTruthy();
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "chunked single: one PATCH with Content-Range, then PUT", async () => {
          const item = blob(2000, algorithm);
          const location = await client.startUpload(repo1);
          const patch = await client.patch(location, item.bytes, 0);
          expect(patch.status, patch.describe()).toBe(202);
          expect(patch.header("range")).toBe(`0-${item.bytes.length - 1}`);
          const put = await client.finishUpload(patch.header("location") ?? location, item.digest);
          expect(put.status, put.describe()).toBe(201);
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "stream: PATCH without Content-Range (streamed), then PUT", async () => {
          const item = blob(5000, algorithm);
          const location = await client.startUpload(repo1);
          const patch = await client.patch(location, item.bytes);
          expect(patch.status, patch.describe()).toBe(202);
          const put = await client.finishUpload(patch.header("location") ?? location, item.digest);
          expect(put.status, put.describe()).toBe(201);
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "chunked multi: three PATCHes with Content-Range, each 202 with Range, then PUT", async () => {
          const item = multi();
          let location = await client.startUpload(repo1);
          let start = 0;
          for (const chunk of chunks(item.bytes)) {
            const patch = await client.patch(location, chunk, start);
            expect(patch.status, patch.describe()).toBe(202);
            start += chunk.length;
            expect(patch.header("range")).toBe(`0-${start - 1}`);
            location = patch.header("location") ?? location;
          }
          const put = await client.finishUpload(location, item.digest);
          expect(put.status, put.describe()).toBe(201);
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "chunked multi and put chunk: the last chunk travels in the PUT", async () => {
          const item = multi();
          const [first, second, last] = chunks(item.bytes) as [Buffer, Buffer, Buffer];
          let location = await client.startUpload(repo1);
          location = (await client.patch(location, first, 0)).header("location") ?? location;
          location = (await client.patch(location, second, CHUNK)).header("location") ?? location;
          const put = await client.finishUpload(location, item.digest, last, `${2 * CHUNK}-${item.bytes.length - 1}`);
          expect(put.status, put.describe()).toBe(201);
          await checkBlobLifecycle(repo1, item);
        });

        spec(
          alg("outOfOrderChunk"),
          "chunked out-of-order: a chunk past the end gets 416; status is 204 with Range and Location",
          async () => {
            const item = multi();
            const [first, second, last] = chunks(item.bytes) as [Buffer, Buffer, Buffer];
            let location = await client.startUpload(repo1);
            const early = await client.patch(location, second, CHUNK);
            expect(early.status).toBe(416);
            const patch = await client.patch(location, first, 0);
            expect(patch.status, patch.describe()).toBe(202);
            location = patch.header("location") ?? location;
            const retry = await client.patch(location, first, 0);
            expect(retry.status, "retrying the previous chunk").toBe(416);
            const status = await client.request("GET", location);
            expect(status.status).toBe(204);
            expect(status.header("range")).toBe(`0-${CHUNK - 1}`);
            expect(status.header("location")).toBeTruthy();
            location = status.header("location") ?? location;
            location = (await client.patch(location, second, CHUNK)).header("location") ?? location;
            location = (await client.patch(location, last, 2 * CHUNK)).header("location") ?? location;
            const put = await client.finishUpload(location, item.digest);
            expect(put.status, put.describe()).toBe(201);
            await checkBlobLifecycle(repo1, item);
          },
        );

        spec(alg(), "chunked out-of-order and put chunk: a PUT whose chunk does not follow is refused", async () => {
          const item = multi();
          const [first, , last] = chunks(item.bytes) as [Buffer, Buffer, Buffer];
          let location = await client.startUpload(repo1);
          location = (await client.patch(location, first, 0)).header("location") ?? location;
          const put = await client.finishUpload(location, item.digest, last, `${2 * CHUNK}-${item.bytes.length - 1}`);
          // v1.1.1 lists 400 for a refused PUT; the spec's main branch adds 416.
          expect([400, 416]).toContain(put.status);
          const head = await client.request("HEAD", `/v2/${repo1}/blobs/${item.digest}`);
          expect(head.status).toBe(404);
        });

        spec(alg(), "mount: POST with mount and from gives 201 when the source has the blob", async () => {
          const item = blob(1500, algorithm);
          await client.pushBlob(repo2, item);
          const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, {
            query: { mount: item.digest, from: repo2 },
          });
          expect(reply.status, reply.describe()).toBe(201);
          expect(reply.header("location")).toBeTruthy();
          expect(reply.header("docker-content-digest")).toBe(item.digest);
          await checkBlobLifecycle(repo1, item);
          const source = await client.request("HEAD", `/v2/${repo2}/blobs/${item.digest}`);
          expect(source.status, "deleting the mounted copy leaves the source").toBe(200);
        });

        spec(
          "anonymousMount",
          "mount anonymous: POST with mount and no from gives 201 (the registry finds the blob)",
          async () => {
            const item = blob(1500, algorithm);
            await client.pushBlob(repo2, item);
            const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, {
              query: { mount: item.digest },
            });
            expect(reply.status, reply.describe()).toBe(201);
            await checkBlobLifecycle(repo1, item);
          },
        );

        spec(alg(), "mount without from: 201, or 202 with a session the blob can be pushed to", async () => {
          const item = blob(1500, algorithm);
          await client.pushBlob(repo2, item);
          const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, { query: { mount: item.digest } });
          expect([201, 202]).toContain(reply.status);
          if (reply.status === 202) {
            const put = await client.finishUpload(reply.header("location") ?? "", item.digest, item.bytes);
            expect(put.status).toBe(201);
          }
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "mount missing: mounting an unknown blob yields a session (202, Location)", async () => {
          const item = blob(1500, algorithm);
          const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, {
            query: { mount: item.digest, from: repo2 },
          });
          expect(reply.status).toBe(202);
          const put = await client.finishUpload(reply.header("location") ?? "", item.digest, item.bytes);
          expect(put.status, put.describe()).toBe(201);
          await checkBlobLifecycle(repo1, item);
        });

        spec(alg(), "post cancel: DELETE of a session ends it; its status is then 404", async () => {
          const started = await client.startUpload(repo1);
          const location = (await client.patch(started, Buffer.from("some bytes"))).header("location") ?? started;
          const cancel = await client.request("DELETE", location);
          expect([202, 204]).toContain(cancel.status);
          const status = await client.request("GET", location);
          expect(status.status).toBe(404);
          expect(status.errorCode()).toBe("BLOB_UPLOAD_UNKNOWN");
        });

        describe("range requests", () => {
          const item = blob(2048, algorithm);
          beforeAll(async () => {
            await client.pushBlob(repo1, item);
          });
          const cases: [string, number, string, [number, number] | undefined][] = [
            ["bytes=500-1499", 206, "bytes 500-1499/2048", [500, 1500]],
            ["bytes=500-", 206, "bytes 500-2047/2048", [500, 2048]],
            ["bytes=-500", 206, "bytes 1548-2047/2048", [1548, 2048]],
            ["bytes=2000-5000", 206, "bytes 2000-2047/2048", [2000, 2048]],
            ["bytes=500-0", 416, "", undefined],
            ["bytes=5000-10000", 416, "", undefined],
          ];
          for (const [range, status, contentRange, slice] of cases) {
            spec(
              alg(...(status === 416 ? (["rangeUnsatisfiable"] as Feature[]) : [])),
              `range ${range} gives ${status}`,
              async () => {
                const reply = await client.request("GET", `/v2/${repo1}/blobs/${item.digest}`, {
                  headers: { Range: range },
                });
                expect(reply.status).toBe(status);
                if (slice) {
                  expect(reply.header("content-range")).toBe(contentRange);
                  expect(reply.body.equals(item.bytes.subarray(...slice))).toBe(true);
                }
              },
            );
          }
        });

        for (const [title, content] of [
          ["empty", ""],
          ["emptyJSON", "{}"],
        ] as const) {
          spec(alg(), `well-known blob ${title} (${content.length} bytes) can be pushed and read`, async () => {
            const item = blob(content, algorithm);
            await client.pushBlob(repo1, item);
            const get = await client.request("GET", `/v2/${repo1}/blobs/${item.digest}`);
            expect(get.status).toBe(200);
            expect(get.body.toString()).toBe(content);
          });
        }

        describe("bad digest uploads are refused with 400 DIGEST_INVALID and store nothing", () => {
          const wrong = () => {
            const item = blob(CHUNK * 3 - 5, algorithm);
            return { item, claimed: blob(CHUNK * 3 - 5, algorithm).digest };
          };
          const refused = async (reply: { status: number; errorCode(): string | undefined }, claimed: string) => {
            expect(reply.status).toBe(400);
            expect(reply.errorCode()).toBe("DIGEST_INVALID");
            expect((await client.request("HEAD", `/v2/${repo1}/blobs/${claimed}`)).status).toBe(404);
          };
          spec(alg("monolithicPost"), "bad digest post only", async () => {
            const { item, claimed } = wrong();
            const reply = await client.request("POST", `/v2/${repo1}/blobs/uploads/`, {
              query: { digest: claimed },
              headers: { "Content-Type": "application/octet-stream" },
              body: item.bytes,
            });
            await refused(reply, claimed);
          });
          spec(alg(), "bad digest post+put", async () => {
            const { item, claimed } = wrong();
            await refused(await client.finishUpload(await client.startUpload(repo1), claimed, item.bytes), claimed);
          });
          spec(alg(), "bad digest chunked", async () => {
            const { item, claimed } = wrong();
            let location = await client.startUpload(repo1);
            let start = 0;
            for (const chunk of chunks(item.bytes)) {
              location = (await client.patch(location, chunk, start)).header("location") ?? location;
              start += chunk.length;
            }
            await refused(await client.finishUpload(location, claimed), claimed);
          });
          spec(alg(), "bad digest chunked and put chunk", async () => {
            const { item, claimed } = wrong();
            const [first, second, last] = chunks(item.bytes) as [Buffer, Buffer, Buffer];
            let location = await client.startUpload(repo1);
            location = (await client.patch(location, first, 0)).header("location") ?? location;
            location = (await client.patch(location, second, CHUNK)).header("location") ?? location;
            const put = await client.finishUpload(location, claimed, last, `${2 * CHUNK}-${item.bytes.length - 1}`);
            await refused(put, claimed);
          });
          spec(alg(), "bad digest stream", async () => {
            const { item, claimed } = wrong();
            const location = await client.startUpload(repo1);
            const patch = await client.patch(location, item.bytes);
            await refused(await client.finishUpload(patch.header("location") ?? location, claimed), claimed);
          });
        });
      });
    }

    describe("manifests", () => {
      /** Each data set: the manifest under test and the manifests it needs pushed first (an index's children). */
      const dataSets: { title: string; build: () => Manifest | [Manifest, Manifest[]]; feature?: Feature }[] = [
        { title: "image", build: () => image() },
        { title: "image-uncompressed", build: () => image({ layerMediaType: OCI_LAYER_TAR }) },
        {
          title: "large-manifest (3.9 MB of annotations)",
          build: () => {
            const annotations: Record<string, string> = {};
            for (let i = 0; i < 390; i++) annotations[`org.example.${i}`] = "x".repeat(10_000);
            return image({ extra: { annotations } });
          },
        },
        {
          title: "index (linux/amd64 + linux/arm64)",
          build: () => {
            const amd64 = image();
            const arm64 = image({ platform: { architecture: "arm64", os: "linux" } });
            const index = manifest(
              {
                schemaVersion: 2,
                mediaType: OCI_INDEX,
                manifests: [
                  manifestDescriptor(amd64, { platform: { architecture: "amd64", os: "linux" } }),
                  manifestDescriptor(arm64, { platform: { architecture: "arm64", os: "linux" } }),
                ],
              },
              [],
            );
            return [index, [amd64, arm64]];
          },
        },
        {
          title: "nested-index",
          build: () => {
            const child = image();
            const inner = manifest(
              { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [manifestDescriptor(child)] },
              [],
            );
            const outer = manifest(
              { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [manifestDescriptor(inner)] },
              [],
            );
            return [outer, [child, inner]];
          },
        },
        { title: "empty-index", build: () => manifest({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }, []) },
        { title: "artifact", build: () => artifact({ artifactType: "application/vnd.example.sbom+json" }) },
        {
          title: "artifact-without-layers",
          build: () => artifact({ artifactType: "application/vnd.example.note", layers: false }),
        },
        {
          title: "missing-subject (a subject the registry lacks is accepted)",
          build: () =>
            artifact({
              artifactType: "application/vnd.example.sig",
              subject: { mediaType: OCI_MANIFEST, digest: digestOf("absent subject"), size: 123 },
            }),
        },
        {
          title: "data-field",
          build: () =>
            manifest(
              {
                schemaVersion: 2,
                mediaType: OCI_MANIFEST,
                config: { ...descriptor(OCI_EMPTY, emptyJson), data: "e30=" },
                layers: [],
              },
              [emptyJson],
            ),
        },
        {
          title: "non-distributable-layers",
          feature: "nonDistributable",
          build: () => {
            const config = blob(JSON.stringify({ architecture: "amd64", os: "windows" }));
            const foreign = blob(4096);
            return manifest(
              {
                schemaVersion: 2,
                mediaType: OCI_MANIFEST,
                config: descriptor(OCI_CONFIG, config),
                layers: [
                  descriptor("application/vnd.oci.image.layer.nondistributable.v1.tar+gzip", foreign, {
                    urls: ["https://example.com/layer.tar.gz"],
                  }),
                ],
              },
              [config],
            );
          },
        },
        {
          title: "custom-fields",
          build: () => image({ extra: { "org.example.custom": { nested: [1, 2, 3] }, annotations: { a: "b" } } }),
        },
        { title: "no-layers", build: () => image({ layers: 0 }) },
        { title: "sha512", build: () => image({ algorithm: "sha512" }), feature: "sha512Manifests" },
      ];

      for (const [index, dataSet] of dataSets.entries()) {
        describe(`data set ${dataSet.title}`, () => {
          const repo = `conformance/data/set${index}`;
          const built = dataSet.build();
          const [item, prerequisites] = Array.isArray(built) ? built : [built, []];
          const tags = ["tag-a", "tag-b", "tag-c"];

          spec(dataSet.feature, "push: blobs, manifest by digest, manifest by tag", async () => {
            for (const prerequisite of prerequisites) await pushManifest(repo, prerequisite);
            await pushManifest(repo, item, tags);
          });
          spec(dataSet.feature, "tag-list: every tag", async () => {
            const all = await client.request("GET", `/v2/${repo}/tags/list`);
            expect(all.status).toBe(200);
            const listed = all.json<{ name: string; tags: string[] }>();
            expect(listed.name).toBe(repo);
            expect([...listed.tags].sort()).toEqual(tags);
          });
          spec(
            [...(dataSet.feature ? [dataSet.feature] : []), "tagLast"],
            "tag-list with last=tag-b: only later tags",
            async () => {
              const after = await client.request("GET", `/v2/${repo}/tags/list`, { query: { last: "tag-b" } });
              expect(after.json<{ tags: string[] }>().tags).toEqual(["tag-c"]);
            },
          );
          spec(dataSet.feature, "head: by digest and by tag, with Content-Type, length and digest", async () => {
            for (const reference of [item.digest, "tag-a"]) {
              const reply = await client.request("HEAD", `/v2/${repo}/manifests/${reference}`, {
                headers: { Accept: `${OCI_MANIFEST}, ${OCI_INDEX}` },
              });
              expect(reply.status).toBe(200);
              expect(reply.header("content-type")).toBe(item.mediaType);
              expect(reply.header("content-length")).toBe(String(item.bytes.length));
              expect(reply.header("docker-content-digest")).toBe(item.digest);
            }
          });
          spec(dataSet.feature, "pull: by digest and by tag, byte-exact", async () => {
            for (const reference of [item.digest, "tag-b"]) {
              const reply = await client.request("GET", `/v2/${repo}/manifests/${reference}`, {
                headers: { Accept: `${OCI_MANIFEST}, ${OCI_INDEX}` },
              });
              expect(reply.status).toBe(200);
              expect(reply.header("content-type")).toBe(item.mediaType);
              expect(reply.header("docker-content-digest")).toBe(item.digest);
              expect(reply.body.equals(item.bytes)).toBe(true);
            }
            for (const b of item.blobs) {
              const reply = await client.request("GET", `/v2/${repo}/blobs/${b.digest}`);
              expect(reply.status).toBe(200);
              expect(reply.body.equals(b.bytes)).toBe(true);
            }
          });
          spec(
            [...(dataSet.feature ? [dataSet.feature] : []), "tagDelete"],
            "tag-delete: 202, then the tag is gone",
            async () => {
              const tagDelete = await client.request("DELETE", `/v2/${repo}/manifests/tag-c`);
              expect(tagDelete.status).toBe(202);
              expect((await client.request("GET", `/v2/${repo}/manifests/tag-c`)).status).toBe(404);
              expect((await client.request("GET", `/v2/${repo}/manifests/${item.digest}`)).status).toBe(200);
            },
          );
          spec(dataSet.feature, "manifest-delete and blob-delete: 202, then 404 and no tags left", async () => {
            const manifestDelete = await client.request("DELETE", `/v2/${repo}/manifests/${item.digest}`);
            expect(manifestDelete.status).toBe(202);
            const gone = await client.request("GET", `/v2/${repo}/manifests/${item.digest}`);
            expect(gone.status).toBe(404);
            expect(gone.errorCode()).toBe("MANIFEST_UNKNOWN");
            expect((await client.request("GET", `/v2/${repo}/manifests/tag-a`)).status).toBe(404);
            const tagsAfter = await client.request("GET", `/v2/${repo}/tags/list`);
            if (tagsAfter.status === 200) expect(tagsAfter.json<{ tags: string[] | null }>().tags ?? []).toEqual([]);
            for (const b of item.blobs) {
              expect((await client.request("DELETE", `/v2/${repo}/blobs/${b.digest}`)).status).toBe(202);
              expect((await client.request("HEAD", `/v2/${repo}/blobs/${b.digest}`)).status).toBe(404);
            }
          });
        });
      }

      spec(
        undefined,
        "bad-digest-image: manifest bytes that do not match the digest in the URL are refused",
        async () => {
          const item = image();
          for (const b of item.blobs) await client.pushBlob(repo1, b);
          const altered = { ...item, bytes: Buffer.concat([item.bytes, Buffer.from("\n ")]) };
          const reply = await client.putManifest(repo1, item.digest, altered);
          expect(reply.status).toBe(400);
          expect(reply.errorCode()).toBe("DIGEST_INVALID");
        },
      );

      spec(undefined, "a manifest whose layer is missing is refused with MANIFEST_BLOB_UNKNOWN", async () => {
        const item = image();
        const [config] = item.blobs;
        if (config) await client.pushBlob(repo1, config);
        const reply = await client.putManifest(repo1, "missing-layer", item);
        expect(reply.status).toBe(400);
        expect(reply.errorCode()).toBe("MANIFEST_BLOB_UNKNOWN");
      });

      spec(undefined, "an index whose child manifest is missing is refused with MANIFEST_BLOB_UNKNOWN", async () => {
        const child = image();
        const index = manifest({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [manifestDescriptor(child)] }, []);
        const reply = await client.putManifest(repo1, "missing-child", index);
        expect(reply.status).toBe(400);
        expect(reply.errorCode()).toBe("MANIFEST_BLOB_UNKNOWN");
      });

      spec("manifestSizeLimit", "a manifest over 4 MiB is refused with 413", async () => {
        const annotations = { big: "x".repeat(4 * 1024 * 1024 + 10) };
        const item = image({ layers: 0, extra: { annotations } });
        for (const b of item.blobs) await client.pushBlob(repo1, b);
        const reply = await client.putManifest(repo1, "too-large", item);
        expect(reply.status).toBe(413);
      });

      spec(undefined, "an invalid manifest body is refused with 400 MANIFEST_INVALID", async () => {
        const reply = await client.request("PUT", `/v2/${repo1}/manifests/broken`, {
          headers: { "Content-Type": OCI_MANIFEST },
          body: "{not json",
        });
        expect(reply.status).toBe(400);
        expect(reply.errorCode()).toBe("MANIFEST_INVALID");
      });

      spec("tagParam", "PUT by digest with ?tag= tags the manifest (OCI-Tag)", async () => {
        const item = image();
        for (const b of item.blobs) await client.pushBlob(repo1, b);
        const reply = await client.putManifest(repo1, item.digest, item, { tag: ["p1", "p2"] });
        expect(reply.status, reply.describe()).toBe(201);
        for (const tag of ["p1", "p2"]) {
          const head = await client.request("HEAD", `/v2/${repo1}/manifests/${tag}`);
          expect(head.header("docker-content-digest")).toBe(item.digest);
        }
      });

      describe("manifest errors", () => {
        spec(undefined, "missing-manifest by digest is 404 MANIFEST_UNKNOWN", async () => {
          const reply = await client.request("GET", `/v2/${repo1}/manifests/${digestOf("no such manifest")}`);
          expect(reply.status).toBe(404);
          expect(reply.errorCode()).toBe("MANIFEST_UNKNOWN");
        });
        spec(undefined, "missing-manifest by tag is 404 MANIFEST_UNKNOWN", async () => {
          const reply = await client.request("GET", `/v2/${repo1}/manifests/no-such-tag`);
          expect(reply.status).toBe(404);
          expect(reply.errorCode()).toBe("MANIFEST_UNKNOWN");
        });
        spec("invalidReference", "invalid-digest-format: PUT and GET answer 400 or 404", async () => {
          const item = image({ layers: 0 });
          for (const b of item.blobs) await client.pushBlob(repo1, b);
          const put = await client.putManifest(repo1, "sha256:not-a-digest", item);
          expect([400, 404]).toContain(put.status);
          const get = await client.request("GET", `/v2/${repo1}/manifests/sha256:not-a-digest`);
          expect([400, 404]).toContain(get.status);
        });
        spec(undefined, "an error response carries OCI-conforming JSON", async () => {
          const reply = await client.request("GET", `/v2/${repo1}/blobs/sha256:abc`);
          expect([400, 404]).toContain(reply.status);
          const body = reply.json<{ errors: { code: string; message: string }[] }>();
          expect(body.errors.length).toBeGreaterThan(0);
          expect(typeof body.errors[0]?.code).toBe("string");
          expect(typeof body.errors[0]?.message).toBe("string");
        });
        spec("nameInvalid", "a repository name outside the grammar is 400 NAME_INVALID", async () => {
          const reply = await client.request("GET", "/v2/Upper/Case/tags/list");
          expect(reply.status).toBe(400);
          expect(reply.errorCode()).toBe("NAME_INVALID");
        });
      });
    });

    describe("tag pagination", () => {
      const repo = "conformance/pages";
      const tags = ["a", "b", "c", "d", "e"];
      beforeAll(async () => {
        const item = image({ layers: 1 });
        await pushManifest(repo, item, [...tags].reverse());
      });
      spec("tagOrder", "tags come in lexical order", async () => {
        const reply = await client.request("GET", `/v2/${repo}/tags/list`);
        expect(reply.json<{ tags: string[] }>().tags).toEqual(tags);
      });
      spec("tagOrder", "n limits a page and Link points at the next one", async () => {
        const seen: string[] = [];
        let path: string | undefined = `/v2/${repo}/tags/list?n=2`;
        let pages = 0;
        while (path) {
          const reply = await client.request("GET", path);
          expect(reply.status).toBe(200);
          const page = reply.json<{ tags: string[] }>().tags;
          expect(page.length).toBeLessThanOrEqual(2);
          seen.push(...page);
          pages++;
          const link = reply.header("link");
          path = link ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
          if (pages > 5) break;
        }
        expect(seen).toEqual(tags);
        expect(pages).toBe(3);
      });
      spec("tagOrder", "n with last starts after the given tag", async () => {
        const reply = await client.request("GET", `/v2/${repo}/tags/list`, { query: { n: "2", last: "b" } });
        expect(reply.json<{ tags: string[] }>().tags).toEqual(["c", "d"]);
      });
      spec("tagListZero", "n=0 returns an empty list and no Link header", async () => {
        const reply = await client.request("GET", `/v2/${repo}/tags/list`, { query: { n: "0" } });
        expect(reply.status).toBe(200);
        expect(reply.json<{ tags: string[] | null }>().tags ?? []).toEqual([]);
        expect(reply.header("link")).toBeNull();
      });
    });

    describe("referrers", () => {
      const repo = "conformance/referrers";
      const subject = image();
      const sbom = artifact({
        artifactType: "application/vnd.example.sbom+json",
        subject,
        annotations: { "org.example.kind": "sbom" },
      });
      const signature = artifact({ artifactType: "application/vnd.example.signature", subject });
      let subjectHeader: string | null = null;
      beforeAll(async () => {
        await pushManifest(repo, subject, ["latest"]);
        for (const b of [...sbom.blobs, ...signature.blobs]) await client.pushBlob(repo, b);
        const first = await client.putManifest(repo, sbom.digest, sbom);
        expect(first.status, first.describe()).toBe(201);
        subjectHeader = first.header("oci-subject");
        const second = await client.putManifest(repo, "signature", signature);
        expect(second.status, second.describe()).toBe(201);
      });
      spec("subjectHeader", "PUT of a manifest with a subject answers OCI-Subject", async () => {
        expect(subjectHeader).toBe(subject.digest);
      });
      spec("referrers", "referrers list both artifacts with artifactType and annotations", async () => {
        const reply = await client.request("GET", `/v2/${repo}/referrers/${subject.digest}`);
        expect(reply.status).toBe(200);
        expect(reply.header("content-type")).toContain(OCI_INDEX);
        const index = reply.json<{ schemaVersion: number; mediaType: string; manifests: Record<string, unknown>[] }>();
        expect(index.schemaVersion).toBe(2);
        expect(index.mediaType).toBe(OCI_INDEX);
        const byDigest = new Map(index.manifests.map((m) => [m.digest, m]));
        expect(byDigest.get(sbom.digest)).toEqual({
          ...manifestDescriptor(sbom),
          artifactType: "application/vnd.example.sbom+json",
          annotations: { "org.example.kind": "sbom" },
        });
        expect(byDigest.get(signature.digest)).toEqual({
          ...manifestDescriptor(signature),
          artifactType: "application/vnd.example.signature",
        });
        expect(index.manifests).toHaveLength(2);
      });
      spec("referrers", "artifactType filter returns only matches and says OCI-Filters-Applied", async () => {
        const reply = await client.request("GET", `/v2/${repo}/referrers/${subject.digest}`, {
          query: { artifactType: "application/vnd.example.signature" },
        });
        expect(reply.status).toBe(200);
        expect(reply.header("oci-filters-applied")).toBe("artifactType");
        const digests = reply.json<{ manifests: { digest: string }[] }>().manifests.map((m) => m.digest);
        expect(digests).toEqual([signature.digest]);
      });
      spec("referrers", "deleting a referrer removes it from the list", async () => {
        expect((await client.request("DELETE", `/v2/${repo}/manifests/${signature.digest}`)).status).toBe(202);
        const reply = await client.request("GET", `/v2/${repo}/referrers/${subject.digest}`);
        const digests = reply.json<{ manifests: { digest: string }[] }>().manifests.map((m) => m.digest);
        expect(digests).toEqual([sbom.digest]);
      });
    });

    describe("catalog", () => {
      spec(undefined, "_catalog lists repositories in order, paginated with n, last and Link", async () => {
        const all = await client.request("GET", "/v2/_catalog");
        expect(all.status).toBe(200);
        const repositories = all.json<{ repositories: string[] }>().repositories;
        expect(repositories).toContain(repo2);
        expect(repositories).toEqual([...repositories].sort());
        const first = await client.request("GET", "/v2/_catalog", { query: { n: "1" } });
        expect(first.json<{ repositories: string[] }>().repositories).toEqual(repositories.slice(0, 1));
        expect(first.header("link")).toContain('rel="next"');
        const next = await client.request("GET", "/v2/_catalog", { query: { n: "1", last: repositories[0] ?? "" } });
        expect(next.json<{ repositories: string[] }>().repositories).toEqual(repositories.slice(1, 2));
      });
    });
  });
}
