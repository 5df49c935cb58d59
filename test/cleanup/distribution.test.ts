/**
 * `dockhand cleanup` against CNCF distribution 2.8 (`docker-registry`, deletes enabled): no referrers API, so
 * signatures are found by their digest tags; deletions by digest over the Distribution API. And a registry that
 * refuses deletes (the embedded one, read-only): the first refusal stops the run, nothing below it is touched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { startRegistry } from "../../src/server/start.js";
import type { MemoryStore } from "../../src/store/memory.js";
import { runCli } from "../helpers/cli.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { pushMultiArch, pushSignature } from "./content.js";

const run = (args: string[]) => runCli(args, { env: { HOME: "/nonexistent" } });

describe.skipIf(!hasTool("docker-registry"))("cleanup on distribution 2.8", () => {
  let reference: ReferenceRegistry;
  let client: RegistryClient;

  beforeAll(async () => {
    reference = await startReferenceRegistry();
    client = new RegistryClient({ retry: { retries: 0 } });
  });
  afterAll(async () => {
    await client.close();
    await reference.close();
  });

  it("deletes an old multi-arch image with its signature and referrers index, and leaves the kept one whole", async () => {
    const store = new RegistryStore(client, reference.host);
    const old = await pushMultiArch(store, "acme/app", "old", { tag: "pr-1", created: "2026-01-01T00:00:00Z" });
    const oldSig = await pushSignature(store, "acme/app", old.index, true);
    const kept = await pushMultiArch(store, "acme/app", "kept", { tag: "v1", created: "2026-01-01T00:00:00Z" });
    await pushSignature(store, "acme/app", kept.index, true);
    // Without a referrers API, the client keeps OCI 1.1's fallback: an index of referrers tagged sha256-<hex>.
    const fallback = (await store.statManifest("acme/app", old.index.replace(":", "-")))?.digest as string;
    expect(fallback).toBeDefined();
    const image = `${reference.host}/acme/app`;
    const applied = await run(["cleanup", image, "--include", "pr-*", "--apply", "--json"]);
    expect(applied.code).toBe(0);
    const output = JSON.parse(applied.out);
    expect(output.result.deleted.map((d: { digest: string }) => d.digest).sort()).toEqual(
      [old.index, old.amd64, old.arm64, old.attestation, oldSig, fallback].sort(),
    );
    expect(output.validation).toEqual([]);
    for (const digest of [kept.index, kept.amd64, kept.arm64, kept.attestation]) {
      expect((await store.getManifest("acme/app", digest)).digest).toBe(digest);
    }
    expect(await store.statManifest("acme/app", old.amd64)).toBeUndefined();
    expect((await run(["cleanup", "validate", image])).code).toBe(0);
  });
});

describe("cleanup on a registry that refuses deletes", () => {
  it("reports the refusal and stops", async () => {
    const registry = await startRegistry({ storage: "memory", readOnly: true });
    try {
      // A read-only registry takes no pushes either: fill its store directly.
      const store = registry.store as MemoryStore;
      const old = await pushMultiArch(store, "acme/app", "old", { tag: "pr-1", created: "2026-01-01T00:00:00Z" });
      await pushMultiArch(store, "acme/app", "kept", { tag: "v1" });
      const result = await run(["cleanup", `${registry.host}/acme/app`, "--include", "pr-*", "--apply", "--json"]);
      expect(result.code).toBe(3);
      const output = JSON.parse(result.out);
      expect(output.result.deleted).toEqual([]);
      expect(output.result.refused).toHaveLength(1);
      expect(output.result.skipped).toHaveLength(3);
      expect(await store.statManifest("acme/app", old.index)).toBeDefined();
      expect(output.validation).toEqual([]);
    } finally {
      await registry.close();
    }
  });
});
