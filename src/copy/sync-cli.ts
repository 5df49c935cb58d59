/** The body of `dockhand sync`, loaded only when the command runs: passes, their output and the exit code. */
import type { Io } from "../cli/output.js";
import { DockhandError, type ExitCode } from "../errors.js";
import { RegistryClient, type RegistryClientOptions } from "../registry/index.js";
import { describeSummary } from "./events.js";
import { jsonReporter, textReporter } from "./reporter.js";
import { type SyncPass, syncOnce, syncWatch } from "./sync.js";
import { loadSyncConfig, parseInterval } from "./sync-config.js";

/** Settings of {@link syncCommand}. */
export interface SyncCommandOptions {
  io: Io;
  json: boolean;
  dryRun: boolean;
  concurrency: number;
  watch?: string;
  clientOptions: RegistryClientOptions;
  /** Stops a watch (the CLI wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
}

function reportPass(io: Io, json: boolean, pass: SyncPass, index: number): void {
  if (json) {
    for (const pair of pass.pairs) {
      const outcome = pair.ok
        ? { ok: true, summary: pair.result.summary }
        : {
            ok: false,
            error: pair.error instanceof DockhandError ? pair.error.toJSON() : { message: pair.error.message },
          };
      io.out(
        `${JSON.stringify({ type: "pair", pass: index, source: pair.source, target: pair.target, ...outcome })}\n`,
      );
    }
    io.out(`${JSON.stringify({ type: "pass", pass: index, exitCode: pass.exitCode, ...pass.summary })}\n`);
    return;
  }
  for (const pair of pass.pairs) {
    if (pair.ok) io.out(`ok      ${pair.source} → ${pair.target}: ${describeSummary(pair.result.summary)}\n`);
    else io.err(`failed  ${pair.source} → ${pair.target}: ${pair.error.message}\n`);
  }
  const failed = pass.pairs.filter((p) => !p.ok).length;
  io.out(
    `pass ${index + 1}: ${pass.pairs.length - failed} of ${pass.pairs.length} pairs ok; ${describeSummary(pass.summary)}\n`,
  );
}

/** Runs `dockhand sync`; resolves with the exit code. */
export async function syncCommand(file: string, options: SyncCommandOptions): Promise<ExitCode> {
  const config = await loadSyncConfig(file);
  const intervalMs = options.watch === undefined ? undefined : parseInterval(options.watch);
  const client = new RegistryClient(options.clientOptions);
  const reporter = options.json ? jsonReporter(options.io) : textReporter(options.io);
  // Per-image lines only; the pass report carries the totals.
  const onEvent = reporter.onEvent;
  const common = {
    client,
    concurrency: options.concurrency,
    onEvent,
    ...(options.dryRun ? { dryRun: true } : {}),
  };
  try {
    if (intervalMs === undefined) {
      const pass = await syncOnce(config, common);
      reportPass(options.io, options.json, pass, 0);
      return pass.exitCode;
    }
    const controller = new AbortController();
    const stop = () => controller.abort();
    options.signal?.addEventListener("abort", stop, { once: true });
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      const last = await syncWatch(config, {
        ...common,
        intervalMs,
        signal: controller.signal,
        onPass: (pass, index) => reportPass(options.io, options.json, pass, index),
      });
      return last?.exitCode ?? 0;
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
  } finally {
    await client.close();
  }
}
