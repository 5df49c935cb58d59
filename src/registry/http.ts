/**
 * One HTTP/1.1 exchange over node:http and node:https keep-alive agents. Node's own client is used rather than
 * undici from npm because it is already part of the process: loading undici's module graph (its fetch, web streams
 * and cookie code come with it) cost about 0.2 s per command, more than a whole `copy` onto an up-to-date target.
 */
import { Agent as HttpAgent, type IncomingMessage, type ClientRequest as OutgoingRequest, request } from "node:http";
import type * as Https from "node:https";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";

/** Timeouts of a {@link Connections} pool. */
export interface ConnectionOptions {
  /** Milliseconds to wait for a connection, for response headers, and between body chunks (default 60 s). */
  timeoutMs?: number;
}

/** What to send. */
export interface HttpRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array | string | Readable | null | undefined;
  signal?: AbortSignal | null | undefined;
}

/** What came back; the caller must read or destroy `body`. */
export interface HttpResponse {
  statusCode: number;
  /** Lower-case names; a header sent more than once is an array. */
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

/** Error codes of the timeouts this module raises (network errors keep node's codes: ECONNRESET, ...). */
export const HEADERS_TIMEOUT = "HEADERS_TIMEOUT";
export const BODY_TIMEOUT = "BODY_TIMEOUT";

function timeoutError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Request methods that carry a body by definition: an empty one is sent as `Content-Length: 0`, not chunked. */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

/** A response's headers in the shape callers use: one string, or an array when the header was repeated. */
function responseHeaders(response: IncomingMessage): Record<string, string | string[] | undefined> {
  const headers: Record<string, string | string[] | undefined> = {};
  for (const [name, values] of Object.entries(response.headersDistinct)) {
    if (values) headers[name] = values.length === 1 ? values[0] : values;
  }
  return headers;
}

/** Keep-alive connections to every origin a client talks to. `close` ends them all. */
export class Connections {
  private readonly plain = new HttpAgent({ keepAlive: true, scheduling: "lifo" });
  /** node:https (and TLS with it) loads on the first https request: plain-HTTP runs start without it. */
  private secure: { module: typeof Https; agent: Https.Agent } | undefined;
  private readonly timeoutMs: number;

  constructor(options: ConnectionOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Sends a request; resolves when the response headers arrive (the body may still be going out). */
  async request(init: HttpRequest): Promise<HttpResponse> {
    if (init.url.protocol === "https:" && !this.secure) {
      const module = await import("node:https");
      this.secure ??= { module, agent: new module.Agent({ keepAlive: true, scheduling: "lifo" }) };
    }
    return await this.send(init);
  }

  private send(init: HttpRequest): Promise<HttpResponse> {
    const { url, method, body } = init;
    const headers = { ...init.headers };
    const bytes = typeof body === "string" ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    const hasLength = Object.keys(headers).some((name) => name.toLowerCase() === "content-length");
    if (!hasLength && (bytes || (!body && BODY_METHODS.has(method)))) {
      headers["content-length"] = String(bytes?.length ?? 0);
    }
    const secure = url.protocol === "https:";
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const options = {
        method,
        headers,
        ...(init.signal ? { signal: init.signal } : {}),
      };
      const tls = secure ? this.secure : undefined;
      const outgoing: OutgoingRequest = tls
        ? tls.module.request(url, { ...options, agent: tls.agent })
        : request(url, { ...options, agent: this.plain });
      // Covers connecting, sending and waiting for headers: the socket may not go quiet for longer than this.
      outgoing.setTimeout(this.timeoutMs, () => {
        if (settled) return; // after the headers, the body's own timeout below applies
        outgoing.destroy(timeoutError(HEADERS_TIMEOUT, `no response within ${this.timeoutMs / 1000} s`));
      });
      outgoing.on("error", fail);
      outgoing.on("response", (response) => {
        settled = true;
        response.setTimeout(this.timeoutMs, () => {
          response.destroy(timeoutError(BODY_TIMEOUT, `response body stalled for ${this.timeoutMs / 1000} s`));
        });
        resolve({ statusCode: response.statusCode ?? 0, headers: responseHeaders(response), body: response });
      });
      if (body && typeof body === "object" && !(body instanceof Uint8Array)) {
        // A stream body: an error on either side ends both; the request's error rejects above.
        pipeline(body, outgoing, () => {});
      } else {
        outgoing.end(bytes);
      }
    });
  }

  /** Ends every pooled connection. */
  async close(): Promise<void> {
    this.plain.destroy();
    this.secure?.agent.destroy();
  }
}
