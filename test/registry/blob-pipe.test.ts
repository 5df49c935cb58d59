/**
 * The reused-buffer blob path between registries (src/registry/blob-pipe.ts over wire.ts), against the embedded
 * registry, the reference registry (docker-registry), a chunked-encoding source, the fault proxy (cut and corrupted
 * downloads) and a redirecting source that must not hand its credentials to the redirect's other origin.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer as createTcpServer, type AddressInfo as TcpAddress } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pipeBlob } from "../../src/registry/blob-pipe.js";
import { RegistryClient } from "../../src/registry/client.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { startProxy, type TestProxy } from "../copy/proxy.js";
import { startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { listen, type TestServer } from "./servers.js";

const MiB = 1024 * 1024;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function blob(size: number): { bytes: Buffer; digest: string } {
  const bytes = randomBytes(size);
  return { bytes, digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}` };
}

async function embedded(): Promise<RunningRegistry> {
  const registry = await startRegistry({ storage: "memory", port: 0 });
  closers.push(() => registry.close());
  return registry;
}

function client(options: ConstructorParameters<typeof RegistryClient>[0] = {}): RegistryClient {
  const made = new RegistryClient(options);
  closers.push(() => made.close());
  return made;
}

async function readBack(c: RegistryClient, host: string, path: string, digest: string): Promise<string> {
  const reader = await c.getBlob({ domain: host, path }, digest);
  const hash = createHash("sha256");
  for await (const chunk of reader.stream) hash.update(chunk as Buffer);
  return `sha256:${hash.digest("hex")}`;
}

async function proxyTo(url: string): Promise<TestProxy> {
  const proxy = await startProxy(url);
  closers.push(() => proxy.close());
  return proxy;
}

describe("pipeBlob between registries", () => {
  it("copies a blob from the embedded registry to another and the target holds exactly its bytes", async () => {
    const [from, to] = [await embedded(), await embedded()];
    const c = client();
    const { bytes, digest } = blob(5 * MiB + 123);
    await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
    let counted = 0;
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: from.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: to.host, path: "dst/app" } },
      digest,
      bytes.length,
      { onBytes: (n) => (counted += n) },
    );
    expect(result).toBe("copied");
    expect(counted).toBe(bytes.length);
    expect(await c.statBlob({ domain: to.host, path: "dst/app" }, digest)).toBe(bytes.length);
    expect(await readBack(c, to.host, "dst/app", digest)).toBe(digest);
  });

  it.skipIf(!hasTool("docker-registry"))("copies to and from docker-registry", async () => {
    const reference = await startReferenceRegistry();
    closers.push(() => reference.close());
    const mine = await embedded();
    const c = client();
    const { bytes, digest } = blob(3 * MiB + 7);
    await c.uploadBlob({ domain: mine.host, path: "a/app" }, digest, bytes.length, bytes);
    const there = await pipeBlob(
      { transport: c.transport, repo: { domain: mine.host, path: "a/app" } },
      { transport: c.transport, repo: { domain: reference.host, path: "b/app" } },
      digest,
      bytes.length,
    );
    expect(there).toBe("copied");
    expect(await readBack(c, reference.host, "b/app", digest)).toBe(digest);
    const back = await pipeBlob(
      { transport: c.transport, repo: { domain: reference.host, path: "b/app" } },
      { transport: c.transport, repo: { domain: mine.host, path: "c/app" } },
      digest,
      bytes.length,
    );
    expect(back).toBe("copied");
    expect(await readBack(c, mine.host, "c/app", digest)).toBe(digest);
  });

  it("decodes a chunked download", async () => {
    const to = await embedded();
    const { bytes, digest } = blob(2 * MiB + 5);
    const source = await listen((req, res) => {
      if (!req.url?.endsWith(digest)) {
        res.writeHead(404).end();
        return;
      }
      // No Content-Length: node sends chunked; odd piece sizes cross the reader's buffer boundaries.
      res.writeHead(200, { "content-type": "application/octet-stream" });
      for (let at = 0; at < bytes.length; at += 77_777) res.write(bytes.subarray(at, at + 77_777));
      res.end();
    });
    closers.push(() => source.close());
    const c = client();
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: source.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: to.host, path: "dst/app" } },
      digest,
      bytes.length,
    );
    expect(result).toBe("copied");
    expect(await readBack(c, to.host, "dst/app", digest)).toBe(digest);
  });

  it("resumes a download cut mid-body with Range and sends every byte once", async () => {
    const [from, to] = [await embedded(), await embedded()];
    const c = client();
    const { bytes, digest } = blob(4 * MiB);
    await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
    const sourceProxy = await proxyTo(from.url);
    const targetProxy = await proxyTo(to.url);
    let gets = 0;
    sourceProxy.fault = ({ method, path }) =>
      method === "GET" && path.includes("/blobs/sha256:") && gets++ === 0
        ? { kind: "cut-response", afterBytes: MiB + 3 }
        : undefined;
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: sourceProxy.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: targetProxy.host, path: "dst/app" } },
      digest,
      bytes.length,
    );
    expect(result).toBe("copied");
    expect(gets).toBe(2);
    const puts = targetProxy.log.filter((e) => e.method === "PUT");
    expect(puts.map((e) => e.requestBytes)).toEqual([bytes.length]);
    expect(await readBack(c, to.host, "dst/app", digest)).toBe(digest);
  });

  it("refuses a corrupted download: nothing committed, the session cancelled", async () => {
    const [from, to] = [await embedded(), await embedded()];
    const c = client();
    const { bytes, digest } = blob(2 * MiB);
    await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
    const sourceProxy = await proxyTo(from.url);
    const targetProxy = await proxyTo(to.url);
    sourceProxy.fault = ({ method, path }) =>
      method === "GET" && path.includes("/blobs/sha256:") ? { kind: "corrupt-response" } : undefined;
    await expect(
      pipeBlob(
        { transport: c.transport, repo: { domain: sourceProxy.host, path: "src/app" } },
        { transport: c.transport, repo: { domain: targetProxy.host, path: "dst/app" } },
        digest,
        bytes.length,
      ),
    ).rejects.toMatchObject({ code: "DIGEST_INVALID" });
    expect(await c.statBlob({ domain: to.host, path: "dst/app" }, digest)).toBeUndefined();
    const put = targetProxy.log.find((e) => e.method === "PUT");
    expect(put?.requestBytes ?? 0).toBeLessThan(bytes.length);
    expect(targetProxy.log.some((e) => e.method === "DELETE" && e.path.includes("/blobs/uploads/"))).toBe(true);
  });

  it("follows a redirect to another origin without the registry's credentials", async () => {
    const to = await embedded();
    const { bytes, digest } = blob(MiB + 1);
    const storageSaw: (string | undefined)[] = [];
    const storage = await listen((req, res) => {
      storageSaw.push(req.headers.authorization);
      res.writeHead(200, { "content-length": String(bytes.length) });
      res.end(bytes);
    });
    closers.push(() => storage.close());
    const registrySaw: (string | undefined)[] = [];
    const registry: TestServer = await listen((req, res) => {
      registrySaw.push(req.headers.authorization);
      if (!req.headers.authorization) {
        res.writeHead(401, { "www-authenticate": 'Basic realm="test"', "content-length": "0" }).end();
        return;
      }
      if (req.url === "/v2/") {
        res.writeHead(200, { "content-length": "0" }).end();
        return;
      }
      res.writeHead(307, { location: `${storage.url}/blob?sig=1`, "content-length": "0" }).end();
    });
    closers.push(() => registry.close());
    const c = client({ credentials: async () => ({ username: "u", password: "secret", source: "test" }) });
    // Learn the registry's challenge the way a copy does (its survey reads manifests first).
    await c.transport.send({ method: "GET", host: registry.host, path: "/v2/", scopes: [], ok: "all" });
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: registry.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: to.host, path: "dst/app" } },
      digest,
      bytes.length,
    );
    expect(result).toBe("copied");
    expect(registrySaw.at(-1)).toMatch(/^Basic /);
    expect(storageSaw).toEqual([undefined]);
    expect(await readBack(c, to.host, "dst/app", digest)).toBe(digest);
  });

  it("ends the upload on a whole response from a target that keeps its connection open", async () => {
    const from = await embedded();
    const c = client();
    const { bytes, digest } = blob(MiB + 9);
    await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
    // A bare HTTP/1.1 target that ignores `Connection: close` after answering the PUT.
    let received = 0;
    const server = createTcpServer((socket) => {
      let head = "";
      let body = -1;
      socket.on("data", (chunk: Buffer) => {
        if (body < 0) {
          head += chunk.toString("latin1");
          const end = head.indexOf("\r\n\r\n");
          if (end < 0) return;
          body = Number(/content-length:\s*(\d+)/i.exec(head.slice(0, end))?.[1] ?? 0);
          received += Buffer.byteLength(head.slice(end + 4), "latin1");
        } else {
          received += chunk.length;
        }
        if (received < body) return;
        if (head.startsWith("POST")) {
          socket.end(
            "HTTP/1.1 202 Accepted\r\nlocation: /v2/dst/app/blobs/uploads/1\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
          );
        } else {
          socket.write("HTTP/1.1 201 Created\r\ncontent-length: 0\r\n\r\n"); // and stays open
        }
        head = "";
        body = -1;
        received = 0;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
        }),
    );
    const host = `127.0.0.1:${(server.address() as TcpAddress).port}`;
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: from.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: host, path: "dst/app" } },
      digest,
      bytes.length,
      // Without ending on the whole response this would wait for the connection: the test would time out.
      { timeoutMs: 600_000 },
    );
    expect(result).toBe("copied");
  });

  it("answers unsupported, moving nothing, when the source does not simply send the blob", async () => {
    const [from, to] = [await embedded(), await embedded()];
    const c = client();
    const { digest } = blob(16);
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: from.host, path: "missing/app" } },
      { transport: c.transport, repo: { domain: to.host, path: "dst/app" } },
      digest,
      16,
    );
    expect(result).toBe("unsupported");
  });
});

describe("pipeBlob resuming a recorded session", () => {
  const targets: [string, () => Promise<string>][] = [
    ["the embedded registry", async () => (await embedded()).url],
    [
      "docker-registry",
      async () => {
        const reference = await startReferenceRegistry();
        closers.push(() => reference.close());
        return reference.url;
      },
    ],
  ];
  for (const [name, start] of targets) {
    it.skipIf(name === "docker-registry" && !hasTool("docker-registry"))(
      `sends only what ${name} does not hold, and reports the session until it is committed`,
      async () => {
        const from = await embedded();
        const targetProxy = await proxyTo(await start());
        const c = client();
        const { bytes, digest } = blob(4 * MiB + 11);
        await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
        // An earlier run got 1.5 MiB into a session (as a chunk) before it died.
        const held = 1.5 * MiB;
        const target = { domain: targetProxy.host, path: "dst/app" };
        const post = await c.transport.send({
          method: "POST",
          host: target.domain,
          path: "/v2/dst/app/blobs/uploads/",
          scopes: [],
          headers: { "content-length": "0" },
          ok: [202],
        });
        const patch = await c.transport.send({
          method: "PATCH",
          host: target.domain,
          url: post.header("location") as string,
          scopes: [],
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `0-${held - 1}`,
            "content-length": String(held),
          },
          body: bytes.subarray(0, held),
          ok: [202],
        });
        targetProxy.log.length = 0;
        const reported: ({ location: string; offset: number } | undefined)[] = [];
        const result = await pipeBlob(
          { transport: c.transport, repo: { domain: from.host, path: "src/app" } },
          { transport: c.transport, repo: target },
          digest,
          bytes.length,
          { resume: { location: patch.header("location") as string }, onSession: (s) => void reported.push(s) },
        );
        expect(result).toBe("copied");
        expect(targetProxy.log.filter((e) => e.method === "POST")).toEqual([]);
        expect(targetProxy.log.filter((e) => e.method === "PUT").map((e) => e.requestBytes)).toEqual([
          bytes.length - held,
        ]);
        expect(reported[0]?.offset).toBe(held);
        expect(reported.at(-1)).toBeUndefined();
        expect(await readBack(c, targetProxy.host, "dst/app", digest)).toBe(digest);
      },
    );
  }

  it("cancels a recorded session the target no longer knows and uploads afresh", async () => {
    const [from, to] = [await embedded(), await embedded()];
    const c = client();
    const { bytes, digest } = blob(2 * MiB);
    await c.uploadBlob({ domain: from.host, path: "src/app" }, digest, bytes.length, bytes);
    const result = await pipeBlob(
      { transport: c.transport, repo: { domain: from.host, path: "src/app" } },
      { transport: c.transport, repo: { domain: to.host, path: "dst/app" } },
      digest,
      bytes.length,
      { resume: { location: "/v2/dst/app/blobs/uploads/no-such-session" } },
    );
    expect(result).toBe("copied");
    expect(await readBack(c, to.host, "dst/app", digest)).toBe(digest);
  });
});
