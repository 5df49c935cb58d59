/** Blob bodies: a stream or bytes, read through digest verification. */
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { verifyingStream } from "../oci/digest.js";

/** A body as a stream. */
export function bodyStream(body: Readable | Uint8Array): Readable {
  return body instanceof Uint8Array
    ? Readable.from([Buffer.from(body.buffer, body.byteOffset, body.byteLength)])
    : body;
}

/** Reads a whole body into memory, verifying digest and size (DIGEST_INVALID / SIZE_INVALID). */
export async function readVerified(
  body: Readable | Uint8Array,
  digest: string,
  size: number | undefined,
  signal?: AbortSignal,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline(bodyStream(body), verifyingStream(digest, size), sink, signal ? { signal } : {});
  return Buffer.concat(chunks);
}

/** Reads a whole body into memory. */
export async function readAll(body: Readable | Uint8Array): Promise<Buffer> {
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
