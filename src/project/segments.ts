/**
 * Names assembled from several places: a resolved text made of segments, each mapped back to where it came from
 * (plain text in the file, or the value of an expression or variable). The text finder runs over the resolved
 * text; each match becomes name pieces with source ranges the planner can edit.
 */
import type { TextMatch } from "./text-finder.js";
import type { NamePiece, SharedDefinition } from "./types.js";

/** A run of resolved text and its source. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  literal: boolean;
  expression?: string;
  /** The variable whose definition holds the segment (`env.REGISTRY`, `REGISTRY`); absent for the use's own text. */
  definedBy?: string;
  /** An expansion standing for a definition that other images share (see shared-definitions.ts). */
  split?: SharedDefinition;
  /** Start of the scalar content the segment was read from. */
  origin: number;
  /** Source range of the top-level token that produced the segment (the expression in the use). */
  topStart: number;
  topEnd: number;
}

/** A match in resolved text that needed at least one expansion. */
export interface AssembledReference {
  match: TextMatch;
  /** The name's pieces with their source ranges. */
  pieces: NamePiece[];
  /** Where the finding points: the definition holding the name's last character. */
  location: { start: number; end: number };
  /** The source span of the use (expressions, tag and digest included). */
  use: { start: number; end: number };
  /** True when every piece is plain text in one definition: the text finder already reports it there. */
  plainDefinition: boolean;
}

/**
 * Runs the finder over the resolved text of `segments` and keeps the matches that involve an expansion (a match
 * made of the use's own text alone is found by the plain text search). `topOrigin` is the origin of the use's
 * own text.
 */
export function matchSegments(
  segments: Segment[],
  topOrigin: number,
  find: (text: string) => TextMatch[],
): AssembledReference[] {
  const positions: number[] = [];
  let resolved = "";
  for (const segment of segments) {
    positions.push(resolved.length);
    resolved += segment.text;
  }
  const references: AssembledReference[] = [];
  for (const match of find(resolved)) {
    // A regular-expression spelling is only ever plain text; assembling one from variables is not supported.
    if (match.escape) continue;
    const covering = segments
      .map((segment, index) => ({ segment, from: positions[index] ?? 0 }))
      .filter(({ segment, from }) => from < match.end && from + segment.text.length > match.start);
    const pieces: (NamePiece & { origin: number })[] = [];
    let partialExpansion = false;
    for (const { segment, from } of covering) {
      const clipStart = Math.max(from, match.start);
      const clipEnd = Math.min(from + segment.text.length, match.nameEnd);
      if (clipEnd <= clipStart) continue;
      if (segment.literal) {
        pieces.push({
          text: resolved.slice(clipStart, clipEnd),
          start: segment.start + (clipStart - from),
          end: segment.start + (clipEnd - from),
          literal: true,
          ...(segment.definedBy ? { definedBy: segment.definedBy } : {}),
          origin: segment.origin,
        });
      } else if (clipStart === from && clipEnd === from + segment.text.length) {
        pieces.push({
          text: segment.text,
          start: segment.start,
          end: segment.end,
          literal: false,
          ...(segment.expression ? { expression: segment.expression } : {}),
          ...(segment.definedBy ? { definedBy: segment.definedBy } : {}),
          ...(segment.split ? { split: segment.split } : {}),
          origin: segment.origin,
        });
      } else {
        partialExpansion = true;
      }
    }
    // A name that takes only part of an expression's value cannot be edited without rewriting the expression.
    if (partialExpansion || pieces.length === 0) continue;
    if (plainText(pieces, topOrigin)) continue;
    const primary = pieces[pieces.length - 1];
    if (!primary) continue;
    const own = pieces.filter((piece) => piece.origin === primary.origin);
    references.push({
      match,
      pieces: pieces.map(({ origin: _origin, ...piece }) => piece),
      location: {
        start: Math.min(...own.map((piece) => piece.start ?? 0)),
        end: Math.max(...own.map((piece) => piece.end ?? 0)),
      },
      use: useSpan(covering, match, topOrigin),
      plainDefinition: plainText(pieces, primary.origin),
    });
  }
  return references;
}

/** The source span of a use: expressions whole, the use's own text clipped to the match. */
function useSpan(
  covering: { segment: Segment; from: number }[],
  match: TextMatch,
  useOrigin: number,
): { start: number; end: number } {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const { segment, from } of covering) {
    if (segment.literal && segment.origin === useOrigin && segment.topStart === segment.start) {
      start = Math.min(start, segment.start + Math.max(0, match.start - from));
      end = Math.max(end, segment.start + Math.min(segment.text.length, match.end - from));
    } else {
      start = Math.min(start, segment.topStart);
      end = Math.max(end, segment.topEnd);
    }
  }
  return { start, end };
}

/** True when the pieces are one run of plain text of one origin: what the text finder sees by itself. */
function plainText(pieces: readonly (NamePiece & { origin: number })[], origin: number): boolean {
  return pieces.every(
    (piece, index) =>
      piece.literal && piece.origin === origin && (index === 0 || piece.start === pieces[index - 1]?.end),
  );
}
