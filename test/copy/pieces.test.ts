/** The pure pieces of the copy engine: endpoints, tag selection, digest tags, platform subsets, the planner. */
import { describe, expect, it } from "vitest";
import { formatEndpoint, parseEndpoint } from "../../src/copy/endpoint.js";
import { attachedTags, digestOfTag, isDigestTag, selectTags } from "../../src/copy/filters.js";
import type { CopyGraph } from "../../src/copy/graph.js";
import { BlobLocations } from "../../src/copy/locations.js";
import { planCopy } from "../../src/copy/plan.js";
import { platformSubset } from "../../src/copy/subset.js";
import { computeDigest, parseManifest } from "../../src/oci/index.js";
import { buildSampleImage } from "../../src/sample/image.js";

const digest = `sha256:${"a".repeat(64)}`;

describe("parseEndpoint", () => {
  it.each([
    ["ghcr.io/o/app:1.0", { kind: "registry", domain: "ghcr.io", repository: "o/app", tag: "1.0" }],
    ["nginx", { kind: "registry", domain: "docker.io", repository: "library/nginx" }],
    [`localhost:5000/a@${digest}`, { kind: "registry", domain: "localhost:5000", repository: "a", digest }],
    ["oci:./dir", { kind: "layout", dir: "./dir" }],
    ["oci:/tmp/x:latest", { kind: "layout", dir: "/tmp/x", tag: "latest" }],
    [`oci:/tmp/x@${digest}`, { kind: "layout", dir: "/tmp/x", digest }],
    ["oci:/tmp/v1.2:1.0", { kind: "layout", dir: "/tmp/v1.2", tag: "1.0" }],
  ])("%s", (input, expected) => {
    expect(parseEndpoint(input)).toEqual(expected);
  });

  it.each([
    ["oci:", /names no directory/],
    ["oci:/x@sha256:zz", /is not a digest/],
    ["oci:/x:bad tag", /is not a valid tag/],
    ["Ghcr.io/O/App", /./],
  ])("refuses %s", (input, message) => {
    expect(() => parseEndpoint(input)).toThrow(message);
  });

  it("formats endpoints as written", () => {
    expect(formatEndpoint(parseEndpoint("oci:/tmp/x:latest"))).toBe("oci:/tmp/x:latest");
    expect(formatEndpoint(parseEndpoint("ghcr.io/o/app:1"))).toBe("ghcr.io/o/app:1");
  });
});

describe("tag selection and digest tags", () => {
  const hex = "b".repeat(64);
  const tags = ["latest", "v1.0.0", "v1.1.0-rc1", "pr-7", `sha256-${hex}`, `sha256-${hex}.sig`, `sha256-${hex}.att`];

  it("filters with include/exclude and never takes digest tags on their own", () => {
    expect(selectTags(tags, {})).toEqual(["latest", "v1.0.0", "v1.1.0-rc1", "pr-7"]);
    expect(selectTags(tags, { include: ["^v"], exclude: ["-rc"] })).toEqual(["v1.0.0"]);
    expect(() => selectTags(tags, { include: ["("] })).toThrow(/--include: invalid regular expression/);
  });

  it("finds the cosign tags of a digest, not the referrers index tag", () => {
    expect(attachedTags(tags, `sha256:${hex}`)).toEqual([`sha256-${hex}.sig`, `sha256-${hex}.att`]);
    expect(isDigestTag(`sha256-${hex}`)).toBe(true);
    expect(isDigestTag("sha256-short.sig")).toBe(false);
    expect(digestOfTag(`sha256-${hex}.sbom`)).toBe(`sha256:${hex}`);
  });
});

describe("platformSubset", () => {
  const image = buildSampleImage({ platforms: ["linux/amd64", "linux/arm64", "linux/arm/v7"], layers: 1 });
  const parsed = parseManifest(image.index.bytes, image.index.mediaType);
  const entries = parsed.kind === "index" ? parsed.manifests : [];

  it("keeps the matching entries (with aliases) in a new index and every other field", () => {
    const subset = platformSubset(image.index.bytes, entries, [{ os: "linux", architecture: "aarch64" }], "x");
    expect(subset.unchanged).toBe(false);
    expect(subset.kept.map((d) => d.platform?.architecture)).toEqual(["arm64"]);
    expect(subset.digest).toBe(computeDigest(subset.bytes));
    const document = JSON.parse(Buffer.from(subset.bytes).toString()) as Record<string, unknown>;
    expect(document.mediaType).toBe(image.index.mediaType);
    expect(document.schemaVersion).toBe(2);
  });

  it("keeps the original bytes when every platform is wanted", () => {
    const all = ["amd64", "arm64", "arm"].map((architecture) => ({ os: "linux", architecture }));
    const subset = platformSubset(image.index.bytes, entries, all, "x");
    expect(subset).toMatchObject({ unchanged: true, digest: image.index.digest });
  });
});

describe("planCopy", () => {
  const manifest = (d: string, children: string[] = []) => ({
    digest: d,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    bytes: Buffer.from(d),
    targetHas: false,
    children,
    referrers: [],
  });

  it("skips, mounts or copies blobs; children first; the root goes out with its tag", () => {
    const graph: CopyGraph = {
      root: "sha256:root",
      order: ["sha256:child", "sha256:root", "sha256:sig"],
      manifests: new Map([
        ["sha256:child", manifest("sha256:child")],
        ["sha256:root", { ...manifest("sha256:root", ["sha256:child"]) }],
        ["sha256:sig", manifest("sha256:sig")],
      ]),
      blobs: new Map([
        ["sha256:b1", { digest: "sha256:b1", size: 10, mediaType: "x", targetHas: true, mountFrom: [] }],
        ["sha256:b2", { digest: "sha256:b2", size: 20, mediaType: "x", targetHas: undefined, mountFrom: ["other"] }],
        ["sha256:b3", { digest: "sha256:b3", size: 30, mediaType: "x", targetHas: false, mountFrom: [] }],
      ]),
      digestTags: [{ tag: "sha256-root.sig", digest: "sha256:sig" }],
    };
    const plan = planCopy(graph, { rootTags: [{ tag: "1.0", current: "sha256:old" }] });
    expect(plan.blobs.map((b) => b.action)).toEqual(["skip", "mount", "copy"]);
    expect(plan.bytesToCopy).toBe(30);
    expect(plan.manifests.map((m) => m.digest)).toEqual(["sha256:child"]);
    expect(plan.tags.map((t) => [t.tag, t.digest, t.unchanged])).toEqual([
      ["1.0", "sha256:root", false],
      ["sha256-root.sig", "sha256:sig", false],
    ]);
  });

  it("skips manifests the target has unless forced, and leaves an unchanged tag alone", () => {
    const graph: CopyGraph = {
      root: "sha256:root",
      order: ["sha256:root"],
      manifests: new Map([["sha256:root", { ...manifest("sha256:root"), targetHas: true }]]),
      blobs: new Map(),
      digestTags: [],
    };
    const plan = planCopy(graph, { rootTags: [{ tag: "1.0", current: "sha256:root" }] });
    expect(plan.skippedManifests).toEqual(["sha256:root"]);
    expect(plan.tags[0]?.unchanged).toBe(true);
    expect(planCopy(graph, { rootTags: [], force: true }).manifests).toHaveLength(1);
  });
});

describe("BlobLocations", () => {
  it("finds other repositories of the same store, newest first, and forgets bad ones", () => {
    const locations = new BlobLocations();
    locations.add("registry a", "one", digest);
    locations.add("registry a", "two", digest);
    locations.add("registry b", "three", digest);
    expect(locations.find("registry a", digest, "two")).toEqual(["one"]);
    expect(locations.find("registry a", digest)).toEqual(["two", "one"]);
    locations.remove("registry a", "one", digest);
    expect(locations.has("registry a", "one", digest)).toBe(false);
  });
});
