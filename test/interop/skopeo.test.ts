/**
 * Interop with a real client: skopeo copies umoci-built images (multi-layer, and a two-platform index) into and out
 * of `dockhand serve` with identical digests; skopeo inspect, list-tags and delete work against it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildLayoutImage,
  buildLayoutIndex,
  hasImageTools,
  type LayoutManifest,
  layoutManifest,
} from "../helpers/images.js";
import { runTool } from "../helpers/tools.js";
import { type ServeProcess, startServeProcess } from "./serve-process.js";

describe.skipIf(!hasImageTools())("skopeo against dockhand serve", () => {
  let work: string;
  let source: string;
  let registry: ServeProcess;
  let single: LayoutManifest;
  let multi: LayoutManifest;

  const skopeo = (...args: string[]) => runTool("skopeo", args);
  const remote = (reference: string) => `docker://${registry.host}/${reference}`;
  const blobFiles = async (dir: string, manifestDigest: string): Promise<string[]> => {
    const path = (digest: string) => join(dir, "blobs", ...digest.split(":"));
    const manifest = JSON.parse(await readFile(path(manifestDigest), "utf8")) as {
      config: { digest: string };
      layers: { digest: string }[];
    };
    return [manifest.config.digest, ...manifest.layers.map((layer) => layer.digest)];
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "dockhand-interop-"));
    source = join(work, "source");
    single = await buildLayoutImage(source, "v1", {
      layers: [{ "etc/one": "first layer\n" }, { "usr/two": "second layer\n" }, { "opt/three": "third layer\n" }],
    });
    multi = await buildLayoutIndex(source, "multi");
    registry = await startServeProcess(["--storage", join(work, "registry")]);
  });
  afterAll(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it("copies a three-layer image in and out with identical digests", async () => {
    skopeo("copy", "--preserve-digests", "--dest-tls-verify=false", `oci:${source}:v1`, remote("team/app:v1"));
    const out = join(work, "out");
    skopeo("copy", "--preserve-digests", "--src-tls-verify=false", remote("team/app:v1"), `oci:${out}:v1`);
    const copied = await layoutManifest(out, "v1");
    expect(copied.digest).toBe(single.digest);
    expect(await blobFiles(out, copied.digest)).toEqual(await blobFiles(source, single.digest));
    expect(await blobFiles(source, single.digest)).toHaveLength(4);
  });

  it("copies a two-platform index with --all, keeping every digest", async () => {
    skopeo(
      "copy",
      "--all",
      "--preserve-digests",
      "--dest-tls-verify=false",
      `oci:${source}:multi`,
      remote("team/app:multi"),
    );
    const out = join(work, "out-multi");
    skopeo(
      "copy",
      "--all",
      "--preserve-digests",
      "--src-tls-verify=false",
      remote("team/app:multi"),
      `oci:${out}:multi`,
    );
    expect((await layoutManifest(out, "multi")).digest).toBe(multi.digest);
    const raw = skopeo("inspect", "--raw", "--tls-verify=false", remote("team/app:multi"));
    expect(JSON.parse(raw).manifests).toHaveLength(2);
  });

  it("copies between repositories of the same registry (docker to docker)", () => {
    skopeo(
      "copy",
      "--preserve-digests",
      "--src-tls-verify=false",
      "--dest-tls-verify=false",
      remote("team/app:v1"),
      remote("other/copy:v1"),
    );
    const inspected = JSON.parse(skopeo("inspect", "--tls-verify=false", remote("other/copy:v1"))) as {
      Digest: string;
    };
    expect(inspected.Digest).toBe(single.digest);
  });

  it("answers skopeo inspect with the digest, layers and platform", () => {
    const inspected = JSON.parse(skopeo("inspect", "--tls-verify=false", remote("team/app:v1"))) as {
      Digest: string;
      Layers: string[];
      Architecture: string;
      Os: string;
    };
    expect(inspected.Digest).toBe(single.digest);
    expect(inspected.Layers).toHaveLength(3);
    expect(inspected).toMatchObject({ Architecture: "amd64", Os: "linux" });
  });

  it("lists tags with skopeo list-tags", () => {
    const listed = JSON.parse(skopeo("list-tags", "--tls-verify=false", remote("team/app"))) as { Tags: string[] };
    expect(listed.Tags).toEqual(["multi", "v1"]);
  });

  it("deletes with skopeo delete", () => {
    skopeo("delete", "--tls-verify=false", remote(`other/copy@${single.digest}`));
    expect(() => skopeo("inspect", "--raw", "--tls-verify=false", remote("other/copy:v1"))).toThrow();
    expect(() => skopeo("inspect", "--raw", "--tls-verify=false", remote("team/app:v1"))).not.toThrow();
  });
});
