/**
 * Runs a program as a child process for tests, without blocking the event loop (a registry or emulator the program
 * talks to may run in the test's own process), and collects its exit code and both outputs.
 */
import { spawn } from "node:child_process";

/** What one run produced: the exit code (null when the program could not start or was killed) and both texts. */
export interface ProcessResult {
  code: number | null;
  out: string;
  err: string;
}

/** Where and how to run: `input` is written to stdin, which is then closed. */
export interface RunProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** Runs `command args...`; never rejects: a program that cannot start resolves with code null and the reason on `err`. */
export function runProcess(command: string, args: string[], options: RunProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("error", (error) => resolve({ code: null, out, err: `${err}${error.message}` }));
    child.once("close", (code) => resolve({ code, out, err }));
    child.stdin.end(options.input ?? "");
  });
}
