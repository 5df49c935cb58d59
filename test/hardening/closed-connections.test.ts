/**
 * Two ways a connection ends: the registry closes one that sent an oversized manifest (the rest of the body is
 * never read, so the socket must not stay open), and the CLI ends quietly when its stdout is closed early
 * (`dockhand ls REPO | head -1`), with exit 0 and no EPIPE stack trace.
 */
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OCI_INDEX } from "../../src/oci/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";

describe("connections that must end", () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ storage: "memory", port: 0, maxManifestBytes: 1024 });
  });
  afterAll(async () => {
    await registry.close();
  });

  it("closes the connection after refusing an oversized manifest with 413", async () => {
    const socket = connect(registry.port, "127.0.0.1");
    const body = "x".repeat(64 * 1024);
    let answer = "";
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
    });
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => {}); // the server may reset while we still write the body
    socket.write(
      `PUT /v2/team/app/manifests/v1 HTTP/1.1\r\nHost: ${registry.host}\r\nConnection: keep-alive\r\n` +
        `Content-Type: application/vnd.oci.image.manifest.v1+json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 2048));
    // The answer arrives and then the socket closes without the client sending the rest or hanging up.
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain("connection: close");
    expect(answer).toContain("SIZE_INVALID");
  });

  it("ends `dockhand ls` quietly with exit 0 when stdout closes early", async () => {
    const image = buildSampleImage({ seed: "epipe", layers: 1 });
    await pushSampleImage(registry.store, "team/many", image, []);
    for (let i = 0; i < 50; i++) {
      await registry.store.putManifest("team/many", image.index.bytes, OCI_INDEX, `tag-${String(i).padStart(5, "0")}`);
    }
    const bin = fileURLToPath(new URL("../interop/dockhand-cli.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", bin, "ls", `${registry.host}/team/many`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // The reader goes before the CLI has written anything (it takes a while to start), so every write finds the
    // pipe closed, as `| head -1` leaves it after its first line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(stderr).not.toContain("EPIPE");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
