/**
 * The transport every registry call goes through: base URLs and `--resolve` (hosts.ts), the keep-alive agent and
 * per-host limit (pool.ts), authorization (auth.ts), redirects without credentials across origins (redirect.ts),
 * retries with backoff and `Retry-After` (retry.ts), `Warning` headers (warning.ts), and typed errors (errors.ts).
 */
import type { Readable } from "node:stream";
import { Authenticator, type RawResponse, type RawSend } from "./auth.js";
import { discard, readTextPrefix } from "./body.js";
import { type CredentialSource, dockerCredentials } from "./credentials.js";
import { describeRequest, errorFromResponse, networkError, RegistryError } from "./errors.js";
import { HostMap, type HostOptions, parseResolve, splitList } from "./hosts.js";
import { Connections } from "./http.js";
import { HostLimiter, type PoolOptions } from "./pool.js";
import { headersForHop, isRedirect, MAX_REDIRECTS, redirectTarget, sameOrigin } from "./redirect.js";
import {
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  type RetryOptions,
  retryDelay,
  sleep,
} from "./retry.js";
import { parseWarnings, type RegistryWarning } from "./warning.js";

/** Settings of a {@link Transport} (and of a RegistryClient). */
export interface TransportOptions extends HostOptions, PoolOptions {
  retry?: RetryOptions;
  /** Where credentials come from (default: Docker's config and GITHUB_TOKEN/GH_TOKEN from `env`). */
  credentials?: CredentialSource;
  /**
   * Environment (default process.env) for the default credential lookup and for `DOCKHAND_PLAIN_HTTP` and
   * `DOCKHAND_RESOLVE` (comma-separated), which add to `plainHttp` and `resolve`.
   */
  env?: NodeJS.ProcessEnv;
  /** Called once per distinct `Warning` text a registry sends. */
  onWarning?: (warning: RegistryWarning) => void;
  /** Clock in ms, for token expiry. */
  now?: () => number;
  userAgent?: string;
}

/** HTTP methods the Distribution API uses. */
export type Method = "GET" | "HEAD" | "PUT" | "POST" | "PATCH" | "DELETE";

/** One registry request. */
export interface RegistryRequest {
  method: Method;
  /** Registry host as in references (`ghcr.io`, `127.0.0.1:5000`). */
  host: string;
  /** Path under the registry's base URL (`/v2/...`), or `url` for a location the registry handed out. */
  path?: string;
  url?: string;
  /** Auth scopes the request needs (`repository:o/n:pull`). */
  scopes: string[];
  headers?: Record<string, string>;
  /** A byte body can be re-sent on retry and after a challenge; a stream is sent once. */
  body?: Uint8Array | string | Readable;
  signal?: AbortSignal | undefined;
  /** Statuses returned to the caller (`all` for every status); any other status throws a RegistryError. */
  ok: number[] | "all";
  /** False for requests to token realms: no registry authorization, no challenge handling. */
  authorize?: boolean;
  /** What the request is about, for error messages (`manifest ghcr.io/o/n:1.0`). */
  what?: string;
}

/** A registry response; the caller must read or `discard` the body. */
export interface RegistryResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
  /** Final URL (after redirects). */
  url: string;
  /** `METHOD URL` for messages. */
  request: string;
  /** A header value (the first, when repeated). */
  header(name: string): string | undefined;
}

function firstHeader(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function isReplayable(body: RegistryRequest["body"]): boolean {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** Sends registry requests. One transport (and its connections) per client; `close` ends its connections. */
export class Transport {
  readonly hosts: HostMap;
  readonly auth: Authenticator;
  private readonly connections: Connections;
  private readonly limiter: HostLimiter;
  private readonly warned = new Set<string>();

  constructor(private readonly options: TransportOptions = {}) {
    const env = options.env ?? process.env;
    // The environment's lists add to the options; an explicit resolve entry wins over the environment's.
    this.hosts = new HostMap({
      plainHttp: [...splitList(env.DOCKHAND_PLAIN_HTTP), ...(options.plainHttp ?? [])],
      resolve: { ...parseResolve(splitList(env.DOCKHAND_RESOLVE)), ...(options.resolve ?? {}) },
    });
    this.connections = new Connections(options);
    this.limiter = new HostLimiter(options.concurrency ?? 4);
    this.auth = new Authenticator({
      credentials: options.credentials ?? dockerCredentials(env),
      send: (request) => this.sendRaw(request),
      ...(options.now ? { now: options.now } : {}),
    });
  }

  /** Closes every pooled connection. */
  async close(): Promise<void> {
    await this.connections.close();
  }

  /** The absolute URL for a request. */
  urlFor(request: Pick<RegistryRequest, "host" | "path" | "url">): string {
    if (request.url) return this.hosts.rewrite(new URL(request.url, this.hosts.baseUrl(request.host)).toString());
    return `${this.hosts.baseUrl(request.host)}${request.path ?? "/v2/"}`;
  }

  /** Sends a request: authorization, redirects, retries; statuses outside `ok` throw a RegistryError. */
  async send(request: RegistryRequest): Promise<RegistryResponse> {
    const { host, method, signal } = request;
    const registryUrl = this.hosts.baseUrl(host);
    const replayable = isReplayable(request.body);
    // A PATCH may have been partly applied; the upload code asks the server where it stands instead.
    const retryable = replayable && method !== "PATCH";
    const follow = method === "GET" || method === "HEAD";
    const scopeText = request.scopes.join(" ");
    let url = this.urlFor(request);
    // Headers the caller gave (a token realm's Basic credentials) are meant for the URL it addressed; the
    // registry's own authorization is meant for the registry.
    const callerOrigin = new URL(url).origin;
    const registryOrigin = new URL(registryUrl).origin;
    const authorize = request.authorize !== false;
    let authorization = authorize ? await this.auth.authorization(host, request.scopes, signal) : undefined;
    let challenged = false;
    let attempt = 0;
    let redirects = 0;
    for (;;) {
      const described = describeRequest(method, url);
      const ownOrigin = sameOrigin(url, registryUrl);
      const headers: Record<string, string> = {
        "user-agent": this.options.userAgent ?? "dockhand",
        ...headersForHop(url, callerOrigin, request.headers ?? {}),
        ...headersForHop(url, registryOrigin, authorization ? { authorization } : {}),
      };
      const release = await this.limiter.acquire(host);
      let status: number;
      let responseHeaders: Record<string, string | string[] | undefined>;
      let body: Readable;
      try {
        const response = await this.connections.request({
          url: new URL(url),
          method,
          headers,
          body: request.body,
          signal,
        });
        status = response.statusCode;
        responseHeaders = response.headers;
        body = response.body;
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const delay =
          retryable && isRetryableNetworkError(error)
            ? retryDelay(++attempt, undefined, this.options.retry)
            : undefined;
        if (delay !== undefined) {
          await sleep(delay, signal);
          continue;
        }
        throw networkError(error, { request: described, host });
      } finally {
        release();
      }
      this.warn(host, responseHeaders.warning);
      const location = firstHeader(responseHeaders, "location");
      if (follow && isRedirect(status) && location) {
        await discard(body);
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError(
            "TOO_MANY_REDIRECTS",
            `${host} redirected ${method} more than ${MAX_REDIRECTS} times`,
            {
              host,
              request: described,
              status,
            },
          );
        }
        url = this.hosts.rewrite(redirectTarget(url, location));
        continue;
      }
      if (status === 401 && authorize && ownOrigin && !challenged && replayable) {
        challenged = true;
        const next = await this.auth.answer(
          host,
          responseHeaders["www-authenticate"],
          request.scopes,
          authorization,
          signal,
        );
        if (next) {
          await discard(body);
          authorization = next;
          continue;
        }
      }
      if (isRetryableStatus(status) && retryable) {
        const retryAfter = parseRetryAfter(firstHeader(responseHeaders, "retry-after"));
        const delay = retryDelay(++attempt, retryAfter, this.options.retry);
        if (delay !== undefined) {
          await discard(body);
          await sleep(delay, signal);
          continue;
        }
      }
      if (request.ok === "all" || request.ok.includes(status)) {
        return {
          status,
          headers: responseHeaders,
          body,
          url,
          request: described,
          header: (name) => firstHeader(responseHeaders, name),
        };
      }
      const text = method === "HEAD" ? "" : await readTextPrefix(body);
      throw errorFromResponse(status, text, {
        request: described,
        host,
        ...(scopeText ? { scope: scopeText } : {}),
        ...(request.what ? { what: request.what } : {}),
      });
    }
  }

  /** Sends a request that is not a registry call (token realms), with retries but no authorization logic. */
  private async sendRaw(request: Parameters<RawSend>[0]): Promise<RawResponse> {
    const response = await this.send({
      method: request.method,
      host: request.host,
      url: request.url,
      scopes: [],
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      ok: "all",
      authorize: false,
      signal: request.signal,
    });
    return {
      status: response.status,
      headers: response.headers,
      text: await readTextPrefix(response.body),
      request: response.request,
    };
  }

  private warn(host: string, header: string | string[] | undefined): void {
    if (!this.options.onWarning) return;
    for (const text of parseWarnings(header)) {
      const key = `${host} ${text}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      this.options.onWarning({ host, text });
    }
  }
}
