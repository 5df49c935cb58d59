/**
 * Content digests (`algorithm:hex`): parsing, computing, incremental hashing and stream verification.
 * sha256 and sha512 are supported, as the OCI image spec registers them.
 */
import type { Hash } from "node:crypto";
import { createRequire } from "node:module";
import { Transform, type TransformCallback } from "node:stream";
import { DockhandError } from "../errors.js";

// node:crypto loads with the first hash, not with this module: an up-to-date copy only compares digests, and
// loading crypto's ~20 internal modules was about 2.5 ms of its start-up.
const require = createRequire(import.meta.url);
let crypto: typeof import("node:crypto") | undefined;

function createHash(algorithm: DigestAlgorithm): Hash {
  crypto ??= require("node:crypto") as typeof import("node:crypto");
  return crypto.createHash(algorithm);
}

/** Digest algorithms dockhand can compute. */
export type DigestAlgorithm = "sha256" | "sha512";

/** Largest manifest dockhand reads or stores (the spec's "at least 4 megabytes"). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

/** The two parts of a digest. */
export interface ParsedDigest {
  algorithm: DigestAlgorithm;
  hex: string;
}

function isAlgorithm(value: string): value is DigestAlgorithm {
  return value === "sha256" || value === "sha512";
}

function invalid(input: string, problem: string, hint?: string): DockhandError {
  return new DockhandError("DIGEST_INVALID", `invalid digest "${input}": ${problem}`, {
    ...(hint ? { hint } : {}),
    details: { digest: input },
  });
}

/** Parses `algorithm:hex`; throws DIGEST_INVALID naming what is wrong. */
export function parseDigest(input: string): ParsedDigest {
  const colon = input.indexOf(":");
  if (colon < 0) {
    const hint = /^[0-9a-f]{64}$/i.test(input) ? `sha256:${input.toLowerCase()}` : undefined;
    throw invalid(input, "missing the algorithm prefix (e.g. sha256:)", hint && `did you mean ${hint}?`);
  }
  const algorithm = input.slice(0, colon);
  const hex = input.slice(colon + 1);
  if (!isAlgorithm(algorithm)) {
    throw invalid(input, `unsupported algorithm "${algorithm}" (sha256 and sha512 are supported)`);
  }
  const expected = HEX_LENGTH[algorithm];
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw invalid(input, "the encoded part is not hexadecimal");
  if (hex !== hex.toLowerCase()) {
    throw invalid(input, "hex must be lower case", `did you mean ${algorithm}:${hex.toLowerCase()}?`);
  }
  if (hex.length !== expected) {
    throw invalid(input, `${algorithm} needs ${expected} hex characters, got ${hex.length}`);
  }
  return { algorithm, hex };
}

/** True when `input` is a valid sha256 or sha512 digest. */
export function isDigest(input: string): boolean {
  try {
    parseDigest(input);
    return true;
  } catch {
    return false;
  }
}

/** Digest of a whole byte array (small things: manifests, configs). */
export function computeDigest(bytes: Uint8Array | string, algorithm: DigestAlgorithm = "sha256"): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}

/** An incremental hasher: feed bytes as they arrive, read `algorithm:hex` at the end. */
export interface Hasher {
  readonly algorithm: DigestAlgorithm;
  /** Bytes seen so far. */
  readonly size: number;
  update(bytes: Uint8Array): void;
  /** The digest of everything seen; the hasher cannot be updated afterwards. */
  digest(): string;
}

/** Creates an incremental hasher. */
export function createHasher(algorithm: DigestAlgorithm = "sha256"): Hasher {
  const hash: Hash = createHash(algorithm);
  let size = 0;
  return {
    algorithm,
    get size() {
      return size;
    },
    update(bytes: Uint8Array) {
      hash.update(bytes);
      size += bytes.byteLength;
    },
    digest() {
      return `${algorithm}:${hash.digest("hex")}`;
    },
  };
}

const VERIFIED = Symbol("dockhand.verifiedDigest");

/**
 * Marks a stream whose bytes are already being checked against `digest` upstream: it fails (and so does anything
 * piped from it) instead of ending when they do not match. Writers may then skip hashing the bytes again.
 */
export function markVerified<T extends object>(stream: T, digest: string): T {
  Object.defineProperty(stream, VERIFIED, { value: digest });
  return stream;
}

/** The digest a stream was marked with by {@link markVerified} (every {@link verifyingStream} is), if any. */
export function verifiedDigest(stream: unknown): string | undefined {
  if (typeof stream !== "object" || stream === null) return undefined;
  const digest = (stream as { [VERIFIED]?: unknown })[VERIFIED];
  return typeof digest === "string" ? digest : undefined;
}

/** Options of {@link verifyingStream}. */
export interface VerifyOptions {
  /** What the bytes are, for messages (default: `blob <digest>`). */
  name?: string;
}

/** A pass-through stream that verifies the bytes flowing through it. */
export interface VerifyingStream extends Transform {
  /** Bytes that have passed so far. */
  readonly bytesSeen: number;
}

/** Checks bytes against a digest and size as they pass: for streams that verify what flows through them. */
export interface DigestCheck {
  /** Bytes seen so far. */
  readonly bytesSeen: number;
  /** Hashes a chunk; SIZE_INVALID as soon as more bytes than expected have arrived. */
  update(chunk: Uint8Array): DockhandError | undefined;
  /** At the end: SIZE_INVALID when fewer arrived, DIGEST_INVALID when they do not match, else undefined. */
  finish(): DockhandError | undefined;
}

/** Starts a {@link DigestCheck}; `name` says what the bytes are, for messages (default: `blob <digest>`). */
export function digestCheck(expectedDigest: string, expectedSize?: number, name?: string): DigestCheck {
  const hasher = createHasher(parseDigest(expectedDigest).algorithm);
  const what = name ?? `blob ${expectedDigest}`;
  // Content that does not match its digest is a failure of the registry or storage that served it: exit 3, as for
  // a network failure (the thing checked, the user's reference, is fine).
  const sizeError = (got: string) =>
    new DockhandError("SIZE_INVALID", `${what}: expected ${expectedSize} bytes, got ${got}`, {
      exit: 3,
      details: { digest: expectedDigest, expectedSize },
    });
  return {
    get bytesSeen() {
      return hasher.size;
    },
    update(chunk) {
      hasher.update(chunk);
      return expectedSize !== undefined && hasher.size > expectedSize
        ? sizeError(`more (${hasher.size} so far)`)
        : undefined;
    },
    finish() {
      if (expectedSize !== undefined && hasher.size !== expectedSize) return sizeError(String(hasher.size));
      const actual = hasher.digest();
      if (actual === expectedDigest) return undefined;
      return new DockhandError("DIGEST_INVALID", `${what}: content does not match its digest (got ${actual})`, {
        exit: 3,
        details: { digest: expectedDigest, actual, size: hasher.size },
      });
    },
  };
}

/**
 * A Transform that passes bytes through, hashing them, and fails the stream at the end with DIGEST_INVALID
 * (or SIZE_INVALID, as soon as more bytes than expected arrive or when fewer arrived) when they do not match.
 * A consumer that writes to a temp file keeps the file only when the stream ends without error.
 */
export function verifyingStream(
  expectedDigest: string,
  expectedSize?: number,
  options: VerifyOptions = {},
): VerifyingStream {
  const check = digestCheck(expectedDigest, expectedSize, options.name);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      const error = check.update(chunk);
      if (error) callback(error);
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(check.finish());
    },
  });
  Object.defineProperty(stream, "bytesSeen", { get: () => check.bytesSeen });
  markVerified(stream, expectedDigest);
  return stream as VerifyingStream;
}
