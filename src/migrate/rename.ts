/**
 * A project rename as `dockhand rename` and `dockhand migrate` run it: scan the checkout for the old name, plan
 * the reference edits (optionally only in chosen paths), add the login-step rewrite when the registry changes,
 * and describe it all as data for the report.
 */
import { createTwoFilesPatch } from "diff";
import ignore from "ignore";
import {
  applySplices,
  type FilePlan,
  parseRepository,
  planRename,
  type ReferenceKind,
  type RenamePlan,
  type ScanResult,
  scanProject,
  type UnparsedFile,
} from "../project/index.js";
import { type LoginRewrite, planLoginRewrite, type RequiredSecret, secretsFor } from "./login.js";

/** Options of {@link planProjectRename}. */
export interface ProjectRenameOptions {
  /** `owner/name` for `${{ github.repository }}`. */
  githubRepo?: string;
  /** Only files matching one of these gitignore-style globs are edited (a gradual switch). */
  only?: string[];
  includeComments?: boolean;
  env?: Record<string, string | undefined>;
}

/** One edit as `--json` reports it. */
export interface EditRecord {
  file: string;
  line: number;
  column: number;
  kind: ReferenceKind;
  before: string;
  after: string;
}

/** A planned project rename: the files to write, and what to tell the user. */
export interface ProjectRename {
  from: string;
  to: string;
  scan: ScanResult;
  /** Per-file plans, login-step splices merged in; what applyEdits writes. */
  files: FilePlan[];
  edits: EditRecord[];
  /** Files searched as plain text (did not parse) or not searched. */
  unparsed: UnparsedFile[];
  /** Findings left alone, and why (comments, outside `--only`). */
  skipped: RenamePlan["skipped"];
  /** Secrets the new registry's login needs; empty when the registry stays. */
  secrets: RequiredSecret[];
  /** Definition edits that all uses share, login notes, scan warnings. */
  notes: string[];
}

/** dockhand's own files in a checkout (the migration plan names both images): never scanned or edited. */
export const DOCKHAND_FILES = [".dockhand/**"] as const;

/** A file matcher for gitignore-style globs (`k8s/staging/**`, `*.md`). */
export function pathMatcher(globs: readonly string[]): (file: string) => boolean {
  const matcher = ignore().add([...globs]);
  return (file) => matcher.ignores(file);
}

/** Scans `root` for `from` and plans its rename to `to`. Pure apart from the scan's reads. */
export async function planProjectRename(
  root: string,
  from: string,
  to: string,
  options: ProjectRenameOptions = {},
): Promise<ProjectRename> {
  const scan = await scanProject(root, from, {
    exclude: [...DOCKHAND_FILES],
    ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const inScope = options.only && options.only.length > 0 ? pathMatcher(options.only) : undefined;
  const plan = planRename(scan, to, {
    ...(options.includeComments ? { includeComments: true } : {}),
    ...(inScope ? { filter: (finding) => inScope(finding.file) } : {}),
  });
  const fromHost = parseRepository(plan.from, "old repository").domain;
  const toHost = parseRepository(plan.to, "new repository").domain;
  const notes = [...scan.warnings];
  const files = [...plan.files];
  const loginEdits: EditRecord[] = [];
  if (fromHost !== toHost) {
    for (const [file, scanned] of Object.entries(scan.files)) {
      if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) || (inScope && !inScope(file))) continue;
      const existing = files.find((candidate) => candidate.file === file);
      const login = planLoginRewrite(file, scanned.text, fromHost, toHost, existing?.after ?? scanned.text);
      notes.push(...login.notes);
      if (login.splices.length === 0) continue;
      const merged = mergeLogin(existing, file, scanned.hash, scanned.text, login);
      if (existing) files[files.indexOf(existing)] = merged;
      else files.push(merged);
      for (const splice of login.splices) {
        const column = splice.start - scanned.text.lastIndexOf("\n", splice.start - 1);
        const before = scanned.text.slice(splice.start, splice.end).trim();
        loginEdits.push({ file, line: splice.line, column, kind: "ci", before, after: splice.text.trim() });
      }
    }
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  for (const file of files) {
    for (const edit of file.edits) if (edit.note) notes.push(`${file.file}:${edit.line}: ${edit.note}`);
  }
  const edits: EditRecord[] = [
    ...files.flatMap((file) =>
      file.edits.map((edit) => ({
        file: edit.file,
        line: edit.line,
        column: edit.column,
        kind: edit.kind,
        before: edit.before,
        after: edit.after,
      })),
    ),
    ...loginEdits,
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    from: plan.from,
    to: plan.to,
    scan,
    files,
    edits,
    unparsed: scan.unparsed,
    skipped: plan.skipped,
    secrets: loginEdits.length > 0 ? secretsFor(toHost) : [],
    notes,
  };
}

/** Adds login splices to a file's plan (or makes one), recomputing its text and diff. */
function mergeLogin(
  existing: FilePlan | undefined,
  file: string,
  hash: string,
  before: string,
  login: LoginRewrite,
): FilePlan {
  const reference = existing?.edits ?? [];
  for (const splice of login.splices) {
    const clash = reference.find((edit) => edit.start < splice.end && splice.start < edit.end);
    if (clash) {
      return {
        ...(existing ?? { file, hash, edits: [], before, after: before, diff: "" }),
        problem: `the login step at line ${splice.line} overlaps the reference edit at line ${clash.line}`,
      };
    }
  }
  const splices = [...reference, ...login.splices].sort((a, b) => a.start - b.start);
  const after = applySplices(before, splices);
  return {
    file,
    hash,
    edits: reference,
    before,
    after,
    diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 }),
    ...(existing?.problem ? { problem: existing.problem } : {}),
  };
}
