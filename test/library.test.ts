/** The public library API: what a TypeScript project's tests would do with dockhand. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSampleImage,
  copy,
  parseReference,
  pushSampleImage,
  RegistryClient,
  RegistryStore,
  type RunningRegistry,
  startRegistry,
} from "../src/index.js";

describe("library API", () => {
  let registry: RunningRegistry;
  const client = new RegistryClient();
  beforeAll(async () => {
    registry = await startRegistry({ storage: "memory", port: 0 });
  });
  afterAll(async () => {
    await client.close();
    await registry.close();
  });

  it("pushes a sample image, copies it to a new name and reads it back by digest", async () => {
    const image = buildSampleImage();
    await pushSampleImage(new RegistryStore(client, registry.host), "acme/app", image, ["v1"]);
    await copy(`${registry.host}/acme/app:v1`, `${registry.host}/acme/app-api:v1`);
    const ref = parseReference(`${registry.host}/acme/app-api:v1`);
    const manifest = await client.getManifest(ref, ref.tag ?? "latest");
    expect(manifest.digest).toBe(image.index.digest);
  });
});
