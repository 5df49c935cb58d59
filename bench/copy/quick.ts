/**
 * `npx tsx bench/copy/quick.ts [rounds] [bigMiB]`: the bulk scenario (a) of the copy benchmark alone, for trying a
 * change: dockhand and skopeo alternate onto fresh docker-registry targets; prints each run's wall time, CPU,
 * minor page faults and peak RSS with the load average, then the ratios of the medians. With `bigMiB` > 0 it also
 * copies one layer of that size once per tool.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { computeDigest, OCI_CONFIG, OCI_LAYER_TAR, OCI_MANIFEST } from "../../src/oci/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type ReferenceRegistry, startReferenceRegistry } from "../../test/helpers/reference-registry.js";
import { median } from "../stats.js";

const MiB = 1024 * 1024;
const cli = fileURLToPath(new URL("../../bin/dockhand.js", import.meta.url));

interface Cost {
  ms: number;
  peakKiB: number;
  userS: number;
  sysS: number;
  faults: number;
}

async function timed(command: string, args: string[]): Promise<Cost> {
  const started = process.hrtime.bigint();
  const child = spawn("/usr/bin/time", ["-f", "%M %U %S %R", command, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}): ${stderr}`);
  const [peakKiB = 0, userS = 0, sysS = 0, faults = 0] = (stderr.trim().split("\n").at(-1) ?? "")
    .split(" ")
    .map(Number);
  return { ms, peakKiB, userS, sysS, faults };
}

const dockhand = (from: string, to: string) => timed(process.execPath, [cli, "copy", from, to]);
const skopeo = (from: string, to: string) =>
  timed("skopeo", [
    "copy",
    "--all",
    "--preserve-digests",
    "--src-tls-verify=false",
    "--dest-tls-verify=false",
    `docker://${from}`,
    `docker://${to}`,
  ]);

function line(tool: string, cost: Cost): string {
  const load = loadavg()[0]?.toFixed(1);
  return `${tool.padEnd(8)} ${(cost.ms / 1000).toFixed(2)} s  cpu ${(cost.userS + cost.sysS).toFixed(2)} s (${cost.userS.toFixed(2)} u + ${cost.sysS.toFixed(2)} s)  faults ${cost.faults}  rss ${(cost.peakKiB / 1024).toFixed(0)} MiB  load ${load}`;
}

async function bigImage(client: RegistryClient, host: string, size: number): Promise<void> {
  const noise = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i += 4) noise.writeUInt32LE((Math.imul(i, 2654435761) ^ (i >>> 7)) >>> 0, i);
  const pieces = function* () {
    for (let at = 0; at < size; at += MiB) {
      const piece = Buffer.from(noise);
      piece.writeUInt32LE(at / MiB, 0);
      yield piece;
    }
  };
  const hash = createHash("sha256");
  for (const piece of pieces()) hash.update(piece);
  const layer = `sha256:${hash.digest("hex")}`;
  const { Readable } = await import("node:stream");
  const target = { domain: host, path: "big/app" };
  await client.uploadBlob(target, layer, size, Readable.from(pieces()));
  const config = Buffer.from(
    JSON.stringify({ architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [layer] } }),
  );
  await client.uploadBlob(target, computeDigest(config), config.length, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: computeDigest(config), size: config.length },
      layers: [{ mediaType: OCI_LAYER_TAR, digest: layer, size }],
    }),
  );
  await client.putManifest(target, manifest, OCI_MANIFEST, "latest");
}

const rounds = Number(process.argv[2] ?? 3);
const bigMiB = Number(process.argv[3] ?? 0);
const client = new RegistryClient();
const registries: ReferenceRegistry[] = [];
const fresh = async () => {
  const registry = await startReferenceRegistry();
  registries.push(registry);
  return registry;
};
try {
  const origin = await fresh();
  const image = buildSampleImage({ layers: 4, layerBytes: 32 * MiB, gzip: false, seed: "bench-copy" });
  await pushSampleImage(new RegistryStore(client, origin.host), "bench/app", image, ["latest"]);
  const source = `${origin.host}/bench/app:latest`;
  const runs: Record<string, Cost[]> = { dockhand: [], skopeo: [] };
  const tools = { dockhand, skopeo };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (["dockhand", "skopeo"] as const) : (["skopeo", "dockhand"] as const);
    for (const tool of order) {
      const target = await fresh();
      const cost = await tools[tool](source, `${target.host}/copy/app:latest`);
      runs[tool]?.push(cost);
      console.log(`(a) ${line(tool, cost)}`);
      await target.close();
    }
  }
  const m = (tool: string, pick: (c: Cost) => number) => median((runs[tool] ?? []).map(pick));
  console.log(
    `(a) ratio of medians: time ${(m("dockhand", (c) => c.ms) / m("skopeo", (c) => c.ms)).toFixed(2)}, cpu ${(m("dockhand", (c) => c.userS + c.sysS) / m("skopeo", (c) => c.userS + c.sysS)).toFixed(2)}, faults ${m("dockhand", (c) => c.faults)} vs ${m("skopeo", (c) => c.faults)}`,
  );
  if (bigMiB > 0) {
    await bigImage(client, origin.host, bigMiB * MiB);
    for (const tool of ["dockhand", "skopeo"] as const) {
      const target = await fresh();
      console.log(
        `big ${line(tool, await tools[tool](`${origin.host}/big/app:latest`, `${target.host}/big/app:latest`))}`,
      );
      await target.close();
    }
  }
} finally {
  for (const registry of registries) await registry.close().catch(() => {});
  await client.close();
}
