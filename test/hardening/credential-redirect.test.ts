/**
 * No credential crosses an origin on a redirect (issue: a token realm that answered 307 to another host received
 * the user's Basic credentials there). Real servers on 127.0.0.1: registry A challenges with a realm on B; B
 * redirects the token request; C, on another origin, must see no credential, whatever the credential's source
 * (a Docker config password, GITHUB_TOKEN for GitHub's registry).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dockerCredentials, RegistryClient } from "../../src/registry/index.js";
import { headersForHop } from "../../src/registry/redirect.js";
import { listen, sendJson, type TestServer } from "../registry/servers.js";

describe("credentials and redirects", () => {
  let registry: TestServer;
  let realm: TestServer;
  let other: TestServer;
  const seen: { where: "realm" | "other"; path: string; headers: IncomingHttpHeaders }[] = [];
  let realmRedirect: "other" | "same" = "other";
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dockhand-redirect-"));
    other = await listen((req, res) => {
      seen.push({ where: "other", path: req.url ?? "", headers: req.headers });
      sendJson(res, 200, { token: "stolen-flow-token", expires_in: 300 });
    });
    realm = await listen((req, res) => {
      seen.push({ where: "realm", path: req.url ?? "", headers: req.headers });
      const url = new URL(req.url ?? "/", realm.url);
      if (url.pathname === "/token") {
        const target =
          realmRedirect === "other" ? `${other.url}/token${url.search}` : `${realm.url}/token2${url.search}`;
        res.writeHead(307, { location: target }).end();
        return;
      }
      sendJson(res, 200, { token: "good-token", expires_in: 300 });
    });
    registry = await listen((req, res) => {
      if (req.headers.authorization?.startsWith("Bearer ")) {
        sendJson(res, 200, { name: "team/app", tags: ["v1"] });
        return;
      }
      res.writeHead(401, {
        "www-authenticate": `Bearer realm="${realm.url}/token",service="registry",scope="repository:team/app:pull"`,
      });
      res.end();
    });
  });
  afterAll(async () => {
    await Promise.all([registry.close(), realm.close(), other.close()]);
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    seen.length = 0;
  });

  async function listWith(client: RegistryClient, domain = registry.host): Promise<string[]> {
    try {
      return (await client.listTags({ domain, path: "team/app" })).tags;
    } finally {
      await client.close();
    }
  }

  it("sends a Docker config password to the realm but not to the host the realm redirects to", async () => {
    const auth = Buffer.from("alice:hunter2").toString("base64");
    await writeFile(path.join(dir, "config.json"), JSON.stringify({ auths: { [registry.host]: { auth } } }));
    const credentials = dockerCredentials({ DOCKER_CONFIG: dir });
    expect(await listWith(new RegistryClient({ credentials }))).toEqual(["v1"]);
    expect(seen.map((s) => s.where)).toEqual(["realm", "other"]);
    expect(seen[0]?.headers.authorization).toBe(`Basic ${auth}`);
    const leaked = seen.filter((s) => s.where === "other").flatMap((s) => [s.headers.authorization, s.headers.cookie]);
    expect(leaked.filter(Boolean)).toEqual([]);
  });

  it("keeps GITHUB_TOKEN on GitHub's registry origin: never sent to a redirect's other host", async () => {
    const env = {
      DOCKER_CONFIG: path.join(dir, "none"),
      GITHUB_TOKEN: "ghs_secret",
      DOCKHAND_GITHUB_REGISTRY: registry.host,
    };
    expect(await listWith(new RegistryClient({ credentials: dockerCredentials(env) }))).toEqual(["v1"]);
    expect(Buffer.from(seen[0]?.headers.authorization?.replace(/^Basic /, "") ?? "", "base64").toString()).toContain(
      "ghs_secret",
    );
    const other = seen.filter((s) => s.where === "other");
    expect(other).toHaveLength(1);
    expect(JSON.stringify(other[0]?.headers)).not.toContain("ghs_secret");
    expect(other[0]?.headers.authorization).toBeUndefined();
  });

  it("still sends the credentials on a redirect within the realm's own origin", async () => {
    realmRedirect = "same";
    try {
      const credentials = async () => ({ username: "alice", password: "hunter2", source: "test" });
      expect(await listWith(new RegistryClient({ credentials }))).toEqual(["v1"]);
      expect(seen.map((s) => s.path.split("?")[0])).toEqual(["/token", "/token2"]);
      expect(seen.every((s) => s.headers.authorization?.startsWith("Basic "))).toBe(true);
    } finally {
      realmRedirect = "other";
    }
  });

  it("decides per header in one place: credential headers stay on their origin, others go on", () => {
    const headers = { Authorization: "Basic x", cookie: "a=b", "Proxy-Authorization": "y", accept: "application/json" };
    expect(headersForHop("http://127.0.0.1:1/a", "http://127.0.0.1:1", headers)).toEqual(headers);
    expect(headersForHop("http://127.0.0.1:2/a", "http://127.0.0.1:1", headers)).toEqual({
      accept: "application/json",
    });
    expect(headersForHop("https://127.0.0.1:1/a", "http://127.0.0.1:1", headers)).toEqual({
      accept: "application/json",
    });
  });
});
