/**
 * Writing references back out: the full normalised form, the repository name, and the short form Docker shows.
 */
import { validateDigest } from "./digest.js";
import { dockerHubDomain, formatParts, type ImageReference, officialRepositoryPrefix, validateTag } from "./parse.js";

/** `domain/path[:tag][@digest]`; no implicit `:latest`. */
export function formatReference(ref: ImageReference): string {
  return formatParts(ref);
}

/** `domain/path`, the repository without tag or digest. */
export function repositoryName(ref: ImageReference): string {
  return ref.domain === "" ? ref.path : `${ref.domain}/${ref.path}`;
}

/**
 * Docker's short name (upstream `FamiliarName`): `docker.io/` is dropped, and `library/` too when nothing is
 * nested below it (`docker.io/library/app` → `app`, `docker.io/library/a/b` stays `library/a/b`).
 */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== dockerHubDomain) return repositoryName(ref);
  if (ref.path.startsWith(officialRepositoryPrefix)) {
    const rest = ref.path.slice(officialRepositoryPrefix.length);
    if (!rest.includes("/")) return rest;
  }
  return ref.path;
}

/** {@link familiarName} with the tag and digest: what `docker images` would show. */
export function familiarString(ref: ImageReference): string {
  return `${familiarName(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

/**
 * True when both references name the same repository. Host names are case-insensitive, so domains are compared
 * without case; paths are lower case by the grammar and compared exactly. Tags and digests are ignored.
 */
export function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return a.domain.toLowerCase() === b.domain.toLowerCase() && a.path === b.path;
}

/** The same repository with `tag` (validated); the digest, if any, is kept. */
export function withTag(ref: ImageReference, tag: string): ImageReference {
  validateTag(tag);
  return { ...ref, tag };
}

/** The same repository pinned to `digest` (validated); the tag, if any, is kept. */
export function withDigest(ref: ImageReference, digest: string): ImageReference {
  validateDigest(digest);
  return { ...ref, digest };
}
