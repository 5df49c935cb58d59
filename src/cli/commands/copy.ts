/**
 * `dockhand copy SRC DST`: copies an image, a multi-platform index (or a platform subset), or every tag of a
 * repository, with referrers, between registries and OCI layout directories. The engine loads only when the
 * command runs, so other commands start fast.
 */
import { setFlagsFromString } from "node:v8";
import type { Command } from "commander";
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions, type RegistryCliOptions, registryClientOptions } from "../registry-options.js";

const examples = `
SRC and DST are registry references (host/repo:tag, host/repo@digest) or OCI layout directories
(oci:DIR, oci:DIR:TAG, oci:DIR@DIGEST). Without a tag in DST the source's tag is used.

How: the target is asked first and an image it already has is skipped (--force walks it anyway); within one
repository only the manifest is sent; within one registry blobs are mounted; blobs seen in other repositories of
the target registry during the run are mounted too; everything else streams with digest verification. Children
go before parents and tags last, so no tag ever points at missing content; a re-run after an interruption moves
only what is missing.

Examples:
  $ dockhand copy ghcr.io/owner/app:1.0 registry.example.com/team/app:1.0
  $ dockhand copy ghcr.io/owner/app ghcr.io/owner/app-api --all-tags --exclude '^pr-'
  $ dockhand copy ghcr.io/owner/app:1.0 localhost:5000/app:1.0 --platform linux/amd64 --platform linux/arm64
  $ dockhand copy ghcr.io/owner/app:1.0 oci:./backup:1.0 --referrers
  $ dockhand copy ghcr.io/owner/app ghcr.io/owner/new --all-tags --dry-run
  $ dockhand copy localhost:5000/app:1.0 localhost:5000/app:stable --json

--json prints one JSON object per line: events (image, blob, manifest, tag, subset, note) and a final summary.

Exit codes: 0 copied, 1 source not found or invalid content, 2 usage, 3 network or registry failure.`;

/** Options of `dockhand copy`. */
export interface CopyCliOptions extends RegistryCliOptions {
  allTags?: boolean;
  include?: string[];
  exclude?: string[];
  platform?: string[];
  referrers?: boolean;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
  concurrency?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Adds the options copy and sync share: what to take and how. */
export function addCopyOptions(command: Command): Command {
  return command
    .option("--platform <os/arch[/variant]>", "only this platform of an index (repeatable; new index digest)", collect)
    .option("--referrers", "also copy referrers (signatures, SBOMs, attestations) and sha256-*.sig/.att/.sbom tags")
    .option("--force", "walk and push images the target already has (repairs partially copied targets)")
    .option("--dry-run", "say what would be copied, mounted and skipped, and how many bytes, without writing")
    .option("--concurrency <n>", "blob transfers at once per registry host", "4")
    .option("--json", "print one JSON event per line and a summary");
}

/** Parses `--concurrency`. */
export async function parseConcurrency(text: string | undefined): Promise<number> {
  const value = Number(text ?? "4");
  if (!Number.isInteger(value) || value < 1 || value > 64) {
    const { UsageError } = await import("../../errors.js");
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, got "${text}"`);
  }
  return value;
}

/** Registers `dockhand copy`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("copy")
    .description("Copy images, multi-platform indexes, all tags and their referrers between registries and layouts")
    .argument("<source>", "registry reference or oci:DIR[:TAG|@DIGEST]")
    .argument("<target>", "registry reference or oci:DIR[:TAG]")
    .option("--all-tags", "copy every tag of the source repository (digest tags travel with --referrers)")
    .option("--include <regex>", "with --all-tags: only tags matching (repeatable)", collect)
    .option("--exclude <regex>", "with --all-tags: not tags matching (repeatable)", collect);
  addRegistryOptions(addCopyOptions(command))
    .addHelpText("after", examples)
    .action(async (source: string, target: string, options: CopyCliOptions) => {
      // No TurboFan: a copy's JavaScript is glue around sockets and hashing, and optimizing it in the background
      // cost ~450 fresh pages (page faults) and CPU on a second core per 256 MiB copy, for no measurable speed.
      setFlagsFromString("--max-opt=2");
      await context.run(options.json, async () => {
        const { UsageError } = await import("../../errors.js");
        if (!options.allTags && (options.include || options.exclude)) {
          throw new UsageError("--include and --exclude select tags of --all-tags", "add --all-tags");
        }
        const concurrency = await parseConcurrency(options.concurrency);
        const { copy, jsonReporter, textReporter, UploadState, uploadStatePath } = await import("../../copy/cli.js");
        const reporter = options.json ? jsonReporter(context.io) : textReporter(context.io);
        const result = await copy(source, target, {
          ...(options.allTags ? { allTags: true } : {}),
          ...(options.include ? { include: options.include } : {}),
          ...(options.exclude ? { exclude: options.exclude } : {}),
          ...(options.platform ? { platforms: options.platform } : {}),
          ...(options.referrers ? { referrers: true } : {}),
          ...(options.force ? { force: true } : {}),
          ...(options.dryRun ? { dryRun: true } : {}),
          concurrency,
          onEvent: reporter.onEvent,
          // Open upload sessions are recorded so a run after a crash resumes them instead of starting over.
          uploads: new UploadState(uploadStatePath(context.env)),
          clientOptions: {
            ...registryClientOptions(options, context.env),
            concurrency: concurrency * 2,
            onWarning: (w) => context.io.err(`warning: ${w.host}: ${w.text}\n`),
          },
        });
        reporter.finish(result.summary);
        return 0 as const;
      });
    });
};
