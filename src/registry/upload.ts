/**
 * Blob uploads: a session is opened with POST (optionally as a cross-repository mount: `mount` + `from`), then
 * the bytes go either in one PUT (monolithic) or as PATCH chunks with `Content-Range` (chunked) followed by the
 * closing PUT with `?digest=`. Chunks are at most 4 MiB by default (GHCR refuses larger request bodies), at least
 * the server's `OCI-Chunk-Min-Length`; after an interrupted PATCH the client asks the server how much it has
 * (GET on the session: `Range: 0-N`) and resumes from there. Bytes are hashed on the way: a body that does not
 * match its digest is never committed. On any failure the session is cancelled (DELETE), leaving nothing behind.
 */
import { Readable } from "node:stream";
import { DockhandError } from "../errors.js";
import { createHasher, parseDigest, verifiedDigest, verifyingStream } from "../oci/index.js";
import { RegistryError } from "./errors.js";
import { apiPath, hostOf, objectLabel, pullScope, pushScope, type Repository } from "./repository.js";
import type { Transport } from "./transport.js";

/** Default (and, for GHCR, largest safe) chunk size. */
export const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;

/** How blob bytes are sent. `auto`: one PUT when the size is known and fits one chunk, else chunks. */
export type UploadMode = "auto" | "monolithic" | "chunked";

/** Options of {@link uploadBlob}. */
export interface UploadOptions {
  mode?: UploadMode;
  /** Largest chunk (and largest monolithic body in `auto` mode), default 4 MiB. */
  chunkSize?: number;
  /** Try a cross-repository mount from this repository of the same registry first. */
  mountFrom?: string;
  signal?: AbortSignal;
  /** Times an interrupted chunk is resumed (default 3). */
  resumes?: number;
}

/** An open upload session. */
export interface Session {
  location: string;
  minChunk: number;
}

/** How an upload ended. */
export type UploadResult = "mounted" | "uploaded";

function sessionFrom(
  location: string | undefined,
  minChunk: string | undefined,
  request: string,
  host: string,
): Session {
  if (!location) {
    throw new RegistryError("BLOB_UPLOAD_INVALID", `${host} opened an upload without a Location header (${request})`, {
      host,
      request,
    });
  }
  const min = Number(minChunk);
  return { location, minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
}

/** Opens a session (POST). With `mountFrom`, answers "mounted" when the registry mounted the blob instead. */
export async function openSession(
  transport: Transport,
  repo: Repository,
  digest: string,
  mountFrom: string | undefined,
  signal: AbortSignal | undefined,
): Promise<Session | "mounted"> {
  const query = mountFrom ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : "";
  const scopes = [pushScope(repo)];
  if (mountFrom && mountFrom !== repo.path) scopes.push(pullScope({ domain: repo.domain, path: mountFrom }));
  const response = await transport.send({
    method: "POST",
    host: hostOf(repo),
    path: `${apiPath(repo, "blobs/uploads/")}${query}`,
    scopes,
    headers: { "content-length": "0" },
    ok: mountFrom ? [201, 202] : [202],
    signal,
    what: `upload of blob ${objectLabel(repo, digest)}`,
  });
  response.body.resume();
  if (response.status === 201) return "mounted";
  return sessionFrom(
    response.header("location"),
    response.header("oci-chunk-min-length"),
    response.request,
    hostOf(repo),
  );
}

/** Cancels a session; failures are ignored (the spec says clients should). */
export async function cancel(transport: Transport, repo: Repository, session: Session): Promise<void> {
  try {
    const response = await transport.send({
      method: "DELETE",
      host: hostOf(repo),
      url: session.location,
      scopes: [pushScope(repo)],
      ok: "all",
    });
    response.body.resume();
  } catch {
    // the session expires on its own
  }
}

/** The session URL with `digest` added to its query (keeping the registry's own state parameters). */
export function withDigest(transport: Transport, repo: Repository, location: string, digest: string): string {
  const url = new URL(transport.urlFor({ host: hostOf(repo), url: location }));
  url.searchParams.set("digest", digest);
  return url.toString();
}

/**
 * Makes a blob of `from` available in `repo` without moving bytes: "mounted" on 201, "missing" when the registry
 * cannot (it then opens an upload, which is cancelled).
 */
export async function mountBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  from: string,
  options: { signal?: AbortSignal } = {},
): Promise<"mounted" | "missing"> {
  const result = await openSession(transport, repo, digest, from, options.signal);
  if (result === "mounted") return "mounted";
  await cancel(transport, repo, result);
  return "missing";
}

/**
 * Uploads a blob (after trying a mount when `mountFrom` is given; a refused mount falls back to uploading).
 * `size` may be undefined for a stream of unknown length (then the upload is chunked).
 */
export async function uploadBlob(
  transport: Transport,
  repo: Repository,
  digest: string,
  size: number | undefined,
  body: Readable | Uint8Array,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const { signal } = options;
  parseDigest(digest);
  if (body instanceof Uint8Array) {
    checkBytes(repo, digest, size, body);
    size = body.byteLength;
  }
  let session: Session | undefined;
  if (options.mountFrom) {
    let opened: Session | "mounted" | undefined;
    try {
      opened = await openSession(transport, repo, digest, options.mountFrom, signal);
    } catch (error) {
      // A mount the registry or its token server refuses (no pull access to the source) is only an optimisation.
      if (!(error instanceof RegistryError) || error.status === undefined) throw error;
    }
    if (opened === "mounted") return "mounted";
    session = opened;
  }
  session ??= (await openSession(transport, repo, digest, undefined, signal)) as Session;
  const chunkSize = Math.max(options.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk);
  const mode = options.mode ?? "auto";
  const monolithic = mode === "monolithic" || (mode === "auto" && size !== undefined && size <= chunkSize);
  try {
    if (monolithic) await putWhole(transport, repo, session, digest, size, body, signal);
    else await putChunks(transport, repo, session, digest, body, chunkSize, options.resumes ?? 3, signal);
  } catch (error) {
    await cancel(transport, repo, session);
    throw error;
  }
  return "uploaded";
}

export function mismatch(repo: Repository, digest: string, actual: string, size: number): DockhandError {
  return new DockhandError(
    "DIGEST_INVALID",
    `blob ${objectLabel(repo, digest)}: content does not match its digest (got ${actual}); nothing was committed`,
    {
      details: { digest, actual, size },
    },
  );
}

function checkBytes(repo: Repository, digest: string, size: number | undefined, bytes: Uint8Array): void {
  if (size !== undefined && size !== bytes.byteLength) {
    throw new DockhandError(
      "SIZE_INVALID",
      `blob ${objectLabel(repo, digest)}: expected ${size} bytes, got ${bytes.byteLength}`,
      {
        details: { digest, size, actual: bytes.byteLength },
      },
    );
  }
  const hasher = createHasher(parseDigest(digest).algorithm);
  hasher.update(bytes);
  const actual = hasher.digest();
  if (actual !== digest) throw mismatch(repo, digest, actual, bytes.byteLength);
}

/**
 * Monolithic: the whole body in the closing PUT. A stream is verified on the way (unless it is already verified
 * upstream, as a registry download is); a mismatch aborts the PUT.
 */
async function putWhole(
  transport: Transport,
  repo: Repository,
  session: Session,
  digest: string,
  size: number | undefined,
  body: Readable | Uint8Array,
  signal: AbortSignal | undefined,
): Promise<void> {
  let payload: Readable | Uint8Array = body;
  if (!(body instanceof Uint8Array) && verifiedDigest(body) !== digest) {
    const verifier = verifyingStream(digest, size, { name: `blob ${objectLabel(repo, digest)}` });
    body.on("error", (error) => verifier.destroy(error));
    payload = body.pipe(verifier);
  }
  // The body's own failure (a mismatch, a broken source) says more than the aborted request it causes; it may
  // have failed already, before this listener (a small body arrives whole while the session opens).
  let streamError: unknown = payload instanceof Uint8Array ? undefined : (payload.errored ?? undefined);
  if (!(payload instanceof Uint8Array)) {
    payload.on("error", (error) => {
      streamError = error;
    });
  }
  try {
    const response = await transport.send({
      method: "PUT",
      host: hostOf(repo),
      url: withDigest(transport, repo, session.location, digest),
      scopes: [pushScope(repo)],
      headers: {
        "content-type": "application/octet-stream",
        ...(size !== undefined ? { "content-length": String(size) } : {}),
      },
      body: payload,
      ok: [201, 204],
      signal,
      what: `blob ${objectLabel(repo, digest)}`,
    });
    response.body.resume();
  } catch (error) {
    // The bytes cannot be sent again; release the source (often another registry's response) instead of leaving it open.
    if (!(body instanceof Uint8Array)) body.destroy();
    throw streamError ?? error;
  }
  if (streamError) throw streamError;
}

/** Splits a body into chunks of exactly `size` bytes (the last may be shorter). */
async function* rechunk(body: Readable | Uint8Array, size: number): AsyncGenerator<Buffer> {
  const source: AsyncIterable<Uint8Array> = body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : body;
  let pending: Buffer[] = [];
  let pendingSize = 0;
  for await (const piece of source) {
    let data = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    while (pendingSize + data.length >= size) {
      const take = size - pendingSize;
      pending.push(data.subarray(0, take));
      yield Buffer.concat(pending, size);
      data = data.subarray(take);
      pending = [];
      pendingSize = 0;
    }
    if (data.length > 0) {
      pending.push(data);
      pendingSize += data.length;
    }
  }
  if (pendingSize > 0) yield Buffer.concat(pending, pendingSize);
}

/** Where the server stands: the session's current location and how many bytes it holds. */
export async function uploadStatus(
  transport: Transport,
  repo: Repository,
  session: Session,
  signal: AbortSignal | undefined,
): Promise<{ location: string; received: number }> {
  const response = await transport.send({
    method: "GET",
    host: hostOf(repo),
    url: session.location,
    scopes: [pushScope(repo)],
    ok: [200, 204],
    signal,
    what: `upload status of ${repositoryLabelOf(repo)}`,
  });
  response.body.resume();
  // `Range: 0-N` holds bytes 0..N. distribution also answers "0-0" for an empty session; resending byte 0 is harmless.
  const match = /(\d+)-(\d+)/.exec(response.header("range") ?? "");
  const end = match?.[2] !== undefined ? Number(match[2]) : -1;
  const received = end <= 0 ? 0 : end + 1;
  return { location: response.header("location") ?? session.location, received };
}

function repositoryLabelOf(repo: Repository): string {
  return `${repo.domain}/${repo.path}`;
}

/** Chunked: PATCH each chunk with Content-Range, resuming from the server's Range after an interruption. */
async function putChunks(
  transport: Transport,
  repo: Repository,
  session: Session,
  digest: string,
  body: Readable | Uint8Array,
  chunkSize: number,
  maxResumes: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  // A body verified upstream fails the loop below instead of ending; hashing it again would only cost time.
  const hasher = verifiedDigest(body) === digest ? undefined : createHasher(parseDigest(digest).algorithm);
  let offset = 0;
  let resumes = 0;
  for await (const chunk of rechunk(body, chunkSize)) {
    hasher?.update(chunk);
    const end = offset + chunk.length;
    let sent = offset;
    while (sent < end) {
      try {
        const response = await transport.send({
          method: "PATCH",
          host: hostOf(repo),
          url: session.location,
          scopes: [pushScope(repo)],
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${sent}-${end - 1}`,
            "content-length": String(end - sent),
          },
          body: chunk.subarray(sent - offset),
          ok: [202, 204],
          signal,
          what: `chunk ${sent}-${end - 1} of blob ${objectLabel(repo, digest)}`,
        });
        response.body.resume();
        session.location = response.header("location") ?? session.location;
        sent = end;
      } catch (error) {
        const interrupted = error instanceof RegistryError && (error.code === "NETWORK" || error.status === 416);
        if (!interrupted || signal?.aborted || resumes >= maxResumes) throw error;
        resumes++;
        const status = await uploadStatus(transport, repo, session, signal);
        session.location = status.location;
        if (status.received < offset || status.received > end) throw error;
        sent = status.received;
      }
    }
    offset = end;
  }
  const actual = hasher?.digest() ?? digest;
  if (actual !== digest) throw mismatch(repo, digest, actual, hasher?.size ?? offset);
  const response = await transport.send({
    method: "PUT",
    host: hostOf(repo),
    url: withDigest(transport, repo, session.location, digest),
    scopes: [pushScope(repo)],
    headers: { "content-length": "0" },
    ok: [201, 204],
    signal,
    what: `blob ${objectLabel(repo, digest)}`,
  });
  response.body.resume();
}
