/**
 * Checks of the names a store is handed: repository paths (the distribution grammar, so no name can escape a
 * storage root), tags, and manifest references (tag or digest).
 */
import { DockhandError } from "../errors.js";
import { parseDigest } from "../oci/digest.js";
import { isValidTag, validateRepositoryPath } from "../reference/index.js";

/**
 * Throws NAME_INVALID unless `repo` is a repository path by the distribution grammar (lower-case components
 * joined by `/`, at most 255 characters). The reference module owns the grammar; stores only rename the code to
 * the Distribution spec's.
 */
export function checkRepositoryName(repo: string): void {
  try {
    validateRepositoryPath(repo);
  } catch (error) {
    if (!(error instanceof DockhandError)) throw error;
    throw new DockhandError("NAME_INVALID", `invalid repository name "${repo}": ${error.message}`, {
      details: { repository: repo },
      ...(error.hint ? { hint: error.hint } : {}),
      cause: error,
    });
  }
}

/** Throws TAG_INVALID unless `tag` matches `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
export function checkTag(tag: string): void {
  if (!isValidTag(tag)) {
    throw new DockhandError(
      "TAG_INVALID",
      `invalid tag "${tag}": up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`,
      { details: { tag } },
    );
  }
}

/** A manifest reference: a digest (contains `:`) or a tag. */
export type ManifestReference = { digest: string; tag?: undefined } | { tag: string; digest?: undefined };

/** Splits a tag-or-digest reference, validating it (DIGEST_INVALID / TAG_INVALID). */
export function parseManifestReference(reference: string): ManifestReference {
  if (reference.includes(":")) {
    parseDigest(reference);
    return { digest: reference };
  }
  checkTag(reference);
  return { tag: reference };
}
