/** The body of `dockhand rename`, loaded only when the command runs. */
import type { Io } from "../cli/output.js";
import { printJson } from "../cli/output.js";
import { copy } from "../copy/by-name.js";
import { type CopySummary, describeSummary } from "../copy/events.js";
import type { ExitCode } from "../errors.js";
import { applyEdits, scanProject } from "../project/index.js";
import type { RegistryClientOptions } from "../registry/index.js";
import { pushesLeft } from "./pushes-left.js";
import { DOCKHAND_FILES, type ProjectRename, planProjectRename } from "./rename.js";
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
  /** Accept a rename after which a workflow still pushes the old name. */
  allowPartial?: boolean;
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
  if (options.only.length === 0 && rename.files.length > 0) rename.notes.push(...(await namedAlready(options, rename)));
  const problems = rename.files.filter((file) => file.problem);
  // Only a whole-repository rename must leave no push of the old name (a gradual --only switch leaves some by design).
  const after = options.only.length === 0 ? await pushesLeft(options.root, rename) : { left: [], unknown: [] };
  const left = after.left;
  let written: string[] = [];
  // A partial rename is written only when asked for: otherwise CI would push the old name after a "done" rename.
  const partialRefused = left.length > 0 && !options.allowPartial;
  if (options.apply && problems.length === 0 && rename.files.length > 0 && !partialRefused) {
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
      pushes_left: left,
      pushes_unknown: after.unknown,
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
  if (after.unknown.length > 0 && !options.json) {
    options.io.err(
      `\nthese pushes take their name from what the workflow does not say; check they do not push ${rename.from}:\n${after.unknown
        .map((l) => `  ${l.file}:${l.line} ${l.text}${l.from.length > 0 ? ` (from ${l.from.join(", ")})` : ""}\n`)
        .join("")}`,
    );
  }
  if (left.length > 0 && !options.json) {
    options.io.err(
      `\na workflow still pushes ${rename.from} after this rename (a name rename cannot rewrite):\n${left
        .map((l) => `  ${l.file}:${l.line} ${l.text}${l.from.length > 0 ? ` (built from ${l.from.join(", ")})` : ""}\n`)
        .join(
          "",
        )}edit where that name is built${options.allowPartial ? "" : ", or pass --allow-partial to accept a partial rename (nothing was written)"}\n`,
    );
  }
  if (left.length > 0 && !options.allowPartial) return 1;
  if (problems.length > 0) {
    // The plan is printed (with --json, as the one document); the exit code says it cannot be applied.
    if (!options.json)
      options.io.err(`${problems.length} file(s) would not parse after the edit; nothing was written\n`);
    return 1;
  }
  return 0;
}

/**
 * NEW already named in the repository: either a gradual switch already made, or another image that the rename would
 * merge with this one (`app` renamed to an existing `app-api`). Said in the notes; nothing is refused.
 */
async function namedAlready(options: RenameCommandOptions, rename: ProjectRename): Promise<string[]> {
  const scan = await scanProject(options.root, rename.to, {
    exclude: [...DOCKHAND_FILES],
    ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
    env: options.env,
  });
  const places = [
    ...new Set(scan.findings.filter((finding) => !finding.comment).map((finding) => `${finding.file}:${finding.line}`)),
  ];
  if (places.length === 0) return [];
  const shown = places.slice(0, 3);
  const more = places.length > shown.length ? `, and ${places.length - shown.length} more` : "";
  return [
    `${rename.to} is already named in ${places.length} place${places.length === 1 ? "" : "s"} (${shown.join(", ")}${more}): if that is another image, this rename puts two images under one name`,
  ];
}
