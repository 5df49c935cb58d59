/**
 * Turns copy events into output: a JSON object per line (`--json`), a redrawn progress line on a terminal
 * (bytes, blobs, rate), or one line per image otherwise; and the closing summary.
 */
import { type CopyEvent, type CopySummary, describeSummary, formatBytes } from "./events.js";

/** Where the reporter writes. */
export interface ReporterIo {
  out: (text: string) => void;
  tty: boolean;
}

/** A sink for copy events with a closing summary. */
export interface CopyReporter {
  onEvent: (event: CopyEvent) => void;
  /** Prints the summary (and ends the progress line). */
  finish: (summary: CopySummary) => void;
}

function short(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

/** The line printed when an image is done. */
export function imageLine(event: Extract<CopyEvent, { type: "image" }>): string {
  if (event.status === "up-to-date") return `up to date  ${event.source} → ${event.target}  ${short(event.digest)}`;
  if (event.status === "start") return `copying  ${event.source} → ${event.target}`;
  const verb = event.summary.dryRun ? "would copy" : "copied";
  return `${verb}  ${event.source} → ${event.target}  ${short(event.digest)}  (${describeSummary(event.summary)})`;
}

/** A reporter for `--json`: every event except progress, one JSON object per line, then the summary. */
export function jsonReporter(io: ReporterIo): CopyReporter {
  return {
    onEvent: (event) => {
      if (event.type !== "progress") io.out(`${JSON.stringify(event)}\n`);
    },
    finish: (summary) => io.out(`${JSON.stringify({ type: "summary", ...summary })}\n`),
  };
}

/** A reporter for people: a redrawn progress line on a terminal, image lines always. */
export function textReporter(io: ReporterIo, now: () => number = Date.now): CopyReporter {
  const started = now();
  let drawn = false;
  const clear = () => {
    if (drawn) io.out("\r\u001b[2K");
    drawn = false;
  };
  return {
    onEvent: (event) => {
      if (event.type === "progress") {
        if (!io.tty) return;
        const seconds = Math.max((now() - started) / 1000, 0.001);
        const rate = `${formatBytes(event.bytes / seconds)}/s`;
        clear();
        io.out(
          `  ${event.blobs}/${event.totalBlobs} blobs  ${formatBytes(event.bytes)} / ${formatBytes(event.totalBytes)}  ${rate}`,
        );
        drawn = true;
      } else if (event.type === "image" && event.status !== "start") {
        clear();
        io.out(`${imageLine(event)}\n`);
      } else if (event.type === "subset") {
        clear();
        io.out(
          `platform subset ${event.platforms.join(", ")}: new index ${short(event.digest)} (source ${short(event.sourceDigest)})\n`,
        );
      } else if (event.type === "note") {
        clear();
        io.out(`note: ${event.message}\n`);
      }
    },
    finish: (summary) => {
      clear();
      const seconds = (now() - started) / 1000;
      const images = `${summary.images} image${summary.images === 1 ? "" : "s"}${summary.upToDate ? ` (${summary.upToDate} up to date)` : ""}`;
      io.out(`${summary.dryRun ? "dry run: " : ""}${images}: ${describeSummary(summary)}; ${seconds.toFixed(1)} s\n`);
    },
  };
}
