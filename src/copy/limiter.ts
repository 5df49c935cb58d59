/**
 * Per-host limits on blob transfers: a transfer holds one slot on its source host and one on its target host
 * (taken in a fixed order, so two transfers in opposite directions cannot wait on each other forever).
 */

/** Default blob transfers in flight per host. */
export const DEFAULT_BLOB_CONCURRENCY = 4;

class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** Limits work per host key (`registry ghcr.io`, `oci:/dir`). */
export class HostSlots {
  private readonly hosts = new Map<string, Slots>();

  constructor(readonly limit: number = DEFAULT_BLOB_CONCURRENCY) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("concurrency must be a positive integer");
  }

  private slots(host: string): Slots {
    let slots = this.hosts.get(host);
    if (!slots) {
      slots = new Slots(this.limit);
      this.hosts.set(host, slots);
    }
    return slots;
  }

  /** Runs `work` holding a slot on every host in `hosts` (deduplicated, acquired in sorted order). */
  async run<T>(hosts: readonly string[], work: () => Promise<T>): Promise<T> {
    const ordered = [...new Set(hosts)].sort();
    const held: Slots[] = [];
    try {
      for (const host of ordered) {
        const slots = this.slots(host);
        await slots.acquire();
        held.push(slots);
      }
      return await work();
    } finally {
      for (const slots of held.reverse()) slots.release();
    }
  }
}
