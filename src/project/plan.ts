/**
 * Planning a rename: pure. From the findings of a scan and the new repository name, the exact text splices per
 * file, the files' new text, a unified diff per file, and a check that each edited file still parses.
 */
import { createTwoFilesPatch } from "diff";
import { parseAllDocuments } from "yaml";
import { type ImageReference, repositoryName, sameRepository } from "../reference/index.js";
import { LineIndex } from "./lines.js";
import { pieceSplices } from "./piece-edits.js";
import { parseRepository, rewriteName, spellingsOf } from "./target.js";
import { compileFinder, type TextMatch } from "./text-finder.js";
import type { Finding, ReferenceKind, ScanResult } from "./types.js";

/** One splice of a planned rename, with the reference before and after for the report. */
export interface PlannedEdit {
  file: string;
  /** 1-based position of the splice. */
  line: number;
  column: number;
  start: number;
  end: number;
  /** The text that replaces [start, end). */
  text: string;
  kind: ReferenceKind;
  context: string;
  /** The reference as it reads before and after (name, tag and digest; resolved for expressions). */
  before: string;
  after: string;
  /** Set when the splice changes a variable's definition away from the finding: every use of it changes too. */
  note?: string;
}

/** A finding the plan leaves alone, and why. */
export interface SkippedFinding {
  file: string;
  line: number;
  column: number;
  text: string;
  reason: string;
}

/** The planned change to one file. */
export interface FilePlan {
  file: string;
  /** sha256 of the file as scanned: applyEdits refuses to write over anything else. */
  hash: string;
  edits: PlannedEdit[];
  before: string;
  after: string;
  /** Unified diff, `a/FILE` → `b/FILE`. */
  diff: string;
  /** Set when the edited file no longer parses as its format: the plan must not be applied as is. */
  problem?: string;
}

/** A planned rename. */
export interface RenamePlan {
  from: string;
  to: string;
  files: FilePlan[];
  skipped: SkippedFinding[];
}

/** Options of {@link planRename}. */
export interface RenameOptions {
  /** Also rewrite references in comments (default: report them only). */
  includeComments?: boolean;
  /** Only findings this accepts are planned (a gradual switch: `finding => finding.file.startsWith("k8s/")`). */
  filter?: (finding: Finding) => boolean;
}

const yamlFormats = new Set([
  "workflow",
  "ci-yaml",
  "compose",
  "kubernetes",
  "helm-values",
  "kustomization",
  "prometheus",
  "yaml",
]);

/**
 * Plans the text edits that rename the scanned repository to `newRepository`. Each splice touches only the
 * part of a name that changes; tags, digests, quoting, comments and every other byte stay as they were. Running
 * a scan for the old name after applying finds nothing left to change (comments aside).
 */
export function planRename(
  scan: Pick<ScanResult, "target" | "findings" | "files">,
  newRepository: string,
  options: RenameOptions = {},
): RenamePlan {
  const from = parseRepository(scan.target, "scanned repository");
  const to = parseRepository(newRepository, "new repository");
  const skipped: SkippedFinding[] = [];
  const editsByFile = new Map<string, PlannedEdit[]>();
  const editedFindings = new Map<string, Finding[]>();
  const lineIndexes = new Map<string, LineIndex>();
  for (const finding of scan.findings) {
    const skip = (reason: string) =>
      skipped.push({ file: finding.file, line: finding.line, column: finding.column, text: finding.text, reason });
    if (options.filter && !options.filter(finding)) continue;
    if (finding.comment && !options.includeComments) {
      skip("in a comment");
      continue;
    }
    const file = scan.files[finding.file];
    if (!file) {
      skip("the file's scanned text is missing");
      continue;
    }
    const newName = rewriteName(finding.name, from, to);
    const splices = finding.escape
      ? escapedSplice(finding, newName)
      : pieceSplices(finding.pieces, finding.name, newName);
    if (typeof splices === "string") {
      skip(splices);
      continue;
    }
    const lines = lineIndexes.get(finding.file) ?? new LineIndex(file.text);
    lineIndexes.set(finding.file, lines);
    const edits = editsByFile.get(finding.file) ?? [];
    for (const splice of splices) {
      // The note belongs to the splice made beside a shared definition's use, not to others of the same name.
      const split = finding.pieces.find(
        (piece) =>
          piece.split &&
          piece.start !== undefined &&
          piece.end !== undefined &&
          splice.start >= piece.start &&
          splice.start <= piece.end,
      )?.split;
      const shared = split ? undefined : sharedDefinition(finding, splice);
      edits.push({
        file: finding.file,
        ...lines.position(splice.start),
        ...splice,
        kind: finding.kind,
        context: finding.context,
        before: describe(finding, finding.name),
        after: describe(finding, newName),
        ...(split
          ? {
              note: `${split.definition} also names ${split.sharedWith.join(", ")}: edited at this use, not where it is defined`,
            }
          : shared
            ? { note: `changes the definition of ${shared}, which all its uses share` }
            : finding.irregular
              ? { note: `renamed the name in ${finding.text} (${finding.irregular}, not a valid reference)` }
              : {}),
      });
    }
    editsByFile.set(finding.file, edits);
    if (splices.length > 0) editedFindings.set(finding.file, [...(editedFindings.get(finding.file) ?? []), finding]);
  }

  const findNew = compileFinder(spellingsOf(to));
  const files: FilePlan[] = [];
  for (const [file, edits] of [...editsByFile].sort(([a], [b]) => a.localeCompare(b))) {
    const scanned = scan.files[file];
    if (!scanned) continue;
    const unique = dedupe(edits, skipped);
    if (unique.length === 0) continue;
    const after = applySplices(scanned.text, unique);
    const format = scan.findings.find((finding) => finding.file === file)?.format ?? "text";
    const edited = editedFindings.get(file) ?? [];
    const problem = parseProblem(format, scanned.text, after) ?? refindProblem(edited, unique, after, findNew, to);
    files.push({
      file,
      hash: scanned.hash,
      edits: unique,
      before: scanned.text,
      after,
      diff: createTwoFilesPatch(`a/${file}`, `b/${file}`, scanned.text, after, undefined, undefined, { context: 3 }),
      ...(problem ? { problem } : {}),
    });
  }
  return { from: repositoryName(from), to: repositoryName(to), files, skipped };
}

/** A regular-expression spelling (`ghcr\.io/owner/app`) is rewritten whole, with its dots escaped the same way. */
function escapedSplice(finding: Finding, newName: string): { start: number; end: number; text: string }[] | string {
  const piece = finding.pieces[0];
  if (!piece || piece.start === undefined || piece.end === undefined) return "the escaped name has no source range";
  return [{ start: piece.start, end: piece.end, text: newName.replaceAll(".", `${finding.escape}.`) }];
}

/** The variable a splice edits when that definition lies outside the finding's own range (a shared REGISTRY). */
function sharedDefinition(finding: Finding, splice: { start: number; end: number }): string | undefined {
  if (splice.start >= finding.start && splice.end <= finding.end) return undefined;
  const piece = finding.pieces.find(
    (candidate) =>
      candidate.start !== undefined &&
      candidate.end !== undefined &&
      splice.start >= candidate.start &&
      splice.end <= candidate.end,
  );
  return piece?.definedBy;
}

function describe(finding: Finding, name: string): string {
  return `${name}${finding.tag !== undefined ? `:${finding.tag}` : ""}${finding.digest !== undefined ? `@${finding.digest}` : ""}`;
}

/** Drops repeated splices (one definition reached from several uses); overlapping different splices are refused. */
function dedupe(edits: PlannedEdit[], skipped: SkippedFinding[]): PlannedEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: PlannedEdit[] = [];
  for (const edit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && previous.start === edit.start && previous.end === edit.end && previous.text === edit.text) continue;
    if (previous && (edit.start < previous.end || (edit.start === previous.start && edit.start === edit.end))) {
      skipped.push({
        file: edit.file,
        line: edit.line,
        column: edit.column,
        text: edit.before,
        reason: "overlaps another edit of the same text",
      });
      continue;
    }
    kept.push(edit);
  }
  return kept;
}

/** Applies non-overlapping splices, sorted by start. */
export function applySplices(text: string, splices: readonly { start: number; end: number; text: string }[]): string {
  let result = "";
  let last = 0;
  for (const splice of splices) {
    result += text.slice(last, splice.start) + splice.text;
    last = splice.end;
  }
  return result + text.slice(last);
}

/**
 * Looks for the new name where each plainly written old one was (as Renovate re-extracts after an update): the
 * text finder must see the new name there, with the same boundaries, or the edit did not do what it meant to.
 */
function refindProblem(
  findings: readonly Finding[],
  edits: readonly PlannedEdit[],
  after: string,
  find: (text: string) => TextMatch[],
  to: ImageReference,
): string | undefined {
  const found = find(after);
  for (const finding of findings) {
    // Names assembled from expressions or split fields are checked by re-parsing, not here.
    const [piece, ...more] = finding.pieces;
    if (!piece || more.length > 0 || (!piece.literal && !finding.escape)) continue;
    let start = finding.start;
    for (const edit of edits) {
      if (edit.end <= finding.start && edit.start < finding.start) start += edit.text.length - (edit.end - edit.start);
    }
    const match = found.find((candidate) => candidate.start === start);
    const name = match ? parseRepository(match.name, "edited name") : undefined;
    if (!name || !sameRepository(name, to)) {
      return `after the edit, line ${finding.line} column ${finding.column} does not read as ${repositoryName(to)}`;
    }
  }
  return undefined;
}

/** Re-parses an edited YAML or JSON file; a file that parsed before must still parse after. */
function parseProblem(format: string, before: string, after: string): string | undefined {
  if (yamlFormats.has(format)) {
    const errorsBefore = parseAllDocuments(before).flatMap((document) => document.errors).length;
    const errorsAfter = parseAllDocuments(after).flatMap((document) => document.errors);
    if (errorsBefore === 0 && errorsAfter.length > 0)
      return `the edited YAML does not parse: ${errorsAfter[0]?.message}`;
  }
  if (format === "json" || format === "grafana") {
    try {
      JSON.parse(before);
    } catch {
      return undefined;
    }
    try {
      JSON.parse(after);
    } catch (error) {
      return `the edited JSON does not parse: ${(error as Error).message}`;
    }
  }
  return undefined;
}
