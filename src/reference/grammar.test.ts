/**
 * The grammar's regular expressions against the inputs distribution/reference's own regexp tests use
 * (regexp_test.go): which strings match and how they split into submatches.
 */
import { describe, expect, it } from "vitest";
import { domainPattern, identifierPattern, namePattern, referencePattern } from "./grammar.js";

const digest = "sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912";

describe("domainPattern", () => {
  const matching = [
    "test.com",
    "test.com:10304",
    "localhost",
    "localhost:8080",
    "a",
    "a.b",
    "ab.cd.com",
    "a-b.com",
    "ab.c-om",
    "0101.com",
    "001a.com",
    "b.gbc.io:443",
    "xn--n3h.com",
    "Asdf.com",
    "192.168.1.1:75050",
    "[fd00:1:2::3]:75050",
    "[fd00123123123]:75050",
    "[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050",
  ];
  const refused = [
    "test.com:http",
    "-ab.com",
    "ab-.com",
    "ab.-com",
    "ab.com-",
    "[fd00:1:2::3]75050",
    "[fd00:1:2::3]::75050",
    "[fd00:1:2::3%eth0]:75050",
    "fd00:1:2::3:75050",
  ];
  it.each(matching)("matches %s", (input) => expect(domainPattern.test(input)).toBe(true));
  it.each(refused)("refuses %s", (input) => expect(domainPattern.test(input)).toBe(false));
});

describe("namePattern", () => {
  const cases: Array<[string, [string, string] | null]> = [
    ["", null],
    ["short", ["", "short"]],
    ["simple/name", ["simple", "name"]],
    ["docker/stevvooe/app", ["docker", "stevvooe/app"]],
    ["aa/aa/bb/bb/bb", ["aa", "aa/bb/bb/bb"]],
    ["a/a/a/a/", null],
    ["a//a/a", null],
    ["foo.com", ["", "foo.com"]],
    ["foo.com/", null],
    ["foo.com:8080/bar", ["foo.com:8080", "bar"]],
    ["foo.com:http/bar", null],
    ["localhost:8080/bar", ["localhost:8080", "bar"]],
    ["sub-dom1.foo.com/bar/baz/quux", ["sub-dom1.foo.com", "bar/baz/quux"]],
    ["a^a", null],
    ["asdf$$^/aa", null],
    ["aa-a/a", ["aa-a", "a"]],
    [`${"a/".repeat(128)}a`, ["a", `${"a/".repeat(127)}a`]],
    ["a-/a/a/a", null],
    ["foo.com/a-/a/a", null],
    ["-foo/bar", null],
    ["foo/bar-", null],
    ["foo/-bar", null],
    ["_foo/bar", null],
    ["foo_bar", ["", "foo_bar"]],
    ["foo_bar.com", ["", "foo_bar.com"]],
    ["foo_bar.com:8080", null],
    ["foo_bar.com:8080/app", null],
    ["____/____", null],
    ["docker_/docker_", null],
    ["example.com/xn--7o8h.com/myimage", ["example.com", "xn--7o8h.com/myimage"]],
    ["example.com/some_separator__underscore/myimage", ["example.com", "some_separator__underscore/myimage"]],
    ["example.com/__underscore/myimage", null],
    ["example.com/..dots/myimage", null],
    ["example.com/.dots/myimage", null],
    ["example.com/nodouble..dots/myimage", null],
    ["docker./docker", null],
    [".docker/docker", null],
    ["do..cker/docker", null],
    ["do__cker:8080/docker", null],
    ["do__cker/docker", ["", "do__cker/docker"]],
    [
      "registry.io/foo/project--id.module--name.ver---sion--name",
      ["registry.io", "foo/project--id.module--name.ver---sion--name"],
    ],
    ["Asdf.com/foo/bar", ["Asdf.com", "foo/bar"]],
    ["Foo/FarB", null],
  ];
  it.each(cases)("%s", (input, subs) => {
    const match = namePattern.exec(input);
    if (subs === null) {
      expect(match).toBeNull();
      return;
    }
    expect([match?.[1] ?? "", match?.[2]]).toEqual(subs);
  });
});

describe("referencePattern", () => {
  const cases: Array<[string, [string, string, string] | null]> = [
    ["registry.com:8080/myapp:tag", ["registry.com:8080/myapp", "tag", ""]],
    [`registry.com:8080/myapp@${digest}`, ["registry.com:8080/myapp", "", digest]],
    [`registry.com:8080/myapp:tag2@${digest}`, ["registry.com:8080/myapp", "tag2", digest]],
    ["registry.com:8080/myapp@sha256:badbadbadbad", null],
    ["registry.com:8080/myapp:invalid~tag", null],
    ["bad_hostname.com:8080/myapp:tag", null],
    // Without a path, "localhost" is the name and 8080 the tag.
    [`localhost:8080@${digest}`, ["localhost", "8080", digest]],
    [`localhost:8080/name@${digest}`, ["localhost:8080/name", "", digest]],
    [`localhost:http/name@${digest}`, null],
    [`localhost@${digest}`, ["localhost", "", digest]],
    ["registry.com:8080/myapp@bad", null],
    ["registry.com:8080/myapp@2bad", null],
  ];
  it.each(cases)("%s", (input, subs) => {
    const match = referencePattern.exec(input);
    if (subs === null) {
      expect(match).toBeNull();
      return;
    }
    expect([match?.[1], match?.[2] ?? "", match?.[3] ?? ""]).toEqual(subs);
  });
});

describe("identifierPattern", () => {
  it("matches 64 lower-case hex digits only", () => {
    expect(identifierPattern.test("da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821")).toBe(true);
    for (const input of [
      "7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C",
      "da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf",
      "sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821",
      "da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482",
    ]) {
      expect(identifierPattern.test(input)).toBe(false);
    }
  });
});
