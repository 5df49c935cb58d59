/**
 * Concurrency: a per-host limit on requests in flight (the keep-alive connections themselves are http.ts). A slot
 * is held from sending a request (including its body) until the response headers arrive; response bodies do not
 * hold a slot, so piping a blob from a registry into an upload to the same registry cannot deadlock.
 */

/** Pool settings. */
export interface PoolOptions {
  /** Requests in flight per registry host (default 4). */
  concurrency?: number;
  /** Milliseconds to wait for response headers, and between body chunks (default 60 s). */
  timeoutMs?: number;
}

/** A counting semaphore. */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter, so `active` stays counted.
      if (next) next();
      else this.active--;
    };
  }
}

/** Per-host request limits. `acquire(host)` resolves with a release function when a slot is free. */
export class HostLimiter {
  private readonly hosts = new Map<string, Semaphore>();

  constructor(private readonly limit: number = 4) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer`);
  }

  acquire(host: string): Promise<() => void> {
    let semaphore = this.hosts.get(host);
    if (!semaphore) {
      semaphore = new Semaphore(this.limit);
      this.hosts.set(host, semaphore);
    }
    return semaphore.acquire();
  }
}
