import { randomBytes } from "node:crypto";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEND_CHUNK, sendFileRange } from "./fileSend.js";

/**
 * A target that takes each chunk only when it calls back, a little later: it copies the bytes at that moment, so a
 * sender that refilled a buffer before the callback would be caught.
 */
function lateCopyingTarget(): { target: Writable; received: () => Buffer } {
  const chunks: Buffer[] = [];
  const target = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      setTimeout(() => {
        chunks.push(Buffer.from(chunk));
        callback();
      }, 1);
    },
  });
  return { target, received: () => Buffer.concat(chunks) };
}

describe("sendFileRange", () => {
  let dir: string;
  let path: string;
  const bytes = randomBytes(3 * SEND_CHUNK + 12345);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dockhand-filesend-"));
    path = join(dir, "blob");
    await writeFile(path, bytes);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["the whole file", 0, bytes.length],
    ["a range across several buffers", 100, 2 * SEND_CHUNK + 7],
    ["the last byte", bytes.length - 1, 1],
  ])("sends %s byte-exact, each buffer refilled only after the target took it", async (_what, start, length) => {
    const handle = await open(path, "r");
    const { target, received } = lateCopyingTarget();
    await sendFileRange(handle, start, length, target);
    expect(received().equals(bytes.subarray(start, start + length))).toBe(true);
    expect(handle.fd).toBe(-1);
  });

  it("rejects when the file ends before the range does, and closes the file", async () => {
    const handle = await open(path, "r");
    const { target } = lateCopyingTarget();
    await expect(sendFileRange(handle, bytes.length - 10, 20, target)).rejects.toThrow(/ended 10 bytes before/);
    expect(handle.fd).toBe(-1);
  });

  it("rejects when the target closes mid-way, and closes the file", async () => {
    const handle = await open(path, "r");
    let writes = 0;
    const target = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        // Never takes the second chunk: the connection goes away instead.
        if (writes === 1) callback();
        else setTimeout(() => target.destroy(), 1);
      },
    });
    await expect(sendFileRange(handle, 0, bytes.length, target)).rejects.toThrow();
    expect(handle.fd).toBe(-1);
  });
});
