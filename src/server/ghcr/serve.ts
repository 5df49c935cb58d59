/**
 * Running the emulator from the command line (`dockhand serve --emulate github --world FILE --addr HOST:PORT`;
 * the serve command parses the address):
 * start it, say where the REST API and the registry are and how to point dockhand and other tools at them.
 */
import { type GitHubEmulator, type GitHubEmulatorOptions, startGitHubEmulator } from "./index.js";
import { sampleWorld } from "./sample-world.js";

/** Options of {@link serveGitHubEmulator}. */
export interface EmulatorServeOptions {
  /** World file (YAML or JSON); the sample world when absent. */
  world?: string | undefined;
  host: string;
  port: number;
  log?: GitHubEmulatorOptions["log"];
  onInternalError?: GitHubEmulatorOptions["onInternalError"];
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
  return startGitHubEmulator({
    world: options.world ?? sampleWorld,
    host: options.host,
    port: options.port,
    ...(options.log ? { log: options.log } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
}
