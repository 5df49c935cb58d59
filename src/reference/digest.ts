/**
 * Digest checks as go-digest v1.0.0 `Digest.Validate` makes them, with the SHA-2 family available: OCI allows
 * sha256 and sha512 (sha384 comes along with sha512 in Go's crypto package).
 */
import { quoted } from "./diagnose.js";
import { ImageReferenceError } from "./errors.js";

/** Hex length of each supported algorithm's encoded value (size in bytes × 2). */
export const digestAlgorithms: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/** go-digest's `DigestRegexp`: the general `algorithm:encoded` shape, used to tell "unsupported" from "malformed". */
const generalDigestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** Throws a ImageReferenceError unless `value` is a digest of a supported algorithm with a well-formed hex value. */
export function validateDigest(value: string, input: string = value): void {
  const colon = value.indexOf(":");
  if (colon <= 0 || colon === value.length - 1) {
    throw new ImageReferenceError("ErrDigestInvalidFormat", {
      input,
      detail: `${quoted(value)} is not ALGORITHM:HEX (for example sha256: followed by 64 hex digits)`,
    });
  }
  const algorithm = value.slice(0, colon);
  const encoded = value.slice(colon + 1);
  const length = Object.hasOwn(digestAlgorithms, algorithm) ? digestAlgorithms[algorithm] : undefined;
  if (length === undefined) {
    if (!generalDigestPattern.test(value)) {
      throw new ImageReferenceError("ErrDigestInvalidFormat", {
        input,
        detail: `algorithm ${quoted(algorithm)} is not a lower-case algorithm name such as sha256`,
        ...(algorithm.toLowerCase() in digestAlgorithms ? { hint: `write ${algorithm.toLowerCase()}:${encoded}` } : {}),
      });
    }
    throw new ImageReferenceError("digest.ErrDigestUnsupported", {
      input,
      detail: `${quoted(algorithm)} (supported: ${Object.keys(digestAlgorithms).join(", ")})`,
    });
  }
  if (encoded.length !== length) {
    throw new ImageReferenceError("digest.ErrDigestInvalidLength", {
      input,
      detail: `a ${algorithm} digest has ${length} hex digits, ${quoted(encoded)} has ${encoded.length}`,
    });
  }
  if (!/^[a-f0-9]+$/.test(encoded)) {
    const lower = encoded.toLowerCase();
    throw new ImageReferenceError("ErrDigestInvalidFormat", {
      input,
      detail: `the ${algorithm} value must be lower-case hex digits (0-9, a-f)`,
      ...(/^[a-f0-9]+$/.test(lower) ? { hint: `write ${algorithm}:${lower}` } : {}),
    });
  }
}

/** True when `value` is a valid digest of a supported algorithm (`sha256:` + 64 lower-case hex, `sha512:` + 128, …). */
export function isDigestString(value: string): boolean {
  try {
    validateDigest(value);
    return true;
  } catch (error) {
    if (error instanceof ImageReferenceError) return false;
    throw error;
  }
}
