/**
 * File primitives for the on-disk stores: every durable write goes to a temp file on the same filesystem, is
 * fsynced, then renamed into place (and the directory fsynced), so a reader or a crash sees the old file or the new
 * one.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream, type Stats } from "node:fs";
import { mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { verifyingStream } from "../oci/digest.js";
import { bodyStream } from "./body.js";
import { blobUnknown, checkOffset } from "./errors.js";
import { sendFileRange } from "./fileSend.js";
import type { BlobReader } from "./types.js";

/** Read-stream chunk size for blobs: 1 MiB reads cost far fewer syscalls than the 64 KiB default. */
export const READ_CHUNK = 1024 * 1024;

/**
 * Write-stream buffer for blob bodies: while one write is in flight the socket's 16–64 KiB pieces queue up to this
 * much and go to disk in one writev call, without copying them into larger buffers first.
 */
export const WRITE_BUFFER = 8 * 1024 * 1024;

/**
 * Opens a content-addressed blob file for reading from `offset` (BLOB_UNKNOWN, naming `repo`, when the file is
 * missing). The size is the whole file's, as {@link BlobReader} promises. Read it as a stream, or send it with
 * `writeTo` (reused buffers, see fileSend.ts).
 */
export async function readBlobFile(
  path: string,
  repo: string,
  digest: string,
  offset: number | undefined,
): Promise<BlobReader> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if (isMissing(error)) throw blobUnknown(repo, digest);
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const start = checkOffset(offset, size, digest);
    // The stream opens only when asked for: a reader used through writeTo never makes one.
    let stream: Readable | undefined;
    return {
      size,
      get stream(): Readable {
        stream ??= handle.createReadStream({ start, highWaterMark: READ_CHUNK });
        return stream;
      },
      writeTo: (target, length) => sendFileRange(handle, start, length, target),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A fresh temp-file path in `dir` (which must be on the target's filesystem). */
export function tempPath(dir: string): string {
  return join(dir, `.tmp-${randomUUID()}`);
}

/** fsyncs a directory so a rename in it survives a crash. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsyncs a file's data (e.g. an upload session's bytes, written without fsync, before it becomes a blob). */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Creates an empty marker file (a link that says "this repository has it") and makes its directory entry durable.
 * An empty file has no content to tear, so it needs no temp file: it exists or it does not.
 */
export async function createMarker(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, "a");
  await handle.close();
  await syncDirectory(dirname(path));
}

/** Renames a finished temp file to `path`, creating the parent directory, and makes the rename durable. */
export async function moveIntoPlace(temp: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await rename(temp, path);
  await syncDirectory(dirname(path));
}

/** Writes `data` to `path` atomically through a temp file in `tempDir`. */
export async function writeFileAtomic(path: string, data: Uint8Array | string, tempDir = dirname(path)): Promise<void> {
  await mkdir(tempDir, { recursive: true });
  const temp = tempPath(tempDir);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/**
 * Streams a body into a temp file in `tempDir` through digest verification and fsyncs it. Returns the temp
 * path; on any failure (bad digest, size, aborted body) the temp file is removed and the error rethrown.
 */
export async function writeVerifiedTemp(
  tempDir: string,
  body: Readable | Uint8Array,
  digest: string,
  size: number | undefined,
  signal?: AbortSignal,
): Promise<string> {
  await mkdir(tempDir, { recursive: true });
  const temp = tempPath(tempDir);
  try {
    // `flush` fsyncs before close; pipeline resolves once the file is closed.
    const sink = createWriteStream(temp, { flags: "wx", flush: true, highWaterMark: WRITE_BUFFER });
    await pipeline(bodyStream(body), verifyingStream(digest, size), sink, signal ? { signal } : {});
    return temp;
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** stat, or undefined when the path does not exist. */
export async function statIfExists(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Removes a file; true when it existed. */
export async function removeIfExists(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** True for "no such file or directory" (also ENOTDIR: a path through a file). */
export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
