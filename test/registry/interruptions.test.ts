/**
 * Interrupted transfers and misbehaving servers: downloads resumed with Range after the connection is cut,
 * chunked uploads resumed from the server's Range, bytes that do not match their digest, looping Link pages.
 */
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { computeDigest } from "../../src/oci/index.js";
import { RegistryClient, type RegistryError } from "../../src/registry/index.js";
import { listen, readBody, sendJson, type TestServer } from "./servers.js";

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let server: TestServer | undefined;
let client: RegistryClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

const newClient = (options: ConstructorParameters<typeof RegistryClient>[0] = {}) => {
  client = new RegistryClient({ credentials: async () => undefined, retry: { baseDelayMs: 1 }, ...options });
  return client;
};

describe("blob downloads", () => {
  it("resume with a Range request after the connection is cut mid-body", async () => {
    const blob = randomBytes(200_000);
    const digest = computeDigest(blob);
    const half = 80_000;
    const ranges: (string | undefined)[] = [];
    server = await listen((req, res) => {
      ranges.push(req.headers.range);
      if (ranges.length === 1) {
        res.writeHead(200, { "content-length": blob.length, "docker-content-digest": digest });
        res.write(blob.subarray(0, half), () => req.socket.destroy());
        return;
      }
      const start = Number(/bytes=(\d+)-/.exec(req.headers.range ?? "")?.[1] ?? 0);
      res.writeHead(206, {
        "content-length": blob.length - start,
        "content-range": `bytes ${start}-${blob.length - 1}/${blob.length}`,
      });
      res.end(blob.subarray(start));
    });
    const reader = await newClient().getBlob({ domain: server.host, path: "team/app" }, digest);
    expect(reader.size).toBe(blob.length);
    expect((await readAll(reader.stream)).equals(blob)).toBe(true);
    expect(ranges).toEqual([undefined, `bytes=${half}-`]);
  });

  it("fail naming the blob when the bytes do not match the digest", async () => {
    const claimed = computeDigest("the real layer");
    server = await listen((_req, res) => {
      res.writeHead(200, { "content-length": 9 });
      res.end("tampered!");
    });
    const reader = await newClient().getBlob({ domain: server.host, path: "team/app" }, claimed);
    const error = (await readAll(reader.stream).catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe("DIGEST_INVALID");
    expect(error.message).toContain(`${server.host}/team/app@${claimed}`);
  });

  it("give up after a few resumes on a server that always cuts the connection", async () => {
    const blob = randomBytes(50_000);
    let requests = 0;
    server = await listen((req, res) => {
      requests++;
      res.writeHead(requests === 1 ? 200 : 206, { "content-length": blob.length });
      res.write(blob.subarray(0, 10), () => req.socket.destroy());
    });
    const reader = await newClient().getBlob({ domain: server.host, path: "team/app" }, computeDigest(blob));
    const error = (await readAll(reader.stream).catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("BLOB_READ_FAILED");
    expect(requests).toBe(4);
  });
});

describe("chunked uploads", () => {
  it("resume from the server's Range after the connection is cut mid-chunk, honouring OCI-Chunk-Min-Length", async () => {
    const blob = randomBytes(10_000);
    const digest = computeDigest(blob);
    let stored = Buffer.alloc(0);
    const patches: string[] = [];
    const statusQueries: number[] = [];
    let committed: string | undefined;
    server = await listen(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      if (req.method === "POST") {
        res.writeHead(202, { location: "/upload/1?_state=abc", "oci-chunk-min-length": "3000", "content-length": 0 });
        res.end();
      } else if (req.method === "PATCH") {
        const range = req.headers["content-range"] ?? "";
        patches.push(range);
        const start = Number(range.split("-")[0]);
        if (start !== stored.length) {
          res.writeHead(416, { "content-length": 0 });
          res.end();
          return;
        }
        if (patches.length === 2) {
          // Take 1000 bytes of the second chunk, then drop the connection.
          const first = await new Promise<Buffer>((resolve) => req.once("data", resolve));
          stored = Buffer.concat([stored, first.subarray(0, 1000)]);
          req.socket.destroy();
          return;
        }
        stored = Buffer.concat([stored, await readBody(req)]);
        res.writeHead(202, { location: "/upload/1?_state=def", range: `0-${stored.length - 1}`, "content-length": 0 });
        res.end();
      } else if (req.method === "GET") {
        statusQueries.push(stored.length);
        res.writeHead(204, { location: "/upload/1?_state=ghi", range: `0-${stored.length - 1}` });
        res.end();
      } else if (req.method === "PUT") {
        await readBody(req);
        committed = url.searchParams.get("digest") ?? undefined;
        const ok = committed === computeDigest(stored) && url.searchParams.get("_state") !== null;
        res.writeHead(ok ? 201 : 400, { "content-length": 0 });
        res.end();
      } else {
        res.writeHead(405);
        res.end();
      }
    });
    const c = newClient({ chunkSize: 1000, uploadMode: "chunked" });
    const result = await c.uploadBlob(
      { domain: server.host, path: "team/app" },
      digest,
      blob.length,
      Readable.from([blob]),
    );
    expect(result).toBe("uploaded");
    expect(stored.equals(blob)).toBe(true);
    expect(committed).toBe(digest);
    expect(statusQueries).toEqual([4000]);
    // Chunks are OCI-Chunk-Min-Length long; after the cut the client resumes at the server's offset (4000).
    expect(patches).toEqual(["0-2999", "3000-5999", "4000-5999", "6000-8999", "9000-9999"]);
  });

  it("cancel the session when the registry refuses a chunk", async () => {
    const methods: string[] = [];
    server = await listen((req, res) => {
      methods.push(req.method ?? "");
      if (req.method === "POST") {
        res.writeHead(202, { location: "/upload/9", "content-length": 0 });
        res.end();
      } else if (req.method === "PATCH") {
        sendJson(res, 400, { errors: [{ code: "BLOB_UPLOAD_INVALID", message: "no thanks" }] });
      } else {
        res.writeHead(204);
        res.end();
      }
    });
    const blob = randomBytes(5000);
    const error = (await newClient({ chunkSize: 1000, uploadMode: "chunked" })
      .uploadBlob({ domain: server.host, path: "team/app" }, computeDigest(blob), blob.length, Readable.from([blob]))
      .catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("BLOB_UPLOAD_INVALID");
    expect(error.message).toContain("no thanks");
    expect(methods).toEqual(["POST", "PATCH", "DELETE"]);
  });
});

describe("tag pagination", () => {
  const all = ["a", "b", "c", "d", "e"];

  it("follows Link headers to the end", async () => {
    const urls: string[] = [];
    server = await listen((req, res) => {
      urls.push(req.url ?? "");
      const url = new URL(req.url ?? "/", "http://x");
      const n = Number(url.searchParams.get("n") ?? 100);
      const last = url.searchParams.get("last");
      const rest = all.filter((t) => last === null || t > last);
      const page = rest.slice(0, n);
      const headers: Record<string, string> =
        rest.length > n ? { link: `</v2/team/app/tags/list?n=${n}&last=${page.at(-1)}>; rel="next"` } : {};
      sendJson(res, 200, { name: "team/app", tags: page }, headers);
    });
    const c = newClient();
    expect(await c.listAllTags({ domain: server.host, path: "team/app" }, { n: 2 })).toEqual(all);
    expect(urls).toEqual([
      "/v2/team/app/tags/list?n=2",
      "/v2/team/app/tags/list?n=2&last=b",
      "/v2/team/app/tags/list?n=2&last=d",
    ]);
    expect(await c.listTags({ domain: server.host, path: "team/app" }, { n: 2, last: "b" })).toEqual({
      tags: ["c", "d"],
      next: "d",
    });
  });

  it("stops a registry whose Link pages loop", async () => {
    server = await listen((_req, res) =>
      sendJson(res, 200, { name: "team/app", tags: ["a"] }, { link: '</v2/team/app/tags/list?n=1>; rel="next"' }),
    );
    const error = (await newClient()
      .listAllTags({ domain: server.host, path: "team/app" }, { n: 1 })
      .catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("PAGINATION_LOOP");
  });
});

describe("referrers", () => {
  it("fall back to the tag schema when the API redirects away (GHCR) and the target refuses", async () => {
    const subject = computeDigest("subject manifest");
    const referrer = {
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: computeDigest("sig"),
      size: 3,
      artifactType: "application/vnd.example.sig",
    };
    const fallback = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [referrer],
    });
    const elsewhere = await listen((_req, res) =>
      sendJson(res, 429, { message: "rate limited" }, { "retry-after": "3600" }),
    );
    const seen: string[] = [];
    server = await listen((req, res) => {
      seen.push(req.url ?? "");
      if (req.url?.includes("/referrers/")) {
        res.writeHead(303, { location: `${elsewhere.url}/-/v2/packages/container/package/x` });
        res.end();
        return;
      }
      res.writeHead(200, {
        "content-type": "application/vnd.oci.image.index.v1+json",
        "content-length": Buffer.byteLength(fallback),
      });
      res.end(fallback);
    });
    try {
      const found = await newClient().referrers({ domain: server.host, path: "owner/app" }, subject);
      expect(found).toEqual([referrer]);
      expect(seen).toEqual([
        `/v2/owner/app/referrers/${subject}`,
        `/v2/owner/app/manifests/sha256-${subject.slice(7)}`,
      ]);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("a tampered download piped into an upload", () => {
  it.each(["monolithic", "chunked"] as const)("is refused in %s mode and nothing is committed", async (mode) => {
    const claimed = computeDigest(randomBytes(64));
    const requests: string[] = [];
    server = await listen(async (req, res) => {
      requests.push(`${req.method} ${req.url?.split("?")[0]}`);
      if (req.method === "GET") {
        res.writeHead(200, { "content-length": 64 });
        res.end(randomBytes(64));
        return;
      }
      await readBody(req);
      if (req.method === "POST") {
        res.writeHead(202, { location: "/v2/team/copy/blobs/uploads/s1", "content-length": 0 });
        res.end();
      } else if (req.method === "PATCH") {
        res.writeHead(202, { location: "/v2/team/copy/blobs/uploads/s1", "content-length": 0 });
        res.end();
      } else {
        res.writeHead(req.method === "DELETE" ? 204 : 201, { "content-length": 0 });
        res.end();
      }
    });
    const registry = newClient({ chunkSize: 16 });
    const reader = await registry.getBlob({ domain: server.host, path: "team/app" }, claimed);
    const error = (await registry
      .uploadBlob({ domain: server.host, path: "team/copy" }, claimed, 64, reader.stream, { mode })
      .catch((e: unknown) => e)) as Error & { code?: string };
    expect(error.code).toBe("DIGEST_INVALID");
    // The closing PUT with ?digest= is what commits a blob; a chunked upload never sends it.
    if (mode === "chunked") expect(requests.filter((r) => r.startsWith("PUT"))).toEqual([]);
    expect(requests.at(-1)).toBe("DELETE /v2/team/copy/blobs/uploads/s1");
  });
});

describe("manifests from a misbehaving registry", () => {
  it("are refused when the bytes do not match Docker-Content-Digest", async () => {
    server = await listen((_req, res) => {
      const body = JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.index.v1+json",
        manifests: [],
      });
      res.writeHead(200, {
        "content-type": "application/vnd.oci.image.index.v1+json",
        "docker-content-digest": computeDigest("something else"),
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
    const error = (await newClient()
      .getManifest({ domain: server.host, path: "team/app" }, "v1")
      .catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("DIGEST_INVALID");
    expect(error.exit).toBe(3);
  });

  it("are capped while reading when the server sends no Content-Length", async () => {
    server = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" });
      res.write(Buffer.alloc(3000, 32));
      res.end("{}");
    });
    const error = (await newClient({ maxManifestBytes: 1024 })
      .getManifest({ domain: server.host, path: "team/app" }, "v1")
      .catch((e: unknown) => e)) as RegistryError;
    expect(error.code).toBe("MANIFEST_TOO_LARGE");
  });
});
