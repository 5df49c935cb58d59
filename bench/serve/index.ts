/**
 * `npx tsx bench/serve/index.ts`: the embedded registry (`dockhand serve`'s server, on disk) against the reference
 * registry (CNCF distribution, `docker-registry`, on disk) with the same data in one run: blob push and pull
 * throughput (MiB/s), and small-manifest GETs per second with p50/p99 latency at 1, 8 and 32 concurrent clients.
 * Both registries run as their own processes; the load generator is the same node:http client for both.
 * Targets alternate round by round and the best round counts, so a noisy neighbour hurts both alike.
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startReferenceRegistry } from "../../test/helpers/reference-registry.js";

const MiB = 1024 * 1024;

/** Throughput and latency of one registry. */
export interface ServeTargetResult {
  name: string;
  pushMiBps: number;
  pullMiBps: number;
  manifests: { concurrency: number; requests: number; rps: number; p50ms: number; p99ms: number }[];
}

/** The whole run: what was measured and each registry's numbers. */
export interface BenchResult {
  blobs: { count: number; sizeMiB: number };
  rounds: number;
  /** 1-minute load average before the run: other work on the machine skews every number. */
  loadAverage: number;
  targets: ServeTargetResult[];
}

/** A registry under test. */
export interface Target {
  name: string;
  url: string;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
}

/** One request over a keep-alive agent; the response body is counted and dropped. */
function send(
  agent: Agent,
  url: string,
  method: string,
  body?: Buffer,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent, headers: body ? { ...headers, "Content-Length": String(body.length) } : headers },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function expectStatus(reply: Reply, status: number, what: string): void {
  if (reply.status !== status) throw new Error(`${what}: HTTP ${reply.status}, expected ${status}`);
}

export async function startDockhand(): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), "dockhand-bench-serve-"));
  const script = fileURLToPath(new URL("./server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, dir], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    name: "dockhand serve",
    url,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function startReference(): Promise<Target> {
  const registry = await startReferenceRegistry();
  return { name: "docker-registry 2.8.2", url: registry.url, close: () => registry.close() };
}

/** Pushes blobs (POST + PUT with the whole body), `parallel` at a time; returns MiB/s. */
export async function pushBlobs(
  target: Target,
  repo: string,
  blobs: { bytes: Buffer; digest: string }[],
  parallel: number,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: parallel });
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < blobs.length) {
      const blob = blobs[next++];
      if (!blob) break;
      const post = await send(agent, `${target.url}/v2/${repo}/blobs/uploads/`, "POST");
      expectStatus(post, 202, "POST upload");
      const location = new URL(String(post.headers.location), target.url);
      location.searchParams.set("digest", blob.digest);
      expectStatus(await send(agent, location.toString(), "PUT", blob.bytes), 201, "PUT blob");
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return blobs.reduce((sum, b) => sum + b.bytes.length, 0) / MiB / seconds;
}

/** Reads every blob back, `parallel` at a time; returns MiB/s. */
async function pullBlobs(target: Target, repo: string, blobs: { bytes: Buffer; digest: string }[], parallel: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: parallel });
  const started = performance.now();
  let next = 0;
  let total = 0;
  const worker = async () => {
    while (next < blobs.length) {
      const blob = blobs[next++];
      if (!blob) break;
      const reply = await send(agent, `${target.url}/v2/${repo}/blobs/${blob.digest}`, "GET");
      expectStatus(reply, 200, "GET blob");
      if (reply.bytes !== blob.bytes.length) throw new Error(`GET blob: ${reply.bytes} bytes`);
      total += reply.bytes;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return total / MiB / seconds;
}

/** GETs a small manifest by tag `requests` times from `concurrency` clients; latency percentiles in ms. */
async function manifestLoad(target: Target, repo: string, concurrency: number, requests: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let issued = 0;
  const url = `${target.url}/v2/${repo}/manifests/small`;
  const started = performance.now();
  const worker = async () => {
    while (issued < requests) {
      issued++;
      const t0 = performance.now();
      // distribution hides OCI manifests from clients that do not accept them.
      const reply = await send(agent, url, "GET", undefined, { Accept: "application/vnd.oci.image.manifest.v1+json" });
      latencies.push(performance.now() - t0);
      expectStatus(reply, 200, "GET manifest");
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { concurrency, requests, rps: requests / seconds, p50ms: at(0.5), p99ms: at(0.99) };
}

/** Pushes the small image whose manifest the request-rate test reads. */
async function pushSmallImage(target: Target, repo: string): Promise<void> {
  const agent = new Agent({ keepAlive: true });
  const config = Buffer.from(JSON.stringify({ architecture: "amd64", os: "linux", rootfs: { type: "layers" } }));
  const layer = randomBytes(1024);
  const blobs = [config, layer].map((bytes) => ({ bytes, digest: sha256(bytes) }));
  await pushBlobs(target, repo, blobs, 1);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: sha256(config), size: config.length },
    layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: sha256(layer), size: layer.length }],
  });
  const reply = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${target.url}/v2/${repo}/manifests/small`,
      { method: "PUT", agent, headers: { "Content-Type": "application/vnd.oci.image.manifest.v1+json" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(manifest);
  });
  agent.destroy();
  if (reply !== 201) throw new Error(`PUT manifest: HTTP ${reply}`);
}

export function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Options of {@link runServeBench} (defaults keep the run to about a minute). */
export interface ServeBenchOptions {
  blobCount?: number;
  blobMiB?: number;
  rounds?: number;
  manifestRequests?: number;
}

/** Runs the benchmark: both registries, alternating, best round of each. */
export async function runServeBench(options: ServeBenchOptions = {}): Promise<BenchResult> {
  const blobCount = options.blobCount ?? 4;
  const blobMiB = options.blobMiB ?? 16;
  const rounds = options.rounds ?? 3;
  const manifestRequests = options.manifestRequests ?? 1000;
  const loadAverage = loadavg()[0] ?? 0;
  const starters = [startDockhand, startReference];
  const results = new Map<string, ServeTargetResult>();
  for (let round = 0; round < rounds; round++) {
    // Fresh data each round so every push writes new content.
    const blobs = Array.from({ length: blobCount }, () => {
      const bytes = randomBytes(blobMiB * MiB);
      return { bytes, digest: sha256(bytes) };
    });
    for (const start of round % 2 === 0 ? starters : [...starters].reverse()) {
      const target = await start();
      try {
        const push = await pushBlobs(target, `bench/blobs${round}`, blobs, 2);
        const pull = await pullBlobs(target, `bench/blobs${round}`, blobs, 2);
        await pushSmallImage(target, "bench/small");
        const manifests = [];
        for (const concurrency of [1, 8, 32]) {
          manifests.push(await manifestLoad(target, "bench/small", concurrency, manifestRequests));
        }
        const best = results.get(target.name);
        results.set(target.name, {
          name: target.name,
          pushMiBps: Math.max(push, best?.pushMiBps ?? 0),
          pullMiBps: Math.max(pull, best?.pullMiBps ?? 0),
          manifests: manifests.map((m, i) => {
            const previous = best?.manifests[i];
            return previous && previous.rps > m.rps ? previous : m;
          }),
        });
      } finally {
        await target.close();
      }
    }
  }
  return { blobs: { count: blobCount, sizeMiB: blobMiB }, rounds, loadAverage, targets: [...results.values()] };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** The Markdown section of a run: throughput and request-rate tables with dockhand ÷ reference ratios. */
export function formatServeBench(result: BenchResult): string {
  const [ours, reference] = result.targets;
  if (!ours || !reference) throw new Error("serve bench needs both registries");
  const ratio = (a: number, b: number) => (b > 0 ? fixed(a / b, 2) : "n/a");
  const lines = [
    "## serve",
    "",
    `Embedded registry (\`dockhand serve\`'s server, disk storage) against ${reference.name} (filesystem storage), each`,
    `its own process, the same node:http client for both. Blobs: ${result.blobs.count} × ${result.blobs.sizeMiB} MiB`,
    "random data, pushed monolithically (POST + PUT) and pulled, 2 at a time. Manifests: GET of a small manifest",
    `by tag. Best of ${result.rounds} alternating rounds; 1-minute load average at the start: ${fixed(result.loadAverage)}.`,
    "",
    "| blobs | dockhand MiB/s | reference MiB/s | ratio |",
    "|---|---:|---:|---:|",
    `| push | ${fixed(ours.pushMiBps)} | ${fixed(reference.pushMiBps)} | ${ratio(ours.pushMiBps, reference.pushMiBps)} |`,
    `| pull | ${fixed(ours.pullMiBps)} | ${fixed(reference.pullMiBps)} | ${ratio(ours.pullMiBps, reference.pullMiBps)} |`,
    "",
    "| manifest GET, clients | dockhand req/s | p50 ms | p99 ms | reference req/s | p50 ms | p99 ms | ratio (req/s) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  ours.manifests.forEach((m, i) => {
    const r = reference.manifests[i];
    if (!r) return;
    lines.push(
      `| ${m.concurrency} | ${fixed(m.rps, 0)} | ${fixed(m.p50ms, 2)} | ${fixed(m.p99ms, 2)} | ${fixed(r.rps, 0)} | ${fixed(r.p50ms, 2)} | ${fixed(r.p99ms, 2)} | ${ratio(m.rps, r.rps)} |`,
    );
  });
  return `${lines.join("\n")}\n`;
}

/** The benchmark as bench/run.ts lists them. */
export const serveBench = {
  name: "serve",
  run: async (): Promise<string> => formatServeBench(await runServeBench()),
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runServeBench();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n\n${formatServeBench(result)}`);
}
