/**
 * OCI image layouts made by real tools for interop tests: `umoci` builds multi-layer images without a daemon,
 * and an index over two of them is written by hand (umoci does not make indexes). `skopeo` pushes layouts to a
 * registry.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { computeDigest, OCI_INDEX } from "../../src/oci/index.js";
import { hasTool, runTool } from "./tools.js";

/** True when umoci and skopeo are installed (throws in CI when they are not: DOCKHAND_REQUIRE_INTEROP=1). */
export function hasImageTools(): boolean {
  return hasTool("umoci") && hasTool("skopeo");
}

/** A manifest in a layout: what `index.json` says about it. */
export interface LayoutManifest {
  tag: string;
  mediaType: string;
  digest: string;
  size: number;
}

/** Options of {@link buildLayoutImage}. */
export interface LayoutImageOptions {
  /** GOARCH-style architecture (default amd64). */
  architecture?: string;
  /** One map of path → content per layer (default: two small layers). */
  layers?: Record<string, string>[];
}

interface LayoutIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: { mediaType: string; digest: string; size: number; annotations?: Record<string, string> }[];
}

async function readIndex(dir: string): Promise<LayoutIndex> {
  return JSON.parse(await readFile(join(dir, "index.json"), "utf8")) as LayoutIndex;
}

/** The entry of `tag` in a layout's index.json. */
export async function layoutManifest(dir: string, tag: string): Promise<LayoutManifest> {
  const entry = (await readIndex(dir)).manifests.find(
    (m) => m.annotations?.["org.opencontainers.image.ref.name"] === tag,
  );
  if (!entry) throw new Error(`${dir} has no tag ${tag}`);
  return { tag, mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
}

/** Builds an image with umoci in the layout `dir` (created when missing): one layer per entry of `layers`. */
export async function buildLayoutImage(
  dir: string,
  tag: string,
  options: LayoutImageOptions = {},
): Promise<LayoutManifest> {
  const layers = options.layers ?? [
    { "etc/motd": `hello from ${tag}\n` },
    { "app/run.sh": `#!/bin/sh\necho ${tag}\n` },
  ];
  const image = `${dir}:${tag}`;
  try {
    await readFile(join(dir, "index.json"));
  } catch {
    runTool("umoci", ["init", "--layout", dir]);
  }
  runTool("umoci", ["new", "--image", image]);
  runTool("umoci", ["config", "--image", image, "--os", "linux", "--architecture", options.architecture ?? "amd64"]);
  const work = await mkdtemp(join(tmpdir(), "dockhand-umoci-"));
  try {
    for (const [i, files] of layers.entries()) {
      const bundle = join(work, `bundle-${i}`);
      runTool("umoci", ["unpack", "--rootless", "--image", image, bundle]);
      for (const [path, content] of Object.entries(files)) {
        const target = join(bundle, "rootfs", path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
      runTool("umoci", ["repack", "--image", image, bundle]);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  runTool("umoci", ["gc", "--layout", dir]);
  return await layoutManifest(dir, tag);
}

/**
 * Builds a two-platform image: umoci images for linux/amd64 and linux/arm64 (tagged `TAG-amd64`, `TAG-arm64`)
 * and an OCI index over them, written into the layout's blobs and tagged `tag`.
 */
export async function buildLayoutIndex(
  dir: string,
  tag: string,
  architectures = ["amd64", "arm64"],
): Promise<LayoutManifest> {
  const children: LayoutManifest[] = [];
  for (const architecture of architectures) {
    children.push(
      await buildLayoutImage(dir, `${tag}-${architecture}`, {
        architecture,
        layers: [{ "etc/arch": `${architecture}\n` }, { "app/bin": `binary for ${architecture}\n` }],
      }),
    );
  }
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: children.map((child, i) => ({
      mediaType: child.mediaType,
      digest: child.digest,
      size: child.size,
      platform: { os: "linux", architecture: architectures[i] },
    })),
  };
  const bytes = Buffer.from(JSON.stringify(index));
  const digest = computeDigest(bytes);
  await writeFile(join(dir, "blobs", "sha256", digest.slice("sha256:".length)), bytes);
  const layout = await readIndex(dir);
  layout.manifests.push({
    mediaType: OCI_INDEX,
    digest,
    size: bytes.length,
    annotations: { "org.opencontainers.image.ref.name": tag },
  });
  await writeFile(join(dir, "index.json"), JSON.stringify(layout));
  return { tag, mediaType: OCI_INDEX, digest, size: bytes.length };
}

/** Pushes `tag` of a layout (all platforms of an index) to `host/repository:destTag` over plain HTTP with skopeo. */
export function skopeoPush(dir: string, tag: string, host: string, destination: string): void {
  runTool("skopeo", [
    "copy",
    "--all",
    "--preserve-digests",
    "--dest-tls-verify=false",
    `oci:${dir}:${tag}`,
    `docker://${host}/${destination}`,
  ]);
}

/** Reads the raw manifest of a registry image with skopeo (an independent client's view). */
export function skopeoRawManifest(host: string, reference: string): string {
  return runTool("skopeo", ["inspect", "--raw", "--tls-verify=false", `docker://${host}/${reference}`]);
}
