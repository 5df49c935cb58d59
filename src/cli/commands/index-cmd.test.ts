import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../../../test/helpers/reference-registry.js";
import { hasTool, runTool } from "../../../test/helpers/tools.js";
import { DOCKER_MANIFEST_LIST, OCI_INDEX, parseManifest } from "../../oci/index.js";
import { pushArchImage, pushBuildxImage } from "../../publish/index-test-support.js";
import { RegistryClient, RegistryStore } from "../../registry/index.js";
import { type RunningRegistry, startRegistry } from "../../server/index.js";
import type { ImageStore } from "../../store/types.js";

const run = (args: string[]) => runCli(["index", ...args]);

describe("dockhand index against the embedded registry", () => {
  let registry: RunningRegistry;
  let host: string;
  beforeAll(async () => {
    registry = await startRegistry({ storage: "memory" });
    host = registry.host;
  });
  afterAll(async () => {
    await registry.close();
  });

  it("creates an index from per-arch tags in another repository, with extra tags, and prints a table", async () => {
    const store = registry.store;
    const amd = await pushBuildxImage(store, "build", "linux/amd64", "main-amd64");
    const arm = await pushBuildxImage(store, "build", "linux/arm64", "main-arm64");
    const { code, out, err } = await run([
      "create",
      `${host}/owner/app:main`,
      `${host}/build:main-amd64`,
      `${host}/build:main-arm64`,
      "--tag",
      "latest",
      "--tag",
      `${host}/owner/app:v1`,
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const stored = await store.getManifest("owner/app", "main");
    expect(out).toContain(`pushed ${host}/owner/app:main`);
    expect(out).toContain(`pushed ${host}/owner/app:latest`);
    expect(out).toContain(`pushed ${host}/owner/app:v1`);
    expect(out.split("\n")[0]).toBe(`${stored.digest}  ${OCI_INDEX}  ${stored.bytes.byteLength} bytes`);
    expect(out).toMatch(/linux\/amd64 +image +sha256:/);
    expect(out).toMatch(/unknown\/unknown +attestation +sha256:/);
    expect(out).toContain("4 manifests, 8 blobs mounted, 0 copied");
    const index = parseManifest(stored.bytes, stored.mediaType);
    if (index.kind !== "index") throw new Error("not an index");
    expect(index.manifests.map((d) => d.digest)).toEqual([
      amd.image.digest,
      arm.image.digest,
      amd.attestation.digest,
      arm.attestation.digest,
    ]);
    for (const tag of ["latest", "v1"])
      expect((await store.statManifest("owner/app", tag))?.digest).toBe(stored.digest);
  });

  it("prints the index JSON on a dry run and pushes nothing", async () => {
    const store = registry.store;
    await pushArchImage(store, "dry", "linux/amd64", { tag: "a", docker: true });
    await pushArchImage(store, "dry", "linux/arm64", { tag: "b", docker: true });
    const { code, out } = await run(["create", `${host}/dry:main`, `${host}/dry:a`, `${host}/dry:b`, "--dry-run"]);
    expect(code).toBe(0);
    const document = JSON.parse(out) as { mediaType: string; manifests: { platform: { architecture: string } }[] };
    expect(document.mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(document.manifests.map((m) => m.platform.architecture)).toEqual(["amd64", "arm64"]);
    expect(await store.statManifest("dry", "main")).toBeUndefined();
  });

  it("takes bare digests as images of the target repository and reports JSON", async () => {
    const store = registry.store;
    const a = await pushArchImage(store, "bydigest", "linux/amd64");
    const b = await pushArchImage(store, "bydigest", "linux/arm64");
    const { code, out } = await run(["create", `${host}/bydigest:main`, a.digest, b.digest, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      digest: string;
      tags: string[];
      dryRun: boolean;
      manifests: { digest: string }[];
    };
    expect(result.dryRun).toBe(false);
    expect(result.tags).toEqual([`${host}/bydigest:main`]);
    expect(result.manifests.map((m) => m.digest)).toEqual([a.digest, b.digest]);
    expect((await store.statManifest("bydigest", "main"))?.digest).toBe(result.digest);
  });

  it("appends a platform and removes one", async () => {
    const store = registry.store;
    await pushArchImage(store, "edit", "linux/amd64", { tag: "amd64" });
    await pushArchImage(store, "edit", "linux/arm64", { tag: "arm64" });
    const riscv = await pushArchImage(store, "edit", "linux/riscv64", { tag: "riscv64" });
    expect((await run(["create", `${host}/edit:main`, `${host}/edit:amd64`, `${host}/edit:arm64`])).code).toBe(0);
    const appended = await run(["append", `${host}/edit:main`, `${host}/edit:riscv64`, "--json"]);
    expect(appended.code).toBe(0);
    expect((JSON.parse(appended.out) as { manifests: { digest: string }[] }).manifests.at(-1)?.digest).toBe(
      riscv.digest,
    );
    const removed = await run(["remove", `${host}/edit:main`, "--platform", "linux/arm64", "--json"]);
    expect(removed.code).toBe(0);
    const result = JSON.parse(removed.out) as { removed: { platform: string }[]; digest: string };
    expect(result.removed).toEqual([{ digest: expect.any(String), platform: "linux/arm64" }]);
    const stored = await store.getManifest("edit", "main");
    expect(stored.digest).toBe(result.digest);
    const index = parseManifest(stored.bytes, stored.mediaType);
    expect(index.kind === "index" && index.manifests.map((d) => d.platform?.architecture)).toEqual([
      "amd64",
      "riscv64",
    ]);
  });

  it("exits 1 on a duplicate platform, naming both sources", async () => {
    const store = registry.store;
    await pushArchImage(store, "dup", "linux/amd64", { tag: "one", seed: "1" });
    await pushArchImage(store, "dup", "linux/amd64", { tag: "two", seed: "2" });
    const { code, err } = await run(["create", `${host}/dup:main`, `${host}/dup:one`, `${host}/dup:two`]);
    expect(code).toBe(1);
    expect(err).toContain(`two images claim linux/amd64: ${host}/dup:one`);
    expect(err).toContain(`${host}/dup:two`);
  });

  it("exits 2 for a source in another registry, a digest target, or remove without --platform", async () => {
    const cross = await run(["create", `${host}/app:main`, "ghcr.io/owner/app:main-amd64"]);
    expect(cross.code).toBe(2);
    expect(cross.err).toContain("an index can only refer to images of its own registry");
    expect(cross.err).toContain("dockhand copy");
    const digestTarget = await run(["create", `${host}/app@sha256:${"a".repeat(64)}`, `${host}/app:x`]);
    expect(digestTarget.code).toBe(2);
    expect((await run(["remove", `${host}/app:main`])).code).toBe(2);
  });

  it("shows help with examples and exit codes for each subcommand", async () => {
    for (const sub of ["create", "append", "remove"]) {
      const { code, out } = await run([sub, "--help"]);
      expect(code).toBe(0);
      expect(out).toContain(`$ dockhand index ${sub} ghcr.io/owner/app:main`);
      expect(out).toContain("Exit codes:");
      expect(out).toContain("--plain-http");
    }
  });

  it("exits 1 when a source does not exist, with the error as JSON", async () => {
    const { code, out } = await run(["create", `${host}/missing:main`, `${host}/missing:amd64`, "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      error: { code: "MANIFEST_UNKNOWN", message: `source ${host}/missing:amd64 not found` },
    });
  });
});

const interop = hasTool("docker-registry") && hasTool("skopeo");

describe.skipIf(!interop)("dockhand index against the reference registry, read back by skopeo", () => {
  let registry: ReferenceRegistry;
  let client: RegistryClient;
  let store: ImageStore;
  beforeAll(async () => {
    registry = await startReferenceRegistry();
    client = new RegistryClient();
    store = new RegistryStore(client, registry.host);
  });
  afterAll(async () => {
    await client.close();
    await registry.close();
  });

  function skopeoRaw(reference: string): Buffer {
    const text = runTool("skopeo", [
      "inspect",
      "--raw",
      "--tls-verify=false",
      `docker://${registry.host}/${reference}`,
    ]);
    return Buffer.from(text, "utf8");
  }

  function sha256(bytes: Buffer): string {
    return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
  }

  it("builds an OCI index with attestations from another repository that skopeo reads with our digest", async () => {
    await pushBuildxImage(store, "ci/build", "linux/amd64", "main-amd64");
    await pushBuildxImage(store, "ci/build", "linux/arm64", "main-arm64");
    const { code, out, err } = await run([
      "create",
      `${registry.host}/owner/app:main`,
      `${registry.host}/ci/build:main-amd64`,
      `${registry.host}/ci/build:main-arm64`,
      "--annotation",
      "index:org.opencontainers.image.source=https://github.com/owner/app",
      "--json",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(out) as { digest: string; mounted: { mounted: number; copied: number } };
    expect(result.mounted.mounted).toBe(8);
    expect(result.mounted.copied).toBe(0);
    const raw = skopeoRaw("owner/app:main");
    expect(sha256(raw)).toBe(result.digest);
    const document = JSON.parse(raw.toString()) as { mediaType: string; manifests: unknown[]; annotations: unknown };
    expect(document.mediaType).toBe(OCI_INDEX);
    expect(document.manifests).toHaveLength(4);
    expect(document.annotations).toEqual({ "org.opencontainers.image.source": "https://github.com/owner/app" });
    // skopeo can resolve the platform image through the index we wrote.
    const inspected = JSON.parse(
      runTool("skopeo", [
        "inspect",
        "--tls-verify=false",
        "--override-os",
        "linux",
        "--override-arch",
        "arm64",
        `docker://${registry.host}/owner/app:main`,
      ]),
    ) as { Architecture: string };
    expect(inspected.Architecture).toBe("arm64");
  });

  it("builds a Docker manifest list from Docker v2 images and removes a platform from it", async () => {
    await pushArchImage(store, "legacy", "linux/amd64", { tag: "amd64", docker: true });
    await pushArchImage(store, "legacy", "linux/arm/v7", { tag: "armv7", docker: true });
    const created = await run([
      "create",
      `${registry.host}/legacy:main`,
      `${registry.host}/legacy:amd64`,
      `${registry.host}/legacy:armv7`,
      "--json",
    ]);
    expect(created.code).toBe(0);
    const raw = skopeoRaw("legacy:main");
    expect(sha256(raw)).toBe((JSON.parse(created.out) as { digest: string }).digest);
    expect((JSON.parse(raw.toString()) as { mediaType: string }).mediaType).toBe(DOCKER_MANIFEST_LIST);
    const removed = await run(["remove", `${registry.host}/legacy:main`, "--platform", "linux/arm/v7", "--json"]);
    expect(removed.code).toBe(0);
    const after = skopeoRaw("legacy:main");
    expect(sha256(after)).toBe((JSON.parse(removed.out) as { digest: string }).digest);
    expect((JSON.parse(after.toString()) as { manifests: unknown[] }).manifests).toHaveLength(1);
  });
});
