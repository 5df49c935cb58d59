/**
 * `sync`: runs every pair of a sync configuration once (a pass), or repeatedly for the parallel-run phase of a
 * migration. A failing pair does not stop the others; the pass reports each pair's result or error. Passes of
 * one watch share the blob-location cache, so later passes mount what earlier ones learned.
 */
import { DockhandError, type ExitCode } from "../errors.js";
import type { RegistryClient } from "../registry/index.js";
import { type CopyByNameResult, copy } from "./by-name.js";
import { CopySession, type SessionOptions } from "./context.js";
import { parseEndpoint } from "./endpoint.js";
import { addSummary, type CopySummary, emptySummary } from "./events.js";
import { BlobLocations } from "./locations.js";
import type { SyncConfig, SyncEntry } from "./sync-config.js";

/** The outcome of one pair in a pass. */
export type SyncPairResult =
  | { source: string; target: string; ok: true; result: CopyByNameResult }
  | { source: string; target: string; ok: false; error: DockhandError | Error };

/** The outcome of a pass. */
export interface SyncPass {
  pairs: SyncPairResult[];
  summary: CopySummary;
  /** 0 when every pair worked, else the highest exit code of the failures. */
  exitCode: ExitCode;
}

/** Options of {@link syncOnce} and {@link syncWatch}. */
export interface SyncOptions extends SessionOptions {
  client: RegistryClient;
  dryRun?: boolean;
}

/** Runs every pair once. */
export async function syncOnce(config: SyncConfig, options: SyncOptions): Promise<SyncPass> {
  const session = new CopySession(options);
  const pairs: SyncPairResult[] = [];
  const summary = emptySummary(options.dryRun === true);
  let exitCode: ExitCode = 0;
  for (const entry of config.sync) {
    try {
      const result = await copy(entry.source, entry.target, copyOptions(config, entry, options, session));
      addSummary(summary, result.summary);
      pairs.push({ source: entry.source, target: entry.target, ok: true, result });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const code = error instanceof DockhandError ? error.exit : 1;
      exitCode = Math.max(exitCode, code) as ExitCode;
      pairs.push({ source: entry.source, target: entry.target, ok: false, error: error as Error });
    }
  }
  return { pairs, summary, exitCode };
}

function copyOptions(config: SyncConfig, entry: SyncEntry, options: SyncOptions, session: CopySession) {
  const source = parseEndpoint(entry.source);
  const allTags = source.tag === undefined && source.digest === undefined;
  const platforms = entry.platforms ?? config.defaults?.platforms;
  const referrers = entry.referrers ?? config.defaults?.referrers;
  const force = entry.force ?? config.defaults?.force;
  return {
    client: options.client,
    session,
    ...(allTags ? { allTags: true } : {}),
    ...(entry.tags?.include ? { include: entry.tags.include } : {}),
    ...(entry.tags?.exclude ? { exclude: entry.tags.exclude } : {}),
    ...(platforms ? { platforms } : {}),
    ...(referrers ? { referrers: true } : {}),
    ...(force ? { force: true } : {}),
    ...(options.dryRun ? { dryRun: true } : {}),
  };
}

/**
 * Runs passes every `intervalMs` until `signal` aborts, calling `onPass` after each; resolves with the last pass.
 * The wait counts from the end of a pass, so slow passes never overlap.
 */
export async function syncWatch(
  config: SyncConfig,
  options: SyncOptions & { intervalMs: number; onPass: (pass: SyncPass, index: number) => void },
): Promise<SyncPass | undefined> {
  const locations = options.locations ?? new BlobLocations();
  let last: SyncPass | undefined;
  for (let index = 0; !options.signal?.aborted; index++) {
    try {
      last = await syncOnce(config, { ...options, locations });
    } catch (error) {
      if (options.signal?.aborted) break;
      throw error;
    }
    options.onPass(last, index);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.intervalMs);
      options.signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  }
  return last;
}
