/**
 * Mapping a name change onto the pieces a name is spelled from. The change is the smallest region where old and
 * new differ; it lands in the pieces it touches: a literal piece is rewritten, text is inserted beside an
 * expansion (`${{ github.repository }}` → `${{ github.repository }}-api`), and an expansion whose own value would
 * change is replaced as a whole (keeping `${{ github.repository_owner }}` when only the name part changes).
 */
import type { NamePiece } from "./types.js";

/** A text splice in one file. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Splices that turn `pieces` (spelling `oldName`) into `newName`, or a reason it cannot be done by editing them. */
export function pieceSplices(pieces: readonly NamePiece[], oldName: string, newName: string): Splice[] | string {
  if (oldName === newName) return [];
  const aligned = pieces.length > 1 ? alignedChange(pieces, oldName, newName) : undefined;
  if (aligned) return aligned;
  const direct = smallestChange(pieces, oldName, newName);
  if (typeof direct !== "string" || !pieces.some((piece) => piece.start === undefined)) return direct;
  return anchoredChange(pieces, newName) ?? direct;
}

/**
 * A change that crosses text no file holds (Helm's joining "/"): keep that text where the new name has it next
 * and change the pieces on either side of it separately (`ghcr.io` + `/` + `owner/app` → `quay.io` + `/` +
 * `other/tool`).
 */
function anchoredChange(pieces: readonly NamePiece[], newName: string): Splice[] | undefined {
  const splices: Splice[] = [];
  let cursor = 0;
  let pending: NamePiece[] = [];
  const flush = (until: number): boolean => {
    const last = pending[pending.length - 1];
    for (const piece of pending) {
      // Several pieces between two anchors: the last one takes the whole new text.
      const next = piece === last ? newName.slice(cursor, until) : "";
      const change = smallestChange([piece], piece.text, next);
      if (typeof change === "string") return false;
      splices.push(...change);
    }
    pending = [];
    return true;
  };
  for (const piece of pieces) {
    if (piece.start !== undefined) {
      pending.push(piece);
      continue;
    }
    const at = newName.indexOf(piece.text, cursor);
    if (at === -1 || !flush(at)) return undefined;
    cursor = at + piece.text.length;
  }
  return flush(newName.length) ? splices : undefined;
}

/**
 * A change made component by component when every piece holds whole path components (or a joining `/`), and the
 * names have as many components: `${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}` from `ghcr.io/acme/app` to
 * `registry.example.com/team/app` sets REGISTRY to the new host and IMAGE_NAME to `team/app`, rather than one
 * region of difference running across both (which would leave REGISTRY empty and drop the `/`).
 */
function alignedChange(pieces: readonly NamePiece[], oldName: string, newName: string): Splice[] | undefined {
  const oldTokens = oldName.split(/(\/)/);
  const newTokens = newName.split(/(\/)/);
  if (oldTokens.length !== newTokens.length) return undefined;
  const starts: number[] = [];
  let offset = 0;
  for (const token of oldTokens) {
    starts.push(offset);
    offset += token.length;
  }
  starts.push(offset);
  const splices: Splice[] = [];
  for (const { piece, at } of positions(pieces)) {
    const first = starts.indexOf(at);
    const last = starts.indexOf(at + piece.text.length);
    if (first < 0 || last <= first) return undefined;
    const text = newTokens.slice(first, last).join("");
    if (text === piece.text) continue;
    const change = smallestChange([piece], piece.text, text);
    if (typeof change === "string") return undefined;
    splices.push(...change);
  }
  return splices;
}

/** The edit of the one region where the old and new names differ. */
function smallestChange(pieces: readonly NamePiece[], oldName: string, newName: string): Splice[] | string {
  if (oldName === newName) return [];
  const prefix = commonPrefix(oldName, newName);
  const suffix = commonSuffix(oldName.slice(prefix), newName.slice(prefix));
  const from = prefix;
  const to = oldName.length - suffix;
  const replacement = newName.slice(prefix, newName.length - suffix);

  const placed = positions(pieces);
  const splices: Splice[] = [];
  if (from === to) {
    const host = insertionHost(placed, from);
    if (!host) return "no piece of the name can take the inserted text";
    const { piece, at } = host;
    if (piece.start === undefined || piece.end === undefined) return "the name's joining text is not in the file";
    if (piece.literal) {
      const offset = piece.start + (from - at);
      return [{ start: offset, end: offset, text: replacement }];
    }
    const after = from !== at;
    // `$IMAGE` + `x` would read `$IMAGEx`: a shell or Make variable takes braces when a name character follows.
    if (after && piece.split && !piece.split.definition.includes(".") && /^\w/.test(replacement)) {
      return [{ start: piece.start, end: piece.end, text: `\${${piece.split.definition}}${replacement}` }];
    }
    return [{ start: after ? piece.end : piece.start, end: after ? piece.end : piece.start, text: replacement }];
  }
  const touched = placed.filter(({ at, piece }) => at < to && at + piece.text.length > from);
  const carrier = [...touched].reverse().find(({ piece }) => piece.start !== undefined);
  for (const { piece, at } of touched) {
    if (piece.start === undefined || piece.end === undefined) return "the change falls on text that is not in the file";
    const localFrom = Math.max(from, at) - at;
    const localTo = Math.min(to, at + piece.text.length) - at;
    const inserted = carrier?.piece === piece ? replacement : "";
    if (piece.literal) {
      splices.push({ start: piece.start + localFrom, end: piece.start + localTo, text: inserted });
    } else {
      const value = piece.text.slice(0, localFrom) + inserted + piece.text.slice(localTo);
      splices.push({ start: piece.start, end: piece.end, text: rewriteExpansion(piece, value) });
    }
  }
  return splices;
}

/** The new source for an expansion whose value changes. */
function rewriteExpansion(piece: NamePiece, value: string): string {
  if (piece.expression === "github.repository") {
    const owner = piece.text.split("/")[0] ?? "";
    if (value.startsWith(`${owner}/`)) return `\${{ github.repository_owner }}${value.slice(owner.length)}`;
  }
  return value;
}

function positions(pieces: readonly NamePiece[]): { piece: NamePiece; at: number }[] {
  let at = 0;
  return pieces.map((piece) => {
    const placed = { piece, at };
    at += piece.text.length;
    return placed;
  });
}

/** The piece that takes text inserted at `offset`: a literal one holding or bordering it, else an expansion beside it. */
function insertionHost(
  placed: { piece: NamePiece; at: number }[],
  offset: number,
): { piece: NamePiece; at: number } | undefined {
  const bordering = placed.filter(({ piece, at }) => at <= offset && offset <= at + piece.text.length);
  const inside = bordering.find(({ piece, at }) => piece.literal && at < offset && offset < at + piece.text.length);
  // Text appended to a name belongs to the piece that ends there (`repository: owner/app` + `-api`).
  const ending = bordering.find(({ piece, at }) => at + piece.text.length === offset && piece.start !== undefined);
  const starting = bordering.find(({ piece, at }) => at === offset && piece.start !== undefined);
  const literalFirst = [
    inside,
    ending?.piece.literal ? ending : undefined,
    starting?.piece.literal ? starting : undefined,
  ];
  return literalFirst.find((candidate) => candidate !== undefined) ?? ending ?? starting;
}

function commonPrefix(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}

function commonSuffix(a: string, b: string): number {
  let index = 0;
  while (index < a.length && index < b.length && a[a.length - 1 - index] === b[b.length - 1 - index]) index++;
  return index;
}
