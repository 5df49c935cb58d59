/**
 * Definitions that more than one image shares. `IMAGE_NAME: ${{ github.repository }}` may feed both
 * `docker.io/${{ env.IMAGE_NAME }}` and `ghcr.io/${{ env.IMAGE_NAME }}`: renaming the GHCR image by editing the
 * definition would move the Docker Hub image too. Such a definition is left alone and each use of it that names the
 * target becomes its own reference, whose edit goes where the names part (`ghcr.io/${{ env.IMAGE_NAME }}-api`).
 */
import { parseReference } from "../reference/index.js";
import { type AssembledReference, matchSegments, type Segment } from "./segments.js";
import type { TextMatch } from "./text-finder.js";

/** Resolved text made of segments, matched as one: a workflow scalar, or a whole script. */
export interface SegmentGroup {
  segments: Segment[];
  /** Origin of the group's own text (see {@link matchSegments}). */
  topOrigin: number;
}

/** A use of a variable in a group: the segments one expansion produced, and where they sit in the resolved text. */
interface UseToken {
  segments: Segment[];
  from: number;
  to: number;
  /** The definitions the expansion reads (`env.IMAGE_NAME@120`). */
  keys: string[];
}

/** What {@link matchGroups} found. */
export interface GroupMatches {
  /** The references of each group, in the order of the groups. */
  references: AssembledReference[][];
  /**
   * Where definitions are written that only other images' names use (`IMG=ghcr.io/acme/app` used only as
   * `$(IMG)-worker`): a plain match of the target there is a prefix of those names, not the target.
   */
  foreign: { start: number; end: number }[];
}

/**
 * Matches each group, then matches again the groups that use a definition which another image's name also uses,
 * with each such use of the target standing alone at the use.
 */
export function matchGroups(groups: SegmentGroup[], find: (text: string) => TextMatch[]): GroupMatches {
  const tokens = groups.map((group) => useTokens(group.segments));
  const matched = groups.map((group) => matchSegments(group.segments, group.topOrigin, find));
  const { others, targets } = otherImages(groups, tokens, matched, find);
  const foreign = [...others.keys()]
    .filter((key) => !targets.has(key))
    .map((key) => definitionRange(tokens.flat(), key))
    .filter((range) => range !== undefined);
  if (others.size === 0) return { references: matched, foreign };
  const references = groups.map((group, index) => {
    const segments = splitShared(group, tokens[index] ?? [], matched[index] ?? [], others);
    return segments ? matchSegments(segments, group.topOrigin, find) : (matched[index] ?? []);
  });
  return { references, foreign };
}

/** The source range of a definition's value, from the segments that uses of it produced. */
function definitionRange(tokens: UseToken[], key: string): { start: number; end: number } | undefined {
  return rangeOf(tokens.flatMap((token) => token.segments).filter((segment) => keyOf(segment) === key));
}

/** The source range the segments cover. */
function rangeOf(segments: Segment[]): { start: number; end: number } | undefined {
  if (segments.length === 0) return undefined;
  return {
    start: Math.min(...segments.map((segment) => segment.start)),
    end: Math.max(...segments.map((segment) => segment.end)),
  };
}

/** The expansions of a group: runs of segments that one use produced (same source token). */
function useTokens(segments: Segment[]): UseToken[] {
  const tokens: UseToken[] = [];
  let from = 0;
  let current: UseToken | undefined;
  for (const segment of segments) {
    const to = from + segment.text.length;
    const fromDefinition = segment.definedBy !== undefined;
    const last = current?.segments[current.segments.length - 1];
    if (fromDefinition && current && last?.topStart === segment.topStart && last.topEnd === segment.topEnd) {
      current.segments.push(segment);
      current.to = to;
      current.keys.push(keyOf(segment));
    } else if (fromDefinition) {
      current = { segments: [segment], from, to, keys: [keyOf(segment)] };
      tokens.push(current);
    } else {
      current = undefined;
    }
    from = to;
  }
  return tokens;
}

function keyOf(segment: Segment): string {
  return `${segment.definedBy}@${segment.origin}`;
}

/**
 * Definitions used in the name of another image, with those names: a use that no match of the target covers and
 * whose surrounding word reads as an image reference longer than the expansion itself (`docker.io/owner/app`,
 * `owner/app:latest`). A use on its own (`registry: ${{ env.REGISTRY }}`, `echo $IMAGE`) names no other image.
 */
function otherImages(
  groups: SegmentGroup[],
  tokens: UseToken[][],
  matched: AssembledReference[][],
  find: (text: string) => TextMatch[],
): { others: Map<string, string[]>; targets: Set<string> } {
  const others = new Map<string, string[]>();
  const targets = new Set<string>();
  groups.forEach((group, index) => {
    const resolved = group.segments.map((segment) => segment.text).join("");
    for (const token of tokens[index] ?? []) {
      const covered = (matched[index] ?? []).some(({ match }) => match.start < token.to && match.end > token.from);
      if (covered) {
        for (const key of token.keys) targets.add(key);
        continue;
      }
      const word = wordAround(resolved, token.from, token.to);
      if (word.length <= token.to - token.from || !namesImage(word) || find(word).length > 0) continue;
      for (const key of token.keys) others.set(key, [...new Set([...(others.get(key) ?? []), word])]);
    }
  });
  return { others, targets };
}

/** The run of characters around [from, to) that a reference can be spelled with. */
function wordAround(text: string, from: number, to: number): string {
  const inWord = (char: string | undefined) => char !== undefined && /[\w.:/@-]/.test(char);
  let start = from;
  let end = to;
  while (start > 0 && inWord(text[start - 1])) start--;
  while (end < text.length && inWord(text[end])) end++;
  return text.slice(start, end).replace(/[.:]+$/, "");
}

function namesImage(text: string): boolean {
  if (!text.includes("/")) return false;
  try {
    parseReference(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The group's segments with each use of a shared definition that a match of the target covers whole replaced by one
 * expansion at the use; undefined when nothing changes.
 */
function splitShared(
  group: SegmentGroup,
  tokens: UseToken[],
  matched: AssembledReference[],
  others: Map<string, string[]>,
): Segment[] | undefined {
  const split = tokens.filter(
    (token) =>
      token.keys.some((key) => others.has(key)) &&
      matched.some(({ match }) => match.start <= token.from && token.to <= match.nameEnd),
  );
  if (split.length === 0) return undefined;
  // Each split use becomes one expansion at its first segment; the use's other segments go.
  const replacements = new Map<Segment, Segment>();
  const dropped = new Set<Segment>();
  for (const token of split) {
    const [first, ...rest] = token.segments;
    const range = rangeOf(token.segments.filter((segment) => others.has(keyOf(segment))));
    if (!first || !range) continue;
    const shared = token.keys.filter((key) => others.has(key));
    const definition = shared[0]?.replace(/@-?\d+$/, "") ?? "";
    replacements.set(first, {
      text: token.segments.map((part) => part.text).join(""),
      start: first.topStart,
      end: first.topEnd,
      literal: false,
      expression: definition,
      split: { definition, sharedWith: shared.flatMap((key) => others.get(key) ?? []), ...range },
      origin: group.topOrigin,
      topStart: first.topStart,
      topEnd: first.topEnd,
    });
    for (const segment of rest) dropped.add(segment);
  }
  return group.segments
    .filter((segment) => !dropped.has(segment))
    .map((segment) => replacements.get(segment) ?? segment);
}
