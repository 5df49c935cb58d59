import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeDigest } from "../../src/oci/index.js";
import { RegistryClient, RegistryError } from "../../src/registry/index.js";
import type { RegistryWarning } from "../../src/registry/warning.js";
import { freePort } from "../helpers/reference-registry.js";
import { listen, sendJson, type TestServer } from "./servers.js";

const repo = (host: string, path = "team/app") => ({ domain: host, path });
const tags = { name: "team/app", tags: ["1.0"] };

describe("transport", () => {
  let server: TestServer;
  let attempts = 0;
  let behaviour: (
    attempt: number,
    req: import("node:http").IncomingMessage,
    res: import("node:http").ServerResponse,
  ) => void;
  let client: RegistryClient;
  const warnings: RegistryWarning[] = [];

  beforeAll(async () => {
    server = await listen((req, res) => {
      attempts++;
      behaviour(attempts, req, res);
    });
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(async () => {
    await client?.close();
    attempts = 0;
  });
  const makeClient = () => {
    client = new RegistryClient({
      retry: { baseDelayMs: 1 },
      credentials: async () => undefined,
      onWarning: (w) => warnings.push(w),
    });
    return client;
  };

  it("retries 503 answers, honouring Retry-After", async () => {
    behaviour = (n, _req, res) => {
      if (n < 3) {
        res.writeHead(503, { "retry-after": "0" });
        res.end();
      } else sendJson(res, 200, tags);
    };
    const page = await makeClient().listTags(repo(server.host));
    expect(page.tags).toEqual(["1.0"]);
    expect(attempts).toBe(3);
  });

  it("gives up at once when Retry-After asks for longer than the bound", async () => {
    behaviour = (_n, _req, res) =>
      sendJson(res, 429, { errors: [{ code: "TOOMANYREQUESTS", message: "slow down" }] }, { "retry-after": "3600" });
    const error = await makeClient()
      .listTags(repo(server.host))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).code).toBe("TOOMANYREQUESTS");
    expect((error as RegistryError).message).toContain("slow down");
    expect((error as RegistryError).exit).toBe(3);
    expect(attempts).toBe(1);
  });

  it("stops after the retry limit and reports the registry's error", async () => {
    behaviour = (_n, _req, res) => sendJson(res, 500, { errors: [{ code: "UNKNOWN", message: "storage on fire" }] });
    const error = (await makeClient()
      .listTags(repo(server.host))
      .catch((e: unknown) => e)) as RegistryError;
    expect(attempts).toBe(4);
    expect(error.status).toBe(500);
    expect(error.message).toContain("storage on fire");
    expect(error.request).toBe(`GET ${server.url}/v2/team/app/tags/list`);
  });

  it("retries a request whose connection is reset", async () => {
    behaviour = (n, req, res) => {
      if (n === 1) req.socket.destroy();
      else sendJson(res, 200, tags);
    };
    expect((await makeClient().listTags(repo(server.host))).tags).toEqual(["1.0"]);
    expect(attempts).toBe(2);
  });

  it("surfaces Warning headers once per text", async () => {
    warnings.length = 0;
    behaviour = (_n, _req, res) => sendJson(res, 200, tags, { warning: '299 - "this repository is deprecated"' });
    const c = makeClient();
    await c.listTags(repo(server.host));
    await c.listTags(repo(server.host));
    expect(warnings).toEqual([{ host: server.host, text: "this repository is deprecated" }]);
  });

  it("sends requests for a resolved host to its base URL", async () => {
    behaviour = (_n, req, res) => sendJson(res, 200, { name: "o/n", tags: [req.url ?? ""] });
    client = new RegistryClient({ resolve: { "ghcr.io": server.url }, credentials: async () => undefined });
    const page = await client.listTags({ domain: "ghcr.io", path: "o/n" });
    expect(page.tags).toEqual(["/v2/o/n/tags/list"]);
  });

  it("names the host and the cause when a registry is unreachable", async () => {
    const port = await freePort();
    client = new RegistryClient({ retry: { baseDelayMs: 1 }, credentials: async () => undefined });
    const error = (await client.listTags(repo(`127.0.0.1:${port}`)).catch((e: unknown) => e)) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.code).toBe("NETWORK");
    expect(error.exit).toBe(3);
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("uses HTTPS for hosts that are not loopback or named plain", async () => {
    client = new RegistryClient({ plainHttp: ["registry.internal:5000"] });
    expect(client.transport.hosts.baseUrl("registry.internal:5000")).toBe("http://registry.internal:5000");
    expect(client.transport.hosts.baseUrl("ghcr.io")).toBe("https://ghcr.io");
    expect(client.transport.hosts.baseUrl("[::1]:5000")).toBe("http://[::1]:5000");
    expect(client.transport.hosts.baseUrl("127.1.2.3")).toBe("http://127.1.2.3");
    await client.close();
    client = new RegistryClient({
      env: {
        DOCKHAND_PLAIN_HTTP: "a.internal, b.internal:5000",
        DOCKHAND_RESOLVE: "ghcr.io=http://127.0.0.1:1,quay.io=https://mirror",
      },
      resolve: { "quay.io": "http://127.0.0.1:2" },
    });
    expect(client.transport.hosts.baseUrl("a.internal")).toBe("http://a.internal");
    expect(client.transport.hosts.baseUrl("b.internal:5000")).toBe("http://b.internal:5000");
    expect(client.transport.hosts.baseUrl("ghcr.io")).toBe("http://127.0.0.1:1");
    expect(client.transport.hosts.baseUrl("quay.io")).toBe("http://127.0.0.1:2");
  });
});

describe("redirects", () => {
  let storage: TestServer;
  let registry: TestServer;
  const storageAuth: (string | undefined)[] = [];
  const registryAuth: (string | undefined)[] = [];
  const blob = Buffer.from("layer bytes");
  const digest = computeDigest(blob);

  beforeAll(async () => {
    storage = await listen((req, res) => {
      storageAuth.push(req.headers.authorization);
      res.writeHead(200, { "content-length": blob.length });
      res.end(blob);
    });
    registry = await listen((req, res) => {
      registryAuth.push(req.headers.authorization);
      if (!req.headers.authorization) {
        res.writeHead(401, { "www-authenticate": 'Basic realm="test"' });
        res.end();
        return;
      }
      res.writeHead(307, { location: `${storage.url}/blobs/${digest}?signature=abc` });
      res.end();
    });
  });
  afterAll(async () => {
    await storage.close();
    await registry.close();
  });

  it("follows a blob redirect to another host without sending Authorization there", async () => {
    const client = new RegistryClient({
      credentials: async () => ({ username: "u", password: "secret", source: "test" }),
    });
    try {
      const reader = await client.getBlob({ domain: registry.host, path: "team/app" }, digest);
      const chunks: Buffer[] = [];
      for await (const chunk of reader.stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe("layer bytes");
    } finally {
      await client.close();
    }
    expect(registryAuth.at(-1)).toBe(`Basic ${Buffer.from("u:secret").toString("base64")}`);
    expect(storageAuth).toEqual([undefined]);
  });
});

describe("limits and cancellation", () => {
  it("keeps at most `concurrency` requests in flight per host", async () => {
    let inFlight = 0;
    let most = 0;
    const server = await listen((_req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        sendJson(res, 200, tags);
      }, 20);
    });
    const client = new RegistryClient({ concurrency: 2, credentials: async () => undefined });
    try {
      await Promise.all(Array.from({ length: 6 }, () => client.listTags(repo(server.host))));
      expect(most).toBe(2);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it("times out a registry that never answers, retrying a bounded number of times", async () => {
    let requests = 0;
    const server = await listen(() => {
      requests++;
    });
    const client = new RegistryClient({
      timeoutMs: 100,
      retry: { baseDelayMs: 1 },
      credentials: async () => undefined,
    });
    try {
      const error = (await client.listTags(repo(server.host)).catch((e: unknown) => e)) as RegistryError;
      expect(error.code).toBe("NETWORK");
      expect(error.message).toContain(server.host);
      expect(requests).toBe(4);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it("stops a request when its AbortSignal fires", async () => {
    const server = await listen(() => {
      // never answers
    });
    const client = new RegistryClient({ credentials: async () => undefined });
    try {
      const controller = new AbortController();
      const pending = client.getManifest(repo(server.host), "v1", { signal: controller.signal });
      controller.abort(new Error("user cancelled"));
      await expect(pending).rejects.toThrow("user cancelled");
    } finally {
      await client.close();
      await server.close();
    }
  });
});
