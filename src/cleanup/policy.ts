/**
 * Retention policies: what a clean-up selects and what it keeps. Tag patterns are globs (`*`, `?`) matched
 * against the whole tag, or regular expressions written `/…/` (flags after the closing slash) tested anywhere
 * in the tag. Durations are written `30d`, `12h`, `2w`, `1w3d`, `90m`, `45s`.
 */
import { UsageError } from "../errors.js";

/** A retention policy for one repository. */
export interface CleanupPolicy {
  /** Tagged images: keep the N newest of those the tag rules select (selects every tagged image without `include`). */
  keepTagged?: number;
  /** Untagged images: keep the N newest, delete the rest (selects untagged images). */
  keepUntagged?: number;
  /** Delete untagged images (top-level ones: never a child of an index or a signature of a kept image). */
  untagged?: boolean;
  /** Only images older than this many milliseconds go; younger ones are kept. */
  olderThanMs?: number;
  /** Tagged images are selected when every tag matches one of these patterns. */
  include?: string[];
  /** An image with any tag matching one of these patterns is kept. */
  exclude?: string[];
  /** Keep the newest release (semver tag, prereleases aside) of every major or every minor version. */
  keepSemver?: "major" | "minor";
  /** Tags and digests still referenced somewhere (`--keep-used-by`): images carrying them are kept. */
  keepUsed?: { tags: string[]; digests: string[] };
  /**
   * Delete broken images, as ghcr-cleanup-action's delete-ghost-images, delete-partial-images and
   * delete-orphaned-images do: an index whose platform manifests are all gone (ghost), some gone (partial), a
   * signature or other referrer whose subject is gone (orphaned). Whatever their tags.
   */
  repair?: { ghost?: boolean; partial?: boolean; orphaned?: boolean };
  /**
   * Untag instead of keeping whole: an image some (not all) of whose tags match `include`, which the rules would
   * delete if every tag matched, loses the matching tags and stays with the others (ghcr-cleanup-action's
   * delete-tags behaviour). So does a selected image a kept image still needs (a platform manifest with its own tag).
   */
  untag?: boolean;
}

/** A compiled tag pattern. */
export interface TagPattern {
  source: string;
  test: (tag: string) => boolean;
}

const UNITS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

/** Parses `30d`, `12h`, `1w3d`, `1y` into milliseconds; `what` names the option in the error. */
export function parseDuration(text: string, what = "duration"): number {
  const trimmed = text.trim();
  const parts = [...trimmed.matchAll(/(\d+)\s*([smhdwy])/g)];
  const joined = parts.map((p) => p[0]).join("");
  if (parts.length === 0 || joined.replace(/\s/g, "") !== trimmed.replace(/\s/g, "")) {
    throw new UsageError(
      `${what}: "${text}" is not a duration`,
      "write a number and a unit: 45s, 90m, 12h, 30d, 2w, 1y (combinable: 1w3d)",
    );
  }
  return parts.reduce((total, p) => total + Number(p[1]) * (UNITS[p[2] as string] ?? 0), 0);
}

/** Compiles a glob (`pr-*`, `v1.?`) or a `/regex/flags` into a tag test; `what` names the option in errors. */
export function compileTagPattern(pattern: string, what = "pattern"): TagPattern {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    try {
      const compiled = new RegExp(regex[1] as string, regex[2]);
      return { source: pattern, test: (tag) => compiled.test(tag) };
    } catch (error) {
      throw new UsageError(`${what}: ${pattern} is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  if (pattern === "") throw new UsageError(`${what}: an empty pattern matches nothing`);
  const body = [...pattern]
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  const compiled = new RegExp(`^${body}$`);
  return { source: pattern, test: (tag) => compiled.test(tag) };
}

/** True when the policy selects anything at all. */
export function selectsAnything(policy: CleanupPolicy): boolean {
  return (
    policy.untagged === true ||
    policy.keepUntagged !== undefined ||
    policy.keepTagged !== undefined ||
    (policy.include?.length ?? 0) > 0 ||
    Object.values(policy.repair ?? {}).some(Boolean)
  );
}
