/**
 * Parsing image references the way distribution/reference does: `Parse` (as written), `ParseNormalizedNamed`
 * (Docker Hub defaults), `ParseNamed` (must already be canonical) and `ParseDockerRef` (implicit `latest`).
 */
import {
  describeNameProblem,
  describeReferenceProblem,
  describeTagProblem,
  quoted,
  shorten,
  urlSchemePattern,
} from "./diagnose.js";
import { validateDigest } from "./digest.js";
import { ImageReferenceError } from "./errors.js";
import { identifierPattern, maxPathLength, namePattern, pathPattern, referencePattern, tagPattern } from "./grammar.js";
import { suggestReference } from "./suggest.js";

/** A parsed, normalised image reference. Docker Hub names use domain `docker.io` and `library/` for one-part paths. */
export interface ImageReference {
  /** Registry host with optional port, e.g. `ghcr.io`, `localhost:5000`, `[::1]:5000`. */
  domain: string;
  /** Repository path below the domain, e.g. `owner/app`. */
  path: string;
  tag?: string;
  /** `algorithm:hex`, e.g. `sha256:…`. */
  digest?: string;
}

/** The parts of a reference as written; `domain` is "" when the text has none. */
export interface ReferenceParts {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** Docker Hub's registry name in normalised references. */
export const dockerHubDomain = "docker.io";
/** The legacy Docker Hub name folded into {@link dockerHubDomain}. */
export const legacyDockerHubDomain = "index.docker.io";
/** The namespace of Docker Hub's official images. */
export const officialRepositoryPrefix = "library/";

/**
 * Parses a reference exactly as written (upstream `Parse`): no default domain, no `library/`. The first path
 * component counts as the domain whenever it looks like a host, even without a dot (`foo/bar` → domain `foo`).
 */
export function parseReferenceStrict(input: string): ReferenceParts {
  return withHint(input, () => parseAsWritten(input, input));
}

/**
 * Parses and normalises a reference (upstream `ParseNormalizedNamed`): `app` → `docker.io/library/app`,
 * `index.docker.io/owner/app` → `docker.io/owner/app`. Throws {@link ImageReferenceError} naming the wrong part.
 */
export function parseReference(input: string): ImageReference {
  return withHint(input, () => parseNormalized(input));
}

/**
 * Parses a reference that must already be in canonical form (upstream `ParseNamed`): `docker.io/library/app:1`
 * is accepted, `app:1` and `docker.io/app` are refused with "repository name must be canonical".
 */
export function parseCanonicalReference(input: string): ImageReference {
  const ref = parseReference(input);
  const canonical = formatParts(ref);
  if (canonical !== input) {
    throw new ImageReferenceError("ErrNameNotCanonical", {
      input,
      detail: `${quoted(input)} is written ${canonical} in full`,
      hint: `use ${canonical}`,
    });
  }
  return ref;
}

/**
 * Parses a reference the way Docker pulls it (upstream `ParseDockerRef`): normalised, `latest` when there is
 * neither tag nor digest, and the tag dropped when a digest pins the image anyway.
 */
export function parseDockerRef(input: string): ImageReference {
  const { domain, path, tag, digest } = parseReference(input);
  if (digest !== undefined) return { domain, path, digest };
  return { domain, path, tag: tag ?? "latest" };
}

/** Throws a {@link ImageReferenceError} unless `tag` is a valid tag (`[\w][\w.-]{0,127}`). */
export function validateTag(tag: string): void {
  if (!tagPattern.test(tag)) {
    throw new ImageReferenceError("ErrTagInvalidFormat", {
      input: tag,
      detail: describeTagProblem(tag) ?? `${quoted(tag)}`,
    });
  }
}

/** True when `tag` is a valid tag. */
export function isValidTag(tag: string): boolean {
  return tagPattern.test(tag);
}

/**
 * Throws a {@link ImageReferenceError} unless `path` is a valid repository path (lower-case components joined by
 * "/", at most 255 characters — distribution counts the path without the domain).
 */
export function validateRepositoryPath(path: string): void {
  if (!pathPattern.test(path)) {
    if (path !== "" && pathPattern.test(path.toLowerCase())) {
      throw new ImageReferenceError("ErrNameContainsUppercase", {
        input: path,
        detail: `${quoted(path)} has upper-case letters`,
        hint: `use ${path.toLowerCase()}`,
      });
    }
    const detail = path === "" ? "the repository path is empty" : describeNameProblem(`x/${path}`);
    throw new ImageReferenceError("ErrReferenceInvalidFormat", { input: path, detail: detail ?? `${quoted(path)}` });
  }
  checkPathLength(path, path);
}

/** Runs a parse and, when it fails, adds a hint with a corrected spelling if a simple repair gives one. */
function withHint<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ImageReferenceError)) throw error;
    const suggestion = suggestReference(input, (text) => succeeds(() => parseNormalized(text)));
    if (!suggestion && error.hint) throw error;
    const hint = suggestion ?? staticHint(error);
    if (!hint) throw error;
    throw new ImageReferenceError(error.reason, { input, message: error.message, hint });
  }
}

function succeeds(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (error) {
    if (error instanceof ImageReferenceError) return false;
    throw error;
  }
}

function staticHint(error: ImageReferenceError): string | undefined {
  switch (error.reason) {
    case "ErrNameEmpty":
      return "write NAME[:TAG][@DIGEST], e.g. ghcr.io/owner/app:v1";
    case "digest.ErrDigestUnsupported":
      return "use a sha256 or sha512 digest";
    case "ErrNameTooLong":
      return `shorten the repository path to at most ${maxPathLength} characters`;
    default:
      return error.input === "" ? "write NAME[:TAG][@DIGEST], e.g. ghcr.io/owner/app:v1" : undefined;
  }
}

/** Upstream `ParseNormalizedNamed`. */
function parseNormalized(input: string): ImageReference {
  if (identifierPattern.test(input)) {
    throw new ImageReferenceError("ErrNameIsIdentifier", {
      input,
      message: `invalid repository name (${shorten(input)}), cannot specify 64-byte hexadecimal strings`,
      hint: `to name an image by digest, write NAME@sha256:${input}`,
    });
  }
  // A URL can never be a reference; say so before the upper-case rule below misreads "https:" as a domain.
  if (input === "" || urlSchemePattern.test(input)) {
    throw new ImageReferenceError("ErrReferenceInvalidFormat", { input, detail: describeReferenceProblem(input) });
  }
  const { domain, remainder } = splitDockerDomain(input);
  const colon = remainder.indexOf(":");
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) {
    throw new ImageReferenceError("ErrNameContainsUppercase", {
      input,
      message: `invalid reference format: repository name (${shorten(remote)}) must be lowercase`,
    });
  }
  return parseAsWritten(`${domain}/${remainder}`, input);
}

/**
 * Upstream `splitDockerDomain`: the first component is a domain when it is `localhost`, contains "." or ":", or
 * has upper case (namespaces cannot); otherwise the name is on Docker Hub.
 */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf("/");
  if (slash === -1) return { domain: dockerHubDomain, remainder: officialRepositoryPrefix + name };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === "localhost" || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === legacyDockerHubDomain ? dockerHubDomain : first;
    remainder = rest;
  } else {
    domain = dockerHubDomain;
    remainder = name;
  }
  if (domain === dockerHubDomain && !remainder.includes("/")) remainder = officialRepositoryPrefix + remainder;
  return { domain, remainder };
}

/**
 * Upstream `Parse` of `text`; errors report `input`, the text the user wrote, and explain the problem in the
 * user's spelling when it shows there (the normalised text adds `docker.io/library/`, which would blur it).
 */
function parseAsWritten(text: string, input: string): ReferenceParts {
  const explain = () => {
    const own = input === text ? undefined : describeReferenceProblem(input, { fallback: false });
    return own ?? describeReferenceProblem(text);
  };
  const match = referencePattern.exec(text);
  if (!match) {
    if (text === "") throw new ImageReferenceError("ErrNameEmpty", { input, detail: "the reference is empty" });
    if (referencePattern.test(text.toLowerCase())) {
      throw new ImageReferenceError("ErrNameContainsUppercase", { input, detail: explain() });
    }
    throw new ImageReferenceError("ErrReferenceInvalidFormat", { input, detail: explain() });
  }
  const [, name = "", tag, digest] = match;
  const split = namePattern.exec(name);
  const domain = split?.[1] ?? "";
  const path = split?.[2] ?? name;
  checkPathLength(path, input);
  if (digest !== undefined) validateDigest(digest, input);
  return { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

function checkPathLength(path: string, input: string): void {
  if (path.length > maxPathLength) {
    throw new ImageReferenceError("ErrNameTooLong", {
      input,
      detail: `the repository path has ${path.length} characters`,
    });
  }
}

/** `domain/path[:tag][@digest]`, or the path alone when there is no domain. */
export function formatParts(ref: ReferenceParts): string {
  const name = ref.domain === "" ? ref.path : `${ref.domain}/${ref.path}`;
  return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}
