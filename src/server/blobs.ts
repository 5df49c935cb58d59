/**
 * Blob endpoints: HEAD and GET (with one byte range) and DELETE of `/v2/<name>/blobs/<digest>`.
 */
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseDigest } from "../oci/digest.js";
import { RegistryHttpError } from "./errors.js";
import { type Exchange, sendEmpty } from "./exchange.js";
import { resolveRange } from "./range.js";

function blobUnknown(name: string, digest: string): RegistryHttpError {
  return new RegistryHttpError(404, "BLOB_UNKNOWN", `blob ${digest} is not in repository ${name}`, { digest });
}

/** HEAD or GET of a blob; a `Range` request gets 206 with `Content-Range`, or 416 when it cannot be satisfied. */
export async function getBlob(ex: Exchange, name: string, digest: string): Promise<void> {
  parseDigest(digest);
  const { store } = ex.options;
  const size = await store.statBlob(name, digest);
  if (size === undefined) throw blobUnknown(name, digest);
  const range = resolveRange(ex.req.headers.range, size);
  if (range === "unsatisfiable") {
    throw new RegistryHttpError(
      416,
      "BLOB_UNKNOWN",
      `range ${ex.req.headers.range} is outside blob ${digest}`,
      {
        size,
      },
      { "Content-Range": `bytes */${size}` },
    );
  }
  const { res } = ex;
  res.setHeader("Docker-Content-Digest", digest);
  res.setHeader("ETag", `"${digest}"`);
  res.setHeader("Accept-Ranges", "bytes");
  res.setHeader("Content-Type", "application/octet-stream");
  // Content is immutable: the digest names it.
  res.setHeader("Cache-Control", "max-age=31536000");
  const start = range?.start ?? 0;
  const length = range ? range.end - range.start + 1 : size;
  res.statusCode = range ? 206 : 200;
  if (range) res.setHeader("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  res.setHeader("Content-Length", String(length));
  if (ex.head || length === 0) {
    res.end();
    return;
  }
  const reader = await store.getBlob(name, digest, { offset: start });
  if (reader.writeTo) {
    await reader.writeTo(res, length);
    res.end();
  } else if (start + length === reader.size) await pipeline(reader.stream, res);
  else await copyPrefix(reader.stream, res, length);
}

/** Writes the first `length` bytes of a stream, then stops reading it. */
async function copyPrefix(source: Readable, target: Writable, length: number): Promise<void> {
  let left = length;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const part = chunk.byteLength > left ? chunk.subarray(0, left) : chunk;
      left -= part.byteLength;
      if (!target.write(part)) {
        await new Promise<void>((resolve, reject) => {
          const onDrain = () => {
            target.off("close", onClose);
            resolve();
          };
          const onClose = () => {
            target.off("drain", onDrain);
            reject(new Error("client closed the connection"));
          };
          target.once("drain", onDrain);
          target.once("close", onClose);
        });
      }
      if (left === 0) break;
    }
  } finally {
    source.destroy();
  }
  target.end();
}

/** DELETE of a blob: 202, or 404 when the repository does not have it. */
export async function deleteBlob(ex: Exchange, name: string, digest: string): Promise<void> {
  parseDigest(digest);
  const { store } = ex.options;
  if ((await store.statBlob(name, digest)) === undefined) throw blobUnknown(name, digest);
  await store.deleteBlob(name, digest);
  sendEmpty(ex, 202);
}
