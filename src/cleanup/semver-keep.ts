/**
 * `--keep-semver`: the images holding the newest release (prereleases aside) of every major or minor line.
 */
import semver from "semver";
import { userTags } from "./graph.js";
import type { CleanupVersion } from "./types.js";

/** Semver releases of an image (prereleases aside), parsed from tags like `1.2.3` or `v1.2.3`. */
function releases(tags: string[]): semver.SemVer[] {
  const found: semver.SemVer[] = [];
  for (const tag of tags) {
    const parsed = semver.parse(tag.replace(/^v(?=\d)/, ""));
    if (parsed && parsed.prerelease.length === 0) found.push(parsed);
  }
  return found;
}

/** The digests holding the newest release of each major (or minor) line. */
export function semverKeeps(roots: CleanupVersion[], per: "major" | "minor"): Map<string, string> {
  const best = new Map<string, { version: semver.SemVer; digest: string }>();
  for (const root of roots) {
    for (const version of releases(userTags(root.tags))) {
      const line = per === "major" ? `${version.major}.x` : `${version.major}.${version.minor}.x`;
      const current = best.get(line);
      if (!current || semver.gt(version, current.version)) best.set(line, { version, digest: root.digest });
    }
  }
  const keeps = new Map<string, string>();
  for (const [line, { version, digest }] of best) {
    if (!keeps.has(digest)) keeps.set(digest, `newest release of ${line} (${version.version})`);
  }
  return keeps;
}
