/**
 * The boundary-aware text finder: locates one repository's spellings in any text, at the reference grammar's
 * boundaries, so `…/app` is found in `ghcr.io/owner/app:1.2` but never in `…/app-api`, `…/application`,
 * `…/app/worker`, `owner/app@v4` or `https://github.com/owner/app`.
 */

/** One way of writing the target repository (`ghcr.io/owner/app`, or for Docker Hub `owner/app`, `docker.io/…`). */
export interface Spelling {
  /** The spelling, lower-case domain. */
  text: string;
  /** Length of the domain part including its "/" (0 for a familiar Docker Hub spelling). */
  domainLength: number;
  /** A single-component Docker Hub name (`nginx`): too common a word to look for outside image fields. */
  bare: boolean;
}

/** An occurrence of a spelling in a text. */
export interface TextMatch {
  /** Offset of the first character of the name. */
  start: number;
  /** Offset just past the name. */
  nameEnd: number;
  /** Offset just past the tag and digest, when there are any. */
  end: number;
  /** The name with escapes removed (`ghcr.io/owner/app` for `ghcr\.io/owner/app`). */
  name: string;
  /** The backslashes written before the dots, when the name is escaped for a regular expression. */
  escape?: string;
  /**
   * Why the reference is not a valid one though it clearly names the image: a short digest (`@sha256:deadbeef`), a
   * placeholder tag (`:<tag>`, `:{{ .Values.tag }}`), or a regular expression's tail (`:.*`). Its name is renamed.
   */
  irregular?: string;
  tag?: string;
  digest?: string;
  bare: boolean;
}

const nameContinues = /^(?:[A-Za-z0-9$]|\{|(?:\\*\.|_|__|-+)[A-Za-z0-9${]|\/[A-Za-z0-9$]|\$)/;
/** A tag, possibly built from expressions (`main-${{ github.sha }}`, `$TAG`). */
const tagAfter = /^:((?:[\w.-]|\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\w+|\$\(\w+\))*)/;
const digestAfter =
  /^@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}|\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$\w+)(?![0-9A-Za-z])/;
const scpLikeGitRemote = /@[\w.-]+:$/;

/** Compiles a finder for a set of spellings; the returned function is pure and can run over many texts. */
export function compileFinder(spellings: readonly Spelling[]): (text: string) => TextMatch[] {
  // Longest first, so `index.docker.io/owner/app` wins over `owner/app` at the same offset.
  const ordered = [...spellings].sort((a, b) => b.text.length - a.text.length);
  const pattern = new RegExp(ordered.map((spelling) => spellingPattern(spelling.text)).join("|"), "gi");
  const byText = new Map(ordered.map((spelling) => [spelling.text, spelling]));
  const needle = searchNeedle(ordered[0]?.text ?? "");
  return (text) => {
    if (needle === "" || !text.includes(needle)) return [];
    const matches: TextMatch[] = [];
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      const start = found.index;
      const written = found[0];
      const backslashes = /(\\+)\./.exec(written)?.[1];
      const name = written.replace(/\\+\./g, ".");
      const spelling = byText.get(name.toLowerCase());
      const match = spelling && accept(text, start, start + written.length, name, spelling);
      if (match) {
        matches.push({ ...match, ...(backslashes ? { escape: backslashes } : {}) });
        pattern.lastIndex = match.end;
      } else {
        pattern.lastIndex = start + 1;
      }
    }
    return matches;
  };
}

/**
 * A piece of text every occurrence of the repository contains, however it is written: the longest dot-free run of
 * the last path component (a dot may be escaped), cut at its first `-` or `_` — a name assembled from a variable and
 * a suffix (`$(IMG)-api` with `IMG=ghcr.io/acme/app`) holds `app` in the file, not `app-api`. A cheap test that
 * skips most files.
 */
export function searchNeedle(name: string): string {
  const last = name.split("/").pop() ?? "";
  const run = last.split(".").reduce((longest, part) => (part.length > longest.length ? part : longest), "");
  const head = run.split(/[-_]/)[0] ?? "";
  return head.length >= 3 ? head : run;
}

/** A spelling as a pattern whose dots may be escaped with any number of backslashes. */
function spellingPattern(spelling: string): string {
  return spelling
    .split(".")
    .map((part) => part.replace(/[/\\^$*+?()[\]{}|-]/g, "\\$&"))
    .join("\\\\*\\.");
}

/** What follows a name in a regular expression (`:.*`, `(:.*)?`, `@sha256:.*`, `:[^"]+`): the name part is the image's. */
const regexTail = /^(?::\.[*+]|\(:\.[*+]\)\??|@sha256:\.[*+]|:\[\^[^\]]*\][*+]|\(@sha256:\.[*+]\)\??)/;
/** A placeholder where a tag goes: `:<tag>`, `:{{ .Values.tag }}`, `:%s`, `:TAG` spelled as a template. */
const placeholderTag = /^:(<[\w. -]+>|\{\{[^}]*\}\}|%[sv])/;
/** A digest too short to be one (`@sha256:deadbeef`): test data and docs that still name the image. */
const shortDigest = /^@(sha256|sha512):[0-9a-fA-F]{4,31}(?![0-9A-Za-z])/;
/** Text before a name that makes it a GitHub repository, not an image (`github.repository == 'owner/app'`, `--repo`). */
const repositoryContext =
  /(?:github\.repository\s*[!=]=\s*['"]?|\bgh\b[^\n]*?(?:--repo[= ]|-R\s+)['"]?|repos\/|GITHUB_REPOSITORY\s*[!=]=?\s*['"]?)$/;

function accept(text: string, start: number, nameEnd: number, name: string, spelling: Spelling): TextMatch | undefined {
  // The repository path is case-sensitive (and lower-case); only the domain may differ in case.
  if (name.slice(spelling.domainLength) !== spelling.text.slice(spelling.domainLength)) return undefined;
  if (!leftBoundary(text, start)) return undefined;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (spelling.domainLength === 0 && repositoryContext.test(text.slice(lineStart, start))) return undefined;
  let rest = text.slice(nameEnd, nameEnd + 200);
  if (nameContinues.test(rest)) return undefined;
  const irregular = regexTail.test(rest)
    ? "regular expression"
    : placeholderTag.test(rest)
      ? "placeholder tag"
      : shortDigest.test(rest)
        ? "short digest"
        : undefined;
  if (irregular) {
    return { start, nameEnd, end: nameEnd, name, bare: spelling.bare, irregular };
  }
  let end = nameEnd;
  let tag: string | undefined;
  let digest: string | undefined;
  if (rest.startsWith(":")) {
    // A trailing period ends a sentence more often than it ends a tag.
    const written = tagAfter.exec(rest)?.[1]?.replace(/\.+$/, "") ?? "";
    if (written === "" || written.startsWith("-") || written.startsWith(".")) {
      // `name: value` in YAML and `name:` in prose end the reference; anything else glued on makes it another thing.
      if (!/^:(?:\s|$|["'`,;)\]}])/.test(rest)) return undefined;
    } else {
      tag = written;
      end += 1 + tag.length;
      rest = text.slice(end, end + 200);
    }
  }
  if (rest.startsWith("@")) {
    const digestMatch = digestAfter.exec(rest);
    // `owner/app@v4` is an action reference, not an image.
    if (digestMatch?.[1] === undefined) return undefined;
    digest = digestMatch[1];
    end += 1 + digest.length;
  }
  return {
    start,
    nameEnd,
    end,
    name,
    bare: spelling.bare,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

function leftBoundary(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) return true;
  // A name glued to an expansion (`${PREFIX}app`) is only part of a name.
  if (/[A-Za-z0-9_.\\}]/.test(before)) return false;
  // `${IMAGE:-ghcr.io/owner/app}` and `${IMAGE:=…}` hold a default value; any other dash joins a longer word.
  if (before === "-") return text[start - 2] === ":";
  if (before === "=") return true;
  // `docker://ghcr.io/owner/app` names an image; `https://ghcr.io/owner/app` and `github.com/owner/app` do not.
  if (before === "/") return text.slice(Math.max(0, start - 9), start).toLowerCase() === "docker://";
  if (before === ":") return !scpLikeGitRemote.test(text.slice(Math.max(0, start - 100), start));
  return true;
}
