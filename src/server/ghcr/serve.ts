/**
 * Running the emulator from the command line (`dockhand serve --emulate github --world FILE --addr HOST:PORT`):
 * start it, say where the REST API and the registry are and how to point dockhand and other tools at them.
 */
import { UsageError } from "../../errors.js";
import { type GitHubEmulator, startGitHubEmulator } from "./index.js";
import { sampleWorld } from "./sample-world.js";

/** Options of {@link serveGitHubEmulator}. */
export interface EmulatorServeOptions {
  /** World file (YAML or JSON); the sample world when absent. */
  world?: string;
  /** `HOST:PORT`, `:PORT` or `PORT` (default 127.0.0.1:0, a free port). */
  addr?: string;
  log?: (line: string) => void;
}

/** Parses `HOST:PORT`, `[V6]:PORT`, `:PORT` or `PORT`. */
export function parseAddr(addr: string | undefined): { host: string; port: number } {
  if (!addr) return { host: "127.0.0.1", port: 0 };
  const colon = addr.lastIndexOf(":");
  const hostPart = colon < 0 ? "" : addr.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
  const portPart = colon < 0 ? addr : addr.slice(colon + 1);
  const port = Number(portPart);
  if (!/^\d+$/.test(portPart) || port > 65535) {
    throw new UsageError(`--addr ${addr} is not HOST:PORT`, "e.g. --addr 127.0.0.1:8080 or --addr :8080");
  }
  return { host: hostPart || "127.0.0.1", port };
}

/** What to tell the user (and print with --json). */
export function emulatorSummary(emulator: GitHubEmulator, world: string | undefined) {
  return {
    url: emulator.url,
    apiUrl: emulator.apiUrl,
    registryHost: emulator.registryHost,
    world: world ?? "(sample world)",
    env: {
      GITHUB_API_URL: emulator.apiUrl,
      DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
      DOCKHAND_GITHUB_REGISTRY: emulator.registryHost,
    },
  };
}

/** The summary as lines for a terminal. */
export function formatEmulatorSummary(summary: ReturnType<typeof emulatorSummary>): string {
  return [
    `GitHub emulator on ${summary.url} (world: ${summary.world})`,
    `  REST API  ${summary.apiUrl}`,
    `  registry  ${summary.registryHost}  (/v2/, /token)`,
    "Point dockhand at it:",
    `  export GITHUB_API_URL=${summary.env.GITHUB_API_URL}`,
    `  export DOCKHAND_RESOLVE=${summary.env.DOCKHAND_RESOLVE}`,
    "",
  ].join("\n");
}

/** Starts the emulator for the command line. */
export async function serveGitHubEmulator(options: EmulatorServeOptions): Promise<GitHubEmulator> {
  const { host, port } = parseAddr(options.addr);
  return startGitHubEmulator({
    world: options.world ?? sampleWorld,
    host,
    port,
    ...(options.log ? { log: options.log } : {}),
  });
}
