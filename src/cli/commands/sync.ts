/**
 * `dockhand sync CONFIG [--watch INTERVAL]`: copies every source → target pair of a YAML or JSON file, once or
 * repeatedly (the parallel-run phase of a migration). The engine loads only when the command runs.
 */
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions, type RegistryCliOptions, registryClientOptions } from "../registry-options.js";
import { parseConcurrency } from "./copy.js";

const examples = `
The file (YAML or JSON):

  defaults:                       # optional, for every pair
    referrers: true
    platforms: [linux/amd64, linux/arm64]
  sync:
    - source: ghcr.io/owner/app   # a repository: every tag, filtered
      target: registry.example.com/team/app
      tags:
        include: ['^v\\d']
        exclude: ['-rc']
    - source: ghcr.io/owner/tool:1.2          # one image
      target: oci:./mirror/tool:1.2
      platforms: [linux/amd64]
      force: false

A pair that fails is reported and the others still run. With --watch the passes repeat (the wait counts from the
end of a pass) until interrupted; blobs learned in one pass are mounted in the next.

Examples:
  $ dockhand sync mirror.yaml
  $ dockhand sync mirror.yaml --dry-run
  $ dockhand sync mirror.yaml --watch 5m
  $ dockhand sync mirror.json --json

Exit codes: 0 every pair copied, 1 a source was not found or the file is invalid, 2 usage, 3 network or registry failure.`;

/** Registers `dockhand sync`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("sync")
    .description("Copy the source → target pairs of a YAML/JSON file, once or every INTERVAL")
    .argument("<config>", "YAML or JSON file of source → target pairs")
    .option("--watch <interval>", "repeat every INTERVAL (30s, 5m, 1h) until interrupted")
    .option("--dry-run", "say what would be copied without writing")
    .option("--concurrency <n>", "blob transfers at once per registry host", "4")
    .option("--json", "print one JSON event per line, a result per pair and a summary per pass");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(
      async (
        file: string,
        options: RegistryCliOptions & { watch?: string; dryRun?: boolean; concurrency?: string; json?: boolean },
      ) => {
        await context.run(options.json, async () => {
          const concurrency = await parseConcurrency(options.concurrency);
          const { syncCommand } = await import("../../copy/sync-cli.js");
          return await syncCommand(file, {
            io: context.io,
            json: options.json === true,
            dryRun: options.dryRun === true,
            concurrency,
            ...(options.watch !== undefined ? { watch: options.watch } : {}),
            clientOptions: {
              ...registryClientOptions(options, context.env),
              concurrency: concurrency * 2,
              onWarning: (w) => context.io.err(`warning: ${w.host}: ${w.text}\n`),
            },
          });
        });
      },
    );
};
