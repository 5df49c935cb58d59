/**
 * `dockhand gc`: removes blobs no manifest references, stale upload sessions and crash leftovers from an embedded
 * registry's storage directory. Safe while `dockhand serve` runs on it (recent content is never taken).
 */
import { stat } from "node:fs/promises";
import { DockhandError, type ExitCode, UsageError } from "../../errors.js";
import type { GcResult } from "../../store/gc.js";
import type { RegisterCommand } from "../main.js";
import { printJson } from "../output.js";

const examples = `
gc may run while \`dockhand serve\` serves the same directory: content written during the last --grace seconds
(default 300) is kept even when nothing references it yet, so a push in progress never loses its blobs.

Examples:
  $ dockhand gc --storage ./registry-data --dry-run
  $ dockhand gc --storage ./registry-data
  $ dockhand gc --storage /var/lib/dockhand --upload-max-age 6 --json

Exit codes: 0 done, 1 storage missing or manifests that could not be read (listed), 2 usage.`;

interface GcCliOptions {
  storage?: string;
  dryRun?: boolean;
  grace: string;
  uploadMaxAge: string;
  json?: boolean;
}

function nonNegative(value: string, option: string): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`${option} must be a non-negative number, got "${value}"`);
  return Number(value);
}

/** `1.5 MiB`-style sizes for the summary. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The human summary of a gc run. */
export function formatGcResult(result: GcResult): string {
  const verb = result.dryRun ? "would remove" : "removed";
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const lines = [
    `${verb} ${plural(result.blobs.count, "unreferenced blob")} (${formatBytes(result.blobs.bytes)})`,
    `${verb} ${plural(result.uploads.count, "stale upload session")} (${formatBytes(result.uploads.bytes)})`,
    `${verb} ${plural(result.tempFiles.count, "leftover temp file")} (${formatBytes(result.tempFiles.bytes)})`,
  ];
  if (result.links > 0) lines.push(`${verb} ${plural(result.links, "dangling repository link")}`);
  for (const problem of result.problems) lines.push(`warning: ${problem}`);
  return `${lines.join("\n")}\n`;
}

/** Registers `dockhand gc`. */
export const register: RegisterCommand = (program, context) => {
  program
    .command("gc")
    .description("Remove unreferenced blobs and stale uploads from an embedded registry's storage")
    .option("--storage <dir>", "the directory `dockhand serve --storage` uses")
    .option("--dry-run", "report what would be removed, remove nothing")
    .option("--grace <seconds>", "keep unreferenced content younger than this", "300")
    .option(
      "--upload-max-age <hours>",
      "remove upload sessions idle longer than this (those touched in the last 10 minutes always stay)",
      "24",
    )
    .option("--json", "print the result as JSON")
    .addHelpText("after", examples)
    .action(async (options: GcCliOptions) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        if (!options.storage) {
          throw new UsageError(
            "gc needs --storage DIR",
            "an in-memory registry (dockhand serve --memory) frees everything when it stops",
          );
        }
        const minBlobAgeMs = nonNegative(options.grace, "--grace") * 1000;
        const uploadMaxAgeMs = nonNegative(options.uploadMaxAge, "--upload-max-age") * 60 * 60 * 1000;
        const info = await stat(options.storage).catch(() => undefined);
        if (!info?.isDirectory()) {
          throw new DockhandError("STORAGE_MISSING", `no registry storage at ${options.storage}`, {
            hint: "pass the directory given to dockhand serve --storage",
          });
        }
        // The store loads only when gc runs, so the CLI starts fast.
        const { DiskStore } = await import("../../store/disk.js");
        const { collectGarbage } = await import("../../store/gc.js");
        const store = await DiskStore.open(options.storage);
        const result = await collectGarbage(store, {
          minBlobAgeMs,
          uploadMaxAgeMs,
          ...(options.dryRun ? { dryRun: true } : {}),
        });
        if (options.json) printJson(context.io, result);
        else context.io.out(formatGcResult(result));
        return result.problems.length > 0 ? 1 : 0;
      });
    });
};
