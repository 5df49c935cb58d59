/**
 * The transport's pure pieces: challenges, warnings, Retry-After, Link headers, resolve entries, loopback hosts,
 * error bodies.
 */
import { describe, expect, it } from "vitest";
import { parseErrorBody } from "../../src/registry/errors.js";
import { HostMap, isLoopback, parseResolve } from "../../src/registry/hosts.js";
import { parseChallenge } from "../../src/registry/index.js";
import { nextLink } from "../../src/registry/link.js";
import { isRetryableStatus, parseRetryAfter, retryDelay } from "../../src/registry/retry.js";
import { parseWarnings } from "../../src/registry/warning.js";

describe("parseChallenge", () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:user/image:pull"',
      {
        scheme: "bearer",
        params: { realm: "https://ghcr.io/token", service: "ghcr.io", scope: "repository:user/image:pull" },
      },
    ],
    ['Basic realm="Registry Realm"', { scheme: "basic", params: { realm: "Registry Realm" } }],
    [
      "bearer realm=https://auth.example/token, service=reg",
      { scheme: "bearer", params: { realm: "https://auth.example/token", service: "reg" } },
    ],
    ['Bearer realm="a\\"b"', { scheme: "bearer", params: { realm: 'a"b' } }],
  ])("%s", (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });
  it("returns undefined without a header", () => {
    expect(parseChallenge(undefined)).toBeUndefined();
    expect(parseChallenge("")).toBeUndefined();
  });
});

describe("parseWarnings", () => {
  it("keeps 299 texts and ignores other codes", () => {
    expect(parseWarnings(['299 - "first"', '199 - "misc"'])).toEqual(["first"]);
    expect(parseWarnings('299 registry "a \\"quoted\\" text", 299 - "second"')).toEqual(['a "quoted" text', "second"]);
    expect(parseWarnings(undefined)).toEqual([]);
  });
});

describe("retries", () => {
  it("retries 408, 429 and 5xx but not 501, 505 or 4xx", () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 501, 505].some(isRetryableStatus)).toBe(false);
  });
  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("7")).toBe(7000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
  it("bounds waits and attempts", () => {
    expect(retryDelay(1, 5000, { maxDelayMs: 10_000 })).toBe(5000);
    expect(retryDelay(1, 60_000, { maxDelayMs: 10_000 })).toBeUndefined();
    expect(retryDelay(4, undefined, { retries: 3 })).toBeUndefined();
    const backoff = retryDelay(3, undefined, { baseDelayMs: 100 }) ?? -1;
    expect(backoff).toBeGreaterThanOrEqual(200);
    expect(backoff).toBeLessThanOrEqual(400);
  });
});

describe("nextLink", () => {
  const base = "http://r.example/v2/o/n/tags/list?n=2";
  it("resolves rel=next against the request URL", () => {
    expect(nextLink('</v2/o/n/tags/list?n=2&last=b>; rel="next"', base)).toBe(
      "http://r.example/v2/o/n/tags/list?n=2&last=b",
    );
    expect(nextLink('<https://other/x?a=1>; rel="prev", </y>; rel=next', base)).toBe("http://r.example/y");
  });
  it("returns undefined without a next link", () => {
    expect(nextLink('</x>; rel="prev"', base)).toBeUndefined();
    expect(nextLink(undefined, base)).toBeUndefined();
  });
});

describe("hosts", () => {
  it.each([
    ["localhost", true],
    ["localhost:5000", true],
    ["127.0.0.1:5000", true],
    ["127.254.0.9", true],
    ["[::1]:5000", true],
    ["ghcr.io", false],
    ["128.0.0.1", false],
    ["localhost.example.com", false],
  ])("isLoopback(%s) = %s", (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it("parses resolve entries and refuses malformed ones", () => {
    expect(parseResolve(["GHCR.io=http://127.0.0.1:5000/ignored/path", " "])).toEqual({
      "ghcr.io": "http://127.0.0.1:5000",
    });
    expect(() => parseResolve(["ghcr.io"])).toThrow(/expected HOST=URL/);
    expect(() => parseResolve(["ghcr.io=ftp://x"])).toThrow(/expected HOST=URL/);
  });

  it("rewrites URLs a resolved registry hands out", () => {
    const hosts = new HostMap({ resolve: { "ghcr.io": "http://127.0.0.1:5000" } });
    expect(hosts.baseUrl("ghcr.io")).toBe("http://127.0.0.1:5000");
    expect(hosts.rewrite("https://ghcr.io/token?scope=x")).toBe("http://127.0.0.1:5000/token?scope=x");
    expect(hosts.rewrite("https://pkg-containers.githubusercontent.com/x")).toBe(
      "https://pkg-containers.githubusercontent.com/x",
    );
  });
});

describe("parseErrorBody", () => {
  it("reads the distribution shape, token-server shapes and text", () => {
    expect(parseErrorBody('{"errors":[{"code":"DENIED","message":"no","detail":{"x":1}}]}')).toEqual([
      { code: "DENIED", message: "no", detail: { x: 1 } },
    ]);
    expect(parseErrorBody('{"details":"incorrect username or password"}')).toEqual([
      { code: "", message: "incorrect username or password" },
    ]);
    expect(parseErrorBody("Bad Gateway\n")).toEqual([{ code: "", message: "Bad Gateway" }]);
    expect(parseErrorBody("")).toEqual([]);
  });
});
