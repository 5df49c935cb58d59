/**
 * Reading response bodies the client consumes itself (manifests, JSON, error bodies), with a size cap so a
 * misbehaving server cannot make the client buffer without bound.
 */
import type { Readable } from "node:stream";

/** Reads a stream into memory; calls `tooLarge` (which must throw) once more than `max` bytes arrive. */
export async function readCapped(stream: Readable, max: number, tooLarge: (seen: number) => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > max) {
      abandon(stream);
      throw tooLarge(size);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

/** Reads at most `max` bytes of text and discards the rest (error bodies: a message, not a payload). */
export async function readTextPrefix(stream: Readable, max = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      if (size < max) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        chunks.push(buffer);
        size += buffer.length;
      }
    }
  } catch {
    // a broken error body still leaves the status to report
  }
  return Buffer.concat(chunks).subarray(0, max).toString("utf8");
}

/** Discards a body so its connection returns to the pool. */
export async function discard(stream: Readable): Promise<void> {
  try {
    for await (const _ of stream) {
      // drain
    }
  } catch {
    // the connection is closed either way
  }
}

/** Stops reading a body without reading the rest (its connection is closed rather than reused). */
export function abandon(stream: Readable): void {
  // Destroying reports an abort as an error event; nobody is listening any more.
  stream.on("error", () => {});
  stream.destroy();
}
