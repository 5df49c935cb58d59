/**
 * The GitHub REST client: Octokit with the retry and throttling plugins (pagination comes with @octokit/rest).
 * Every GitHub call of dockhand goes through one of these; the base URL makes GitHub Enterprise Server and the
 * emulator work the same way as api.github.com.
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { GITHUB_API_URL } from "./api-url.js";
import { type ConditionalCache, useConditionalRequests } from "./conditional.js";

export { GITHUB_API_URL };

// Typed as the plain Octokit class: the plugins add behaviour, not methods dockhand calls, and the plugin-extended
// type cannot be named in declaration files.
const DockhandOctokit: typeof Octokit = Octokit.plugin(retry, throttling);

/** The Octokit instance type dockhand uses (REST methods and pagination; retry and throttling built in). */
export type GitHubOctokit = Octokit;

/** How to reach GitHub. */
export interface GitHubClientOptions {
  /** REST base URL, e.g. https://api.github.com or https://ghes.example.com/api/v3. */
  apiUrl?: string;
  /** A token (classic or fine-grained PAT, GITHUB_TOKEN, OAuth); omitted for anonymous calls. */
  token?: string;
  /**
   * How many times to retry a request GitHub rate-limited (primary or secondary), when it asks to wait at most
   * `maxRateLimitWaitSeconds`. Defaults: 2 retries, 60 s.
   */
  rateLimitRetries?: number;
  maxRateLimitWaitSeconds?: number;
  /** Called with a line to log when a request is delayed by a rate limit (never contains the token). */
  onWait?: (message: string) => void;
  /** Makes GETs conditional (If-None-Match) on this cache; GitHub's 304s do not count against the rate limit. */
  conditionalCache?: ConditionalCache;
}

/** The core rate limit as GitHub's last answer reported it (x-ratelimit-* headers). */
export interface RateLimitState {
  limit?: number;
  remaining?: number;
  /** When the window resets, in seconds since epoch. */
  reset?: number;
  /** REST requests this client answered (with any status), for budgets and measurements. */
  requests: number;
  /** Of those, conditional requests GitHub answered 304 (free: they do not count against the limit). */
  notModified: number;
}

/** The client with what it was built from (never the token itself). */
export interface GitHubClient {
  octokit: GitHubOctokit;
  apiUrl: string;
  /** True when a token was given. */
  authenticated: boolean;
  /** The rate limit as last reported, updated by every response, so long runs can stop before it is spent. */
  rate: RateLimitState;
}

function headerNumber(headers: Record<string, unknown> | undefined, name: string): number | undefined {
  const value = Number(headers?.[name]);
  return headers?.[name] === undefined || Number.isNaN(value) ? undefined : value;
}

/** Creates a GitHub REST client. */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const apiUrl = (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, "");
  const retries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const onLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      if (count >= retries || retryAfter > maxWait) return false;
      options.onWait?.(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
      return true;
    };
  const octokit = new DockhandOctokit({
    baseUrl: apiUrl,
    ...(options.token ? { auth: options.token } : {}),
    userAgent: "dockhand",
    // Octokit logs warnings (deprecations, rate limits) to the console by default; dockhand reports them itself.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
    retry: { retries: 2 },
  });
  const rate: RateLimitState = { requests: 0, notModified: 0 };
  const record = (headers: Record<string, unknown> | undefined) => {
    rate.requests++;
    const remaining = headerNumber(headers, "x-ratelimit-remaining");
    if (remaining === undefined) return;
    rate.remaining = remaining;
    const limit = headerNumber(headers, "x-ratelimit-limit");
    const reset = headerNumber(headers, "x-ratelimit-reset");
    if (limit !== undefined) rate.limit = limit;
    if (reset !== undefined) rate.reset = reset;
  };
  octokit.hook.after("request", (response) => record(response.headers as Record<string, unknown>));
  octokit.hook.error("request", (error) => {
    record((error as { response?: { headers?: Record<string, unknown> } }).response?.headers);
    throw error;
  });
  if (options.conditionalCache) {
    useConditionalRequests(octokit, options.conditionalCache, () => rate.notModified++);
  }
  return { octokit, apiUrl, authenticated: Boolean(options.token), rate };
}
