import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import {
  computeDigest,
  DOCKER_MANIFEST_LIST,
  OCI_INDEX,
  OCI_MANIFEST,
  type ParsedIndex,
  parseManifest,
  parsePlatform,
} from "../oci/index.js";
import { MemoryStore } from "../store/memory.js";
import { parseIndexAnnotations } from "./index-annotations.js";
import {
  ATTESTATION_MANIFEST,
  type IndexSource,
  planIndex,
  planRemove,
  REFERENCE_DIGEST_ANNOTATION,
  REFERENCE_TYPE_ANNOTATION,
} from "./index-plan.js";
import { loadIndexSource } from "./index-sources.js";
import { pushArchImage, pushBuildxImage } from "./index-test-support.js";

const store = new MemoryStore();

async function source(platform: string, options: { docker?: boolean; repo?: string } = {}): Promise<IndexSource> {
  const repo = options.repo ?? "app";
  const tag = `${platform.replace(/[/:.]/g, "-")}${options.docker ? "-docker" : ""}`;
  await pushArchImage(store, repo, platform, { ...(options.docker ? { docker: true } : {}), tag });
  return await loadIndexSource(store, { repository: repo, reference: tag, label: `${repo}:${tag}` });
}

async function buildxSource(platform: string, tag: string): Promise<IndexSource> {
  await pushBuildxImage(store, "app", platform, tag);
  return await loadIndexSource(store, { repository: "app", reference: tag, label: `app:${tag}` });
}

function json(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(Buffer.from(bytes).toString("utf8")) as Record<string, unknown>;
}

function errorOf(fn: () => unknown): DockhandError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DockhandError) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("planIndex", () => {
  it("combines OCI images into an OCI index with the platforms of their configs", async () => {
    const amd = await source("linux/amd64");
    const arm = await source("linux/arm64/v8");
    const plan = planIndex([amd, arm]);
    expect(plan.mediaType).toBe(OCI_INDEX);
    expect(plan.digest).toBe(computeDigest(plan.bytes));
    expect(plan.size).toBe(plan.bytes.byteLength);
    expect(json(plan.bytes)).toEqual({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: amd.digest,
          size: amd.bytes.byteLength,
          platform: { architecture: "amd64", os: "linux" },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: arm.digest,
          size: arm.bytes.byteLength,
          platform: { architecture: "arm64", os: "linux", variant: "v8" },
        },
      ],
    });
    expect(parseManifest(plan.bytes).kind).toBe("index");
    expect(plan.carbonCopy).toBe(false);
  });

  it("makes a Docker manifest list when every image is a Docker v2 manifest", async () => {
    const plan = planIndex([
      await source("linux/amd64", { docker: true }),
      await source("linux/arm64", { docker: true }),
    ]);
    expect(plan.mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(json(plan.bytes).mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(parseManifest(plan.bytes, DOCKER_MANIFEST_LIST).kind).toBe("index");
  });

  it("makes an OCI index for Docker images when annotations are asked for, or when one image is OCI", async () => {
    const dockerAmd = await source("linux/amd64", { docker: true });
    const dockerArm = await source("linux/arm64", { docker: true });
    const annotated = planIndex([dockerAmd, dockerArm], { annotations: parseIndexAnnotations(["index:a=b"]) });
    expect(annotated.mediaType).toBe(OCI_INDEX);
    expect(json(annotated.bytes).annotations).toEqual({ a: "b" });
    const mixed = planIndex([dockerAmd, await source("linux/arm64")]);
    expect(mixed.mediaType).toBe(OCI_INDEX);
  });

  it("reads os.version from the config and keeps Windows builds of different versions apart", async () => {
    const a = await source("windows/amd64:10.0.17763.1");
    const b = await source("windows/amd64:10.0.20348.1");
    const plan = planIndex([a, b]);
    const manifests = json(plan.bytes).manifests as { platform: Record<string, string> }[];
    expect(manifests.map((m) => m.platform["os.version"])).toEqual(["10.0.17763.1", "10.0.20348.1"]);
  });

  it("flattens buildx indexes and keeps each attestation manifest after the images, with its annotations", async () => {
    const amd = await buildxSource("linux/amd64", "bx-amd64");
    const arm = await buildxSource("linux/arm64", "bx-arm64");
    const plan = planIndex([amd, arm]);
    expect(plan.mediaType).toBe(OCI_INDEX);
    const manifests = json(plan.bytes).manifests as {
      digest: string;
      annotations?: Record<string, string>;
      platform: unknown;
    }[];
    const amdIndex = amd.manifest as ParsedIndex;
    const armIndex = arm.manifest as ParsedIndex;
    expect(manifests.map((m) => m.digest)).toEqual([
      amdIndex.manifests[0]?.digest,
      armIndex.manifests[0]?.digest,
      amdIndex.manifests[1]?.digest,
      armIndex.manifests[1]?.digest,
    ]);
    expect(manifests[2]?.annotations).toEqual({
      [REFERENCE_DIGEST_ANNOTATION]: amdIndex.manifests[0]?.digest,
      [REFERENCE_TYPE_ANNOTATION]: ATTESTATION_MANIFEST,
    });
    expect(manifests[3]?.platform).toEqual({ architecture: "unknown", os: "unknown" });
    expect(plan.entries.filter((e) => e.attestation)).toHaveLength(2);
  });

  it("refuses two images of one platform, naming both sources", async () => {
    const a = await source("linux/arm64", { repo: "one" });
    const b = await source("linux/arm64/v8", { repo: "two" });
    const error = errorOf(() => planIndex([a, b]));
    expect(error.code).toBe("INDEX_DUPLICATE_PLATFORM");
    expect(error.exit).toBe(1);
    expect(error.message).toContain("linux/arm64");
    expect(error.message).toContain(a.label);
    expect(error.message).toContain(b.label);
    expect(error.hint).toContain("index remove");
  });

  it("refuses a duplicate platform that comes from a flattened index", async () => {
    const bx = await buildxSource("linux/amd64", "bx-dup");
    const single = await source("linux/amd64", { repo: "other" });
    expect(errorOf(() => planIndex([bx, single])).code).toBe("INDEX_DUPLICATE_PLATFORM");
  });

  it("takes the same image twice once", async () => {
    const amd = await source("linux/amd64");
    const plan = planIndex([amd, amd, await source("linux/arm64")]);
    expect((json(plan.bytes).manifests as unknown[]).length).toBe(2);
  });

  it("copies a single index source exactly, but rebuilds it when annotating", async () => {
    const bx = await buildxSource("linux/amd64", "bx-copy");
    const copy = planIndex([bx]);
    expect(copy.carbonCopy).toBe(true);
    expect(copy.digest).toBe(bx.digest);
    expect(Buffer.from(copy.bytes).equals(Buffer.from(bx.bytes))).toBe(true);
    const annotated = planIndex([bx], { annotations: parseIndexAnnotations(["index:x=y"]) });
    expect(annotated.carbonCopy).toBe(false);
    expect(annotated.digest).not.toBe(bx.digest);
  });

  it("wraps a single image source in an index of one", async () => {
    const amd = await source("linux/amd64");
    const plan = planIndex([amd]);
    expect(plan.mediaType).toBe(OCI_INDEX);
    expect((json(plan.bytes).manifests as unknown[]).length).toBe(1);
  });

  it("puts index annotations on the index and descriptor annotations on the matching image entries only", async () => {
    const amd = await buildxSource("linux/amd64", "bx-ann-amd64");
    const arm = await source("linux/arm64");
    const annotations = parseIndexAnnotations([
      "index:org.opencontainers.image.source=https://github.com/o/app",
      "manifest-descriptor:org.opencontainers.image.title=app",
      "manifest-descriptor[linux/arm64]:arch-note=arm",
    ]);
    const document = json(planIndex([amd, arm], { annotations }).bytes) as {
      annotations: Record<string, string>;
      manifests: { annotations?: Record<string, string> }[];
    };
    expect(document.annotations).toEqual({ "org.opencontainers.image.source": "https://github.com/o/app" });
    expect(document.manifests[0]?.annotations).toEqual({ "org.opencontainers.image.title": "app" });
    expect(document.manifests[1]?.annotations).toEqual({ "org.opencontainers.image.title": "app", "arch-note": "arm" });
    // The attestation entry keeps only its own annotations.
    expect(Object.keys(document.manifests[2]?.annotations ?? {})).toEqual([
      REFERENCE_DIGEST_ANNOTATION,
      REFERENCE_TYPE_ANNOTATION,
    ]);
  });

  it("leaves out an attestation whose image is not in the index", async () => {
    const bx = await buildxSource("linux/amd64", "bx-orphan");
    const index = bx.manifest as ParsedIndex;
    const attestationOnly: IndexSource = {
      ...bx,
      label: "orphan",
      manifest: { ...index, manifests: index.manifests.slice(1) },
    };
    const plan = planIndex([attestationOnly, await source("linux/arm64")]);
    expect(plan.dropped.map((e) => e.descriptor.digest)).toEqual([index.manifests[1]?.digest]);
    expect((json(plan.bytes).manifests as unknown[]).length).toBe(1);
  });

  it("refuses an image whose config names no platform", async () => {
    const amd = await source("linux/amd64");
    const error = errorOf(() => planIndex([{ ...amd, platform: undefined }]));
    expect(error.code).toBe("INDEX_SOURCE_NO_PLATFORM");
    expect(error.message).toContain(amd.label);
  });
});

describe("planRemove", () => {
  it("removes a platform and the attestation describing it, keeping media type and annotations", async () => {
    const amd = await buildxSource("linux/amd64", "rm-amd64");
    const arm = await buildxSource("linux/arm64", "rm-arm64");
    const combined = planIndex([amd, arm], { annotations: parseIndexAnnotations(["index:k=v"]) });
    const parsed = parseManifest(combined.bytes) as ParsedIndex;
    const plan = planRemove(parsed, [parsePlatform("linux/arm64")], "app:main");
    const document = json(plan.bytes) as { annotations: unknown; manifests: { digest: string }[]; mediaType: string };
    expect(document.mediaType).toBe(OCI_INDEX);
    expect(document.annotations).toEqual({ k: "v" });
    const armIndex = arm.manifest as ParsedIndex;
    expect(plan.removed.map((d) => d.digest)).toEqual(armIndex.manifests.map((d) => d.digest));
    expect(document.manifests.map((m) => m.digest)).toEqual(
      (amd.manifest as ParsedIndex).manifests.map((d) => d.digest),
    );
    expect(plan.digest).toBe(computeDigest(plan.bytes));
  });

  it("names the platforms present when the one to remove is not there", async () => {
    const combined = planIndex([await source("linux/amd64"), await source("linux/arm64")]);
    const error = errorOf(() =>
      planRemove(parseManifest(combined.bytes) as ParsedIndex, [parsePlatform("linux/s390x")], "app:main"),
    );
    expect(error.code).toBe("INDEX_PLATFORM_NOT_FOUND");
    expect(error.message).toBe("app:main has no linux/s390x image");
    expect(error.hint).toBe("its platforms: linux/amd64, linux/arm64");
  });

  it("refuses to leave an index with no image", async () => {
    const combined = planIndex([await buildxSource("linux/amd64", "rm-last")], {
      annotations: parseIndexAnnotations(["index:k=v"]),
    });
    const error = errorOf(() =>
      planRemove(parseManifest(combined.bytes) as ParsedIndex, [parsePlatform("linux/amd64")], "app:x"),
    );
    expect(error.code).toBe("INDEX_EMPTY");
  });
});

describe("parseIndexAnnotations", () => {
  it("reads index, unprefixed and per-platform descriptor annotations", () => {
    expect(
      parseIndexAnnotations(["index:a=1", "b=2=3", "manifest-descriptor:c=", "manifest-descriptor[linux/arm/v7]:d=4"]),
    ).toEqual({
      index: { a: "1", b: "2=3" },
      descriptors: [
        { key: "c", value: "" },
        { key: "d", value: "4", platform: { os: "linux", architecture: "arm", variant: "v7" } },
      ],
    });
  });

  it.each([
    ["manifest:a=b", "manifest annotations would change"],
    ["index:novalue", "missing KEY=VALUE"],
    ["=x", "missing KEY=VALUE"],
    ["index[linux/amd64]:a=b", "takes no platform"],
  ])("refuses %s", (value, message) => {
    const error = errorOf(() => parseIndexAnnotations([value]));
    expect(error.code).toBe("ANNOTATION_INVALID");
    expect(error.exit).toBe(2);
    expect(error.message).toContain(message);
  });
});
