import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OCI_MANIFEST } from "../../src/oci/index.js";
import { dockerCredentials, RegistryClient, RegistryError } from "../../src/registry/index.js";
import { listen, readBody, sendJson, type TestServer } from "./servers.js";

/**
 * A registry with a token server on one port, as GHCR has: `/token` grants scopes, `/v2/...` checks them.
 * `locked/*` is refused to everyone; push needs the password "s3cret".
 */
interface Grant {
  scopes: string[];
  user: string | undefined;
}

describe("bearer token auth", () => {
  let server: TestServer;
  let tokens = new Map<string, Grant>();
  const tokenRequests: { scope: string[]; service: string | null; user: string | undefined }[] = [];
  let issued = 0;
  let clock = 1_000_000;
  const now = () => clock;

  const challenge = (scope: string) => `Bearer realm="${server.url}/token",service="test-registry",scope="${scope}"`;

  beforeAll(async () => {
    server = await listen(async (req, res) => {
      const url = new URL(req.url ?? "/", server.url);
      if (url.pathname === "/token") {
        const basic = req.headers.authorization?.replace(/^Basic /, "");
        const [user, password] = basic ? Buffer.from(basic, "base64").toString().split(":") : [];
        const scopes = url.searchParams.getAll("scope");
        tokenRequests.push({ scope: scopes, service: url.searchParams.get("service"), user });
        if (scopes.some((s) => s.startsWith("repository:locked/"))) {
          sendJson(res, 403, { errors: [{ code: "DENIED", message: "requested access to the resource is denied" }] });
          return;
        }
        const granted = scopes.filter((s) => !s.endsWith(",push") || password === "s3cret");
        const token = `token-${++issued}`;
        tokens.set(token, { scopes: granted, user });
        sendJson(res, 200, { token, expires_in: 300 });
        return;
      }
      const match = /^\/v2\/(.+)\/(tags\/list|manifests\/[^/]+)$/.exec(url.pathname);
      const name = match?.[1] ?? "";
      const needed = `repository:${name}:${req.method === "PUT" ? "pull,push" : "pull"}`;
      const grant = tokens.get(req.headers.authorization?.replace(/^Bearer /, "") ?? "");
      if (!grant?.scopes.includes(needed)) {
        res.writeHead(401, { "www-authenticate": challenge(needed), "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }));
        return;
      }
      if (req.method === "PUT") {
        await readBody(req);
        res.writeHead(201, { location: url.pathname });
        res.end();
        return;
      }
      sendJson(res, 200, { name, tags: ["v1"] });
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    tokenRequests.length = 0;
    tokens = new Map();
  });

  it("fetches an anonymous token for the pull scope and reuses it until it expires", async () => {
    const client = new RegistryClient({ credentials: async () => undefined, now });
    try {
      const repo = { domain: server.host, path: "team/app" };
      expect((await client.listTags(repo)).tags).toEqual(["v1"]);
      expect((await client.listTags(repo)).tags).toEqual(["v1"]);
      expect(tokenRequests).toEqual([
        { scope: ["repository:team/app:pull"], service: "test-registry", user: undefined },
      ]);
      clock += 301_000;
      await client.listTags(repo);
      expect(tokenRequests).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it("fetches a new token when the registry rejects a cached one", async () => {
    const client = new RegistryClient({ credentials: async () => undefined, now });
    try {
      const repo = { domain: server.host, path: "team/app" };
      await client.listTags(repo);
      tokens.clear();
      expect((await client.listTags(repo)).tags).toEqual(["v1"]);
      expect(tokenRequests).toHaveLength(2);
    } finally {
      await client.close();
    }
  });

  it("sends credentials to the realm for a push scope", async () => {
    const client = new RegistryClient({
      credentials: async () => ({ username: "bob", password: "s3cret", source: "test" }),
      now,
    });
    try {
      const bytes = new TextEncoder().encode("{}");
      await client.putManifest({ domain: server.host, path: "team/app" }, bytes, OCI_MANIFEST, "v2");
      expect(tokenRequests.at(-1)).toEqual({
        scope: ["repository:team/app:pull,push"],
        service: "test-registry",
        user: "bob",
      });
    } finally {
      await client.close();
    }
  });

  it("exchanges an identity token at the realm with a refresh_token grant", async () => {
    const forms: URLSearchParams[] = [];
    const realm = await listen(async (req, res) => {
      forms.push(new URLSearchParams((await readBody(req)).toString()));
      sendJson(res, 200, { access_token: "oauth-token", expires_in: 300 });
    });
    const registry = await listen((req, res) => {
      if (req.headers.authorization !== "Bearer oauth-token") {
        res.writeHead(401, { "www-authenticate": `Bearer realm="${realm.url}/token",service="svc"` });
        res.end();
        return;
      }
      sendJson(res, 200, { name: "team/app", tags: ["v1"] });
    });
    const client = new RegistryClient({ credentials: async () => ({ identityToken: "refresh-123", source: "test" }) });
    try {
      expect((await client.listTags({ domain: registry.host, path: "team/app" })).tags).toEqual(["v1"]);
      expect(forms.map((f) => Object.fromEntries(f))).toEqual([
        {
          grant_type: "refresh_token",
          refresh_token: "refresh-123",
          client_id: "dockhand",
          service: "svc",
          scope: "repository:team/app:pull",
        },
      ]);
    } finally {
      await client.close();
      await realm.close();
      await registry.close();
    }
  });

  it("names the refused scope and quotes the token server", async () => {
    const client = new RegistryClient({ credentials: async () => undefined, now });
    try {
      const error = (await client
        .putManifest({ domain: server.host, path: "locked/app" }, new TextEncoder().encode("{}"), OCI_MANIFEST, "v1")
        .catch((e: unknown) => e)) as RegistryError;
      expect(error).toBeInstanceOf(RegistryError);
      expect(error.code).toBe("DENIED");
      expect(error.status).toBe(403);
      expect(error.exit).toBe(3);
      expect(error.scope).toBe("repository:locked/app:pull,push");
      expect(error.message).toContain('scope "repository:locked/app:pull,push"');
      expect(error.message).toContain("requested access to the resource is denied");
    } finally {
      await client.close();
    }
  });

  it("reports a push the token does not cover as a 401 naming the scope", async () => {
    const client = new RegistryClient({
      credentials: async () => ({ username: "eve", password: "wrong", source: "test" }),
      now,
    });
    try {
      const error = (await client
        .putManifest({ domain: server.host, path: "team/app" }, new TextEncoder().encode("{}"), OCI_MANIFEST, "v1")
        .catch((e: unknown) => e)) as RegistryError;
      expect(error.code).toBe("UNAUTHORIZED");
      expect(error.message).toContain('scope "repository:team/app:pull,push"');
      expect(error.message).toContain("authentication required");
      expect(error.message).not.toContain("wrong");
    } finally {
      await client.close();
    }
  });
});

describe("credentials", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-creds-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads auths entries (base64 auth, identity tokens) and matches keys written with a scheme", async () => {
    const config = join(dir, "plain");
    await mkdir(config);
    await writeFile(
      join(config, "config.json"),
      JSON.stringify({
        auths: {
          "https://registry.example.com": { auth: Buffer.from("alice:pw:with:colons").toString("base64") },
          "https://index.docker.io/v1/": { identitytoken: "refresh-me" },
        },
      }),
    );
    const lookup = dockerCredentials({ DOCKER_CONFIG: config });
    expect(await lookup("registry.example.com")).toEqual({
      username: "alice",
      password: "pw:with:colons",
      source: `docker config ${join(config, "config.json")}`,
    });
    expect((await lookup("registry-1.docker.io"))?.identityToken).toBe("refresh-me");
    expect(await lookup("other.example.com")).toBeUndefined();
  });

  it("asks credential helpers named in credHelpers", async () => {
    const config = join(dir, "helper");
    const bin = join(dir, "bin");
    await mkdir(config);
    await mkdir(bin);
    await writeFile(
      join(config, "config.json"),
      JSON.stringify({ credHelpers: { "registry.example.com": "dockhandtest" } }),
    );
    const helper = join(bin, "docker-credential-dockhandtest");
    await writeFile(
      helper,
      '#!/bin/sh\nread host\necho "{\\"ServerURL\\":\\"$host\\",\\"Username\\":\\"helper-user\\",\\"Secret\\":\\"helper-secret-for-$host\\"}"\n',
    );
    await chmod(helper, 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const credential = await dockerCredentials({ DOCKER_CONFIG: config })("registry.example.com");
      expect(credential).toEqual({
        username: "helper-user",
        password: "helper-secret-for-registry.example.com",
        source: "credential helper docker-credential-dockhandtest",
      });
    } finally {
      process.env.PATH = path;
    }
  });

  it("asks the default credsStore, falling back to auths when it has nothing", async () => {
    const config = join(dir, "store");
    const bin = join(dir, "store-bin");
    await mkdir(config);
    await mkdir(bin);
    await writeFile(
      join(config, "config.json"),
      JSON.stringify({
        credsStore: "dockhandstore",
        auths: { "fallback.example.com": { username: "u", password: "p" } },
      }),
    );
    const helper = join(bin, "docker-credential-dockhandstore");
    await writeFile(
      helper,
      '#!/bin/sh\nread host\nif [ "$host" = "https://index.docker.io/v1/" ]; then echo "{\\"Username\\":\\"<token>\\",\\"Secret\\":\\"hub-refresh\\"}"; else echo "credentials not found in native keychain"; exit 1; fi\n',
    );
    await chmod(helper, 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const lookup = dockerCredentials({ DOCKER_CONFIG: config });
      expect(await lookup("registry-1.docker.io")).toEqual({
        identityToken: "hub-refresh",
        source: "credential helper docker-credential-dockhandstore",
      });
      expect((await lookup("fallback.example.com"))?.username).toBe("u");
    } finally {
      process.env.PATH = path;
    }
  });

  it("uses GITHUB_TOKEN, then GH_TOKEN, for GitHub's registries only", async () => {
    const env = { DOCKER_CONFIG: join(dir, "none"), GH_TOKEN: "gh-token", DOCKHAND_GITHUB_REGISTRY: "127.0.0.1:9999" };
    expect((await dockerCredentials(env)("ghcr.io"))?.password).toBe("gh-token");
    expect((await dockerCredentials(env)("127.0.0.1:9999"))?.source).toBe("environment GH_TOKEN");
    expect((await dockerCredentials({ ...env, GITHUB_TOKEN: "ghs_x" })("ghcr.io"))?.password).toBe("ghs_x");
    expect(await dockerCredentials(env)("quay.io")).toBeUndefined();
  });
});
