/** The explorer's model and pages over a real in-memory store: paging, escaping, the plan drawn as a graph. */
import { describe, expect, it } from "vitest";
import { planCleanup, registryInventory } from "../../src/cleanup/index.js";
import { escapeHtml } from "../../src/explore/html.js";
import { manifestView, tagPage } from "../../src/explore/model.js";
import { registryPage } from "../../src/explore/pages.js";
import { planForest } from "../../src/explore/plan-page.js";
import { parsePlanQuery } from "../../src/explore/plan-query.js";
import { OCI_INDEX } from "../../src/oci/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { MemoryStore } from "../../src/store/memory.js";
import type { ImageStore } from "../../src/store/types.js";
import { pushArtifact } from "../copy/fixtures.js";

describe("tagPage", () => {
  it("pages a 1,000-tag repository, reading only the page's manifests, and filters by substring", async () => {
    const store = new MemoryStore();
    const image = buildSampleImage({ seed: "paging", layers: 1 });
    await pushSampleImage(store, "acme/app", image, []);
    for (let i = 0; i < 1000; i++)
      await store.putManifest("acme/app", image.index.bytes, OCI_INDEX, `t${String(i).padStart(4, "0")}`);
    let reads = 0;
    const counting = {
      listTags: (repo: string, options?: { n?: number; last?: string }) => store.listTags(repo, options),
      getManifest: (repo: string, reference: string) => {
        reads++;
        return store.getManifest(repo, reference);
      },
    } as unknown as ImageStore;
    const second = await tagPage(counting, "acme/app", { page: 2 });
    expect(second).toMatchObject({ total: 1000, page: 2, pages: 10 });
    expect(second.rows[0]).toMatchObject({ tag: "t0100", kind: "index", platforms: ["linux/amd64", "linux/arm64"] });
    expect(reads).toBe(100);
    const filtered = await tagPage(store, "acme/app", { query: "t09" });
    expect(filtered.total).toBe(100);
    expect(filtered.rows.every((r) => r.tag.startsWith("t09"))).toBe(true);
    expect((await tagPage(store, "acme/app", { page: 99 })).page).toBe(10);
  });
});

describe("manifestView", () => {
  it("reads an image's config and an index's referrers", async () => {
    const store = new MemoryStore();
    const image = buildSampleImage({ seed: "view" });
    await pushSampleImage(store, "acme/app", image, ["v1"]);
    const subject = { digest: image.index.digest, mediaType: OCI_INDEX, size: image.index.bytes.length };
    const signature = await pushArtifact(store, "acme/app", subject, "sig");
    const index = await manifestView(store, "acme/app", "v1");
    expect(index.referrers.map((r) => r.descriptor.digest)).toEqual([signature]);
    const platform = await manifestView(store, "acme/app", image.images[0]?.manifest.digest ?? "");
    expect(platform.config?.platform).toBe("linux/amd64");
    expect(platform.parsed.kind).toBe("image");
  });
});

describe("pages", () => {
  it("escapes what registries say", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      "&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;",
    );
    const page = registryPage("127.0.0.1:5000", ["acme/<script>alert(1)</script>"]);
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&#60;script&#62;");
  });

  it("reads a plan's policy from the URL with cleanup's option names", () => {
    const { policy, description } = parsePlanQuery(new URLSearchParams("keep-tagged=2&include=pr-*&older-than=30d"));
    expect(policy).toEqual({ keepTagged: 2, include: ["pr-*"], olderThanMs: 30 * 86_400_000 });
    expect(description).toBe("--keep-tagged 2 --older-than 30d --include 'pr-*'");
    expect(parsePlanQuery(new URLSearchParams("")).policy).toEqual({ untagged: true });
    expect(() => parsePlanQuery(new URLSearchParams("keep-tagged=two"))).toThrow(/not a whole number/);
  });

  it("draws platform manifests inside their index and referrers under their subject", async () => {
    const store = new MemoryStore();
    const kept = buildSampleImage({ seed: "kept" });
    const gone = buildSampleImage({ seed: "gone" });
    await pushSampleImage(store, "acme/app", kept, ["v1"]);
    await pushSampleImage(store, "acme/app", gone, ["pr-1"]);
    const subject = { digest: gone.index.digest, mediaType: OCI_INDEX, size: gone.index.bytes.length };
    const signature = await pushArtifact(store, "acme/app", subject, "sig", `sha256-${gone.index.digest.slice(7)}.sig`);
    const inventory = await registryInventory(store, "acme/app", "acme/app");
    const plan = planCleanup(inventory, { include: ["pr-*"] }, { now: Date.now() });
    const forest = planForest(inventory, plan);
    const roots = new Map(forest.map((n) => [n.version.digest, n]));
    const goneNode = roots.get(gone.index.digest);
    expect(goneNode?.version.action).toBe("delete");
    expect(goneNode?.children.map((c) => c.platform).sort()).toEqual(["linux/amd64", "linux/arm64"]);
    expect(goneNode?.referrers.map((r) => r.version.digest)).toEqual([signature]);
    expect(roots.get(kept.index.digest)?.version.action).toBe("keep");
    expect(forest).toHaveLength(2);
  });
});
