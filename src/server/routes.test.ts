import { describe, expect, it } from "vitest";
import { parseRoute } from "./routes.js";

const digest = `sha256:${"a".repeat(64)}`;

describe("parseRoute", () => {
  const cases: [string, ReturnType<typeof parseRoute>][] = [
    ["/v2/", { kind: "ping" }],
    ["/v2", { kind: "ping" }],
    ["/v2/_catalog", { kind: "catalog" }],
    ["/v2/a/b/c/tags/list", { kind: "tags", name: "a/b/c" }],
    ["/v2/a/b/c/manifests/latest", { kind: "manifest", name: "a/b/c", reference: "latest" }],
    [`/v2/x/manifests/${digest}`, { kind: "manifest", name: "x", reference: digest }],
    [`/v2/x/manifests/${digest.replace(":", "%3A")}`, { kind: "manifest", name: "x", reference: digest }],
    [`/v2/a/b/blobs/${digest}`, { kind: "blob", name: "a/b", digest }],
    ["/v2/a/b/blobs/uploads/", { kind: "uploads", name: "a/b" }],
    ["/v2/a/b/blobs/uploads", { kind: "uploads", name: "a/b" }],
    ["/v2/a/b/blobs/uploads/1234-abcd", { kind: "upload", name: "a/b", id: "1234-abcd" }],
    [`/v2/a/referrers/${digest}`, { kind: "referrers", name: "a", digest }],
    // Names may contain the endpoint words: the last marker ends the name.
    ["/v2/manifests/manifests/manifests/x", { kind: "manifest", name: "manifests/manifests", reference: "x" }],
    [`/v2/a/blobs/uploads/blobs/${digest}`, { kind: "blob", name: "a/blobs/uploads", digest }],
    ["/v2/tags/list/tags/list", { kind: "tags", name: "tags/list" }],
    ["/v1/a/manifests/x", undefined],
    ["/v2/a", undefined],
    ["/v2/a/manifests/", undefined],
    ["/", undefined],
  ];
  for (const [path, expected] of cases) {
    it(`${path} → ${expected ? expected.kind : "not an API path"}`, () => {
      expect(parseRoute(path)).toEqual(expected);
    });
  }
});
