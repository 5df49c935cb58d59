/**
 * The upstream distribution/reference test table (test/fixtures/testdata/reference-cases.json) as a table test:
 * what upstream asserts (`expect`) and the values derived from the upstream rules (`derived`).
 *
 * One deliberate difference: upstream's test binary links only sha256, so it reports sha512 digests as
 * "unsupported"; OCI allows sha512 and so do we. Such cases must parse, with the digest kept as written.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  digestAlgorithms,
  familiarName,
  familiarString,
  formatReference,
  ImageReferenceError,
  parseCanonicalReference,
  parseDockerRef,
  parseReference,
  parseReferenceStrict,
  repositoryName,
} from "./index.js";

interface ErrorResult {
  error: string;
  message?: string;
}
interface ParseResult {
  name: string;
  domain: string;
  path: string;
  tag: string;
  digest: string;
}
interface NormalizedResult {
  string: string;
  domain: string;
  path: string;
  tag: string;
  digest: string;
  familiarName: string;
  familiarString: string;
}
interface ReferenceCase {
  id: number;
  test: string;
  func: string;
  input?: string;
  inputs?: string[];
  valid: boolean;
  expect: Record<string, string | undefined>;
  derived: { parse: ParseResult | ErrorResult; normalized: NormalizedResult | ErrorResult };
}

const table = JSON.parse(
  readFileSync(new URL("../../test/fixtures/testdata/reference-cases.json", import.meta.url), "utf8"),
) as { error_messages: Record<string, string>; cases: ReferenceCase[] };

/** Upstream error names as they appear in the table, mapped to our reasons. */
function reasonOf(error: string): string {
  return error === "lowercase" ? "ErrNameContainsUppercase" : error;
}

/** The thrown ImageReferenceError of `parse`, or a failure when it does not throw one. */
function errorOf(parse: () => unknown): ImageReferenceError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ImageReferenceError);
    return error as ImageReferenceError;
  }
  throw new Error("expected a ImageReferenceError");
}

/** True when upstream refuses the digest only because its test binary lacks the algorithm and OCI allows it. */
function acceptedSha2(error: ErrorResult, input: string): boolean {
  const algorithm = /@([a-z0-9]+):/.exec(input)?.[1];
  return error.error === "digest.ErrDigestUnsupported" && algorithm !== undefined && algorithm in digestAlgorithms;
}

const inputsOf = (c: ReferenceCase): string[] => c.inputs ?? (c.input === undefined ? [] : [c.input]);
const orUndefined = (value: string | undefined) => (value === "" ? undefined : value);
const label = (c: ReferenceCase, input: string) =>
  `#${c.id} ${c.test} ${c.func} ${input.length > 70 ? `${input.slice(0, 60)}…(${input.length})` : input}`;

describe("reference-cases.json", () => {
  it("has cases and error messages", () => {
    expect(table.cases.length).toBeGreaterThan(40);
    expect(Object.keys(table.error_messages)).toContain("ErrReferenceInvalidFormat");
  });

  for (const c of table.cases) {
    inputsOf(c).forEach((input, index) => {
      describe(label(c, input), () => {
        // `derived.parse` describes the first spelling; the others of a case share only the normalised result.
        if (index === 0) {
          it("parses as written (Parse)", () => {
            const derived = c.derived.parse;
            if ("error" in derived) {
              if (acceptedSha2(derived, input)) {
                const parts = parseReferenceStrict(input);
                expect(parts.digest).toBe(input.slice(input.indexOf("@") + 1));
                expect(formatReference(parts)).toBe(input);
                return;
              }
              const error = errorOf(() => parseReferenceStrict(input));
              expect(error.reason).toBe(reasonOf(derived.error));
              expect(error.code).toBe("INVALID_REFERENCE");
              expect(error.exit).toBe(1);
              const upstreamText = table.error_messages[derived.error];
              if (upstreamText) expect(error.message.startsWith(upstreamText)).toBe(true);
              return;
            }
            const parts = parseReferenceStrict(input);
            expect(parts).toEqual({
              domain: derived.domain,
              path: derived.path,
              ...(derived.tag ? { tag: derived.tag } : {}),
              ...(derived.digest ? { digest: derived.digest } : {}),
            });
            expect(repositoryName(parts)).toBe(derived.name);
          });
        }

        it("parses normalised (ParseNormalizedNamed)", () => {
          const derived = c.derived.normalized;
          if ("error" in derived) {
            if (acceptedSha2(derived, input)) {
              const ref = parseReference(input);
              expect(ref.digest).toBe(input.slice(input.indexOf("@") + 1));
              return;
            }
            const error = errorOf(() => parseReference(input));
            expect(error.reason).toBe(reasonOf(derived.error));
            if (derived.message) expect(error.message.startsWith(derived.message)).toBe(true);
            return;
          }
          const ref = parseReference(input);
          expect(ref).toEqual({
            domain: derived.domain,
            path: derived.path,
            ...(derived.tag ? { tag: derived.tag } : {}),
            ...(derived.digest ? { digest: derived.digest } : {}),
          });
          expect(formatReference(ref)).toBe(derived.string);
          expect(familiarName(ref)).toBe(derived.familiarName);
          expect(familiarString(ref)).toBe(derived.familiarString);
        });

        it("meets what upstream asserts", () => {
          checkUpstream(c, input);
        });
      });
    });
  }
});

/** Asserts the case's `expect` block with the function that matches the upstream function under test. */
function checkUpstream(c: ReferenceCase, input: string): void {
  const want = c.expect;
  const upstreamError = want.error;
  switch (c.func) {
    case "Parse":
    case "WithName": {
      if (upstreamError) {
        if (acceptedSha2({ error: upstreamError }, input)) {
          expect(parseReferenceStrict(input).digest).toBeDefined();
          return;
        }
        expect(errorOf(() => parseReferenceStrict(input)).reason).toBe(upstreamError);
        return;
      }
      const parts = parseReferenceStrict(input);
      if (c.func === "WithName") {
        expect(parts.tag).toBeUndefined();
        expect(parts.digest).toBeUndefined();
      }
      if ("repository" in want) expect(repositoryName(parts)).toBe(want.repository);
      if ("domain" in want) expect(parts.domain).toBe(want.domain);
      if ("path" in want) expect(parts.path).toBe(want.path);
      if ("tag" in want) expect(parts.tag).toBe(orUndefined(want.tag));
      if ("digest" in want) expect(parts.digest).toBe(orUndefined(want.digest));
      return;
    }
    case "ParseNamed": {
      if (upstreamError) {
        expect(errorOf(() => parseCanonicalReference(input)).reason).toBe(upstreamError);
        return;
      }
      const ref = parseCanonicalReference(input);
      if ("domain" in want) expect(ref.domain).toBe(want.domain);
      if ("path" in want) expect(ref.path).toBe(want.path);
      return;
    }
    case "ParseDockerRef": {
      expect(formatReference(parseDockerRef(input))).toBe(want.full);
      return;
    }
    case "ParseNormalizedNamed":
    case "ParseAnyReference": {
      if (upstreamError) {
        // "any" means upstream only asserts that some error is returned.
        const error = errorOf(() => parseReference(input));
        if (upstreamError !== "any") expect(error.reason).toBe(upstreamError);
        return;
      }
      const ref = parseReference(input);
      if ("domain" in want) expect(ref.domain).toBe(want.domain);
      if ("path" in want) expect(ref.path).toBe(want.path);
      if ("full" in want) expect(formatReference(ref)).toBe(want.full);
      if ("familiar" in want) expect(familiarName(ref)).toBe(want.familiar);
      if ("familiarString" in want) expect(familiarString(ref)).toBe(want.familiarString);
      return;
    }
    default:
      throw new Error(`case #${c.id}: no check for upstream function ${c.func}`);
  }
}
