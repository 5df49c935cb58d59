/**
 * A copy killed with SIGKILL mid-blob: the open upload session is recorded in the state file, and the re-run asks
 * the target about it. The embedded registry (disk storage) continues it at its offset (only the rest is sent, and
 * no upload is left behind); docker-registry cannot (its session URL seals the offset the killed process never
 * learned), so the blob goes in full and only the killed session stays, for distribution's own upload purge.
 * Real `dockhand copy` processes, killed with SIGKILL while the proxy holds the layer's upload body.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { RegistryClient } from "../../src/registry/client.js";
import { RegistryStore } from "../../src/registry/store.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { startRegistry } from "../../src/server/index.js";
import { startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { startProxy, uploadedBytes } from "./proxy.js";

const MiB = 1024 * 1024;
const LAYER = 12 * MiB;
const HELD = 5 * MiB;
const mainModule = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Starts `dockhand ARGS` from source as its own process. */
function dockhand(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const script = `const { main } = await import(${JSON.stringify(mainModule)}); process.exitCode = await main(process.argv.slice(1));`;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; err: string }> {
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, err })));
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A target: its host, the files of upload sessions it holds, and whether it can continue a killed session. */
interface Target {
  url: string;
  uploads: () => Promise<string[]>;
  resumes: boolean;
}

async function run(target: Target): Promise<void> {
  const source = await startRegistry({ storage: "memory", port: 0 });
  closers.push(() => source.close());
  const client = new RegistryClient();
  closers.push(() => client.close());
  const image = buildSampleImage({
    platforms: ["linux/amd64"],
    layers: 1,
    layerBytes: LAYER,
    gzip: false,
    seed: "kill",
  });
  await pushSampleImage(new RegistryStore(client, source.host), "src/app", image, ["v1"]);
  const proxy = await startProxy(target.url);
  closers.push(() => proxy.close());
  const state = await mkdtemp(join(tmpdir(), "dockhand-state-"));
  closers.push(() => rm(state, { recursive: true, force: true }));
  const env = { DOCKHAND_STATE_DIR: state, DOCKHAND_PLAIN_HTTP: `${source.host},${proxy.host}` };
  const args = ["copy", `${source.host}/src/app:v1`, `${proxy.host}/dst/app:v1`];

  // First run: the layer's PUT gets HELD bytes through, then the process is killed.
  const layerDigest = image.images[0]?.layers[0]?.digest;
  proxy.fault = ({ method, path, query }) =>
    method === "PUT" && path.includes("/blobs/uploads/") && query.get("digest") === layerDigest
      ? { kind: "hold-request", afterBytes: HELD }
      : undefined;
  const first = dockhand(args, env);
  const firstExit = exited(first);
  await until(
    () => proxy.log.some((e) => e.method === "PUT" && e.requestBytes >= HELD + MiB),
    "the layer upload to pass the held bytes",
  );
  first.kill("SIGKILL");
  expect((await firstExit).code).toBeNull();
  const recorded = JSON.parse(await readFile(join(state, "uploads.json"), "utf8")) as Record<
    string,
    { offset: number; location: string }
  >;
  expect(Object.keys(recorded)).toHaveLength(1);
  await until(async () => (await target.uploads()).length > 0, "the target to hold the partial upload", 10_000);

  // Second run: no faults; only the rest of the layer goes out.
  proxy.fault = () => undefined;
  proxy.log.length = 0;
  const child = dockhand(args, env);
  const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
  const second = await exited(child);
  clearTimeout(timer);
  if (second.code !== 0) {
    const log = proxy.log.map((e) => `${e.method} ${e.path} ${e.status} ${e.requestBytes}`).join("\n");
    throw new Error(`the re-run failed (${second.code}): ${second.err}\n${log}`);
  }
  expect(second.err).toBe("");
  expect(second.code).toBe(0);
  const sent = uploadedBytes(proxy.log);
  // The re-run asked the target where the recorded session stands.
  expect(proxy.log.some((e) => e.method === "GET" && e.path.includes("/blobs/uploads/"))).toBe(true);
  if (target.resumes) {
    // Only the rest of the layer (what the target did not hold), plus the small config blob.
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(LAYER - HELD + 64 * 1024);
  } else {
    expect(sent).toBeGreaterThanOrEqual(LAYER);
  }
  // The target has the image whole, no upload is left, and the state file holds nothing.
  const copied = await new RegistryStore(client, proxy.host).getManifest("dst/app", "v1");
  expect(copied.digest).toBe(image.index.digest);
  if (target.resumes) {
    await until(async () => (await target.uploads()).length === 0, "no upload left on the target", 10_000);
  } else {
    // Only the killed session stays (distribution purges stale uploads itself); the re-run left none of its own.
    const killed = /uploads\/([0-9a-f-]+)/.exec(Object.values(recorded)[0]?.location ?? "")?.[1] ?? "?";
    const left = await target.uploads();
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((file) => !file.includes(killed))).toEqual([]);
  }
  expect(JSON.parse(await readFile(join(state, "uploads.json"), "utf8"))).toEqual({});
}

describe("copy after kill -9 mid-blob", () => {
  it("resumes the open session on the embedded registry", async () => {
    const storage = await mkdtemp(join(tmpdir(), "dockhand-resume-"));
    closers.push(() => rm(storage, { recursive: true, force: true }));
    const target = await startRegistry({ storage, port: 0 });
    closers.push(() => target.close());
    await run({ url: target.url, uploads: () => filesUnder(join(storage, "uploads")), resumes: true });
  }, 120_000);

  it.skipIf(!hasTool("docker-registry"))(
    "sends the blob again in full where docker-registry cannot continue the killed session, adding no upload",
    async () => {
      const target = await startReferenceRegistry();
      closers.push(() => target.close());
      const uploads = () =>
        filesUnder(join(target.storage, "docker", "registry", "v2", "repositories", "dst", "app", "_uploads"));
      // distribution seals the offset into the session URL's `_state` (HMAC): a killed client never learns the URL
      // for the bytes that did arrive, and distribution cancels a session whose data is past its state. The
      // re-run's status request finds it gone, and the blob goes again in full; nothing is left behind.
      await run({ url: target.url, uploads, resumes: false });
    },
    120_000,
  );
});
