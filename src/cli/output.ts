/**
 * Output for every command: human text on stdout, `--json` as one JSON document, errors on stderr.
 * Commands return an exit code instead of calling process.exit, so they can be tested in-process.
 */
import pc from "picocolors";
import { DockhandError, type ExitCode } from "../errors.js";

/** Where a command writes; tests pass buffers, the CLI passes the process streams. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colour). */
  tty: boolean;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  tty: Boolean(process.stdout.isTTY),
};

/**
 * A closed stdout or stderr (`dockhand inspect REF | head -1`) ends the CLI quietly with exit 0, as Unix tools
 * do, instead of an EPIPE stack trace. Installed by `main` for the process's own streams only.
 */
export function endQuietlyOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
}

/** Prints a value as pretty JSON followed by a newline. */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Formats rows as an aligned text table with a header. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/**
 * Reports an error and returns its exit code. DockhandErrors print their message and hint; anything else is a
 * bug and prints its stack. With `json` the error is printed to stdout as `{ error: {...} }`.
 */
export function reportError(io: Io, error: unknown, json = false): ExitCode {
  if (error instanceof DockhandError) {
    if (json) {
      io.out(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
    } else {
      io.err(`${pc.red("error:")} ${error.message}\n`);
      if (error.hint) io.err(`${pc.dim("hint:")} ${error.hint}\n`);
    }
    return error.exit;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`${pc.red("internal error:")} ${text}\n`);
  return 1;
}
