/**
 * Blob reads: HEAD for existence and size, and streaming GET. Bytes flow through a digest check (a blob whose
 * bytes do not match fails the stream naming the blob), and a download whose connection drops mid-body resumes
 * from where it stopped with a `Range` request, up to a few times.
 */
import { Readable } from "node:stream";
import { digestCheck, markVerified } from "../oci/index.js";
import type { BlobReader } from "../store/types.js";
import { abandon, readCapped } from "./body.js";
import { describeCause, RegistryError } from "./errors.js";
import { notFound } from "./not-found.js";
import { apiPath, hostOf, objectLabel, pullScope, type Repository } from "./repository.js";
import type { RegistryResponse, Transport } from "./transport.js";

/** Size of a blob, or undefined when the repository does not have it. */
export async function statBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  options: { signal?: AbortSignal } = {},
): Promise<number | undefined> {
  const response = await transport.send({
    method: "HEAD",
    host: hostOf(repo),
    path: apiPath(repo, `blobs/${digest}`),
    scopes: [pullScope(repo)],
    ok: [200, 404],
    signal: options.signal,
    what: `blob ${objectLabel(repo, digest)}`,
  });
  response.body.resume();
  if (response.status === 404) return undefined;
  const size = Number(response.header("content-length"));
  return Number.isFinite(size) ? size : undefined;
}

/** Options of {@link getBlob}. */
export interface GetBlobOptions {
  /** Start this many bytes into the blob (the digest is then not checked: only part of the bytes flow). */
  offset?: number;
  signal?: AbortSignal;
  /** Times a dropped download is resumed (default 3). */
  resumes?: number;
}

/** Total size from `Content-Range: bytes a-b/total`, else from Content-Length plus the offset. */
function totalSize(response: RegistryResponse, offset: number): number | undefined {
  const range = /\/(\d+)\s*$/.exec(response.header("content-range") ?? "");
  if (range?.[1]) return Number(range[1]);
  const length = Number(response.header("content-length"));
  if (!Number.isFinite(length)) return undefined;
  return response.status === 206 ? offset + length : length;
}

/** Reads a blob as a stream, verified against its digest when read from the start. Throws BLOB_UNKNOWN when absent. */
export async function getBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  options: GetBlobOptions = {},
): Promise<BlobReader> {
  const offset = options.offset ?? 0;
  const maxResumes = options.resumes ?? 3;
  const host = hostOf(repo);
  const what = `blob ${objectLabel(repo, digest)}`;
  const request = async (from: number): Promise<RegistryResponse> => {
    const response = await transport.send({
      method: "GET",
      host,
      path: apiPath(repo, `blobs/${digest}`),
      scopes: [pullScope(repo)],
      headers: from > 0 ? { range: `bytes=${from}-` } : {},
      ok: [200, 206, 404, 416],
      signal: options.signal,
      what,
    });
    if (response.status === 404) throw await notFound("BLOB_UNKNOWN", what, response, host);
    if (response.status === 416) {
      abandon(response.body);
      // The local stores' answer to an offset past the end: one code whichever store is behind the interface.
      throw new RegistryError("RANGE_INVALID", `${what}: offset ${from} is past the blob's end`, {
        host,
        request: response.request,
        status: 416,
      });
    }
    return response;
  };
  const first = await request(offset);
  // Without a length (chunked encoding) the size comes from HEAD; a drop can then still be detected and resumed.
  const known = totalSize(first, offset) ?? (await statBlob(transport, repo, digest, options));
  if (known === undefined) {
    abandon(first.body);
    throw new RegistryError("BAD_RESPONSE", `${what}: the registry gave no size for it`, {
      host,
      request: first.request,
    });
  }
  const size: number = known;

  // One Readable does the whole job (resume, skip, verify) so each network chunk passes one stream, not three.
  const check = offset === 0 ? digestCheck(digest, size, what) : undefined;
  let current = first;
  let position = offset;
  let resumes = 0;
  const stream: Readable = new Readable({
    read() {
      current.body.resume();
    },
    destroy(error, callback) {
      abandon(current.body);
      callback(error);
    },
  });

  const failed = (error: unknown) => {
    if (stream.destroyed) return;
    if (options.signal?.aborted || error instanceof RegistryError || resumes >= maxResumes) {
      const final =
        error instanceof RegistryError || options.signal?.aborted
          ? error
          : new RegistryError(
              "BLOB_READ_FAILED",
              `${what}: download failed after ${position} bytes: ${describeCause(error)}`,
              {
                host,
                request: current.request,
                cause: error,
              },
            );
      stream.destroy(final as Error);
      return;
    }
    resumes++;
    abandon(current.body);
    request(position).then(follow, (next: unknown) => stream.destroy(next as Error));
  };

  /** Reads one response into the stream; a drop before the end asks for the rest with Range. */
  function follow(response: RegistryResponse): void {
    current = response;
    // A server that ignores Range answers 200 from byte 0: skip what was already delivered.
    let skip = response.status === 200 ? position : 0;
    let settled = false;
    const body = response.body;
    body.on("data", (chunk: Buffer) => {
      if (settled || stream.destroyed) return;
      if (skip >= chunk.length) {
        skip -= chunk.length;
        return;
      }
      const part = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = 0;
      position += part.length;
      const invalid = check?.update(part);
      if (invalid) {
        settled = true;
        stream.destroy(invalid);
        return;
      }
      if (!stream.push(part)) body.pause();
    });
    body.on("end", () => {
      if (settled) return;
      settled = true;
      if (position < size) {
        failed(new Error(`connection closed after ${position} of ${size} bytes`));
        return;
      }
      const invalid = check?.finish();
      if (invalid) stream.destroy(invalid);
      else stream.push(null);
    });
    body.on("error", (error) => {
      if (settled) return;
      settled = true;
      failed(error);
    });
  }

  // A small body can fail its check before the caller has attached anything; the failure stays on the stream
  // (`errored`), which pipeline, for-await and the uploads read, instead of crashing the process.
  stream.on("error", () => {});
  follow(first);
  if (check) markVerified(stream, digest);
  return { size, stream };
}

/** Reads a small blob (a config, an attestation) whole, verified, refusing more than `maxBytes` (default 4 MiB). */
export async function readSmallBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const max = options.maxBytes ?? 4 * 1024 * 1024;
  const reader = await getBlob(transport, repo, digest, options.signal ? { signal: options.signal } : {});
  const what = `blob ${objectLabel(repo, digest)}`;
  const tooLarge = (size: number) =>
    new RegistryError(
      "TOO_LARGE",
      `${what} is ${size} bytes or more, over the ${max}-byte limit for reading it whole`,
      {
        host: hostOf(repo),
        request: `GET ${what}`,
      },
    );
  if (reader.size > max) {
    abandon(reader.stream);
    throw tooLarge(reader.size);
  }
  return await readCapped(reader.stream, max, tooLarge);
}
