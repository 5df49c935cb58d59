import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReferenceRegistry, startReferenceRegistry } from "./reference-registry.js";
import { hasTool } from "./tools.js";

describe.skipIf(!hasTool("docker-registry"))("reference registry launcher", () => {
  let registry: ReferenceRegistry;
  beforeAll(async () => {
    registry = await startReferenceRegistry();
  });
  afterAll(async () => {
    await registry?.close();
  });

  it("answers the API version check with the distribution header", async () => {
    const response = await fetch(`${registry.url}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("docker-distribution-api-version")).toBe("registry/2.0");
  });
});
