/**
 * `dockhand serve` as a process: announces its URL, serves the API, logs each request, stops cleanly on SIGTERM
 * and SIGINT, and keeps what was pushed to --storage across a restart.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServeProcess } from "./serve-process.js";

describe("dockhand serve (process)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-serve-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("serves --storage, logs requests as JSON lines, stops on SIGTERM, and keeps blobs across a restart", async () => {
    const bytes = Buffer.from("kept across restarts");
    const digest = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
    const first = await startServeProcess(["--storage", dir]);
    try {
      expect(first.host).toMatch(/^127\.0\.0\.1:\d+$/);
      const ping = await fetch(`${first.url}/v2/`);
      expect(ping.headers.get("docker-distribution-api-version")).toBe("registry/2.0");
      const push = await fetch(`${first.url}/v2/app/blobs/uploads/?digest=${digest}`, { method: "POST", body: bytes });
      expect(push.status).toBe(201);
    } finally {
      expect(await first.stop("SIGTERM")).toBe(0);
    }
    const events = first
      .stdout()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events.find((e) => e.event === "request" && e.method === "POST")).toMatchObject({
      path: "/v2/app/blobs/uploads/",
      status: 201,
    });
    expect(events.at(-1)).toEqual({ event: "stopped", signal: "SIGTERM" });

    const second = await startServeProcess(["--storage", dir, "--read-only"]);
    try {
      const get = await fetch(`${second.url}/v2/app/blobs/${digest}`);
      expect(await get.text()).toBe("kept across restarts");
      const push = await fetch(`${second.url}/v2/app/blobs/uploads/`, { method: "POST" });
      expect(push.status).toBe(405);
    } finally {
      expect(await second.stop("SIGINT")).toBe(0);
    }
  });

  it("refuses --storage together with --memory as a usage error (exit 2)", async () => {
    await expect(startServeProcess(["--storage", dir, "--memory"])).rejects.toThrow(/exited \(2\)/);
  });
});
