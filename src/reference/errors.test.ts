/**
 * What a person sees when a reference is wrong: the upstream error text, the part that is wrong, and a hint
 * with a corrected spelling where a simple repair gives a valid reference.
 */
import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { ImageReferenceError, parseReference, parseReferenceStrict, type ReferenceErrorReason } from "./index.js";

function failure(parse: () => unknown): ImageReferenceError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ImageReferenceError) return error;
    throw error;
  }
  throw new Error("expected an ImageReferenceError");
}

describe("ImageReferenceError", () => {
  it("is a DockhandError with code INVALID_REFERENCE and exit 1, carrying the input and reason", () => {
    const error = failure(() => parseReference("ghcr.io/Owner/app"));
    expect(error).toBeInstanceOf(DockhandError);
    expect(error.code).toBe("INVALID_REFERENCE");
    expect(error.exit).toBe(1);
    expect(error.input).toBe("ghcr.io/Owner/app");
    expect(error.reason).toBe("ErrNameContainsUppercase");
    expect(error.toJSON()).toMatchObject({ code: "INVALID_REFERENCE", details: { input: "ghcr.io/Owner/app" } });
  });
});

describe("messages name the part that is wrong", () => {
  const cases: Array<[input: string, reason: ReferenceErrorReason, message: string]> = [
    ["", "ErrReferenceInvalidFormat", "invalid reference format: the reference is empty"],
    ["app:", "ErrReferenceInvalidFormat", 'invalid reference format: the tag after ":" is empty'],
    ["app@", "ErrReferenceInvalidFormat", 'invalid reference format: the digest after "@" is empty'],
    [":v1", "ErrReferenceInvalidFormat", "invalid reference format: the repository name is empty"],
    [`app:${"t".repeat(129)}`, "ErrReferenceInvalidFormat", "the tag is 129 characters long; at most 128"],
    ["app:-rc", "ErrReferenceInvalidFormat", 'tag "-rc" must start with a letter, digit or "_"'],
    ["app:v1+build", "ErrReferenceInvalidFormat", 'tag "v1+build" contains "+"'],
    ["ghcr.io/o/app@abc", "ErrReferenceInvalidFormat", 'digest "abc" has no algorithm'],
    ["ghcr.io/o/app@sha256:xyz", "ErrReferenceInvalidFormat", 'the digest value "xyz" is not hexadecimal'],
    [`ghcr.io/o/app@sha256:${"a".repeat(20)}`, "ErrReferenceInvalidFormat", "20 hex digits; at least 32"],
    [`ghcr.io/o/app@1sha:${"a".repeat(64)}`, "ErrReferenceInvalidFormat", 'digest algorithm "1sha" is not valid'],
    [`ghcr.io/o/app@sha256:${"a".repeat(40)}`, "digest.ErrDigestInvalidLength", "a sha256 digest has 64 hex digits"],
    [`ghcr.io/o/app@sha512:${"a".repeat(64)}`, "digest.ErrDigestInvalidLength", "a sha512 digest has 128 hex digits"],
    [`ghcr.io/o/app@md5:${"a".repeat(32)}`, "digest.ErrDigestUnsupported", 'unsupported digest algorithm: "md5"'],
    [`ghcr.io/o/app@sha256:${"A".repeat(64)}`, "ErrDigestInvalidFormat", "must be lower-case hex digits"],
    ["ghcr.io/o/ap$p", "ErrReferenceInvalidFormat", 'path component "ap$p" contains "$"'],
    ["ghcr.io/o/app-", "ErrReferenceInvalidFormat", 'path component "app-" must start and end with'],
    ["ghcr.io/o/a..b", "ErrReferenceInvalidFormat", 'path component "a..b" has the separator ".."'],
    ["ghcr.io/o/a___b", "ErrReferenceInvalidFormat", 'path component "a___b" has the separator "___"'],
    ["ghcr.io//o/app", "ErrReferenceInvalidFormat", "the path has an empty component"],
    ["exa_mple.com:5000/o/app", "ErrReferenceInvalidFormat", 'domain "exa_mple.com:5000" is not a valid host[:port]'],
    ["[fe80::1%eth0]:5000/app", "ErrReferenceInvalidFormat", "IPv6 addresses are hex digits and ':' in brackets"],
    ["[::1]:5000", "ErrReferenceInvalidFormat", '"[::1]" looks like a registry host, but no repository path follows'],
    ["https://ghcr.io/o/app", "ErrReferenceInvalidFormat", '"https://" is a URL scheme'],
    ["ghcr.io/o/my app", "ErrReferenceInvalidFormat", "contains whitespace"],
    [`example.com/${"a".repeat(256)}`, "ErrNameTooLong", "the repository path has 256 characters"],
    // The normalised path counts library/, as upstream's check runs after normalisation.
    ["a".repeat(250), "ErrNameTooLong", "the repository path has 258 characters"],
    ["ghcr.io/Owner/app:v1", "ErrNameContainsUppercase", "repository name (Owner/app) must be lowercase"],
    ["a".repeat(64), "ErrNameIsIdentifier", "cannot specify 64-byte hexadecimal strings"],
  ];
  for (const [input, reason, message] of cases) {
    it(`${input.length > 60 ? `${input.slice(0, 50)}…` : JSON.stringify(input)} → ${reason}`, () => {
      const error = failure(() => parseReference(input));
      expect(error.reason).toBe(reason);
      expect(error.message).toContain(message);
    });
  }

  it("shortens long parts in messages", () => {
    const error = failure(() => parseReference(`ghcr.io/o/${"a".repeat(5000)}$`));
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toMatch(/path component "a+…a+\$" contains "\$"/);
  });

  it("starts each message with the upstream error text", () => {
    expect(failure(() => parseReference("app:")).message).toMatch(/^invalid reference format: /);
    expect(failure(() => parseReferenceStrict("Upper:tag")).message).toMatch(/^repository name must be lowercase: /);
    expect(failure(() => parseReferenceStrict("")).message).toMatch(
      /^repository name must have at least one component/,
    );
    expect(failure(() => parseReference(`a@sha256:${"a".repeat(40)}`)).message).toMatch(
      /^invalid checksum digest length: /,
    );
  });
});

describe("hints", () => {
  const cases: Array<[input: string, hint: string]> = [
    ["ghcr.io/Owner/App:V1", "use ghcr.io/owner/app:V1 (repository names are lower case)"],
    ["Owner/app", ""], // valid: an upper-case first component is a domain, as in Docker
    ["docker.io/Library/Redis", "use docker.io/library/redis (repository names are lower case)"],
    ["https://ghcr.io/owner/app", "use ghcr.io/owner/app (a reference has no URL scheme)"],
    ["http://localhost:5000/app:1", "use localhost:5000/app:1 (a reference has no URL scheme)"],
    [
      "https://ghcr.io/Owner/App/",
      'use ghcr.io/owner/app (a reference has no URL scheme; repository names are lower case; path components are separated by a single "/")',
    ],
    ["ghcr.io/owner/app:", 'use ghcr.io/owner/app (an empty tag or digest is left out, with its ":" or "@")'],
    ["ghcr.io//owner/app", 'use ghcr.io/owner/app (path components are separated by a single "/")'],
    [" ghcr.io/owner/app\n", "use ghcr.io/owner/app (no surrounding whitespace)"],
    [`app@${"b".repeat(64)}`, `use app@sha256:${"b".repeat(64)} (a digest is ALGORITHM:HEX in lower case)`],
    [`app@SHA256:${"b".repeat(64)}`, `use app@sha256:${"b".repeat(64)} (a digest is ALGORITHM:HEX in lower case)`],
    ["", "write NAME[:TAG][@DIGEST], e.g. ghcr.io/owner/app:v1"],
    ["a".repeat(64), `to name an image by digest, write NAME@sha256:${"a".repeat(64)}`],
    [`app@md5:${"a".repeat(32)}`, "use a sha256 or sha512 digest"],
  ];
  for (const [input, hint] of cases) {
    it(`${JSON.stringify(input.length > 60 ? `${input.slice(0, 50)}…` : input)}`, () => {
      if (hint === "") {
        expect(() => parseReference(input)).not.toThrow();
        return;
      }
      expect(failure(() => parseReference(input)).hint).toBe(hint);
    });
  }

  it("offers no hint when no simple repair gives a valid reference", () => {
    expect(failure(() => parseReference("ghcr.io/o/ap$p")).hint).toBeUndefined();
    expect(failure(() => parseReference("app:-rc")).hint).toBeUndefined();
  });

  it("only suggests references that parse", () => {
    for (const input of ["https://ghcr.io/Owner/App", "GHCR.IO/Owner/App:v1", "app::", "Docker/Docker//"]) {
      const hint = failure(() => parseReference(input)).hint;
      const suggestion = hint?.match(/^use (\S+)/)?.[1];
      if (suggestion) expect(() => parseReference(suggestion)).not.toThrow();
    }
  });

  it("gives parseReferenceStrict the same hints", () => {
    expect(failure(() => parseReferenceStrict("https://ghcr.io/owner/app")).hint).toBe(
      "use ghcr.io/owner/app (a reference has no URL scheme)",
    );
  });
});
