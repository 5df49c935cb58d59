/**
 * One reference explained as data: the parts and the normalised and familiar forms when it is valid, the error
 * and a hint when it is not. `dockhand ref --json` prints this object.
 */
import { ImageReferenceError } from "./errors.js";
import { familiarString, formatReference, repositoryName } from "./format.js";
import { parseReference } from "./parse.js";

/** A valid reference, explained. `tag` and `digest` are null when absent. */
export interface ValidReferenceExplanation {
  input: string;
  valid: true;
  domain: string;
  path: string;
  tag: string | null;
  digest: string | null;
  /** `domain/path`. */
  name: string;
  /** The full normalised reference with the tag and digest as given (no implicit `latest`). */
  normalized: string;
  /** The short form Docker shows. */
  familiar: string;
}

/** An invalid reference, explained. */
export interface InvalidReferenceExplanation {
  input: string;
  valid: false;
  error: string;
  hint: string | null;
}

/** What {@link explainReference} returns. */
export type ReferenceExplanation = ValidReferenceExplanation | InvalidReferenceExplanation;

/** Parses `input` and describes the result; never throws for an invalid reference. */
export function explainReference(input: string): ReferenceExplanation {
  try {
    const ref = parseReference(input);
    return {
      input,
      valid: true,
      domain: ref.domain,
      path: ref.path,
      tag: ref.tag ?? null,
      digest: ref.digest ?? null,
      name: repositoryName(ref),
      normalized: formatReference(ref),
      familiar: familiarString(ref),
    };
  } catch (error) {
    if (!(error instanceof ImageReferenceError)) throw error;
    return { input, valid: false, error: error.message, hint: error.hint ?? null };
  }
}

/**
 * A warning for references that are valid but rarely mean what they say: `localhost:5000` or
 * `registry.example.com:443` without a path is an image on Docker Hub whose tag is the port.
 */
export function ambiguityNote(input: string): string | undefined {
  if (input.includes("/") || input.includes("@")) return undefined;
  const colon = input.lastIndexOf(":");
  if (colon === -1) return undefined;
  const host = input.slice(0, colon);
  const port = input.slice(colon + 1);
  if (!/^[0-9]+$/.test(port) || !(host === "localhost" || host.includes("."))) return undefined;
  return `read as image "${host}" on Docker Hub with tag "${port}"; a registry needs a repository path: ${input}/NAME`;
}
