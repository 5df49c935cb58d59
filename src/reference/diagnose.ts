/**
 * Names the part of a reference that breaks the grammar. The grammar's regular expression only says yes or no;
 * this walks the same rules part by part (digest, tag, domain, path components) to say which one failed and why.
 * It never decides validity — the parser does — it only words the explanation.
 */
import { domainPattern, maxTagLength, pathComponentPattern, referenceDigestPattern, tagPattern } from "./grammar.js";

/** A URL scheme such as `https://` at the start of the text. */
export const urlSchemePattern = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

const separatorRule = 'separators are one ".", one or two "_", or dashes';

/** Splits `text` into the name, the tag (after the last ":" that is not part of the domain) and the digest. */
export function splitParts(text: string): { name: string; tag?: string; digest?: string } {
  const at = text.indexOf("@");
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const colon = beforeDigest.lastIndexOf(":");
  const afterColon = colon === -1 ? "" : beforeDigest.slice(colon + 1);
  // A ":" followed by "/" or "]" belongs to a port or an IPv6 address, not to a tag.
  const hasTag = colon !== -1 && !afterColon.includes("/") && !afterColon.includes("]");
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  return {
    name,
    ...(hasTag ? { tag: afterColon } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** Explains why `tag` is not a valid tag, or returns undefined when it is one. */
export function describeTagProblem(tag: string): string | undefined {
  if (tag === "") return 'the tag after ":" is empty';
  if (tag.length > maxTagLength) return `the tag is ${tag.length} characters long; at most ${maxTagLength} are allowed`;
  if (tagPattern.test(tag)) return undefined;
  const bad = [...new Set(tag.replace(/[\w.-]/g, ""))];
  if (bad.length > 0) {
    return `tag ${quoted(tag)} contains ${quoteList(bad)}; a tag has letters, digits, "_", "." and "-"`;
  }
  return `tag ${quoted(tag)} must start with a letter, digit or "_"`;
}

/** Explains why `digest` does not fit the reference grammar's digest shape, or returns undefined when it does. */
export function describeDigestGrammarProblem(digest: string): string | undefined {
  if (digest === "") return 'the digest after "@" is empty';
  if (referenceDigestPattern.test(digest)) return undefined;
  const colon = digest.indexOf(":");
  if (colon === -1)
    return `digest ${quoted(digest)} has no algorithm; write ALGORITHM:HEX, e.g. sha256:<64 hex digits>`;
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$/.test(algorithm)) {
    return `digest algorithm ${quoted(algorithm)} is not valid (letters and digits, starting with a letter, e.g. sha256)`;
  }
  if (!/^[0-9a-fA-F]*$/.test(encoded)) return `the digest value ${quoted(encoded)} is not hexadecimal`;
  return `the digest value has ${encoded.length} hex digits; at least 32 are needed (sha256 has 64)`;
}

/** Explains why one path component is not valid, or returns undefined when it is. */
export function describePathComponentProblem(component: string): string | undefined {
  if (component === "") return 'the path has an empty component (a "/" at the start or end, or "//")';
  if (pathComponentPattern.test(component)) return undefined;
  if (/[A-Z]/.test(component) && pathComponentPattern.test(component.toLowerCase())) {
    return `path component ${quoted(component)} has upper-case letters`;
  }
  const bad = [...new Set(component.replace(/[a-z0-9._-]/g, ""))];
  if (bad.length > 0) {
    return `path component ${quoted(component)} contains ${quoteList(bad)}; allowed are a-z, 0-9, ".", "_" and "-"`;
  }
  if (/^[._-]|[._-]$/.test(component)) {
    return `path component ${quoted(component)} must start and end with a lower-case letter or digit`;
  }
  const run = component.match(/[._-]{2,}/g)?.find((s) => !/^(?:__|-+)$/.test(s));
  return `path component ${quoted(component)} has the separator ${quoted(run ?? component)}; ${separatorRule}`;
}

/**
 * Says which part of `text` breaks the grammar. `text` failed the reference pattern; the explanation names the
 * first part found wrong, in the order a reader scans: scheme, whitespace, digest, tag, domain, path.
 */
export function describeReferenceProblem(text: string): string;
export function describeReferenceProblem(text: string, options: { fallback: false }): string | undefined;
export function describeReferenceProblem(text: string, options = { fallback: true }): string | undefined {
  if (text === "") return "the reference is empty";
  const scheme = urlSchemePattern.exec(text);
  if (scheme) return `${quoted(scheme[0])} is a URL scheme; a reference has no scheme`;
  if (/\s/.test(text)) return "the reference contains whitespace";
  const parts = splitParts(text);
  if (parts.digest !== undefined) {
    if (parts.digest.includes("@")) return 'the reference has more than one "@"';
    const problem = describeDigestGrammarProblem(parts.digest);
    if (problem) return problem;
  }
  if (parts.tag !== undefined) {
    const problem = describeTagProblem(parts.tag);
    if (problem) return problem;
  }
  const problem = describeNameProblem(parts.name);
  if (problem || !options.fallback) return problem;
  return `${quoted(text)} does not match NAME[:TAG][@DIGEST]`;
}

/** Explains why a repository name (optional domain, then path) is not valid, or returns undefined. */
export function describeNameProblem(name: string): string | undefined {
  if (name === "") return "the repository name is empty";
  const components = name.split("/");
  const first = components[0] ?? "";
  if (components.length === 1 && /^\[|:/.test(first)) {
    return `${quoted(first)} looks like a registry host, but no repository path follows it`;
  }
  let path = components;
  if (components.length > 1) {
    if (domainPattern.test(first)) {
      path = components.slice(1);
    } else if (/[.:[\]]/.test(first)) {
      return `domain ${quoted(first)} is not a valid host[:port]${first.includes("[") ? " (IPv6 addresses are hex digits and ':' in brackets, no zone)" : ""}`;
    }
  }
  for (const component of path) {
    const problem = describePathComponentProblem(component);
    if (problem) return problem;
  }
  return undefined;
}

/** `value` in double quotes, shortened in the middle of long values so a message stays readable. */
export function quoted(value: string): string {
  return JSON.stringify(shorten(value));
}

/** `value` itself, or its start and end around "…" when it is longer than `max` characters. */
export function shorten(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max - 20)}…${value.slice(-12)}`;
}

function quoteList(chars: string[]): string {
  return chars.map((c) => JSON.stringify(c)).join(", ");
}
