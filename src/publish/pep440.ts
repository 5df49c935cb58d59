/**
 * Python version numbers (PEP 440) for `type=pep440` tags: parse, normalise (`1.0dev4` → `1.0.dev4`,
 * `1.1beta2` → `1.1b2`), and the release parts. The grammar is the PEP's own (appendix B), case-insensitive,
 * with an optional leading `v`.
 */

/** A parsed PEP 440 version. */
export interface Pep440Version {
  epoch: number;
  release: number[];
  pre?: [string, number];
  post?: number;
  dev?: number;
  local?: string;
  /** Pre-release or dev release (PEP 440's definition). */
  isPrerelease: boolean;
  isPostrelease: boolean;
  isDevrelease: boolean;
}

const versionPattern = new RegExp(
  "^\\s*v?" +
    "(?:(?<epoch>[0-9]+)!)?" +
    "(?<release>[0-9]+(?:\\.[0-9]+)*)" +
    "(?<pre>[-_.]?(?<pre_l>alpha|beta|preview|pre|a|b|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?" +
    "(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?" +
    "(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?" +
    "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?" +
    "\\s*$",
  "i",
);

const preLetters: Record<string, string> = {
  alpha: "a",
  a: "a",
  beta: "b",
  b: "b",
  c: "rc",
  pre: "rc",
  preview: "rc",
  rc: "rc",
};

/** Parses a PEP 440 version, or returns undefined when the text is not one. */
export function parsePep440(text: string): Pep440Version | undefined {
  const groups = versionPattern.exec(text)?.groups;
  if (!groups?.release) return undefined;
  const version: Pep440Version = {
    epoch: groups.epoch ? Number(groups.epoch) : 0,
    release: groups.release.split(".").map(Number),
    isPrerelease: false,
    isPostrelease: false,
    isDevrelease: false,
  };
  if (groups.pre_l) version.pre = [preLetters[groups.pre_l.toLowerCase()] ?? "rc", Number(groups.pre_n ?? 0)];
  if (groups.post_n1 !== undefined) version.post = Number(groups.post_n1);
  else if (groups.post_l) version.post = Number(groups.post_n2 ?? 0);
  if (groups.dev_l) version.dev = Number(groups.dev_n ?? 0);
  if (groups.local) {
    version.local = groups.local
      .toLowerCase()
      .split(/[-_.]/)
      .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
      .join(".");
  }
  version.isDevrelease = version.dev !== undefined;
  version.isPrerelease = version.pre !== undefined || version.isDevrelease;
  version.isPostrelease = version.post !== undefined;
  return version;
}

/** The normalised form of a version (`v1.0-dev4` → `1.0.dev4`). */
export function formatPep440(version: Pep440Version): string {
  let text = version.epoch !== 0 ? `${version.epoch}!` : "";
  text += version.release.join(".");
  if (version.pre) text += `${version.pre[0]}${version.pre[1]}`;
  if (version.post !== undefined) text += `.post${version.post}`;
  if (version.dev !== undefined) text += `.dev${version.dev}`;
  if (version.local) text += `+${version.local}`;
  return text;
}

/** Major, minor and patch of the release segment; a missing part is 0. */
export function pep440Parts(version: Pep440Version): { major: number; minor: number; patch: number } {
  return { major: version.release[0] ?? 0, minor: version.release[1] ?? 0, patch: version.release[2] ?? 0 };
}
