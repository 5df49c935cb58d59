/**
 * Line-oriented context for formats the scanner does not parse into a tree: which Dockerfile instruction, shell
 * command, Markdown block or JSON key holds a match, and whether it sits in a comment.
 */
import type { FileFormat } from "./types.js";

const hashCommentFormats = new Set<FileFormat>([
  "dockerfile",
  "shell",
  "makefile",
  "dotenv",
  "terraform",
  "yaml",
  "workflow",
  "ci-yaml",
  "compose",
  "kubernetes",
  "helm-values",
  "helm-template",
  "kustomization",
  "prometheus",
]);

/**
 * True when the match at `column` (0-based in `line`) follows a comment marker on its line: `#` at the start or
 * after a blank outside quotes (and `//` in Terraform). For YAML a match inside a scalar is never a comment; the
 * caller checks that first.
 */
export function inLineComment(format: FileFormat, line: string, column: number): boolean {
  if (!hashCommentFormats.has(format)) return false;
  let quote: string | undefined;
  for (let index = 0; index < column; index++) {
    const char = line[index];
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      // Dockerfiles and YAML use apostrophes in prose comments; quotes count only outside a word.
      if (format !== "shell" && format !== "terraform") continue;
      quote = char;
      continue;
    }
    const atBlank = index === 0 || /\s/.test(line[index - 1] ?? "");
    if (char === "#" && atBlank) return true;
    if (format === "terraform" && char === "/" && line[index + 1] === "/" && atBlank) return true;
  }
  return false;
}

/** Start of the logical line holding an offset: lines ending in a backslash continue onto the next. */
export function logicalLineStart(text: string, offset: number): number {
  let start = text.lastIndexOf("\n", offset - 1) + 1;
  while (start > 0) {
    const previousEnd = start - 1;
    const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
    if (!/\\\s*$/.test(text.slice(previousStart, previousEnd))) break;
    start = previousStart;
  }
  return start;
}

/** The Dockerfile instruction holding an offset (continuation lines joined), with the flag that names an image. */
export function dockerfileContext(text: string, offset: number): string {
  const start = logicalLineStart(text, offset);
  const instruction = /^\s*([A-Za-z]+)/.exec(text.slice(start, offset))?.[1]?.toUpperCase() ?? "";
  const before = text.slice(start, offset);
  if (instruction === "COPY" && /--from=$/.test(before)) return "COPY --from";
  if (instruction === "RUN" && /from=$/.test(before)) return "RUN --mount from";
  if (instruction === "ARG") return "ARG default";
  if (/^\s*#\s*syntax\s*=/.test(before)) return "syntax directive";
  return instruction || "text";
}

/** Stage names declared by `FROM … AS name`, with the offset where each becomes usable (the end of its line). */
export function dockerfileStages(text: string): Map<string, number> {
  const stages = new Map<string, number>();
  for (const match of text.matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*\S+[ \t]+AS[ \t]+(\S+)/gim)) {
    const name = match[1]?.toLowerCase();
    if (name && !stages.has(name)) stages.set(name, match.index + match[0].length);
  }
  return stages;
}

/** The docker command or assignment on the line before a match in a script (`docker pull`, `IMAGE=`). */
export function scriptContext(line: string, column: number): string {
  const before = line.slice(0, column);
  const docker = /\b(docker|podman|nerdctl|crane|skopeo|regctl|oras|helm)(\s+buildx)?\s+([a-z-]+)(\s+create)?/.exec(
    before,
  );
  if (docker) return `${docker[1]}${docker[2] ?? ""} ${docker[3]}${docker[4] ?? ""}`;
  const assignment = /([A-Za-z_][A-Za-z0-9_]*)\s*[:?+]?=\s*["']?[^\s"']*$/.exec(before);
  if (assignment) return `${assignment[1]}=`;
  return "text";
}

let fenceCache: { text: string; fences: number[] } | undefined;

/** Offsets of the fence lines of a Markdown text, computed once per text. */
function fenceOffsets(text: string): number[] {
  if (fenceCache?.text !== text) {
    fenceCache = { text, fences: [...text.matchAll(/^[ \t]*(```|~~~)/gm)].map((match) => match.index) };
  }
  return fenceCache.fences;
}

/** Whether a Markdown match sits in a fenced code block, inline code or prose. */
export function markdownContext(text: string, offset: number, line: string, column: number): string {
  const fences = fenceOffsets(text).filter((fence) => fence < offset).length;
  if (fences % 2 === 1) return "code block";
  const ticks = line.slice(0, column).split("`").length - 1;
  return ticks % 2 === 1 ? "inline code" : "text";
}

/** The key of the JSON string holding a match, read backwards on the same line. */
export function jsonContext(line: string, column: number): string {
  const key = /"([^"]+)"\s*:\s*"(?:[^"\\]|\\.)*$/.exec(line.slice(0, column));
  return key?.[1] ?? "text";
}

/** The assignment holding a match in an `.env` or Terraform file. */
export function assignmentContext(line: string, column: number): string {
  const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(line.slice(0, column));
  return key?.[1] ?? "text";
}
