import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { computeDigest, MAX_MANIFEST_BYTES } from "./digest.js";
import { manifestArtifactType, manifestChildren, manifestSubject, parseManifest } from "./manifest.js";
import {
  DOCKER_CONFIG,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_EMPTY_DESCRIPTOR,
  OCI_INDEX,
  OCI_LAYER_GZIP,
  OCI_MANIFEST,
} from "./mediaTypes.js";

const d1 = computeDigest("one");
const d2 = computeDigest("two");
const d3 = computeDigest("three");
const encode = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

const ociImage = {
  schemaVersion: 2,
  mediaType: OCI_MANIFEST,
  config: { mediaType: OCI_CONFIG, digest: d1, size: 3 },
  layers: [{ mediaType: OCI_LAYER_GZIP, digest: d2, size: 3 }],
  annotations: { "org.opencontainers.image.source": "https://example.com" },
};

const ociIndex = {
  schemaVersion: 2,
  mediaType: OCI_INDEX,
  manifests: [
    { mediaType: OCI_MANIFEST, digest: d1, size: 10, platform: { os: "linux", architecture: "amd64" } },
    { mediaType: OCI_MANIFEST, digest: d2, size: 11, platform: { os: "linux", architecture: "arm64", variant: "v8" } },
  ],
};

const artifact = {
  schemaVersion: 2,
  mediaType: OCI_MANIFEST,
  artifactType: "application/vnd.example.sbom",
  config: OCI_EMPTY_DESCRIPTOR,
  layers: [{ mediaType: "application/spdx+json", digest: d3, size: 5 }],
  subject: { mediaType: OCI_MANIFEST, digest: d1, size: 10 },
};

function failure(bytes: Uint8Array, hint?: string): DockhandError {
  try {
    parseManifest(bytes, hint);
  } catch (error) {
    if (error instanceof DockhandError) return error;
    throw error;
  }
  throw new Error("expected parseManifest to fail");
}

describe("parseManifest: good documents", () => {
  it("reads an OCI image manifest", () => {
    const parsed = parseManifest(encode(ociImage));
    expect(parsed.kind).toBe("image");
    expect(parsed.mediaType).toBe(OCI_MANIFEST);
    expect(manifestChildren(parsed).map((d) => d.digest)).toEqual([d1, d2]);
    expect(manifestSubject(parsed)).toBeUndefined();
    expect(manifestArtifactType(parsed)).toBe(OCI_CONFIG);
    expect(parsed.annotations).toEqual(ociImage.annotations);
  });

  it("reads an OCI index with platforms", () => {
    const parsed = parseManifest(encode(ociIndex), OCI_INDEX);
    expect(parsed.kind).toBe("index");
    expect(manifestChildren(parsed).map((d) => d.platform?.architecture)).toEqual(["amd64", "arm64"]);
  });

  it("reads an artifact with a subject and embedded empty config", () => {
    const parsed = parseManifest(encode(artifact));
    expect(manifestSubject(parsed)?.digest).toBe(d1);
    expect(manifestArtifactType(parsed)).toBe("application/vnd.example.sbom");
  });

  it("reads Docker v2 manifests and manifest lists", () => {
    const docker = {
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: DOCKER_CONFIG, digest: d1, size: 3 },
      layers: [{ mediaType: DOCKER_LAYER_GZIP, digest: d2, size: 3 }],
    };
    expect(parseManifest(encode(docker), `${DOCKER_MANIFEST}; charset=utf-8`).kind).toBe("image");
    const list = { ...ociIndex, mediaType: DOCKER_MANIFEST_LIST };
    const parsed = parseManifest(encode(list));
    expect(parsed).toMatchObject({ kind: "index", mediaType: DOCKER_MANIFEST_LIST });
  });

  it("takes the media type from the hint, or the shape, when the document has none", () => {
    const { mediaType: _, ...bare } = ociIndex;
    expect(parseManifest(encode(bare), OCI_INDEX).mediaType).toBe(OCI_INDEX);
    const { mediaType: __, ...bareImage } = ociImage;
    expect(parseManifest(encode(bareImage)).mediaType).toBe(OCI_MANIFEST);
  });
});

describe("parseManifest: unknown fields", () => {
  it("keeps the known fields of descriptors and platforms and drops the rest", () => {
    const entry = {
      ...ociIndex.manifests[0],
      "x-extra": true,
      platform: { os: "linux", architecture: "amd64", "x-cpu": "fast" },
    };
    const parsed = parseManifest(encode({ ...ociIndex, manifests: [entry], "x-top": 1 }));
    expect(parsed.kind === "index" && parsed.manifests[0]).toEqual({
      mediaType: OCI_MANIFEST,
      digest: d1,
      size: 10,
      platform: { os: "linux", architecture: "amd64" },
    });
  });
});

describe("parseManifest: bad documents", () => {
  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["an array", "[]", /not a JSON object/],
    ["schema 1", { schemaVersion: 1, name: "x", tag: "y", fsLayers: [] }, /schema 1/],
    ["schemaVersion 3", { ...ociImage, schemaVersion: 3 }, /schemaVersion: schemaVersion must be 2/],
    [
      "a bad layer digest",
      { ...ociImage, layers: [{ mediaType: OCI_LAYER_GZIP, digest: "sha256:abc", size: 1 }] },
      /layers\[0\]\.digest: invalid digest "sha256:abc"/,
    ],
    [
      "a negative size",
      { ...ociImage, config: { ...ociImage.config, size: -1 } },
      /config\.size: size must not be negative/,
    ],
    ["no config", { schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] }, /config: /],
    [
      "a bad media type",
      { ...ociImage, layers: [{ mediaType: "gzip", digest: d2, size: 3 }] },
      /layers\[0\]\.mediaType: not a media type/,
    ],
    [
      "data that lies",
      { ...artifact, config: { ...OCI_EMPTY_DESCRIPTOR, data: "e30K" } },
      /config\.data: data does not match/,
    ],
    [
      "an index entry without a platform os",
      { ...ociIndex, manifests: [{ ...ociIndex.manifests[0], platform: { architecture: "amd64" } }] },
      /manifests\[0\]\.platform\.os/,
    ],
    [
      "an unknown media type",
      { ...ociImage, mediaType: "application/vnd.example+json" },
      /unsupported manifest media type/,
    ],
    ["no mediaType and no shape", { schemaVersion: 2 }, /no mediaType/],
  ])("refuses %s", (_name, document, message) => {
    const error = failure(encode(document));
    expect(error.code).toBe("MANIFEST_INVALID");
    expect(error.message).toMatch(message);
  });

  it("names every wrong field in one message", () => {
    const document = {
      ...ociImage,
      config: { ...ociImage.config, size: "3" },
      layers: [{ mediaType: OCI_LAYER_GZIP, digest: d2 }, "layer"],
      annotations: { ok: "yes", count: 2 },
    };
    const error = failure(encode(document));
    expect(error.details).toMatchObject({
      problems: [
        "annotations.count: must be a string, not a number",
        "config.size: size must be an integer",
        "layers[0].size: is required",
        "layers[1]: must be a descriptor object, not a string",
      ],
    });
  });

  it("refuses a platform field of the wrong type", () => {
    const entry = { ...ociIndex.manifests[0], platform: { os: "linux", architecture: "amd64", features: "sse4" } };
    const error = failure(encode({ ...ociIndex, manifests: [entry] }));
    expect(error.message).toMatch(/manifests\[0\]\.platform\.features: must be an array, not a string/);
  });

  it("refuses a document whose mediaType disagrees with the hint", () => {
    const error = failure(encode(ociImage), OCI_INDEX);
    expect(error.message).toMatch(/declares mediaType .*manifest.* but was given as .*index/);
  });

  it("refuses a Docker schema 1 content type", () => {
    expect(failure(encode({}), "application/vnd.docker.distribution.manifest.v1+prettyjws").message).toMatch(
      /schema 1/,
    );
  });

  it("refuses an oversized manifest", () => {
    const big = new Uint8Array(MAX_MANIFEST_BYTES + 1).fill(32);
    expect(failure(big).details).toMatchObject({ limit: MAX_MANIFEST_BYTES });
  });
});
