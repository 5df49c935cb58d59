/**
 * Blob reads: HEAD for existence and size, and streaming GET. Bytes flow through a digest check (a blob whose
 * bytes do not match fails the stream naming the blob), and a download whose connection drops mid-body resumes
 * from where it stopped with a `Range` request, up to a few times.
 */
import { pipeline, Readable } from "node:stream";
import { verifyingStream } from "../oci/index.js";
import type { BlobReader } from "../store/types.js";
import { abandon, discard, readCapped } from "./body.js";
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
      ok: [200, 206, 404],
      signal: options.signal,
      what,
    });
    if (response.status === 404) throw await notFound("BLOB_UNKNOWN", what, response, host);
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

  async function* bytes(): AsyncGenerator<Buffer> {
    let response = first;
    let position = offset;
    let resumes = 0;
    for (;;) {
      // A server that ignores Range answers 200 from byte 0: skip what was already delivered.
      let skip = response.status === 200 ? position : 0;
      try {
        for await (const chunk of response.body as AsyncIterable<Buffer>) {
          if (skip >= chunk.length) {
            skip -= chunk.length;
            continue;
          }
          const part = skip > 0 ? chunk.subarray(skip) : chunk;
          skip = 0;
          position += part.length;
          yield part;
        }
        if (position >= size) return;
        throw new Error(`connection closed after ${position} of ${size} bytes`);
      } catch (error) {
        if (options.signal?.aborted || error instanceof RegistryError || resumes >= maxResumes) {
          if (error instanceof RegistryError || options.signal?.aborted) throw error;
          throw new RegistryError(
            "BLOB_READ_FAILED",
            `${what}: download failed after ${position} bytes: ${describeCause(error)}`,
            {
              host,
              request: response.request,
              cause: error,
            },
          );
        }
        resumes++;
      }
      await discard(response.body);
      response = await request(position);
    }
  }

  const source = Readable.from(bytes(), { objectMode: false });
  if (offset > 0) return { size, stream: source };
  const verifier = verifyingStream(digest, size, { name: what });
  pipeline(source, verifier, () => {
    // errors surface on `verifier`, which the caller reads
  });
  return { size, stream: verifier };
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
