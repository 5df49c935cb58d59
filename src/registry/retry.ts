/**
 * When and how long to retry: 408, 429 and 5xx answers and dropped connections are retried with exponential
 * backoff and jitter; a `Retry-After` header (seconds or an HTTP date) replaces the backoff. A server asking for
 * longer than `maxDelayMs` is not waited for: the request fails with the registry's answer.
 */

/** Retry settings. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff delay in ms, doubled on each retry (default 250). */
  baseDelayMs?: number;
  /** Longest single wait in ms, for backoff and for Retry-After (default 30 s). */
  maxDelayMs?: number;
}

import { BODY_TIMEOUT, HEADERS_TIMEOUT } from "./http.js";

/** Network error codes that mean the connection broke and the request may be sent again. */
const RETRYABLE_NETWORK = new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  HEADERS_TIMEOUT,
  BODY_TIMEOUT,
]);

/** True for HTTP statuses worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** True for errors of a broken connection (not for refused connections or unknown hosts: those stay broken). */
export function isRetryableNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && RETRYABLE_NETWORK.has(code)) return true;
    current = current.cause;
  }
  return false;
}

/** Parses `Retry-After` (delta seconds or HTTP date) into milliseconds from `now`; undefined when absent/invalid. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Milliseconds to wait before retry number `attempt` (1-based), or undefined when it should not be retried. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  options: RetryOptions = {},
): number | undefined {
  const retries = options.retries ?? 3;
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 30_000;
  if (attempt > retries) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= max ? retryAfterMs : undefined;
  const backoff = base * 2 ** (attempt - 1);
  // Full jitter in the upper half keeps concurrent clients from retrying in lockstep.
  return Math.min(max, backoff / 2 + Math.random() * (backoff / 2));
}

/** Waits `ms`, or rejects when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
