/**
 * The error every reference check throws. Its message starts with distribution's own error text, so people
 * who know Docker's messages recognise it, and goes on to name the part that is wrong.
 */
import { DockhandError } from "../errors.js";

/**
 * Why a reference was refused, named after the upstream error variables (distribution/reference and
 * go-digest) so results can be compared with upstream test tables.
 */
export type ReferenceErrorReason =
  | "ErrReferenceInvalidFormat"
  | "ErrTagInvalidFormat"
  | "ErrDigestInvalidFormat"
  | "ErrNameContainsUppercase"
  | "ErrNameEmpty"
  | "ErrNameTooLong"
  | "ErrNameNotCanonical"
  | "ErrNameIsIdentifier"
  | "digest.ErrDigestInvalidLength"
  | "digest.ErrDigestUnsupported";

/** The upstream text of each reason; a message starts with it. */
export const reasonText: Record<ReferenceErrorReason, string> = {
  ErrReferenceInvalidFormat: "invalid reference format",
  ErrTagInvalidFormat: "invalid tag format",
  ErrDigestInvalidFormat: "invalid digest format",
  ErrNameContainsUppercase: "repository name must be lowercase",
  ErrNameEmpty: "repository name must have at least one component",
  ErrNameTooLong: "repository name must not be more than 255 characters",
  ErrNameNotCanonical: "repository name must be canonical",
  ErrNameIsIdentifier: "invalid repository name",
  "digest.ErrDigestInvalidLength": "invalid checksum digest length",
  "digest.ErrDigestUnsupported": "unsupported digest algorithm",
};

/** Options for a {@link ImageReferenceError}. */
export interface ReferenceErrorOptions {
  /** The text as the user wrote it. */
  input: string;
  /** What exactly is wrong, appended to the upstream text after ": ". */
  detail?: string;
  /** A full message replacing `upstream text: detail` (used where upstream words the message itself). */
  message?: string;
  hint?: string;
}

/** A reference, name, tag or digest that does not follow the grammar (code INVALID_REFERENCE, exit 1). */
export class ImageReferenceError extends DockhandError {
  /** Which upstream rule refused it. */
  readonly reason: ReferenceErrorReason;
  /** The text that was checked. */
  readonly input: string;

  constructor(reason: ReferenceErrorReason, options: ReferenceErrorOptions) {
    const base = reasonText[reason];
    const message = options.message ?? (options.detail ? `${base}: ${options.detail}` : base);
    super("INVALID_REFERENCE", message, {
      exit: 1,
      details: { input: options.input, reason },
      ...(options.hint ? { hint: options.hint } : {}),
    });
    this.name = "ImageReferenceError";
    this.reason = reason;
    this.input = options.input;
  }
}
