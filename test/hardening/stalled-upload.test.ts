/**
 * A client that starts a chunk and goes silent must not hold the upload session: after the body idle timeout the
 * append stops, what arrived is kept, the session's lock is released, and the client (or another) resumes from
 * the Range and finishes. Raw sockets against the embedded registry on disk and in memory.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Sends a request head and part of its body, then goes silent; resolves with what the server answered. */
function stallingPatch(registry: RunningRegistry, location: string, sent: Buffer, declared: number) {
  const socket = connect(registry.port, "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk: Buffer) => {
    answer += chunk.toString("latin1");
  });
  socket.on("error", () => {});
  socket.write(
    `PATCH ${location} HTTP/1.1\r\nHost: ${registry.host}\r\nContent-Type: application/octet-stream\r\n` +
      `Content-Range: 0-${declared - 1}\r\nContent-Length: ${declared}\r\n\r\n`,
  );
  socket.write(sent);
  return new Promise<string>((resolve) => socket.once("close", () => resolve(answer)));
}

for (const storage of ["disk", "memory"] as const) {
  describe(`a stalled upload (${storage} store)`, () => {
    it("is cut after the idle timeout, keeps what arrived, and can be resumed and finished", async () => {
      let where: string = "memory";
      if (storage === "disk") {
        where = await mkdtemp(path.join(tmpdir(), "dockhand-stall-"));
        dirs.push(where);
      }
      const registry = await startRegistry({ storage: where, port: 0, bodyIdleTimeoutMs: 300 });
      try {
        const blob = Buffer.alloc(1000, 7);
        const digest = `sha256:${createHash("sha256").update(blob).digest("hex")}`;
        const start = await fetch(`${registry.url}/v2/team/app/blobs/uploads/`, { method: "POST" });
        expect(start.status).toBe(202);
        const location = start.headers.get("location") ?? "";

        const answer = await stallingPatch(registry, location, blob.subarray(0, 10), blob.length);
        expect(answer).toMatch(/^HTTP\/1\.1 408/);
        expect(answer).toContain("BLOB_UPLOAD_INVALID");

        // The session is free: its status answers, and the rest goes on from where it stands.
        const status = await fetch(new URL(location, registry.url));
        expect(status.status).toBe(204);
        // The disk store keeps the bytes that reached it; the memory store takes a chunk whole or not at all.
        const kept = storage === "disk" ? 10 : 0;
        expect(status.headers.get("range")).toBe(`0-${Math.max(0, kept - 1)}`);
        const rest = await fetch(new URL(location, registry.url), {
          method: "PATCH",
          headers: { "content-range": `${kept}-${blob.length - 1}`, "content-type": "application/octet-stream" },
          body: blob.subarray(kept),
        });
        expect(rest.status).toBe(202);
        const url = new URL(rest.headers.get("location") ?? location, registry.url);
        url.searchParams.set("digest", digest);
        const done = await fetch(url, { method: "PUT" });
        expect(done.status).toBe(201);
        expect((await fetch(`${registry.url}/v2/team/app/blobs/${digest}`)).status).toBe(200);
      } finally {
        await registry.close();
      }
    });
  });
}
