/**
 * Repository names and tags in URLs, checked against the reference grammar before they reach a store: a name
 * that passes has only lower-case path components, so it cannot escape a storage root.
 */
import { maxPathLength, pathPattern, tagPattern } from "../reference/grammar.js";

/** True when `name` is a repository path of the distribution grammar (`a/b/c`, at most 255 characters). */
export function isRepositoryName(name: string): boolean {
  return name.length <= maxPathLength && pathPattern.test(name);
}

/** True when `tag` is a valid tag (`[\w][\w.-]{0,127}`). */
export function isTag(tag: string): boolean {
  return tagPattern.test(tag);
}
