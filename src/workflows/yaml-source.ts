import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, Scalar, type YAMLMap } from "yaml";
import type { ScalarStyle, ScalarText, SourceSpan } from "./types.js";

/** Reads positions of YAML nodes of one file. */
export class SourceFile {
  constructor(
    readonly file: string,
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** The span of a node (or of a key), from its first character to the end of its value. */
  span(node: Node | null | undefined, fallback?: SourceSpan): SourceSpan {
    const range = node?.range;
    if (!range) return fallback ?? this.spanAt(0, 0);
    return this.spanAt(range[0], range[1]);
  }

  /** A span for explicit offsets. */
  spanAt(offset: number, endOffset: number): SourceSpan {
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col, offset, endOffset };
  }

  /** A scalar's text with its position; numbers and booleans become their YAML text. */
  scalar(node: unknown): ScalarText | undefined {
    if (!isScalar(node)) return undefined;
    const value = node.value === null || node.value === undefined ? "" : String(node.value);
    const span = this.span(node);
    const style = scalarStyle(node);
    const scalar: ScalarText = { value, span, style };
    if (style === "block-literal" || style === "block-folded")
      scalar.block = this.blockStart(span.offset, span.endOffset);
    const lineOffsets = this.verbatimLines(scalar);
    if (lineOffsets) scalar.lineOffsets = lineOffsets;
    return scalar;
  }

  /** The file offset of each value line, when every line is written verbatim in the file. */
  private verbatimLines(scalar: ScalarText): number[] | undefined {
    const lines = scalar.value.split("\n");
    const at = (offset: number, text: string) => this.text.startsWith(text, offset);
    if (scalar.style === "block-literal" && scalar.block) {
      const { line, indent } = scalar.block;
      const offsets: number[] = [];
      for (const [i, text] of lines.entries()) {
        const start = this.lines.lineStarts[line - 1 + i];
        if (start === undefined) return text === "" ? offsets.concat(this.text.length) : undefined;
        const offset = text === "" ? start : start + indent;
        if (!at(offset, text)) return undefined;
        offsets.push(offset);
      }
      return offsets;
    }
    if (lines.length !== 1) return undefined;
    const offset = scalar.span.offset + (scalar.style === "plain" ? 0 : 1);
    return scalar.style !== "block-folded" && at(offset, scalar.value) ? [offset] : undefined;
  }

  /** Line and indent of the first non-empty content line of a block scalar starting at `offset`. */
  private blockStart(offset: number, end: number): { line: number; indent: number } {
    let i = this.text.indexOf("\n", offset);
    if (i < 0) return { line: this.lines.linePos(offset).line + 1, indent: 0 };
    const firstLineStart = i + 1;
    let indent = 0;
    for (let start = firstLineStart; start < end; ) {
      const lineEnd = this.text.indexOf("\n", start);
      const line = this.text.slice(start, lineEnd < 0 ? undefined : lineEnd);
      if (line.trim() !== "") {
        indent = line.length - line.trimStart().length;
        break;
      }
      if (lineEnd < 0) break;
      start = lineEnd + 1;
    }
    i = firstLineStart;
    return { line: this.lines.linePos(i).line, indent };
  }
}

function scalarStyle(node: Scalar): ScalarStyle {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return "single-quoted";
    case Scalar.QUOTE_DOUBLE:
      return "double-quoted";
    case Scalar.BLOCK_LITERAL:
      return "block-literal";
    case Scalar.BLOCK_FOLDED:
      return "block-folded";
    default:
      return "plain";
  }
}

/**
 * The file position of character `index` of a scalar's value. Exact for single-line scalars and
 * literal blocks (`|`); folded or multi-line flow scalars fall back to the start of their line.
 */
export function positionInScalar(scalar: ScalarText, index: number): { line: number; column: number } {
  const before = scalar.value.slice(0, index);
  const lineNo = before.split("\n").length - 1;
  const col = index - (before.lastIndexOf("\n") + 1);
  if (scalar.style === "block-literal" && scalar.block) {
    return { line: scalar.block.line + lineNo, column: scalar.block.indent + col + 1 };
  }
  if (scalar.style === "block-folded" && scalar.block) {
    return { line: scalar.block.line, column: scalar.block.indent + 1 };
  }
  if (lineNo > 0) return { line: scalar.span.line, column: scalar.span.column };
  const quote = scalar.style === "plain" ? 0 : 1;
  return { line: scalar.span.line, column: scalar.span.column + quote + col };
}

/**
 * A span for `length` characters at `index` of a scalar's value. Offsets are exact when the value is
 * written verbatim (see {@link ScalarText.lineOffsets}) and the range stays on one line; otherwise
 * they cover the whole scalar.
 */
export function spanInScalar(scalar: ScalarText, index: number, length: number): SourceSpan {
  const pos = positionInScalar(scalar, index);
  const before = scalar.value.slice(0, index);
  const lineNo = before.split("\n").length - 1;
  const lineStart = scalar.lineOffsets?.[lineNo];
  const oneLine = !scalar.value.slice(index, index + length).includes("\n");
  if (lineStart === undefined || !oneLine) {
    return {
      file: scalar.span.file,
      line: pos.line,
      column: pos.column,
      offset: scalar.span.offset,
      endOffset: scalar.span.endOffset,
    };
  }
  const offset = lineStart + index - (before.lastIndexOf("\n") + 1);
  return { file: scalar.span.file, line: pos.line, column: pos.column, offset, endOffset: offset + length };
}

/** The pairs of a map node whose keys are scalars, as `[key text, pair]`. */
export function mapEntries(node: unknown): Array<[string, Pair<unknown, unknown>]> {
  if (!isMap(node)) return [];
  const out: Array<[string, Pair<unknown, unknown>]> = [];
  for (const pair of (node as YAMLMap<unknown, unknown>).items) {
    if (isScalar(pair.key)) out.push([String(pair.key.value), pair]);
  }
  return out;
}

/** The value node of `key` in a map node. */
export function mapGet(node: unknown, key: string): unknown {
  for (const [k, pair] of mapEntries(node)) if (k === key) return pair.value;
  return undefined;
}

/** The pair of `key` in a map node. */
export function mapPair(node: unknown, key: string): Pair<unknown, unknown> | undefined {
  for (const [k, pair] of mapEntries(node)) if (k === key) return pair;
  return undefined;
}

/** Items of a sequence node, or the node itself as a one-item list when it is a scalar. */
export function listItems(node: unknown): unknown[] {
  if (isSeq(node)) return node.items;
  if (node === undefined || node === null) return [];
  return [node];
}

/** A plain JS value of a node (for matrix values and similar literal data). */
export function toPlain(node: unknown): unknown {
  if (node && typeof node === "object" && "toJSON" in node && typeof node.toJSON === "function") {
    return node.toJSON();
  }
  return node;
}
