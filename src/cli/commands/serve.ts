/**
 * `dockhand serve`: runs the embedded OCI registry until SIGINT or SIGTERM, printing the URL it serves and one
 * log line per request.
 */
import { type ExitCode, UsageError } from "../../errors.js";
import type { RequestLogEntry } from "../../server/index.js";
import type { RegisterCommand } from "../main.js";
import type { Io } from "../output.js";

const examples = `
The registry binds 127.0.0.1 unless --addr names another address. Without --storage it keeps everything in
memory, lost on exit. Pushes and pulls use plain HTTP: tell clients so (skopeo --dest-tls-verify=false,
docker's "insecure-registries"; 127.0.0.1 and localhost are trusted by docker without it).

Examples:
  $ dockhand serve
  $ dockhand serve --addr 127.0.0.1:5000 --storage ./registry-data
  $ dockhand serve --addr 0.0.0.0:5000 --storage /var/lib/dockhand --htpasswd ./htpasswd
  $ dockhand serve --storage ./registry-data --read-only --json
  $ dockhand serve --emulate github --world ./world.yaml --addr 127.0.0.1:8080   # GitHub REST API + GHCR

Exit codes: 0 stopped by SIGINT/SIGTERM, 1 could not start (address in use, unreadable storage),
2 usage (bad --addr, both --storage and --memory, bad htpasswd file).`;

interface ServeOptions {
  addr: string;
  storage?: string;
  memory?: boolean;
  htpasswd?: string;
  readOnly?: boolean;
  json?: boolean;
  emulate?: string;
  world?: string;
  ui?: boolean;
  bodyTimeout?: string;
}

/** Splits `host:port` (`[v6]:port`, `:port` meaning 127.0.0.1). */
export function parseAddr(addr: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr);
  const port = Number(match?.[3]);
  if (!match || port > 65535) {
    throw new UsageError(`invalid --addr "${addr}": expected HOST:PORT`, "e.g. --addr 127.0.0.1:5000");
  }
  const host = match[1] ?? match[2] ?? "";
  return { host: host === "" ? "127.0.0.1" : host, port };
}

/** One human log line: `GET /v2/ 200 0 B 1.2 ms`. */
export function formatLogLine(entry: RequestLogEntry): string {
  const aborted = entry.completed ? "" : " (client went away)";
  return `${entry.method} ${entry.path} ${entry.status} ${entry.bytes} B ${entry.ms} ms${aborted}`;
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function printEvent(io: Io, json: boolean | undefined, event: Record<string, unknown>, text: string): void {
  io.out(json ? `${JSON.stringify(event)}\n` : `${text}\n`);
}

/**
 * The explorer's routes for `serve --ui`. The registry's store and address are known only once it listens, so the
 * routes are made first and attached to them after.
 */
async function explorerRoutes(readOnly: boolean) {
  const { createExplorerHandler, localSource } = await import("../../explore/index.js");
  let sources: ReadonlyMap<string, import("../../explore/index.js").ExplorerSource> = new Map();
  return {
    routes: createExplorerHandler({ sources: () => sources }),
    attach(store: import("../../store/types.js").ImageStore, host: string) {
      sources = new Map([[host, localSource(store, host, readOnly)]]);
    },
  };
}

/** Registers `dockhand serve`. */
export const register: RegisterCommand = (program, context) => {
  program
    .command("serve")
    .description("Run the embedded OCI registry (Distribution spec v1.1) on disk or in memory")
    .option("--addr <host:port>", "address to listen on", "127.0.0.1:5000")
    .option("--storage <dir>", "keep images in this directory")
    .option("--memory", "keep images in memory (the default; lost on exit)")
    .option("--htpasswd <file>", "require basic auth from this htpasswd file (bcrypt entries)")
    .option("--read-only", "refuse pushes and deletes")
    .option(
      "--body-timeout <seconds>",
      "stop an upload that sends no byte for this long; what arrived is kept and the client can resume (default 60)",
    )
    .option("--ui", "also serve the web explorer at /ui/ (repositories, tags, manifests, layers, clean-up plans)")
    .option("--json", "print events and request log lines as JSON lines")
    .option("--emulate <service>", "emulate a hosted service instead: github (GitHub REST API and GHCR on one port)")
    .option("--world <file>", "with --emulate github: the world file (YAML or JSON; default: a sample world)")
    .addHelpText("after", examples)
    .action(async (options: ServeOptions) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        if (options.storage && options.memory) throw new UsageError("give either --storage DIR or --memory, not both");
        const { host, port } = parseAddr(options.addr);
        const { io } = context;
        // --emulate github: the GitHub/GHCR emulator (src/server/ghcr) instead of the plain registry.
        if (options.emulate !== undefined || options.world !== undefined) {
          if (options.emulate !== "github") throw new UsageError('--emulate takes "github" (and --world needs it)');
          if (options.storage || options.htpasswd || options.readOnly) {
            throw new UsageError(
              "--emulate github keeps images in memory with GitHub's own auth: drop --storage, --htpasswd and --read-only",
            );
          }
          const { emulatorSummary, formatEmulatorSummary, serveGitHubEmulator } = await import(
            "../../server/ghcr/serve.js"
          );
          const emulator = await serveGitHubEmulator({
            world: options.world,
            host,
            port,
            log: (entry) => printEvent(io, options.json, { event: "request", ...entry }, formatLogLine(entry)),
            onInternalError: (error) => {
              io.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
            },
          });
          const summary = emulatorSummary(emulator, options.world);
          printEvent(
            io,
            options.json,
            { event: "listening", host: summary.registryHost, ...summary },
            formatEmulatorSummary(summary).trimEnd(),
          );
          const signal = await waitForSignal();
          await emulator.close();
          printEvent(io, options.json, { event: "stopped", signal }, `stopped (${signal})`);
          return 0;
        }
        const storage = options.storage ?? "memory";
        // The server loads only when it starts, so the other commands start fast.
        const { startRegistry } = await import("../../server/index.js");
        const ui = options.ui ? await explorerRoutes(options.readOnly === true) : undefined;
        const bodyTimeout = options.bodyTimeout === undefined ? undefined : Number(options.bodyTimeout);
        if (bodyTimeout !== undefined && !(bodyTimeout > 0)) {
          throw new UsageError(`--body-timeout "${options.bodyTimeout}" is not a positive number of seconds`);
        }
        const registry = await startRegistry({
          storage,
          host,
          port,
          ...(ui ? { routes: ui.routes } : {}),
          ...(bodyTimeout ? { bodyIdleTimeoutMs: bodyTimeout * 1000 } : {}),
          ...(options.htpasswd ? { htpasswd: options.htpasswd } : {}),
          ...(options.readOnly ? { readOnly: true } : {}),
          log: (entry) => printEvent(io, options.json, { event: "request", ...entry }, formatLogLine(entry)),
          onInternalError: (error) => {
            io.err(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
          },
        });
        ui?.attach(registry.store, registry.host);
        const mode = [storage === "memory" ? "memory" : `storage ${storage}`];
        if (options.readOnly) mode.push("read-only");
        if (options.htpasswd) mode.push("basic auth");
        if (ui) mode.push(`explorer at ${registry.url}/ui/`);
        printEvent(
          io,
          options.json,
          { event: "listening", url: registry.url, host: registry.host, storage, readOnly: options.readOnly === true },
          `dockhand registry serving ${registry.url} (${mode.join(", ")}); Ctrl-C stops it`,
        );
        const signal = await waitForSignal();
        await registry.close();
        printEvent(io, options.json, { event: "stopped", signal }, `stopped (${signal})`);
        return 0;
      });
    });
};
