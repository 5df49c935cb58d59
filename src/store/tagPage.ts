/** Tag-list pagination shared by the stores: lexical order, `n` at a time after `last`. */
import type { TagPage } from "./types.js";

/** One page of `tags` (any order) after `last`, at most `n` long; `next` is set when more remain. */
export function pageTags(tags: Iterable<string>, options: { n?: number; last?: string } = {}): TagPage {
  const { n, last } = options;
  const sorted = [...tags].sort(compareTags);
  const after = last === undefined ? sorted : sorted.filter((tag) => tag > last);
  if (n === undefined || after.length <= n) return { tags: after };
  const page = after.slice(0, Math.max(0, n));
  const next = page.at(-1);
  return next === undefined ? { tags: [] } : { tags: page, next };
}

/** Lexical (code unit) order, as distribution sorts tags. */
function compareTags(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
