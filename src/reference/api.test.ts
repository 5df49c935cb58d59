/**
 * The library API around parsing: validators, formatting, familiar names, repository comparison, the
 * canonical and Docker-pull variants, and explainReference (the `ref --json` object).
 */
import { describe, expect, it } from "vitest";
import {
  ReferenceError as AnnouncedReferenceError,
  ambiguityNote,
  explainReference,
  familiarName,
  familiarString,
  formatReference,
  ImageReferenceError,
  isDigestString,
  isValidTag,
  parseCanonicalReference,
  parseDockerRef,
  parseReference,
  parseReferenceStrict,
  repositoryName,
  sameRepository,
  validateDigest,
  validateRepositoryPath,
  validateTag,
  withDigest,
  withTag,
} from "./index.js";

const hex64 = "0123456789abcdef".repeat(4);
const sha256 = `sha256:${hex64}`;
const sha512 = `sha512:${hex64}${hex64}`;

describe("parseReference", () => {
  it.each([
    ["app", { domain: "docker.io", path: "library/app" }],
    ["owner/app:v1", { domain: "docker.io", path: "owner/app", tag: "v1" }],
    ["index.docker.io/owner/app", { domain: "docker.io", path: "owner/app" }],
    ["index.docker.io/app", { domain: "docker.io", path: "library/app" }],
    ["registry-1.docker.io/owner/app", { domain: "registry-1.docker.io", path: "owner/app" }],
    ["ghcr.io/owner/app:main-amd64", { domain: "ghcr.io", path: "owner/app", tag: "main-amd64" }],
    ["localhost/app", { domain: "localhost", path: "app" }],
    ["localhost:5000/team/app:1.0", { domain: "localhost:5000", path: "team/app", tag: "1.0" }],
    ["localhost:5000", { domain: "docker.io", path: "library/localhost", tag: "5000" }],
    ["[::1]:5000/foo", { domain: "[::1]:5000", path: "foo" }],
    ["[::1]/foo:v1", { domain: "[::1]", path: "foo", tag: "v1" }],
    ["127.0.0.1:5000/foo", { domain: "127.0.0.1:5000", path: "foo" }],
    [`ghcr.io/o/app@${sha512}`, { domain: "ghcr.io", path: "o/app", digest: sha512 }],
    [`ghcr.io/o/app:v1@${sha256}`, { domain: "ghcr.io", path: "o/app", tag: "v1", digest: sha256 }],
    ["GHCR.IO/owner/app", { domain: "GHCR.IO", path: "owner/app" }],
    ["app:V1.0_rc-1", { domain: "docker.io", path: "library/app", tag: "V1.0_rc-1" }],
    // Upstream quirk kept: a first component with a "." that is not a valid host becomes part of the path.
    ["a__b--c.d/e", { domain: "", path: "a__b--c.d/e" }],
    ["a__b---c/e", { domain: "docker.io", path: "a__b---c/e" }],
  ])("%s", (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  it("accepts a path of exactly 255 characters and a tag of exactly 128", () => {
    const path = `o/${"a".repeat(253)}`;
    expect(parseReference(`ghcr.io/${path}:${"t".repeat(128)}`).path).toBe(path);
  });

  it("exports the error class under its announced name too", () => {
    expect(AnnouncedReferenceError).toBe(ImageReferenceError);
  });
});

describe("parseReferenceStrict", () => {
  it("keeps the text as written: no default domain, first component as domain when it looks like one", () => {
    expect(parseReferenceStrict("app:v1")).toEqual({ domain: "", path: "app", tag: "v1" });
    expect(parseReferenceStrict("owner/app")).toEqual({ domain: "owner", path: "app" });
    expect(parseReferenceStrict("index.docker.io/app")).toEqual({ domain: "index.docker.io", path: "app" });
  });
});

describe("parseCanonicalReference", () => {
  it("accepts canonical text and refuses familiar spellings with the canonical form as hint", () => {
    expect(parseCanonicalReference(`docker.io/library/app:1@${sha256}`).path).toBe("library/app");
    const error = (() => {
      try {
        parseCanonicalReference("app:1");
      } catch (e) {
        return e as ImageReferenceError;
      }
    })();
    expect(error?.reason).toBe("ErrNameNotCanonical");
    expect(error?.message).toBe(
      'repository name must be canonical: "app:1" is written docker.io/library/app:1 in full',
    );
    expect(error?.hint).toBe("use docker.io/library/app:1");
  });
});

describe("parseDockerRef", () => {
  it("adds latest to a bare name, keeps a tag, and drops the tag when a digest is present", () => {
    expect(formatReference(parseDockerRef("app"))).toBe("docker.io/library/app:latest");
    expect(formatReference(parseDockerRef("ghcr.io/o/app:v1"))).toBe("ghcr.io/o/app:v1");
    expect(formatReference(parseDockerRef(`ghcr.io/o/app:v1@${sha256}`))).toBe(`ghcr.io/o/app@${sha256}`);
  });
});

describe("formatting", () => {
  const hub = parseReference(`library/redis:7@${sha256}`);
  const nested = parseReference("docker.io/library/tools/jq");
  const ghcr = parseReference("ghcr.io/owner/app:v1");

  it("formats the full reference without an implicit tag", () => {
    expect(formatReference(parseReference("redis"))).toBe("docker.io/library/redis");
    expect(formatReference(hub)).toBe(`docker.io/library/redis:7@${sha256}`);
  });

  it("names the repository", () => {
    expect(repositoryName(hub)).toBe("docker.io/library/redis");
    expect(repositoryName(ghcr)).toBe("ghcr.io/owner/app");
  });

  it("gives Docker's familiar form", () => {
    expect(familiarName(hub)).toBe("redis");
    expect(familiarString(hub)).toBe(`redis:7@${sha256}`);
    expect(familiarName(nested)).toBe("library/tools/jq");
    expect(familiarName(parseReference("owner/app"))).toBe("owner/app");
    expect(familiarString(ghcr)).toBe("ghcr.io/owner/app:v1");
  });
});

describe("sameRepository", () => {
  it("compares normalised repositories, ignoring tag, digest and domain case", () => {
    const same = (a: string, b: string) => sameRepository(parseReference(a), parseReference(b));
    expect(same("app", "docker.io/library/app:v2")).toBe(true);
    expect(same("owner/app", `index.docker.io/owner/app@${sha256}`)).toBe(true);
    expect(same("GHCR.io/owner/app", "ghcr.io/owner/app:v1")).toBe(true);
    expect(same("ghcr.io/owner/app", "ghcr.io/owner/app-api")).toBe(false);
    expect(same("owner/app", "registry-1.docker.io/owner/app")).toBe(false);
    expect(same("ghcr.io/owner/app", "ghcr.io/owner/app/worker")).toBe(false);
  });
});

describe("validators", () => {
  it("validateTag and isValidTag follow [\\w][\\w.-]{0,127}", () => {
    for (const tag of ["latest", "v1.0.0", "_x", "A-b_c.d", "t".repeat(128)]) {
      expect(isValidTag(tag)).toBe(true);
      expect(() => validateTag(tag)).not.toThrow();
    }
    for (const tag of ["", ".x", "-x", "a/b", "a:b", "a+b", "t".repeat(129)]) {
      expect(isValidTag(tag)).toBe(false);
      expect(() => validateTag(tag)).toThrow(ImageReferenceError);
    }
    expect(() => validateTag("a+b")).toThrow('invalid tag format: tag "a+b" contains "+"');
    expect(() => validateTag("")).toThrow('invalid tag format: the tag after ":" is empty');
  });

  it("validateRepositoryPath checks components and the 255-character limit", () => {
    for (const path of ["app", "owner/app", "a.b_c__d---e/f", `${"o/".repeat(127)}a`]) {
      expect(() => validateRepositoryPath(path)).not.toThrow();
    }
    const reasons: Array<[string, string]> = [
      ["", "ErrReferenceInvalidFormat"],
      ["owner//app", "ErrReferenceInvalidFormat"],
      ["/app", "ErrReferenceInvalidFormat"],
      ["owner/app-", "ErrReferenceInvalidFormat"],
      ["ghcr.io:443/app", "ErrReferenceInvalidFormat"],
      ["Owner/app", "ErrNameContainsUppercase"],
      [`o/${"a".repeat(254)}`, "ErrNameTooLong"],
    ];
    for (const [path, reason] of reasons) {
      try {
        validateRepositoryPath(path);
        expect.unreachable(`${path} should be refused`);
      } catch (error) {
        expect((error as ImageReferenceError).reason).toBe(reason);
      }
    }
    expect(() => validateRepositoryPath("Owner/app")).toThrow("repository name must be lowercase");
    expect(() => validateRepositoryPath("owner/ap$p")).toThrow('path component "ap$p" contains "$"');
  });

  it("isDigestString accepts sha256 and sha512 with the right length of lower-case hex", () => {
    expect(isDigestString(sha256)).toBe(true);
    expect(isDigestString(sha512)).toBe(true);
    expect(isDigestString(`sha384:${"a".repeat(96)}`)).toBe(true);
    for (const bad of [
      "",
      hex64,
      "sha256:",
      `sha256:${hex64.slice(1)}`,
      `sha256:${hex64.toUpperCase()}`,
      `sha512:${hex64}`,
      `SHA256:${hex64}`,
      `md5:${"a".repeat(32)}`,
      `sha256:${"g".repeat(64)}`,
    ]) {
      expect(isDigestString(bad)).toBe(false);
    }
  });

  it("validateDigest names what is wrong", () => {
    expect(() => validateDigest(`sha256:${"a".repeat(10)}`)).toThrow(
      'invalid checksum digest length: a sha256 digest has 64 hex digits, "aaaaaaaaaa" has 10',
    );
    expect(() => validateDigest(`blake3:${"a".repeat(64)}`)).toThrow('unsupported digest algorithm: "blake3"');
    expect(() => validateDigest(hex64)).toThrow("invalid digest format");
  });

  it("withTag and withDigest validate what they add", () => {
    const ref = parseReference("ghcr.io/o/app");
    expect(formatReference(withDigest(withTag(ref, "v2"), sha256))).toBe(`ghcr.io/o/app:v2@${sha256}`);
    expect(() => withTag(ref, "v2/x")).toThrow(ImageReferenceError);
    expect(() => withDigest(ref, "sha256:abc")).toThrow(ImageReferenceError);
  });
});

describe("explainReference", () => {
  it("describes a valid reference with every field, tag and digest null when absent", () => {
    expect(explainReference("redis")).toEqual({
      input: "redis",
      valid: true,
      domain: "docker.io",
      path: "library/redis",
      tag: null,
      digest: null,
      name: "docker.io/library/redis",
      normalized: "docker.io/library/redis",
      familiar: "redis",
    });
    expect(explainReference(`index.docker.io/owner/app:v1@${sha256}`)).toEqual({
      input: `index.docker.io/owner/app:v1@${sha256}`,
      valid: true,
      domain: "docker.io",
      path: "owner/app",
      tag: "v1",
      digest: sha256,
      name: "docker.io/owner/app",
      normalized: `docker.io/owner/app:v1@${sha256}`,
      familiar: `owner/app:v1@${sha256}`,
    });
  });

  it("describes an invalid reference with the error and hint (null when there is none)", () => {
    expect(explainReference("ghcr.io/Owner/app")).toEqual({
      input: "ghcr.io/Owner/app",
      valid: false,
      error: "invalid reference format: repository name (Owner/app) must be lowercase",
      hint: "use ghcr.io/owner/app (repository names are lower case)",
    });
    expect(explainReference("ghcr.io/o/ap$p")).toEqual({
      input: "ghcr.io/o/ap$p",
      valid: false,
      error: 'invalid reference format: path component "ap$p" contains "$"; allowed are a-z, 0-9, ".", "_" and "-"',
      hint: null,
    });
  });
});

describe("ambiguityNote", () => {
  it("flags a host:port without a path and nothing else", () => {
    expect(ambiguityNote("registry.example.com:443")).toContain('read as image "registry.example.com"');
    expect(ambiguityNote("localhost:5000")).toContain("localhost:5000/NAME");
    for (const input of ["localhost:5000/app", "app:5000", "app:v1", "registry.example.com:latest", "app"]) {
      expect(ambiguityNote(input)).toBeUndefined();
    }
  });
});
