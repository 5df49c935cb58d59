/**
 * A blob from one registry to another over plain HTTP without fresh memory per chunk: the download is read into
 * two reused 256 KiB buffers (wire.ts), each piece hashed and written to the upload's socket, and its buffer read
 * into again only after the upload socket took it. Kept from the node:http path: a dropped download resumes with
 * `Range` (skipping what a server that ignores Range sends again), the digest is checked before the upload is
 * allowed to complete (a mismatch drops the PUT, so nothing is committed), redirects are followed with
 * credentials only to the registry's own origin, and the session is cancelled on failure. Anything this path does
 * not speak (TLS, a challenge, an error status on the first request) answers "unsupported" before a byte moved,
 * and the caller takes the node:http path.
 */
import { DockhandError } from "../errors.js";
import { createHasher, parseDigest } from "../oci/index.js";
import { describeCause, errorFromResponse, networkError, RegistryError } from "./errors.js";
import { isRedirect, MAX_REDIRECTS, redirectTarget, sameOrigin } from "./redirect.js";
import { apiPath, hostOf, objectLabel, pullScope, pushScope, type Repository } from "./repository.js";
import type { Transport } from "./transport.js";
import { cancel, mismatch, openSession, type Session, uploadStatus, withDigest } from "./upload.js";
import { WireGet, type WireHead, WireUpload } from "./wire.js";

/** One side of the transfer. */
export interface PipeEnd {
  transport: Transport;
  repo: Repository;
}

/** Options of {@link pipeBlob}. */
export interface PipeOptions {
  signal?: AbortSignal;
  /** Called with the size of every piece sent. */
  onBytes?: (bytes: number) => void;
  /** Times a dropped download is resumed (default 3). */
  resumes?: number;
  /** Milliseconds a connection may stay silent (default 60 s). */
  timeoutMs?: number;
  /**
   * Called when the upload session opens or resumes (its location and the bytes it holds), now and then as bytes
   * go out, and with undefined once it is committed or cancelled: what a caller records to resume after a crash.
   */
  onSession?: (session: { location: string; offset: number } | undefined) => void | Promise<void>;
  /** A session an earlier run left open: resumed at the target's offset when it still exists, else cancelled. */
  resume?: { location: string };
}

/** How often (bytes sent) the session's offset is reported through `onSession`. */
const RECORD_EVERY = 8 * 1024 * 1024;

// Two: one is read into while the other is written. Each is faulted in page by page the first time it fills, once
// per concurrent transfer (four → two: about 500 fewer faults per 256 MiB copy). 128 KiB saved 250 more but cost
// about 7% more CPU on a 1 GiB copy: more reads, each through unoptimized code (the copy command turns TurboFan off).
const BUFFERS = 2;
const BUFFER_SIZE = 256 * 1024;

/** Buffers of finished pipes, reused by the next (a process copies many blobs; the memory is touched once). */
const spare: Buffer[][] = [];

function takeBuffers(): Buffer[] {
  return spare.pop() ?? Array.from({ length: BUFFERS }, () => Buffer.allocUnsafeSlow(BUFFER_SIZE));
}

/** Plain HTTP only: TLS goes through node:http, whose TLS socket does not read into caller buffers here. */
function wireable(url: string): boolean {
  return url.startsWith("http://");
}

/** Where the download stands while it follows redirects. */
interface Hop {
  url: string;
  /** Authorization for this hop: only while it stays on the registry's origin. */
  authorization: string | undefined;
}

/**
 * Copies a blob of `size` bytes; resolves "copied", or "unsupported" (nothing sent, session not opened) when the
 * caller should use the node:http path.
 */
export async function pipeBlob(
  source: PipeEnd,
  target: PipeEnd,
  digest: string,
  size: number,
  options: PipeOptions = {},
): Promise<"copied" | "unsupported"> {
  const { signal } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sourceHost = hostOf(source.repo);
  const registryUrl = source.transport.urlFor({ host: sourceHost, path: "/v2/" });
  const blobUrl = source.transport.urlFor({ host: sourceHost, path: apiPath(source.repo, `blobs/${digest}`) });
  if (!wireable(blobUrl) || !wireable(target.transport.urlFor({ host: hostOf(target.repo), path: "/v2/" }))) {
    return "unsupported";
  }
  const what = `blob ${objectLabel(source.repo, digest)}`;
  const sourceAuth = await source.transport.auth.authorization(sourceHost, [pullScope(source.repo)], signal);
  const buffers = takeBuffers();
  try {
    const result = await transfer();
    if (result === "unsupported" && options.resume) {
      // The node:http path opens its own session: the old one must not stay behind.
      await cancel(target.transport, target.repo, { location: options.resume.location, minChunk: 0 });
      await options.onSession?.(undefined);
    }
    return result;
  } finally {
    spare.push(buffers);
  }

  async function transfer(): Promise<"copied" | "unsupported"> {
    // The first response decides the path: a body on its way, or the node:http path for everything else.
    let hop: Hop = { url: blobUrl, authorization: sourceAuth };
    let redirects = 0;
    let opened: { get: WireGet; head: WireHead; events: Events } | undefined;
    for (;;) {
      const attempt = openGet(hop, 0);
      let head: WireHead;
      try {
        head = await attempt.head;
      } catch {
        return "unsupported";
      }
      const location = head.headers.location;
      if (isRedirect(head.status) && location && redirects++ < MAX_REDIRECTS) {
        attempt.get.close();
        const next = source.transport.hosts.rewrite(redirectTarget(hop.url, location));
        if (!wireable(next)) return "unsupported";
        hop = { url: next, authorization: sameOrigin(next, registryUrl) ? sourceAuth : undefined };
        continue;
      }
      if (head.status !== 200 || Number(head.headers["content-length"] ?? size) !== size) {
        attempt.get.close();
        return "unsupported";
      }
      opened = { get: attempt.get, head, events: attempt.events };
      break;
    }
    let session: Session;
    let offset = 0;
    try {
      const resumed = options.resume ? await resumable(options.resume.location) : undefined;
      if (resumed) {
        session = resumed.session;
        offset = resumed.offset;
      } else {
        session = (await openSession(target.transport, target.repo, digest, undefined, signal)) as Session;
      }
      await options.onSession?.({ location: session.location, offset });
    } catch (error) {
      opened.get.close();
      throw error;
    }
    try {
      await send(session, opened, hop, offset);
    } catch (error) {
      await cancel(target.transport, target.repo, session);
      await options.onSession?.(undefined);
      throw error;
    }
    await options.onSession?.(undefined);
    return "copied";
  }

  /**
   * The target's state of a session an earlier run left: its offset when it can be continued, else undefined (a
   * session that is gone, or holds more than the blob, is cancelled; a new one is opened).
   */
  async function resumable(location: string): Promise<{ session: Session; offset: number } | undefined> {
    const old: Session = { location, minChunk: 0 };
    try {
      const status = await uploadStatus(target.transport, target.repo, old, signal);
      if (status.received <= size)
        return { session: { location: status.location, minChunk: 0 }, offset: status.received };
    } catch (error) {
      if (signal?.aborted) throw error;
    }
    await cancel(target.transport, target.repo, old);
    return undefined;
  }

  /**
   * Sends the body from byte `offset` (what the session already holds) in one PUT, hashing every byte from the
   * start, resuming the download as needed; resolves once the target committed it.
   */
  async function send(
    session: Session,
    first: { get: WireGet; events: Events },
    firstHop: Hop,
    offset: number,
  ): Promise<void> {
    const targetHost = hostOf(target.repo);
    const putUrl = withDigest(target.transport, target.repo, session.location, digest);
    const targetAuth = await target.transport.auth.authorization(targetHost, [pushScope(target.repo)], signal);
    const described = `PUT ${putUrl.replace(/\?.*$/, "")}`;
    const upload = new WireUpload(
      new URL(putUrl),
      "PUT",
      {
        "user-agent": "dockhand",
        "content-type": "application/octet-stream",
        "content-length": String(size - offset),
        // The last chunk of a resumed session says where it starts; the target refuses it if that is wrong.
        ...(offset > 0 ? { "content-range": `${offset}-${size - 1}` } : {}),
        ...(targetAuth ? { authorization: targetAuth } : {}),
      },
      timeoutMs,
    );
    const algorithm = parseDigest(digest).algorithm;
    const hash = createHasher(algorithm);
    let actual: string | undefined;
    let position = 0;
    let resumes = 0;
    const maxResumes = options.resumes ?? 3;
    let current = first;
    const onAbort = () => {
      current.get.close();
      upload.abort();
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for (;;) {
        // A server that ignores Range answers 200 from byte 0: skip what was already sent.
        const skip = current.events.status === 200 ? position : 0;
        const outcome = await pump(current, upload, skip, (bytes) => {
          const start = position;
          hash.update(bytes);
          position += bytes.length;
          // The last byte goes out only when the whole blob matched its digest: the registry commits nothing else.
          if (position > size) return false;
          if (position === size) {
            actual = hash.digest();
            if (actual !== digest) return false;
          }
          options.onBytes?.(bytes.length);
          if (Math.floor(position / RECORD_EVERY) > Math.floor(start / RECORD_EVERY) && position > offset) {
            void options.onSession?.({ location: session.location, offset: position });
          }
          // Bytes the session already holds are hashed, not sent again.
          return start >= offset ? bytes : bytes.subarray(Math.min(bytes.length, offset - start));
        });
        if (signal?.aborted) throw signal.reason ?? new Error("aborted");
        if (upload.closed || position >= size) break;
        if (outcome.refused) break;
        if (outcome.error instanceof RegistryError || resumes >= maxResumes) {
          upload.abort();
          throw (
            outcome.error ??
            new RegistryError("BLOB_READ_FAILED", `${what}: download failed after ${position} of ${size} bytes`, {
              host: sourceHost,
              request: `GET ${blobUrl}`,
            })
          );
        }
        resumes++;
        // The next download reads into the same buffers: wait until the upload socket holds none of them.
        await upload.drained();
        const next = openGet(firstHop, position);
        const head = await next.head.catch((error: unknown) => {
          upload.abort();
          throw new RegistryError(
            "BLOB_READ_FAILED",
            `${what}: download failed after ${position} bytes: ${describeCause(error)}`,
            {
              host: sourceHost,
              request: `GET ${blobUrl}`,
              cause: error,
            },
          );
        });
        if (head.status !== 200 && head.status !== 206) {
          next.get.close();
          upload.abort();
          throw new RegistryError("BLOB_READ_FAILED", `${what}: resuming at byte ${position} got HTTP ${head.status}`, {
            host: sourceHost,
            request: `GET ${blobUrl}`,
            status: head.status,
          });
        }
        current = next;
      }
      if (!upload.closed && (position !== size || actual !== digest)) {
        // Dropping the PUT before its last byte means the registry commits nothing.
        upload.abort();
        throw mismatch(target.repo, digest, actual ?? "(more bytes than its size)", position);
      }
      let response: { head: WireHead; body: string };
      try {
        response = await upload.finish();
      } catch (error) {
        throw networkError(error, { request: described, host: targetHost });
      }
      if (response.head.status !== 201 && response.head.status !== 204) {
        throw errorFromResponse(response.head.status, response.body, {
          request: described,
          host: targetHost,
          what: `blob ${objectLabel(target.repo, digest)}`,
        });
      }
      if (position !== size) {
        throw new DockhandError("SIZE_INVALID", `${what}: the target answered before the blob was sent`, {
          details: { digest, size, sent: position },
        });
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** Opens a GET from `from`; `head` settles with the response head (or the connection's failure). */
  function openGet(hop: Hop, from: number): { get: WireGet; head: Promise<WireHead>; events: Events } {
    const events = new Events();
    const head = new Promise<WireHead>((resolve, reject) => {
      events.onHead = resolve;
      events.onFail = reject;
    });
    head.catch(() => {});
    const get = new WireGet(
      new URL(hop.url),
      {
        "user-agent": "dockhand",
        ...(hop.authorization ? { authorization: hop.authorization } : {}),
        ...(from > 0 ? { range: `bytes=${from}-` } : {}),
      },
      buffers,
      events,
      timeoutMs,
    );
    return { get, head, events };
  }
}

/** Routes one GET's events: the head to whoever opened it, the body to the pump that runs it. */
class Events {
  status = 0;
  onHead: (head: WireHead) => void = () => {};
  onFail: (error: Error) => void = () => {};
  onData: (view: Buffer, release: () => void) => void = (_view, release) => release();
  onEnd: (complete: boolean, error?: Error) => void = () => {};
  private ended: { complete: boolean; error?: Error } | undefined;
  private pending: [Buffer, () => void][] = [];
  private attached = false;

  head(head: WireHead): boolean {
    this.status = head.status;
    this.onHead(head);
    return true;
  }

  data(view: Buffer, release: () => void): void {
    // Bytes that arrive with the head, before the pump attached, wait (their buffers stay held).
    if (!this.attached) this.pending.push([view, release]);
    else this.onData(view, release);
  }

  end(complete: boolean): void {
    this.finish(complete);
  }

  error(error: Error): void {
    this.onFail(error);
    this.finish(false, error);
  }

  private finish(complete: boolean, error?: Error): void {
    if (!this.attached) this.ended = { complete, ...(error ? { error } : {}) };
    else this.onEnd(complete, error);
  }

  /** Starts delivering to `data`/`end`, first what arrived before. */
  attach(data: (view: Buffer, release: () => void) => void, end: (complete: boolean, error?: Error) => void): void {
    this.onData = data;
    this.onEnd = end;
    this.attached = true;
    for (const [view, release] of this.pending.splice(0)) data(view, release);
    if (this.ended) end(this.ended.complete, this.ended.error);
  }
}

/** Runs one GET's body into the upload; resolves when that GET ends (completely or not). */
function pump(
  current: { get: WireGet; events: Events },
  upload: WireUpload,
  skipBytes: number,
  sent: (bytes: Buffer) => Buffer | false,
): Promise<{ error?: Error; refused?: boolean }> {
  let skip = skipBytes;
  return new Promise((resolve) => {
    current.events.attach(
      (view, release) => {
        if (upload.closed) {
          release();
          current.get.close();
          resolve({});
          return;
        }
        let part = view;
        if (skip > 0) {
          const dropped = Math.min(skip, part.length);
          skip -= dropped;
          part = part.subarray(dropped);
        }
        if (part.length === 0) {
          release();
          return;
        }
        const out = sent(part);
        if (out === false) {
          release();
          current.get.close();
          resolve({ refused: true });
          return;
        }
        if (out.length === 0) release();
        else upload.write(out, release);
      },
      (_complete, error) => resolve(error ? { error } : {}),
    );
  });
}
