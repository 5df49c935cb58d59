/**
 * One request and its response, with the small helpers every endpoint uses: empty and JSON answers, reading a
 * bounded body, and passing an upload body on with a size limit.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Readable, Transform, type TransformCallback } from "node:stream";
import { RegistryHttpError } from "./errors.js";
import type { RegistryHandlerOptions } from "./types.js";

/** A request being handled. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Query parameters (and the parsed URL). */
  url: URL;
  /** The request path exactly as sent, without the query. */
  path: string;
  options: RegistryHandlerOptions;
  /** True for HEAD: headers only. */
  head: boolean;
}

/** Answers with a status, headers and no body. */
export function sendEmpty(ex: Exchange, status: number, headers: Record<string, string> = {}): void {
  ex.res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) ex.res.setHeader(name, value);
  ex.res.setHeader("Content-Length", "0");
  ex.res.end();
}

/** Answers with bytes (or only their headers for HEAD). */
export function sendBytes(
  ex: Exchange,
  status: number,
  contentType: string,
  body: Uint8Array | string,
  headers: Record<string, string> = {},
): void {
  ex.res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) ex.res.setHeader(name, value);
  ex.res.setHeader("Content-Type", contentType);
  ex.res.setHeader("Content-Length", String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength));
  ex.res.end(ex.head ? undefined : body);
}

/** Answers with a JSON document. */
export function sendJson(ex: Exchange, status: number, value: unknown, headers: Record<string, string> = {}): void {
  sendBytes(ex, status, "application/json; charset=utf-8", JSON.stringify(value), headers);
}

/** The request's declared Content-Length, or undefined when it streams (chunked) or declares none. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers["content-length"];
  if (header === undefined || !/^\d+$/.test(header)) return undefined;
  return Number(header);
}

/** True when the request carries a body (a non-zero length or chunked transfer encoding). */
export function hasBody(req: IncomingMessage): boolean {
  const length = declaredLength(req);
  if (length !== undefined) return length > 0;
  return req.headers["transfer-encoding"] !== undefined;
}

/**
 * 413 for a body over a limit. The connection closes after the answer: the rest of the body is never read, so the
 * socket cannot carry another request, and a client that goes on sending must not hold it.
 */
function tooLarge(what: string, limit: number): RegistryHttpError {
  return new RegistryHttpError(
    413,
    "SIZE_INVALID",
    `${what} is larger than the ${limit}-byte limit`,
    { limit },
    {
      connection: "close",
    },
  );
}

/** Reads a whole body of at most `limit` bytes (manifests); a larger one is refused with 413 before or while reading. */
export async function readBody(req: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const length = declaredLength(req);
  if (length !== undefined && length > limit) throw tooLarge(what, limit);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(what, limit);
    chunks.push(chunk);
  }
  return chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total);
}

/**
 * The request body as a stream for a store, refused with 413 when it is (or declares itself) larger than the blob
 * limit. Chunks pass through as the socket delivers them, without copies: a disk store batches them into large
 * writes itself.
 */
export function uploadBody(ex: Exchange, alreadyStored = 0): Readable {
  const limit = ex.options.maxBlobBytes;
  const room = limit === undefined ? Number.POSITIVE_INFINITY : limit - alreadyStored;
  const length = declaredLength(ex.req);
  if (limit !== undefined && length !== undefined && length > room) throw tooLarge("blob", limit);
  let seen = 0;
  // A client that stops sending must not hold the session (and its lock) for as long as the socket lives.
  const idleMs = ex.options.bodyIdleTimeoutMs ?? DEFAULT_BODY_IDLE_MS;
  const stalled = () =>
    guard.destroy(
      new RegistryHttpError(
        408,
        "BLOB_UPLOAD_INVALID",
        `no body bytes for ${idleMs / 1000} s after ${seen}: the append stopped; what arrived is kept, resume from the session's Range`,
        { received: seen },
        { connection: "close" },
      ),
    );
  let timer = setTimeout(stalled, idleMs);
  const guard = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      seen += chunk.byteLength;
      timer.refresh();
      if (limit !== undefined && seen > room) {
        callback(tooLarge("blob", limit));
        return;
      }
      callback(null, chunk);
    },
  });
  const stop = () => clearTimeout(timer);
  guard.once("end", stop).once("close", stop).once("error", stop);
  ex.req.on("error", (error) => guard.destroy(error));
  ex.req.on("aborted", () => guard.destroy(new Error("the client closed the connection mid-upload")));
  timer = timer.unref();
  return ex.req.pipe(guard);
}

/** Default idle time between upload body bytes before the append is aborted. */
export const DEFAULT_BODY_IDLE_MS = 60_000;
