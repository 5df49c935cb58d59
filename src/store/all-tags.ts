/** Every tag of a repository, following the store's pages: the one paging loop every feature uses. */
import { isNotFound } from "../errors.js";
import type { ImageStore } from "./types.js";

/**
 * Lists every tag of `repository`. A repository the store does not know has no tags when `missing` is `"empty"`
 * (the default); with `"throw"` its NAME_UNKNOWN error goes to the caller. A registry that links a page back to
 * itself ends the listing instead of looping.
 */
export async function allTags(
  store: ImageStore,
  repository: string,
  options: { missing?: "empty" | "throw" } = {},
): Promise<string[]> {
  const tags: string[] = [];
  let last: string | undefined;
  for (;;) {
    let page: Awaited<ReturnType<ImageStore["listTags"]>>;
    try {
      page = await store.listTags(repository, last === undefined ? {} : { last });
    } catch (error) {
      if (options.missing !== "throw" && isNotFound(error)) return tags;
      throw error;
    }
    tags.push(...page.tags);
    if (!page.next || page.next === last || page.tags.length === 0) return tags;
    last = page.next;
  }
}
