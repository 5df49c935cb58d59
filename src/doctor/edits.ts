/**
 * Planning workflow edits as exact text changes: insert a key under a job or a step, add a scope to a
 * `permissions:` map, replace a scalar. Pure functions of the file's text and the workflow model's positions;
 * everything outside the change stays byte-identical.
 */
import type { Job, PermissionsSpec, SourceSpan, Step, Workflow } from "../workflows/index.js";
import type { TextChange } from "./types.js";

/** Offset of the start of 1-based `line`. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** Offset just after the end of 1-based `line` (after its newline). */
function lineEnd(text: string, line: number): number {
  const start = lineStart(text, line);
  const next = text.indexOf("\n", start);
  return next < 0 ? text.length : next + 1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function newline(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The indentation of a job's keys: one level under the job key, as the file's job body does it. */
function jobKeyIndent(text: string, job: Job): string {
  const keyLine = text.slice(lineStart(text, job.span.line), lineEnd(text, job.span.line));
  const keyIndent = keyLine.length - keyLine.trimStart().length;
  const lines = text.slice(lineEnd(text, job.span.line)).split("\n");
  for (const l of lines) {
    if (l.trim() === "" || l.trimStart().startsWith("#")) continue;
    const indent = l.length - l.trimStart().length;
    if (indent > keyIndent) return l.slice(0, indent);
    break;
  }
  return " ".repeat(keyIndent + 2);
}

/** The last line of a block that starts at `line` with keys at more than `indent` columns. */
function blockEndLine(text: string, line: number, indent: number): number {
  const lines = text.split("\n");
  let last = line;
  for (let i = line; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || l.trimStart().startsWith("#")) continue;
    if (l.length - l.trimStart().length <= indent) break;
    last = i + 1;
  }
  return last;
}

/** Replaces a span's text. */
export function replaceSpan(span: SourceSpan, text: string): TextChange {
  return { file: span.file, start: span.offset, end: span.endOffset, text, line: span.line };
}

/**
 * Gives a job `packages: write`: sets the scope in the job's `permissions:` map, or (when the job has none) adds a
 * job-level block that keeps what the workflow-level block granted. `read-all`/`write-all` forms are left alone.
 */
export function grantPackagesWrite(text: string, workflow: Workflow, job: Job): TextChange[] {
  const nl = newline(text);
  const spec: PermissionsSpec | undefined = job.permissions;
  if (spec?.kind === "map") return setScope(text, spec, "packages", "write");
  if (spec?.kind === "none" && /^\{\s*\}$/.test(text.slice(spec.span.offset, spec.span.endOffset).trim())) {
    return [replaceSpan(spec.span, "{ packages: write }")];
  }
  if (spec) return [];
  const scopes: Record<string, string> = {};
  const inherited = workflow.permissions;
  if (inherited?.kind === "map") Object.assign(scopes, inherited.scopes);
  else if (inherited === undefined || inherited.kind === "read-all") scopes.contents = "read";
  scopes.packages = "write";
  const indent = jobKeyIndent(text, job);
  const inner = `${indent}${indentUnit(text, job)}`;
  const block =
    `${indent}permissions:${nl}` +
    Object.entries(scopes)
      .map(([scope, level]) => `${inner}${scope}: ${level}${nl}`)
      .join("");
  const at = lineEnd(text, job.span.line);
  return [{ file: job.file, start: at, end: at, text: block, line: job.span.line + 1 }];
}

/** The file's indentation step under a job (difference between job key and its keys). */
function indentUnit(text: string, job: Job): string {
  const keyLine = text.slice(lineStart(text, job.span.line), lineEnd(text, job.span.line));
  const keyIndent = keyLine.length - keyLine.trimStart().length;
  return " ".repeat(Math.max(2, jobKeyIndent(text, job).length - keyIndent));
}

/** Sets one scope in a `permissions:` map written in block style; a flow map gets the scope added inline. */
export function setScope(text: string, spec: PermissionsSpec, scope: string, level: string): TextChange[] {
  const nl = newline(text);
  const existing = spec.scopeSpans[scope];
  if (existing) {
    const lineText = text.slice(lineStart(text, existing.line), lineEnd(text, existing.line));
    const m = new RegExp(`^(\\s*${scope}\\s*:\\s*)(read|write|none)`).exec(lineText);
    if (m?.[1] !== undefined && m[2]) {
      const start = lineStart(text, existing.line) + m[1].length;
      return [{ file: spec.span.file, start, end: start + m[2].length, text: level, line: existing.line }];
    }
    const inline = /(\b\w[\w-]*\s*:\s*)(read|write|none)/g;
    const body = text.slice(existing.offset, spec.span.endOffset);
    const hit = inline.exec(body);
    if (hit?.[1] !== undefined && hit[2]) {
      const start = existing.offset + hit.index + hit[1].length;
      return [{ file: spec.span.file, start, end: start + hit[2].length, text: level, line: existing.line }];
    }
    return [];
  }
  const body = text.slice(spec.span.offset, spec.span.endOffset);
  if (body.trimStart().startsWith("{")) {
    const close = spec.span.offset + body.lastIndexOf("}");
    const before = text.slice(spec.span.offset + 1, close).trim();
    const insert = before === "" ? ` ${scope}: ${level} ` : `, ${scope}: ${level} `;
    const trimmedEnd = close - (text.slice(0, close).length - text.slice(0, close).trimEnd().length);
    return [{ file: spec.span.file, start: trimmedEnd, end: close, text: insert, line: spec.span.line }];
  }
  const first = Object.values(spec.scopeSpans).sort((a, b) => a.offset - b.offset);
  const last = first.at(-1);
  if (!last || !first[0]) return [];
  const indent = text.slice(lineStart(text, first[0].line), first[0].offset);
  const at = lineEnd(text, last.line);
  return [{ file: spec.span.file, start: at, end: at, text: `${indent}${scope}: ${level}${nl}`, line: last.line + 1 }];
}

/**
 * Adds a condition to a step: a new `if:` line when it has none, else the existing condition and the new one
 * joined with `&&`.
 */
export function addStepCondition(text: string, step: Step, condition: string): TextChange[] {
  const nl = newline(text);
  if (step.if) {
    const old = step.if.value.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, "$1");
    return [replaceSpan(step.if.span, `\${{ (${old}) && (${condition}) }}`)];
  }
  const indent = " ".repeat(step.span.column - 1);
  const firstLineEnd = lineEnd(text, step.span.line);
  // `- name: x` puts the first key on the dash line; the new key goes on the next line at the same column.
  return [
    {
      file: step.span.file,
      start: firstLineEnd,
      end: firstLineEnd,
      text: `${indent}if: ${condition}${nl}`,
      line: step.span.line + 1,
    },
  ];
}

/** Sets `strategy.max-parallel` of a job with a matrix (replacing the value, or adding the key). */
export function setMaxParallel(text: string, job: Job, value: number): TextChange[] {
  const nl = newline(text);
  const strategy = job.strategy;
  if (!strategy?.matrix) return [];
  if (strategy.maxParallel) return [replaceSpan(strategy.maxParallel.span, String(value))];
  const matrixLine = strategy.matrix.span.line;
  // The matrix value starts on the line after `matrix:` for a block map, on the same line for a flow value.
  const keyLine = text.slice(lineStart(text, matrixLine), lineEnd(text, matrixLine)).includes("matrix:")
    ? matrixLine
    : matrixLine - 1;
  const keyText = text.slice(lineStart(text, keyLine), lineEnd(text, keyLine));
  const indent = keyText.slice(0, keyText.length - keyText.trimStart().length);
  const at = lineStart(text, keyLine);
  return [{ file: job.file, start: at, end: at, text: `${indent}max-parallel: ${value}${nl}`, line: keyLine }];
}

/** Adds `key: value` to a step's `with:` (creating `with:` when the step has none). */
export function addStepInput(text: string, step: Step, key: string, value: string): TextChange[] {
  const nl = newline(text);
  const indent = " ".repeat(step.span.column - 1);
  const inputs = Object.values(step.with).sort((a, b) => a.span.offset - b.span.offset);
  const first = inputs[0];
  if (first) {
    const line = text.slice(lineStart(text, first.span.line), lineEnd(text, first.span.line));
    const inputIndent = line.slice(0, line.length - line.trimStart().length);
    const at = lineStart(text, first.span.line);
    return [
      { file: step.span.file, start: at, end: at, text: `${inputIndent}${key}: ${value}${nl}`, line: first.span.line },
    ];
  }
  const end = lineEnd(text, blockEndLine(text, step.span.line, step.span.column - 1));
  return [
    {
      file: step.span.file,
      start: end,
      end,
      text: `${indent}with:${nl}${indent}  ${key}: ${value}${nl}`,
      line: lineOf(text, end),
    },
  ];
}

/** Inserts whole steps (given as YAML lines without indentation) before `step`. */
export function insertStepBefore(text: string, step: Step, lines: string[]): TextChange {
  const nl = newline(text);
  const dashColumn = step.span.column - 3;
  const indent = " ".repeat(Math.max(0, dashColumn));
  const at = lineStart(text, step.span.line);
  const body = lines.map((l, i) => `${indent}${i === 0 ? "- " : "  "}${l}${nl}`).join("");
  return { file: step.span.file, start: at, end: at, text: body, line: step.span.line };
}
