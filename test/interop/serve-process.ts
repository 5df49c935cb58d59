/**
 * Starts `dockhand serve` as a child process (from source, through tsx) and reads the URL it announces, so tests
 * exercise the command exactly as a user runs it, signals included.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("./dockhand-cli.ts", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));

/** A running `dockhand serve`. */
export interface ServeProcess {
  url: string;
  host: string;
  child: ChildProcess;
  /** Everything printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `dockhand serve --addr 127.0.0.1:0 --json ARGS` and waits for its `listening` event. */
export async function startServeProcess(args: string[] = []): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", entry, "serve", "--addr", "127.0.0.1:0", "--json", ...args],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const listening = await new Promise<{ url: string; host: string }>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      // Only complete lines: a chunk may end mid-line.
      for (const line of out.split("\n").slice(0, -1)) {
        if (!line.startsWith('{"event":"listening"')) continue;
        resolve(JSON.parse(line) as { url: string; host: string });
      }
    });
    child.once("exit", (code) => reject(new Error(`dockhand serve exited (${code}): ${err}${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    ...listening,
    child,
    stdout: () => out,
    stderr: () => err,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return await exited;
    },
  };
}
