/**
 * The copy engine over HTTP: the embedded registry (through a logging, fault-injecting proxy) and the reference
 * registry (CNCF distribution). Mounts and zero uploads are counted on the wire; faults cut connections, corrupt
 * bytes and refuse requests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type CopyByNameOptions, copy } from "../../src/copy/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage, type SampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { mounts, startProxy, type TestProxy, uploadedBytes } from "./proxy.js";

const image: SampleImage = buildSampleImage({ layers: 3, layerBytes: 300_000, gzip: false, seed: "copy-registry" });
const blobCount = image.images.reduce((n, p) => n + p.layers.length + 1, 0);
const blobBytes = image.images.reduce(
  (n, p) => n + p.config.bytes.length + p.layers.reduce((m, l) => m + l.bytes.length, 0),
  0,
);

/** A registry behind a proxy, with the sample pushed to `src/app:latest`. */
interface Site {
  registry: RunningRegistry;
  proxy: TestProxy;
}

async function startSite(withImage: boolean): Promise<Site> {
  const registry = await startRegistry({ storage: "memory", port: 0 });
  if (withImage) await pushSampleImage(registry.store, "src/app", image, ["latest", "v1"]);
  const proxy = await startProxy(registry.url);
  return { registry, proxy };
}

let client: RegistryClient;
const sites: Site[] = [];

beforeAll(() => {
  client = new RegistryClient({ retry: { retries: 1, baseDelayMs: 10 } });
});
afterAll(async () => {
  await client.close();
});
afterEach(async () => {
  for (const site of sites.splice(0)) {
    await site.proxy.close();
    await site.registry.close();
  }
});

async function site(withImage: boolean): Promise<Site> {
  const started = await startSite(withImage);
  sites.push(started);
  return started;
}

function run(source: string, target: string, options: CopyByNameOptions = {}) {
  return copy(source, target, { client, ...options });
}

async function digestAt(host: string, repo: string, reference: string): Promise<string | undefined> {
  return (await new RegistryStore(client, host).statManifest(repo, reference))?.digest;
}

describe("copy between embedded registries", () => {
  it("copies a multi-platform image with identical digests; a second run sends nothing", async () => {
    const from = await site(true);
    const to = await site(false);
    const result = await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`);
    expect(result.results[0]?.digest).toBe(image.index.digest);
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBe(image.index.digest);
    expect(result.summary.blobs.copied).toBe(blobCount);
    expect(result.summary.bytesMoved).toBe(blobBytes);
    expect(uploadedBytes(to.proxy.log)).toBeGreaterThanOrEqual(blobBytes);
    to.proxy.log.length = 0;
    from.proxy.log.length = 0;
    const again = await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`);
    expect(again.summary.upToDate).toBe(1);
    expect(to.proxy.log.filter((e) => e.method !== "HEAD")).toEqual([]);
    expect(from.proxy.log.filter((e) => e.method !== "HEAD")).toEqual([]);
  });

  it("within one registry mounts every blob and uploads zero bytes", async () => {
    const one = await site(true);
    const result = await run(`${one.proxy.host}/src/app:latest`, `${one.proxy.host}/other/app:latest`);
    expect(result.summary.blobs).toEqual({ copied: 0, mounted: blobCount, skipped: 0 });
    expect(uploadedBytes(one.proxy.log)).toBe(0);
    expect(mounts(one.proxy.log).map((e) => e.status)).toEqual(Array(blobCount).fill(201));
    expect(one.proxy.log.filter((e) => e.method === "GET" && e.path.includes("/blobs/"))).toEqual([]);
    expect(await digestAt(one.registry.host, "other/app", "latest")).toBe(image.index.digest);
  });

  it("within one repository sends only the manifest", async () => {
    const one = await site(true);
    const result = await run(`${one.proxy.host}/src/app:latest`, `${one.proxy.host}/src/app:stable`);
    expect(result.summary.blobs).toEqual({ copied: 0, mounted: 0, skipped: 0 });
    const writes = one.proxy.log.filter((e) => e.method !== "GET" && e.method !== "HEAD");
    expect(writes.map((e) => `${e.method} ${e.path}`)).toEqual(["PUT /v2/src/app/manifests/stable"]);
  });

  it("all tags with filters, through the location cache mounting into a second repository", async () => {
    const one = await site(true);
    const result = await run(`${one.proxy.host}/src/app`, `${one.proxy.host}/copy/app`, {
      allTags: true,
      exclude: ["^latest$"],
    });
    expect(result.results.map((r) => r.target)).toEqual([`${one.proxy.host}/copy/app:v1`]);
    expect(await digestAt(one.registry.host, "copy/app", "latest")).toBeUndefined();
    expect(uploadedBytes(one.proxy.log)).toBe(0);
  });

  it("a target that refuses mounts gets uploads", async () => {
    const one = await site(true);
    one.proxy.fault = ({ method, query }) =>
      method === "POST" && query.has("mount")
        ? { kind: "respond", status: 403, body: { errors: [{ code: "DENIED", message: "mounting is disabled" }] } }
        : undefined;
    const result = await run(`${one.proxy.host}/src/app:latest`, `${one.proxy.host}/other/app:latest`);
    expect(result.summary.blobs.copied).toBe(blobCount);
    expect(uploadedBytes(one.proxy.log)).toBeGreaterThanOrEqual(blobBytes);
    expect(await digestAt(one.registry.host, "other/app", "latest")).toBe(image.index.digest);
  });

  it("runs many transfers at once without listener-leak warnings", async () => {
    const from = await site(true);
    const to = await site(false);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`, { concurrency: 8 });
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBe(image.index.digest);
  });

  it("a target that refuses pushes fails naming repository, scope and the registry's message", async () => {
    const from = await site(true);
    const to = await site(false);
    to.proxy.fault = ({ method }) =>
      method === "POST" || method === "PUT"
        ? {
            kind: "respond",
            status: 403,
            body: { errors: [{ code: "DENIED", message: "permission_denied: write_package" }] },
          }
        : undefined;
    const failure = run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/team/app:latest`);
    await expect(failure).rejects.toMatchObject({ code: "DENIED", exit: 3 });
    const error = (await failure.catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("team/app");
    expect(error.message).toContain("repository:team/app:pull,push");
    expect(error.message).toContain("permission_denied: write_package");
  });

  it("refuses source bytes that do not match their digest and tags nothing", async () => {
    const from = await site(true);
    const to = await site(false);
    const bad = image.images[1]?.layers[2]?.digest ?? "";
    from.proxy.fault = ({ method, path }) =>
      method === "GET" && path.endsWith(`/blobs/${bad}`) ? { kind: "corrupt-response" } : undefined;
    // A source that serves wrong bytes is a registry failure: exit 3 (README, exit codes).
    await expect(run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`)).rejects.toMatchObject({
      code: "DIGEST_INVALID",
      exit: 3,
    });
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBeUndefined();
    expect(await new RegistryStore(client, to.registry.host).statBlob("dst/app", bad)).toBeUndefined();
  });

  it("after a connection cut mid-blob, a re-run moves only what is missing", async () => {
    const from = await site(true);
    const to = await site(false);
    const cut = image.images[0]?.layers[1]?.digest ?? "";
    // Every attempt at this blob is cut half-way (so the client's own resumes give up too).
    from.proxy.fault = ({ method, path }) =>
      method === "GET" && path.endsWith(`/blobs/${cut}`) ? { kind: "cut-response", afterBytes: 100_000 } : undefined;
    await expect(run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`)).rejects.toThrow();
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBeUndefined();
    from.proxy.fault = () => undefined;
    const rerun = await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`);
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBe(image.index.digest);
    expect(rerun.summary.blobs.copied).toBeGreaterThanOrEqual(1);
    expect(rerun.summary.blobs.copied + rerun.summary.blobs.skipped).toBe(blobCount);
    expect(rerun.summary.blobs.skipped).toBeGreaterThan(0);
  });

  it("after cuts mid-upload and mid-manifest, a re-run finishes with identical digests", async () => {
    const from = await site(true);
    const to = await site(false);
    const child = image.images[1]?.manifest.digest ?? "";
    to.proxy.fault = ({ method, path }) =>
      method === "PUT" && path.endsWith(`/manifests/${child}`) ? { kind: "cut-request", afterBytes: 50 } : undefined;
    from.proxy.fault = ({ method, path }) =>
      method === "GET" && path.endsWith(`/manifests/${image.images[0]?.manifest.digest}`)
        ? { kind: "cut-response", afterBytes: 40 }
        : undefined;
    await expect(run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`)).rejects.toThrow();
    from.proxy.fault = () => undefined;
    await expect(run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`)).rejects.toThrow();
    to.proxy.fault = () => undefined;
    const rerun = await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`);
    expect(rerun.summary.bytesMoved).toBeLessThan(blobBytes);
    for (const platform of image.images) {
      expect(await digestAt(to.registry.host, "dst/app", platform.manifest.digest)).toBe(platform.manifest.digest);
    }
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBe(image.index.digest);
  });
});

describe.skipIf(!hasTool("docker-registry"))("copy with the reference registry", () => {
  let reference: ReferenceRegistry;
  beforeAll(async () => {
    reference = await startReferenceRegistry();
  });
  afterAll(async () => {
    await reference?.close();
  });

  it("embedded → reference → reference (mounted) → embedded keeps every digest", async () => {
    const from = await site(true);
    const back = await site(false);
    await run(`${from.registry.host}/src/app:latest`, `${reference.host}/a/app:latest`);
    expect(await digestAt(reference.host, "a/app", "latest")).toBe(image.index.digest);
    const proxy = await startProxy(reference.url);
    try {
      const mounted = await run(`${proxy.host}/a/app:latest`, `${proxy.host}/b/app:1.0`);
      expect(mounted.summary.blobs.mounted).toBe(blobCount);
      expect(uploadedBytes(proxy.log)).toBe(0);
    } finally {
      await proxy.close();
    }
    await run(`${reference.host}/b/app:1.0`, `${back.registry.host}/c/app`, { platforms: ["linux/arm64"] });
    const subset = await digestAt(back.registry.host, "c/app", "1.0");
    expect(subset).toBeDefined();
    expect(subset).not.toBe(image.index.digest);
    const arm = image.images.find((p) => p.platform.architecture === "arm64");
    expect(await digestAt(back.registry.host, "c/app", arm?.manifest.digest ?? "")).toBe(arm?.manifest.digest);
  });
});

describe("upload modes", () => {
  it("a target that refuses large request bodies (413) gets the blobs again in chunks", async () => {
    const from = await site(true);
    const to = await site(false);
    const patched = new Set<string>();
    to.proxy.fault = ({ method, path }) => {
      if (!path.includes("/blobs/uploads/")) return undefined;
      if (method === "PATCH") patched.add(path);
      // A PUT with the body (no PATCH before it on the session) is "too large".
      if (method === "PUT" && !patched.has(path)) {
        return {
          kind: "respond",
          status: 413,
          body: { errors: [{ code: "SIZE_INVALID", message: "request too large" }] },
        };
      }
      return undefined;
    };
    const result = await run(`${from.proxy.host}/src/app:latest`, `${to.proxy.host}/dst/app:latest`);
    expect(await digestAt(to.registry.host, "dst/app", "latest")).toBe(image.index.digest);
    expect(result.summary.blobs.copied).toBe(blobCount);
    expect(to.proxy.log.filter((e) => e.method === "PATCH").length).toBeGreaterThan(0);
  });
});
