/**
 * Runs the dockhand CLI in-process for tests: the same `main` the binary calls, with output captured in buffers
 * instead of the process's streams, so a test sees the exit code and both texts.
 */
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/output.js";

/** What one CLI run produced: its exit code and what it wrote to stdout and stderr, without colour codes. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** How to run the CLI. */
export interface RunCliOptions {
  /**
   * The environment the CLI sees. Defaults to an empty one rather than `process.env`, so a developer's or CI's
   * tokens, DOCKHAND_* settings and colour variables cannot change a test's outcome.
   */
  env?: NodeJS.ProcessEnv;
  /** Whether stdout claims to be a terminal (progress, colour). Defaults to false. */
  tty?: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches ANSI colour sequences (ESC [ ... m)
const ANSI = /\x1b\[[0-9;]*m/g;

/** Removes ANSI colour sequences: CI may force colour (FORCE_COLOR), and tests assert on plain text. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/**
 * Runs `dockhand ARGS...` in-process and resolves with its exit code and output (ANSI colour codes stripped).
 * Never rejects for a failing command: errors become an exit code and a message on `err`, as in the binary.
 */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    tty: options.tty ?? false,
  };
  const code = await main(args, io, options.env ?? {});
  return { code, out: stripAnsi(out), err: stripAnsi(err) };
}
