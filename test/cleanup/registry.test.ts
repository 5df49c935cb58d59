/**
 * `dockhand cleanup` against the embedded registry over the Distribution API: plans from tags, the referrers API
 * and digest tags; deletes by digest in a safe order; validates afterwards; a fetch failure stops the plan.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryInventory } from "../../src/cleanup/registry.js";
import { validateInventory } from "../../src/cleanup/validate.js";
import { type RunningRegistry, startRegistry } from "../../src/server/start.js";
import { runCli } from "../helpers/cli.js";
import { pushImage, pushMultiArch, pushSignature } from "./content.js";

let registry: RunningRegistry;

beforeAll(async () => {
  registry = await startRegistry({ storage: "memory" });
});
afterAll(async () => {
  await registry.close();
});

const run = (args: string[]) => runCli(args, { env: { HOME: "/nonexistent" } });

describe("cleanup on the embedded registry", () => {
  it("deletes an old multi-arch image with its entries and signatures, keeps the rest whole", async () => {
    const store = registry.store;
    const repo = "acme/app";
    const old = await pushMultiArch(store, repo, "old", { tag: "pr-1", created: "2026-01-01T00:00:00Z" });
    const oldSig = await pushSignature(store, repo, old.index, true);
    const oldSbom = await pushSignature(store, repo, old.index, false);
    const kept = await pushMultiArch(store, repo, "kept", { tag: "v1", created: "2026-01-01T00:00:00Z" });
    const keptSig = await pushSignature(store, repo, kept.index, true);
    // A per-arch tag the release index lists: selected by the pattern, kept because v1 uses it.
    await store.putManifest(
      repo,
      (await store.getManifest(repo, kept.amd64)).bytes,
      "application/vnd.oci.image.manifest.v1+json",
      "v1-amd64",
    );
    const young = await pushImage(store, repo, "young", { tag: "pr-2", created: new Date().toISOString() });

    const image = `${registry.host}/${repo}`;
    const dry = await run([
      "cleanup",
      image,
      "--include",
      "pr-*",
      "--include",
      "*-amd64",
      "--older-than",
      "30d",
      "--json",
    ]);
    expect(dry.code).toBe(0);
    const plan = JSON.parse(dry.out).plan;
    const doomed = [old.index, old.amd64, old.arm64, old.attestation, oldSig, oldSbom];
    expect(plan.deletions.map((d: { digest: string }) => d.digest).sort()).toEqual([...doomed].sort());
    // Referrers first, then the index, then its entries.
    const wave = (d: string) => plan.deletions.find((x: { digest: string }) => x.digest === d).wave;
    expect(wave(oldSig)).toBeLessThan(wave(old.index));
    expect(wave(old.index)).toBeLessThan(wave(old.amd64));
    expect(await store.statManifest(repo, old.index)).toBeDefined();

    const applied = await run([
      "cleanup",
      image,
      "--include",
      "pr-*",
      "--include",
      "*-amd64",
      "--older-than",
      "30d",
      "--apply",
    ]);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("deleted 6, refused 0, skipped 0");
    expect(applied.out).toContain("validate: no broken images");
    for (const digest of doomed) expect(await store.statManifest(repo, digest)).toBeUndefined();
    for (const digest of [kept.index, kept.amd64, kept.arm64, kept.attestation, keptSig, young]) {
      expect(await store.statManifest(repo, digest)).toBeDefined();
    }
    expect((await store.listTags(repo)).tags.sort()).toEqual(
      ["pr-2", `${kept.index.replace(":", "-")}.sig`, "v1", "v1-amd64"].sort(),
    );

    const validate = await run(["cleanup", "validate", image]);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain("no broken images");
  });

  it("validate reports an index whose entry is gone and an orphan signature", async () => {
    const store = registry.store;
    const repo = "acme/broken";
    const image = await pushMultiArch(store, repo, "broken", { tag: "v1" });
    const other = await pushImage(store, repo, "other", { tag: "v2" });
    await pushSignature(store, repo, other, true);
    await store.deleteManifest(repo, image.arm64);
    await store.deleteManifest(repo, "v2");
    const result = await run(["cleanup", "validate", `${registry.host}/${repo}`, "--json"]);
    expect(result.code).toBe(1);
    const kinds = JSON.parse(result.out)
      .problems.map((p: { kind: string }) => p.kind)
      .sort();
    expect(kinds).toEqual(["missing-children", "orphan-referrer"]);
  });

  it("a manifest that cannot be read stops the plan: nothing is deleted", async () => {
    const store = registry.store;
    const repo = "acme/partial";
    await pushImage(store, repo, "a", { tag: "pr-1", created: "2026-01-01T00:00:00Z" });
    const bad = await pushImage(store, repo, "b", { tag: "pr-2", created: "2026-01-01T00:00:00Z" });
    // A store answering with an error for one manifest (as a registry would with a 500).
    const failing = new Proxy(store, {
      get(target, property) {
        if (property === "getManifest") {
          return async (r: string, reference: string) => {
            if (reference === bad) throw new Error("503 Service Unavailable");
            return target.getManifest(r, reference);
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const inventory = await registryInventory(failing, repo, repo);
    expect(inventory.failures.map((f) => f.digest)).toEqual([bad]);
    expect(validateInventory(inventory).map((p) => p.kind)).toEqual(["unreadable"]);
    const { planCleanup } = await import("../../src/cleanup/plan.js");
    const plan = planCleanup(inventory, { include: ["pr-*"] }, { now: Date.now() });
    expect(plan.complete).toBe(false);
    expect(plan.waves).toEqual([]);
  });

  it("cleans many images from a policy file, and shows what would go and why", async () => {
    const store = registry.store;
    await pushImage(store, "team/one", "one-old", { tag: "pr-7", created: "2026-01-01T00:00:00Z" });
    await pushImage(store, "team/one", "one-rel", { tag: "v1.0.0", created: "2026-01-01T00:00:00Z" });
    await pushImage(store, "team/two", "two-a", { tag: "v1.0.0", created: "2026-01-01T00:00:00Z" });
    await pushImage(store, "team/two", "two-b", { tag: "v1.1.0", created: "2026-01-02T00:00:00Z" });
    const dir = await mkdtemp(join(tmpdir(), "dockhand-policy-"));
    try {
      const file = join(dir, "cleanup.yml");
      await writeFile(
        file,
        `images:\n  - image: ${registry.host}/team/one\n    include: ["pr-*"]\n    older-than: 30d\n  - image: ${registry.host}/team/two\n    keep-tagged: 0\n    keep-semver: major\n`,
      );
      const dry = await run(["cleanup", "--policy", file]);
      expect(dry.code).toBe(0);
      expect(dry.out).toMatch(/DIGEST\s+TAGS\s+ROLE\s+AGE\s+FREES\s+WHY/);
      expect(dry.out).toMatch(/pr-7\s+image\s+\d+d\s+[\d.]+ \w*B\s+tagged: tags match --include, \d+d old/);
      expect(dry.out).toContain("team/one: 1 of 2 manifests would go");
      expect(dry.out).toContain("team/two: 1 of 2 manifests would go");
      expect(dry.out).toContain("dry run: nothing deleted");
      const applied = await run(["cleanup", "--policy", file, "--apply", "--json"]);
      expect(applied.code).toBe(0);
      const images = JSON.parse(applied.out).images;
      expect(
        images.map((i: { result: { deleted: { tags: string[] }[] } }) => i.result.deleted.map((d) => d.tags)),
      ).toEqual([[["pr-7"]], [["v1.0.0"]]]);
      expect((await store.listTags("team/two")).tags).toEqual(["v1.1.0"]);

      await writeFile(file, "images:\n  - image: x\n    keep-tagged: many\n");
      const invalid = await run(["cleanup", "--policy", file]);
      expect(invalid.code).toBe(2);
      expect(invalid.err).toContain("images[0].keep-tagged");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps what a checkout still uses (--keep-used-by, relative to the policy file)", async () => {
    const store = registry.store;
    await pushImage(store, "team/three", "three-8", { tag: "pr-8", created: "2026-01-01T00:00:00Z" });
    await pushImage(store, "team/three", "three-9", { tag: "pr-9", created: "2026-01-01T00:00:00Z" });
    const dir = await mkdtemp(join(tmpdir(), "dockhand-used-"));
    try {
      await mkdir(join(dir, "deploy"));
      await writeFile(
        join(dir, "deploy", "compose.yaml"),
        `services:\n  web:\n    image: ${registry.host}/team/three:pr-8\n`,
      );
      const file = join(dir, "cleanup.yml");
      await writeFile(
        file,
        `images:\n  - image: ${registry.host}/team/three\n    include: ["pr-*"]\n    keep-used-by: deploy\n`,
      );
      const result = await run(["cleanup", "--policy", file, "--json"]);
      expect(result.code).toBe(0);
      const plan = JSON.parse(result.out).images[0].plan;
      expect(plan.deletions.map((d: { tags: string[] }) => d.tags)).toEqual([["pr-9"]]);
      expect(plan.kept.find((k: { tags: string[] }) => k.tags.includes("pr-8")).rule).toBe("used");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports usage errors with exit 2", async () => {
    expect((await run(["cleanup", `${registry.host}/acme/app`, "--older-than", "soon"])).code).toBe(2);
    expect((await run(["cleanup", `${registry.host}/acme/app:v1`])).code).toBe(2);
    expect((await run(["cleanup"])).code).toBe(2);
  });

  it("--untag over the Distribution API: legacy leaves a multi-arch index, which stays whole under v2.0", async () => {
    const store = registry.store;
    const repo = "acme/untag";
    const release = await pushMultiArch(store, repo, "release", { tag: "v2.0" });
    const index = await store.getManifest(repo, release.index);
    await store.putManifest(repo, index.bytes, index.mediaType, "legacy");
    const image = `${registry.host}/${repo}`;

    const dry = await run(["cleanup", image, "--include", "legacy", "--untag"]);
    expect(dry.out).toContain(`untag legacy from ${release.index.slice(0, 19)}… (keeps v2.0)`);
    expect((await store.statManifest(repo, "legacy"))?.digest).toBe(release.index);

    const applied = await run(["cleanup", image, "--include", "legacy", "--untag", "--apply"]);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("untagged legacy from");
    expect(applied.out).toContain("validate: no broken images");
    expect(await store.statManifest(repo, "legacy")).toBeUndefined();
    expect((await store.statManifest(repo, "v2.0"))?.digest).toBe(release.index);
    for (const digest of [release.amd64, release.arm64, release.attestation]) {
      expect(await store.statManifest(repo, digest)).toBeDefined();
    }
    expect((await store.listTags(repo)).tags).toEqual(["v2.0"]);
  });
});
