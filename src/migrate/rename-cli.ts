/** The body of `dockhand rename`, loaded only when the command runs. */
import type { Io } from "../cli/output.js";
import { printJson } from "../cli/output.js";
import { copy } from "../copy/by-name.js";
import { type CopySummary, describeSummary } from "../copy/events.js";
import type { ExitCode } from "../errors.js";
import { applyEdits } from "../project/index.js";
import type { RegistryClientOptions } from "../registry/index.js";
import { planProjectRename } from "./rename.js";
import { renderRename } from "./render.js";

/** Settings of {@link renameCommand}. */
export interface RenameCommandOptions {
  io: Io;
  root: string;
  json: boolean;
  apply: boolean;
  copy: boolean;
  only: string[];
  includeComments: boolean;
  githubRepo?: string;
  env: Record<string, string | undefined>;
  clientOptions: RegistryClientOptions;
}

/** Runs `dockhand rename OLD NEW`; resolves with the exit code. */
export async function renameCommand(from: string, to: string, options: RenameCommandOptions): Promise<ExitCode> {
  const rename = await planProjectRename(options.root, from, to, {
    ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
    only: options.only,
    includeComments: options.includeComments,
    env: options.env,
  });
  const problems = rename.files.filter((file) => file.problem);
  let written: string[] = [];
  if (options.apply && problems.length === 0 && rename.files.length > 0) {
    written = (await applyEdits(options.root, rename)).files;
  }
  let copied: { summary: CopySummary; tags: string[] } | undefined;
  if (options.copy) {
    const result = await copy(rename.from, rename.to, {
      allTags: true,
      referrers: true,
      ...(options.apply ? {} : { dryRun: true }),
      clientOptions: options.clientOptions,
    });
    copied = { summary: result.summary, tags: result.results.map((r) => r.target) };
  }
  if (options.json) {
    printJson(options.io, {
      from: rename.from,
      to: rename.to,
      edits: rename.edits,
      unparsed: rename.unparsed,
      skipped: rename.skipped,
      secrets: rename.secrets,
      notes: rename.notes,
      problems: problems.map((file) => ({ file: file.file, problem: file.problem })),
      applied: written,
      ...(copied ? { copy: copied } : {}),
    });
  } else {
    options.io.out(renderRename(rename));
    if (options.apply) options.io.out(`\nwrote ${written.length} file${written.length === 1 ? "" : "s"}\n`);
    else if (rename.files.length > 0) options.io.out("\nnothing written: run again with --apply to make these edits\n");
    if (copied) {
      options.io.out(
        `copy ${rename.from} → ${rename.to}: ${copied.tags.length} tag${copied.tags.length === 1 ? "" : "s"}; ${describeSummary(copied.summary)}\n`,
      );
    }
  }
  if (problems.length > 0) {
    // The plan is printed (with --json, as the one document); the exit code says it cannot be applied.
    if (!options.json)
      options.io.err(`${problems.length} file(s) would not parse after the edit; nothing was written\n`);
    return 1;
  }
  return 0;
}
