/** Copies between registries and OCI layout directories, both ways, and layout to layout; skopeo reads the result. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copy } from "../../src/copy/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { OciLayoutStore } from "../../src/store/layout.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool, runTool } from "../helpers/tools.js";
import { pushArtifact } from "./fixtures.js";

const image = buildSampleImage({ layers: 2, layerBytes: 50_000, seed: "copy-layout" });
let dir: string;
let registry: RunningRegistry;
let client: RegistryClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dockhand-copy-layout-"));
  registry = await startRegistry({ storage: "memory", port: 0 });
  await pushSampleImage(registry.store, "src/app", image, ["1.0"]);
  client = new RegistryClient();
});
afterAll(async () => {
  await client.close();
  await registry.close();
  await rm(dir, { recursive: true, force: true });
});

describe("copy with OCI layouts", () => {
  it("registry → layout → layout → registry keeps every digest, referrers included", async () => {
    const subject = { digest: image.index.digest, mediaType: image.index.mediaType, size: image.index.bytes.length };
    const signature = await pushArtifact(registry.store, "src/app", subject, "signed");
    const first = join(dir, "first");
    const toLayout = await copy(`${registry.host}/src/app:1.0`, `oci:${first}`, { client, referrers: true });
    expect(toLayout.results[0]?.target).toBe(`oci:${first}:1.0`);
    const layout = await OciLayoutStore.open(first);
    expect((await layout.statManifest("", "1.0"))?.digest).toBe(image.index.digest);
    expect((await layout.referrers("", image.index.digest)).map((d) => d.digest)).toEqual([signature]);

    const second = join(dir, "second");
    await copy(`oci:${first}:1.0`, `oci:${second}:stable`, { client });
    await copy(`oci:${second}@${image.index.digest}`, `${registry.host}/back/app:2.0`, { client });
    expect((await new RegistryStore(client, registry.host).statManifest("back/app", "2.0"))?.digest).toBe(
      image.index.digest,
    );
  });

  it("a dry run to a missing layout writes nothing; a missing source layout is named", async () => {
    const target = join(dir, "never");
    const planned = await copy(`${registry.host}/src/app:1.0`, `oci:${target}`, { client, dryRun: true });
    expect(planned.summary.dryRun).toBe(true);
    expect(planned.summary.bytesMoved).toBeGreaterThan(0);
    await expect(copy(`oci:${target}:1.0`, `${registry.host}/x/y:1`, { client })).rejects.toMatchObject({
      code: "NAME_UNKNOWN",
      message: expect.stringContaining("is not an OCI image layout"),
    });
  });
});

describe.skipIf(!(hasTool("skopeo") && hasTool("docker-registry")))(
  "layouts written by dockhand, read by skopeo",
  () => {
    let reference: ReferenceRegistry;
    beforeAll(async () => {
      reference = await startReferenceRegistry();
    });
    afterAll(async () => {
      await reference?.close();
    });

    it("skopeo copies a dockhand-written layout to the reference registry with the same digest", async () => {
      const out = join(dir, "for-skopeo");
      await copy(`${registry.host}/src/app:1.0`, `oci:${out}:1.0`, { client });
      runTool("skopeo", [
        "copy",
        "--all",
        "--dest-tls-verify=false",
        `oci:${out}:1.0`,
        `docker://${reference.host}/from/layout:1.0`,
      ]);
      expect((await new RegistryStore(client, reference.host).statManifest("from/layout", "1.0"))?.digest).toBe(
        image.index.digest,
      );
    });
  },
);
