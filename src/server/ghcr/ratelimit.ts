/**
 * GitHub's primary REST rate limit: a budget per token (or per address for anonymous calls) per hour, reported
 * in x-ratelimit-* headers on every response and enforced with GitHub's 403 answer.
 */
import { ApiError } from "./state.js";

interface Window {
  used: number;
  resetSec: number;
}

/** Rate-limit bookkeeping. */
export class RateLimiter {
  readonly #windows = new Map<string, Window>();

  constructor(
    readonly authenticatedLimit: number,
    readonly now: () => Date,
  ) {}

  /** Counts one request for `key`; throws GitHub's rate-limit 403 when the budget is spent. Returns the headers. */
  take(key: string, anonymous: boolean, label: string): Record<string, string> {
    const limit = anonymous ? 60 : this.authenticatedLimit;
    const nowSec = Math.floor(this.now().getTime() / 1000);
    let window = this.#windows.get(key);
    if (!window || window.resetSec <= nowSec) {
      window = { used: 0, resetSec: nowSec + 3600 };
      this.#windows.set(key, window);
    }
    const exhausted = window.used >= limit;
    if (!exhausted) window.used++;
    const headers = {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(limit - window.used),
      "x-ratelimit-reset": String(window.resetSec),
      "x-ratelimit-used": String(window.used),
      "x-ratelimit-resource": "core",
    };
    if (exhausted) {
      const message = anonymous
        ? `API rate limit exceeded for ${label}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`
        : `API rate limit exceeded for ${label}.`;
      throw Object.assign(
        new ApiError(403, message, "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"),
        { headers },
      );
    }
    return headers;
  }

  /** Gives back one request of `key`'s window (a 304 to a conditional request is free); returns the new headers. */
  refund(key: string, anonymous: boolean): Record<string, string> {
    const window = this.#windows.get(key);
    if (window && window.used > 0) window.used--;
    const { limit, used, remaining, reset } = this.peek(key, anonymous);
    return {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-remaining": String(remaining),
      "x-ratelimit-reset": String(reset),
      "x-ratelimit-used": String(used),
      "x-ratelimit-resource": "core",
    };
  }

  /** The current window of a key without counting (GET /rate_limit). */
  peek(key: string, anonymous: boolean): { limit: number; used: number; remaining: number; reset: number } {
    const limit = anonymous ? 60 : this.authenticatedLimit;
    const nowSec = Math.floor(this.now().getTime() / 1000);
    const window = this.#windows.get(key);
    const used = window && window.resetSec > nowSec ? window.used : 0;
    return {
      limit,
      used,
      remaining: limit - used,
      reset: window && window.resetSec > nowSec ? window.resetSec : nowSec + 3600,
    };
  }
}
