import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiskStore } from "../store/disk.js";
import { MemoryStore } from "../store/memory.js";
import { createRegistryHandler } from "./handler.js";
import { startRegistry } from "./start.js";
import type { AccessRequest, RegistryHandlerOptions, RequestLogEntry } from "./types.js";

const digestOf = (bytes: Buffer | string) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

/** Serves a handler on a random port for one describe block. */
function serve(options: () => RegistryHandlerOptions) {
  const state = { url: "", server: undefined as Server | undefined };
  beforeAll(async () => {
    state.server = createServer(createRegistryHandler(options()));
    await new Promise<void>((resolve) => state.server?.listen(0, "127.0.0.1", resolve));
    state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    state.server?.closeAllConnections();
    await new Promise((resolve) => state.server?.close(resolve));
  });
  return state;
}

/** A request with the path sent exactly as written (fetch would normalise dot segments). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function pushBlob(url: string, repo: string, bytes: Buffer, headers: Record<string, string> = {}) {
  return await fetch(`${url}/v2/${repo}/blobs/uploads/?digest=${digestOf(bytes)}`, {
    method: "POST",
    headers,
    body: bytes,
  });
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { code: string }[] };
  return body.errors?.[0]?.code;
}

describe("registry handler: read-only mode", () => {
  const store = new MemoryStore();
  const registry = serve(() => ({ store, readOnly: true }));
  beforeAll(async () => {
    await store.putBlob("ro/repo", digestOf("x"), 1, Buffer.from("x"));
  });

  it("refuses uploads, manifest pushes and deletes with 405 UNSUPPORTED", async () => {
    const attempts = [
      fetch(`${registry.url}/v2/ro/repo/blobs/uploads/`, { method: "POST" }),
      fetch(`${registry.url}/v2/ro/repo/manifests/latest`, { method: "PUT", body: "{}" }),
      fetch(`${registry.url}/v2/ro/repo/blobs/${digestOf("x")}`, { method: "DELETE" }),
      fetch(`${registry.url}/v2/ro/repo/manifests/latest`, { method: "DELETE" }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(405);
      expect(await errorCode(response)).toBe("UNSUPPORTED");
    }
    expect((await store.listRepositories()).length).toBe(1);
  });

  it("still serves reads", async () => {
    const response = await fetch(`${registry.url}/v2/ro/repo/blobs/${digestOf("x")}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("x");
  });
});

describe("registry handler: names and routes", () => {
  const registry = serve(() => ({ store: new MemoryStore() }));

  it("refuses names outside the grammar with 400 NAME_INVALID, including encoded path escapes", async () => {
    for (const path of [
      "/v2/..%2F..%2Fetc/manifests/latest",
      "/v2/%2e%2e/secret/tags/list",
      "/v2/Upper/tags/list",
      "/v2/a//b/tags/list",
      "/v2/a/./b/tags/list",
    ]) {
      const reply = await rawGet(registry.url, path);
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body).errors[0].code, path).toBe("NAME_INVALID");
    }
  });

  it("answers 404 for paths outside the API and 405 for methods an endpoint lacks", async () => {
    expect((await fetch(`${registry.url}/metrics`)).status).toBe(404);
    const patch = await fetch(`${registry.url}/v2/a/manifests/latest`, { method: "PATCH", body: "x" });
    expect(patch.status).toBe(405);
    expect(await errorCode(patch)).toBe("UNSUPPORTED");
  });

  it("serves a manifest with exactly the Content-Type it was pushed with", async () => {
    const config = Buffer.from("{}");
    await pushBlob(registry.url, "types/repo", config);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      config: { mediaType: "application/vnd.docker.container.image.v1+json", digest: digestOf(config), size: 2 },
      layers: [],
    });
    const put = await fetch(`${registry.url}/v2/types/repo/manifests/v1`, {
      method: "PUT",
      headers: { "Content-Type": "application/vnd.docker.distribution.manifest.v2+json" },
      body: manifest,
    });
    expect(put.status).toBe(201);
    expect(put.headers.get("location")).toBe(`/v2/types/repo/manifests/${digestOf(manifest)}`);
    const get = await fetch(`${registry.url}/v2/types/repo/manifests/v1`);
    expect(get.headers.get("content-type")).toBe("application/vnd.docker.distribution.manifest.v2+json");
    expect(await get.text()).toBe(manifest);
  });
});

for (const storage of ["memory", "disk"] as const) {
  describe(`registry handler: manifests by sha512 digest (${storage})`, () => {
    const state = { url: "", close: async () => {} };
    beforeAll(async () => {
      const dir = storage === "disk" ? await mkdtemp(join(tmpdir(), "dockhand-sha512-")) : undefined;
      const registry = await startRegistry({ storage: dir ?? "memory", port: 0 });
      state.url = registry.url;
      state.close = async () => {
        await registry.close();
        if (dir) await rm(dir, { recursive: true, force: true });
      };
    });
    afterAll(() => state.close());

    it("stores the manifest under its sha512 digest only, and a later tag push names that digest", async () => {
      const config = Buffer.from('{"sha512":true}');
      await pushBlob(state.url, "algo/repo", config);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        config: {
          mediaType: "application/vnd.oci.image.config.v1+json",
          digest: digestOf(config),
          size: config.length,
        },
        layers: [],
      });
      const sha512 = `sha512:${createHash("sha512").update(manifest).digest("hex")}`;
      const headers = { "Content-Type": "application/vnd.oci.image.manifest.v1+json" };
      const put = await fetch(`${state.url}/v2/algo/repo/manifests/${sha512}`, {
        method: "PUT",
        headers,
        body: manifest,
      });
      expect(put.status).toBe(201);
      expect(put.headers.get("docker-content-digest")).toBe(sha512);
      const get = await fetch(`${state.url}/v2/algo/repo/manifests/${sha512}`);
      expect(get.status).toBe(200);
      expect(await get.text()).toBe(manifest);
      expect((await fetch(`${state.url}/v2/algo/repo/manifests/${digestOf(manifest)}`)).status).toBe(404);
      const tagged = await fetch(`${state.url}/v2/algo/repo/manifests/v1`, { method: "PUT", headers, body: manifest });
      expect(tagged.headers.get("docker-content-digest")).toBe(sha512);
      expect((await fetch(`${state.url}/v2/algo/repo/manifests/v1`)).headers.get("docker-content-digest")).toBe(sha512);
    });

    it("stores nothing when a digest push is refused", async () => {
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: digestOf("absent"), size: 6 },
        layers: [],
      });
      const sha512 = `sha512:${createHash("sha512").update(manifest).digest("hex")}`;
      const headers = { "Content-Type": "application/vnd.oci.image.manifest.v1+json" };
      const put = await fetch(`${state.url}/v2/algo/refused/manifests/${sha512}`, {
        method: "PUT",
        headers,
        body: manifest,
      });
      expect(put.status).toBe(400);
      expect(await errorCode(put)).toBe("MANIFEST_BLOB_UNKNOWN");
      for (const reference of [sha512, digestOf(manifest)]) {
        expect((await fetch(`${state.url}/v2/algo/refused/manifests/${reference}`)).status).toBe(404);
      }
    });
  });
}

describe("registry handler: limits", () => {
  const store = new MemoryStore();
  const registry = serve(() => ({ store, maxBlobBytes: 1024, maxManifestBytes: 512 }));

  it("refuses a blob over the limit with 413 SIZE_INVALID and stores nothing", async () => {
    const bytes = Buffer.alloc(2048, 1);
    const response = await pushBlob(registry.url, "limits/repo", bytes);
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("SIZE_INVALID");
    expect(await store.statBlob("limits/repo", digestOf(bytes))).toBeUndefined();
  });

  it("refuses a streamed chunk that takes an upload over the limit", async () => {
    const post = await fetch(`${registry.url}/v2/limits/repo/blobs/uploads/`, { method: "POST" });
    const location = post.headers.get("location") ?? "";
    const first = await fetch(new URL(location, registry.url), { method: "PATCH", body: Buffer.alloc(800) });
    expect(first.status).toBe(202);
    const second = await fetch(new URL(first.headers.get("location") ?? location, registry.url), {
      method: "PATCH",
      body: Buffer.alloc(800),
    });
    expect(second.status).toBe(413);
  });

  it("refuses a manifest over the limit with 413", async () => {
    const response = await fetch(`${registry.url}/v2/limits/repo/manifests/big`, {
      method: "PUT",
      headers: { "Content-Type": "application/vnd.oci.image.manifest.v1+json" },
      body: JSON.stringify({ schemaVersion: 2, annotations: { a: "x".repeat(1000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe("registry handler: authorize hook and request log", () => {
  const store = new MemoryStore();
  const seen: Omit<AccessRequest, "request">[] = [];
  const log: RequestLogEntry[] = [];
  const registry = serve(() => ({
    store,
    log: (entry) => log.push(entry),
    authorize: async ({ repository, actions }) => {
      seen.push({ repository, actions });
      if (repository === "private/repo") {
        return { allow: false, status: 403, code: "DENIED", message: "permission_denied: write_package" };
      }
      if (repository === "needs/login") {
        return {
          allow: false,
          status: 401,
          code: "UNAUTHORIZED",
          message: "authentication required",
          headers: { "WWW-Authenticate": 'Bearer realm="https://example.test/token"' },
        };
      }
      return { allow: true };
    },
  }));

  it("passes the repository and actions and answers a refusal exactly as decided", async () => {
    const denied = await pushBlob(registry.url, "private/repo", Buffer.from("secret"));
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      errors: [{ code: "DENIED", message: "permission_denied: write_package" }],
    });
    expect(seen.at(-1)).toEqual({ repository: "private/repo", actions: ["pull", "push"] });
    const login = await fetch(`${registry.url}/v2/needs/login/tags/list`);
    expect(login.status).toBe(401);
    expect(login.headers.get("www-authenticate")).toBe('Bearer realm="https://example.test/token"');
    expect(seen.at(-1)).toEqual({ repository: "needs/login", actions: ["pull"] });
    await fetch(`${registry.url}/v2/`);
    expect(seen.at(-1)).toEqual({ repository: undefined, actions: [] });
  });

  it("does not mount from a repository the client may not pull: it opens a session instead", async () => {
    const bytes = Buffer.from("private layer");
    await store.putBlob("private/repo", digestOf(bytes), bytes.length, bytes);
    for (const query of [`mount=${digestOf(bytes)}&from=private/repo`, `mount=${digestOf(bytes)}`]) {
      const response = await fetch(`${registry.url}/v2/public/repo/blobs/uploads/?${query}`, { method: "POST" });
      expect(response.status, query).toBe(202);
    }
    expect(await store.statBlob("public/repo", digestOf(bytes))).toBeUndefined();
  });

  it("logs method, path, status and bytes of each request", async () => {
    const bytes = Buffer.from("logged blob");
    await pushBlob(registry.url, "logged/repo", bytes);
    await (await fetch(`${registry.url}/v2/logged/repo/blobs/${digestOf(bytes)}`)).arrayBuffer();
    const get = log.find((entry) => entry.method === "GET" && entry.path.endsWith(digestOf(bytes)));
    expect(get).toMatchObject({ status: 200, bytes: bytes.length, completed: true });
    expect(get?.ms).toBeGreaterThanOrEqual(0);
    expect(
      log.find((entry) => entry.method === "POST" && entry.path === "/v2/logged/repo/blobs/uploads/"),
    ).toMatchObject({ status: 201 });
  });
});

describe("registry handler: interrupted uploads", () => {
  const store = new MemoryStore();
  const finished: RequestLogEntry[] = [];
  const registry = serve(() => ({ store, log: (entry) => finished.push(entry) }));

  it("never turns a body cut off mid-way into a blob", async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const { hostname, port } = new URL(registry.url);
    const req = request({
      hostname,
      port,
      method: "POST",
      path: `/v2/cut/repo/blobs/uploads/?digest=${digestOf(bytes)}`,
      headers: { "Content-Length": String(bytes.length) },
    });
    req.on("error", () => {});
    req.write(bytes.subarray(0, 64 * 1024), () => req.destroy());
    // The log entry comes when the server has finished with the request.
    while (!finished.some((entry) => entry.method === "POST")) await new Promise((r) => setTimeout(r, 10));
    expect(await store.statBlob("cut/repo", digestOf(bytes))).toBeUndefined();
    const head = await fetch(`${registry.url}/v2/cut/repo/blobs/${digestOf(bytes)}`, { method: "HEAD" });
    expect(head.status).toBe(404);
  });
});

describe("registry handler: interrupted downloads (disk store)", () => {
  let dir: string;
  let store: DiskStore;
  const finished: RequestLogEntry[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-handler-get-"));
    store = await DiskStore.open(dir);
  });
  // After the store exists: hooks run in the order they are registered.
  const registry = serve(() => ({ store, log: (entry) => finished.push(entry) }));
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("survives a client that goes away mid-blob, then serves the blob and ranges of it whole", async () => {
    const bytes = randomBytes(4 * 1024 * 1024 + 3);
    const digest = digestOf(bytes);
    expect((await pushBlob(registry.url, "get/repo", bytes)).status).toBe(201);
    const { hostname, port } = new URL(registry.url);
    await new Promise<void>((resolve) => {
      const req = request({ hostname, port, path: `/v2/get/repo/blobs/${digest}` }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => {});
      req.end();
    });
    while (!finished.some((entry) => entry.method === "GET")) await new Promise((r) => setTimeout(r, 10));
    expect(finished.find((entry) => entry.method === "GET")?.completed).toBe(false);
    const whole = await fetch(`${registry.url}/v2/get/repo/blobs/${digest}`);
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const ranges = await Promise.all(
      [
        [0, 9],
        [1000, 300_000],
        [bytes.length - 5, bytes.length - 1],
      ].map(async ([start, end]) => {
        const res = await fetch(`${registry.url}/v2/get/repo/blobs/${digest}`, {
          headers: { Range: `bytes=${start}-${end}` },
        });
        return {
          status: res.status,
          ok: Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, (end ?? 0) + 1)),
        };
      }),
    );
    expect(ranges).toEqual(ranges.map(() => ({ status: 206, ok: true })));
  });
});

describe("startRegistry with htpasswd", () => {
  let dir: string;
  let registry: Awaited<ReturnType<typeof startRegistry>>;
  const log: RequestLogEntry[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-htpasswd-"));
    const file = join(dir, "htpasswd");
    await writeFile(file, `# users\nalice:${bcrypt.hashSync("s3cret-pass", 4)}\n`);
    registry = await startRegistry({ storage: "memory", htpasswd: file, log: (entry) => log.push(entry) });
  });
  afterAll(async () => {
    await registry?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const basic = (user: string, password: string) => ({
    Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`,
  });

  it("binds 127.0.0.1 by default", () => {
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(registry.url).toBe(`http://${registry.host}`);
  });

  it("asks for credentials with 401 and WWW-Authenticate: Basic", async () => {
    const response = await fetch(`${registry.url}/v2/`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic realm="dockhand"/);
    expect(await errorCode(response)).toBe("UNAUTHORIZED");
  });

  it("refuses a wrong password or an unknown user", async () => {
    expect((await fetch(`${registry.url}/v2/`, { headers: basic("alice", "wrong") })).status).toBe(401);
    expect((await fetch(`${registry.url}/v2/`, { headers: basic("mallory", "s3cret-pass") })).status).toBe(401);
  });

  it("admits a user of the file, repeatedly", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${registry.url}/v2/`, { headers: basic("alice", "s3cret-pass") });
      expect(response.status).toBe(200);
    }
    const push = await pushBlob(registry.url, "auth/repo", Buffer.from("x"), basic("alice", "s3cret-pass"));
    expect(push.status).toBe(201);
  });

  it("keeps credentials out of the request log", () => {
    expect(JSON.stringify(log)).not.toContain("s3cret-pass");
    expect(JSON.stringify(log)).not.toContain(Buffer.from("alice:s3cret-pass").toString("base64"));
  });
});
