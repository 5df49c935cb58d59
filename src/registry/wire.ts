/**
 * A narrow HTTP/1.1 client for blob bodies over plain TCP, beside node:http: one GET whose body is read into a
 * fixed ring of reused buffers, and one PUT whose body is written from them. node:http reads every socket chunk
 * into fresh memory (and the body parser slices it again); on a virtual machine each fresh page costs a fault, and
 * that was most of the gap to skopeo (docs/benchmarks.md). No HTTP library on npm reads into caller-owned buffers:
 * undici and node:http both hand out newly allocated chunks, so the zero-allocation path has to be this close to
 * the socket (`net.connect`'s `onread`). It speaks only what blob transfers need: a request head, Content-Length
 * and chunked response bodies, `Connection: close` (one connection per transfer; blobs this path takes are large).
 */
import { connect, type Socket } from "node:net";

/** A parsed response head. */
export interface WireHead {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
}

/** Timeout error codes match http.ts, so callers and retries treat both clients alike. */
const BODY_TIMEOUT = "BODY_TIMEOUT";

function timeoutError(ms: number): Error {
  return Object.assign(new Error(`connection stalled for ${ms / 1000} s`), { code: BODY_TIMEOUT });
}

const HEAD_LIMIT = 64 * 1024;

/** Request head text: request line, Host, the given headers, `Connection: close`. */
export function requestHead(method: string, url: URL, headers: Record<string, string>): string {
  let text = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`header ${name} holds a line break`);
    text += `${name}: ${value}\r\n`;
  }
  return `${text}connection: close\r\n\r\n`;
}

/** Parses `HTTP/1.1 200 OK\r\nname: value\r\n...` (without the blank line). */
export function parseHead(text: string): WireHead {
  const lines = text.split("\r\n");
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "");
  if (!match) throw new Error(`malformed HTTP status line: ${JSON.stringify((lines[0] ?? "").slice(0, 80))}`);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: Number(match[1]), headers };
}

/** Plain-TCP port of a URL. */
function portOf(url: URL): number {
  return Number(url.port || (url.protocol === "https:" ? 443 : 80));
}

/**
 * Decodes a chunked body in place: `feed` returns the data ranges of a piece of input as offsets into it, never
 * copying the data itself. Chunk extensions and trailers are skipped.
 */
export class ChunkedDecoder {
  /** Bytes of data left in the current chunk; -1 while reading a size line. */
  private left = -1;
  private line = "";
  /** After a chunk's data: its CRLF still to skip. */
  private crlf = 0;
  private trailers = false;
  done = false;

  feed(bytes: Uint8Array, start: number, end: number, data: (from: number, to: number) => void): void {
    let at = start;
    while (at < end && !this.done) {
      if (this.crlf > 0) {
        at++;
        this.crlf--;
        continue;
      }
      if (this.left > 0) {
        const take = Math.min(this.left, end - at);
        data(at, at + take);
        at += take;
        this.left -= take;
        if (this.left === 0) this.crlf = 2;
        continue;
      }
      const byte = bytes[at++] as number;
      if (byte !== 10) {
        if (byte !== 13) this.line += String.fromCharCode(byte);
        if (this.line.length > 1024) throw new Error("chunked body: size line too long");
        continue;
      }
      const line = this.line;
      this.line = "";
      if (this.trailers) {
        if (line === "") this.done = true;
        continue;
      }
      const size = Number.parseInt(line.split(";")[0]?.trim() ?? "", 16);
      if (!Number.isFinite(size) || size < 0) throw new Error(`chunked body: bad chunk size ${JSON.stringify(line)}`);
      if (size === 0) this.trailers = true;
      else this.left = size;
    }
  }
}

/** What a {@link WireGet} reports. */
export interface WireGetHandlers {
  /** The response head. Return false to stop (the connection is closed, no body is read). */
  head(head: WireHead): boolean;
  /**
   * Body bytes, a view into a reused buffer: its buffer is not read into again until `release` is called, so the
   * consumer calls it once it no longer needs the bytes (after hashing them and the upload socket took them).
   */
  data(view: Buffer, release: () => void): void;
  /** The connection ended: `complete` when the body ended as framed. */
  end(complete: boolean): void;
  error(error: Error): void;
}

/**
 * A GET over a fresh connection, its body read into `buffers` in turn. Reading pauses while the next buffer is
 * still held by the consumer (the upload socket has not taken it yet) and resumes when it is released: back-
 * pressure from the upload to the download without copying.
 */
export class WireGet {
  private readonly socket: Socket;
  private readonly busy: boolean[];
  private readonly releasers: (() => void)[];
  private next = 0;
  private paused = false;
  private headBytes: Buffer | undefined = Buffer.alloc(0);
  private length: number | undefined;
  private received = 0;
  private chunked: ChunkedDecoder | undefined;
  private finished = false;

  constructor(
    url: URL,
    headers: Record<string, string>,
    private readonly buffers: Buffer[],
    private readonly handlers: WireGetHandlers,
    timeoutMs: number,
  ) {
    this.busy = buffers.map(() => false);
    // One release function per buffer, made once: a closure per read would be garbage per read.
    this.releasers = buffers.map((_, index) => () => this.release(index));
    this.socket = connect({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: portOf(url),
      onread: { buffer: () => this.buffers[this.next] as Buffer, callback: (n, buf) => this.onRead(n, buf as Buffer) },
    });
    this.socket.setNoDelay(true);
    this.socket.setTimeout(timeoutMs, () => this.socket.destroy(timeoutError(timeoutMs)));
    this.socket.on("error", (error) => this.finish(false, error));
    this.socket.on("end", () => this.finish(this.complete()));
    this.socket.on("close", () => this.finish(this.complete()));
    this.socket.write(requestHead("GET", url, headers));
  }

  /** Stops reading and closes the connection. */
  close(): void {
    this.finished = true;
    this.socket.destroy();
  }

  private complete(): boolean {
    if (this.headBytes) return false;
    if (this.chunked) return this.chunked.done;
    return this.length === undefined || this.received >= this.length;
  }

  private finish(complete: boolean, error?: Error): void {
    if (this.finished) return;
    this.finished = true;
    this.socket.destroy();
    if (error && !complete) this.handlers.error(error);
    else this.handlers.end(complete);
  }

  private onRead(n: number, buffer: Buffer): boolean {
    if (this.finished) return false;
    const index = this.next;
    let start = 0;
    try {
      if (this.headBytes) {
        // Only the head is copied out of the read buffer (at most HEAD_LIMIT bytes), never the body behind it.
        const scan = buffer.subarray(0, Math.min(n, HEAD_LIMIT + 4));
        const joined = this.headBytes.length === 0 ? scan : Buffer.concat([this.headBytes, scan]);
        const end = joined.indexOf("\r\n\r\n");
        if (end < 0) {
          if (joined.length > HEAD_LIMIT) throw new Error("response head over 64 KiB");
          this.headBytes = Buffer.from(joined);
          return true;
        }
        const head = parseHead(joined.subarray(0, end).toString("latin1"));
        // Body bytes that came with the head follow it in this read.
        start = end + 4 - this.headBytes.length;
        this.headBytes = undefined;
        const encoding = head.headers["transfer-encoding"] ?? "";
        if (/chunked/i.test(encoding)) this.chunked = new ChunkedDecoder();
        else if (head.headers["content-length"] !== undefined) this.length = Number(head.headers["content-length"]);
        if (!this.handlers.head(head)) {
          this.close();
          return false;
        }
      }
      const ranges: [number, number][] = [];
      if (this.chunked) this.chunked.feed(buffer, start, n, (from, to) => ranges.push([from, to]));
      else ranges.push([start, this.length === undefined ? n : Math.min(n, start + this.length - this.received)]);
      let handed = false;
      for (const [from, to] of ranges) {
        if (to <= from) continue;
        this.received += to - from;
        if (!handed) this.busy[index] = true;
        handed = true;
        this.handlers.data(buffer.subarray(from, to), this.releasers[index] as () => void);
      }
      if (this.complete()) {
        this.finish(true);
        return false;
      }
    } catch (error) {
      this.finish(false, error as Error);
      return false;
    }
    this.next = (index + 1) % this.buffers.length;
    if (this.busy[this.next]) {
      this.paused = true;
      return false;
    }
    return true;
  }

  private release(index: number): void {
    this.busy[index] = false;
    if (this.paused && index === this.next && !this.finished) {
      this.paused = false;
      this.socket.resume();
    }
  }
}

/**
 * A request whose body is written from the caller's buffers (a PUT of a blob), over a fresh connection. Writes
 * are not copied: each view's `done` is called when the socket has taken it. The response is read whole (small).
 */
export class WireUpload {
  private readonly socket: Socket;
  private chunks: Buffer[] = [];
  private response: Promise<{ head: WireHead; body: string }>;
  private earlyResponse = false;
  /** The connection is gone (answered and closed, or failed): nothing more can be sent. */
  closed = false;

  constructor(url: URL, method: string, headers: Record<string, string>, timeoutMs: number) {
    this.socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port: portOf(url) });
    this.socket.setNoDelay(true);
    this.socket.setTimeout(timeoutMs, () => this.socket.destroy(timeoutError(timeoutMs)));
    this.response = new Promise((resolve, reject) => {
      let failure: Error | undefined;
      this.socket.on("data", (chunk: Buffer) => {
        this.chunks.push(chunk);
        this.earlyResponse = true;
        // A whole response ends the exchange even if the server would keep the connection open.
        if (this.responseComplete()) this.socket.destroy();
      });
      this.socket.on("error", (error) => {
        failure = error;
      });
      this.socket.on("close", () => {
        this.closed = true;
        // A server that refuses a body answers and closes while it is still coming: the answer is what counts.
        const text = Buffer.concat(this.chunks).toString("latin1");
        const end = text.indexOf("\r\n\r\n");
        if (end < 0) {
          reject(failure ?? Object.assign(new Error("connection closed before a response"), { code: "ECONNRESET" }));
          return;
        }
        try {
          resolve({ head: parseHead(text.slice(0, end)), body: text.slice(end + 4) });
        } catch (error) {
          reject(error);
        }
      });
    });
    // Rejections are read by `finish`; a failed transfer may never get there.
    this.response.catch(() => {});
    this.socket.write(requestHead(method, url, headers));
  }

  /** True once the response head and its Content-Length of body have arrived. */
  private responseComplete(): boolean {
    const text = Buffer.concat(this.chunks).toString("latin1");
    const end = text.indexOf("\r\n\r\n");
    if (end < 0) return false;
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
    return length !== undefined && Buffer.byteLength(text.slice(end + 4), "latin1") >= Number(length);
  }

  /** True once the server answered (before the body was all sent, that is a refusal). */
  get answered(): boolean {
    return this.earlyResponse;
  }

  private inFlight = 0;
  private waiters: (() => void)[] = [];

  /** Writes a view; `done` runs once the socket no longer needs its bytes. */
  write(view: Buffer, done: () => void): void {
    if (this.closed || this.socket.destroyed) {
      done();
      return;
    }
    this.inFlight++;
    this.written.push(done);
    this.socket.write(view, this.onWritten);
  }

  /** Writes on one socket complete in order: one callback for all of them, no closure per write. */
  private readonly written: (() => void)[] = [];
  private readonly onWritten = (): void => {
    this.inFlight--;
    this.written.shift()?.();
    if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
  };

  /** Resolves once no written view is held by the socket any more (or the socket is gone). */
  drained(): Promise<void> {
    if (this.inFlight === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.socket.once("close", resolve);
    });
  }

  /** Ends the body and resolves with the response. */
  finish(): Promise<{ head: WireHead; body: string }> {
    return this.response;
  }

  /** Aborts the request: the server sees the connection drop before the body's end and commits nothing. */
  abort(): void {
    this.socket.destroy();
  }
}
