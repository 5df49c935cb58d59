/**
 * Checks of the names a store is handed: repository paths (the distribution grammar, so no name can escape a
 * storage root), tags, and manifest references (tag or digest).
 */
import { DockhandError } from "../errors.js";
import { parseDigest } from "../oci/digest.js";

const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_REPOSITORY_LENGTH = 255;

/** Throws NAME_INVALID unless `repo` is a repository path: lower-case components joined by `/`, ≤ 255 chars. */
export function checkRepositoryName(repo: string): void {
  const fail = (problem: string): never => {
    throw new DockhandError("NAME_INVALID", `invalid repository name "${repo}": ${problem}`, {
      details: { repository: repo },
      ...(repo !== repo.toLowerCase() ? { hint: `did you mean ${repo.toLowerCase()}?` } : {}),
    });
  };
  if (repo === "") fail("it is empty");
  if (repo.length > MAX_REPOSITORY_LENGTH) fail(`longer than ${MAX_REPOSITORY_LENGTH} characters`);
  for (const component of repo.split("/")) {
    if (!COMPONENT.test(component)) {
      fail(
        component === ""
          ? "empty path component"
          : `"${component}" is not lower-case letters and digits joined by ".", "_", "__" or "-"`,
      );
    }
  }
}

/** Throws TAG_INVALID unless `tag` matches `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
export function checkTag(tag: string): void {
  if (!TAG.test(tag)) {
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
