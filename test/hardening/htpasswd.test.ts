/**
 * htpasswd logins: an unknown user costs a bcrypt check like a wrong password (no user enumeration by timing), a
 * client that keeps failing for one name is answered 429 with Retry-After without a check, and a logged-in client's
 * requests go through while many bad logins are being checked. Real HTTP on 127.0.0.1.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthorizer } from "../../src/server/basicAuth.js";
import { createRegistryHandler } from "../../src/server/index.js";
import { MemoryStore } from "../../src/store/memory.js";
import { startServeProcess } from "../interop/serve-process.js";

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("htpasswd hardening", () => {
  const users = new Map([["alice", bcrypt.hashSync("right", 8)]]);
  const checked: string[] = [];
  let server: Server;
  let url = "";

  beforeAll(async () => {
    const authorize = basicAuthorizer(users, "test", {
      maxFailures: 3,
      failureWindowMs: 60_000,
      verify: async (password, hash) => {
        checked.push(hash);
        return await bcrypt.compare(password, hash);
      },
    });
    server = createServer(createRegistryHandler({ store: new MemoryStore(), authorize }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("checks an unknown user's password against a dummy hash, as it checks a known user's", async () => {
    checked.length = 0;
    const unknown = await fetch(`${url}/v2/`, { headers: { authorization: basic("mallory", "guess") } });
    const wrong = await fetch(`${url}/v2/`, { headers: { authorization: basic("alice", "guess") } });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(checked).toHaveLength(2);
    expect(checked[0]).toMatch(/^\$2[aby]\$08\$/);
    expect(checked[0]).not.toBe(users.get("alice"));
  });

  it("answers 429 with Retry-After once a client has failed too often for one name, without checking", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await fetch(`${url}/v2/`, { headers: { authorization: basic("bob", `no${i}`) } })).status);
    }
    checked.length = 0;
    const limited = await fetch(`${url}/v2/`, { headers: { authorization: basic("bob", "again") } });
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(checked).toEqual([]);
    // Another name from the same address is not locked out.
    expect((await fetch(`${url}/v2/`, { headers: { authorization: basic("alice", "right") } })).status).toBe(200);
  });

  it("serves a logged-in client while many bad logins are being checked (the registry in its own process)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-htpasswd-"));
    const file = path.join(dir, "htpasswd");
    await writeFile(file, `alice:${bcrypt.hashSync("right", 10)}\n`);
    const serve = await startServeProcess(["--memory", "--htpasswd", file]);
    try {
      const good = { authorization: basic("alice", "right") };
      expect((await fetch(`${serve.url}/v2/`, { headers: good })).status).toBe(200);
      const finished: string[] = [];
      const bad = Array.from({ length: 40 }, (_, i) =>
        fetch(`${serve.url}/v2/`, { headers: { authorization: basic(`user${i}`, "x") } }).then((r) => {
          finished.push(`bad ${r.status}`);
        }),
      );
      // Once the bad logins are in the registry's queue, a logged-in client's request is served ahead of them.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const served = await fetch(`${serve.url}/v2/`, { headers: good });
      finished.push(`good ${served.status}`);
      await Promise.all(bad);
      expect(finished.filter((f) => f === "bad 401")).toHaveLength(40);
      expect(finished.indexOf("good 200")).toBeLessThan(finished.length - 1);
    } finally {
      await serve.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
