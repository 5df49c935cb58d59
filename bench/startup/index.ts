/**
 * `npx tsx bench/run.ts startup`: how long short commands take from process start to exit, against `node -e 0`
 * (the floor any Node CLI pays) and skopeo. Every command runs in each round, in an order that rotates from round
 * to round (so drifting load hits all alike); the table gives medians. `dockhand` is bin/dockhand.js as
 * installed (the bundle when built); the `dist/` row runs the compiled modules without the bundle.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { startRegistry } from "../../src/server/index.js";
import { median } from "../stats.js";

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 15);
const cli = fileURLToPath(new URL("../../bin/dockhand.js", import.meta.url));
const distMain = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const bundled = existsSync(fileURLToPath(new URL("../../dist/bundle/cli.js", import.meta.url)));

interface Case {
  name: string;
  command: string;
  args: string[];
}

/**
 * Wall milliseconds of one run (spawned asynchronously: the registry answers from this process); a failed run
 * throws (a benchmark of an error path measures nothing useful).
 */
async function once(c: Case): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(c.command, c.args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (status !== 0) throw new Error(`${c.command} ${c.args.join(" ")} failed (${status}): ${stderr}`);
  return ms;
}

async function run(): Promise<string> {
  // An up-to-date copy: the same small image on both sides of one embedded registry (manifests compared, no bytes).
  // Requests the registry saw, recorded while `counting` names a case (the warm-up run of each copy).
  let counting: string | undefined;
  const requests = new Map<string, string[]>();
  const registry = await startRegistry({
    storage: "memory",
    log: (entry) => {
      if (counting) requests.set(counting, [...(requests.get(counting) ?? []), `${entry.method} ${entry.path}`]);
    },
  });
  try {
    const host = registry.host;
    const { buildSampleImage, pushSampleImage } = await import("../../src/sample/image.js");
    const { RegistryClient, RegistryStore } = await import("../../src/registry/index.js");
    const client = new RegistryClient({ plainHttp: [host] });
    const image = buildSampleImage({
      platforms: ["linux/amd64"],
      layers: 1,
      layerBytes: 1024,
      gzip: false,
      seed: "startup",
    });
    await pushSampleImage(new RegistryStore(client, host), "start/app", image, ["v1"]);
    await pushSampleImage(new RegistryStore(client, host), "start/copy", image, ["v1"]);
    await client.close();
    const env = { DOCKHAND_PLAIN_HTTP: host };
    Object.assign(process.env, env);
    const cases: Case[] = [
      { name: "`node -e 0`", command: process.execPath, args: ["-e", "0"] },
      { name: "`dockhand --version`", command: process.execPath, args: [cli, "--version"] },
      {
        name: "`dockhand --version` from dist/ (no bundle)",
        command: process.execPath,
        args: [
          "--input-type=module",
          "-e",
          `const { main } = await import(${JSON.stringify(distMain)}); process.exitCode = await main(["--version"]);`,
        ],
      },
      { name: "`dockhand ref nginx`", command: process.execPath, args: [cli, "ref", "nginx"] },
      {
        name: "`dockhand digest` (local registry)",
        command: process.execPath,
        args: [cli, "digest", `${host}/start/app:v1`],
      },
      {
        name: "`dockhand copy`, target up to date",
        command: process.execPath,
        args: [cli, "copy", `${host}/start/app:v1`, `${host}/start/copy:v1`],
      },
      { name: "`skopeo --version`", command: "skopeo", args: ["--version"] },
      {
        name: "`skopeo inspect --raw` (local registry)",
        command: "skopeo",
        args: ["inspect", "--raw", "--tls-verify=false", `docker://${host}/start/app:v1`],
      },
      {
        name: "`skopeo copy`, target up to date",
        command: "skopeo",
        args: [
          "copy",
          "--all",
          "--preserve-digests",
          "--src-tls-verify=false",
          "--dest-tls-verify=false",
          `docker://${host}/start/app:v1`,
          `docker://${host}/start/copy:v1`,
        ],
      },
    ];
    const times = new Map<string, number[]>(cases.map((c) => [c.name, []]));
    const loadStart = loadavg()[0] ?? 0;
    for (const c of cases) {
      counting = c.name.includes("copy") ? c.name : undefined;
      await once(c); // warm the file cache (and the compile cache where Node has one)
    }
    counting = undefined;
    const requestCount = (name: string) => {
      const seen = requests.get(name) ?? [];
      const kinds = [...new Set(seen.map((r) => r.replace(/ .*\/(manifests|blobs)\/.*$/, " …/$1/…")))];
      return `${seen.length} (${kinds.join(", ")})`;
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < cases.length; i++) {
        const c = cases[(i + round) % cases.length] as Case;
        times.get(c.name)?.push(await once(c));
      }
    }
    const loadEnd = loadavg()[0] ?? 0;
    const med = (name: string) => median(times.get(name) ?? []);
    const floor = med("`node -e 0`");
    const rows = cases.map((c) => `| ${c.name} | ${med(c.name).toFixed(0)} | ${(med(c.name) / floor).toFixed(2)} |`);
    const ratio = (a: string, b: string) => (med(a) / med(b)).toFixed(2);
    const goal = 1.5 * med("`skopeo copy`, target up to date");
    return [
      "## start-up: short commands against `node -e 0` and skopeo",
      "",
      `Each command as a process, ${ROUNDS} rounds in a rotating order after one warm-up run each; medians. The registry`,
      "is dockhand's embedded one (in memory) on 127.0.0.1, so the network costs almost nothing and what is measured is",
      `start-up. dockhand runs through bin/dockhand.js ${bundled ? "from its bundle (dist/bundle/, esbuild, one chunk per lazily loaded command)" : "from dist/ (no bundle built)"}; Node ${process.version}${"enableCompileCache" in (await import("node:module")).default ? " with its compile cache" : " (no compile cache before 22.1)"}.`,
      "",
      "| command | median ms | ÷ `node -e 0` |",
      "|---|---:|---:|",
      ...rows,
      "",
      `Ratios: \`--version\` ${ratio("`dockhand --version`", "`node -e 0`")}× \`node -e 0\` (goal ≤ 1.3); up-to-date copy ${ratio("`dockhand copy`, target up to date", "`skopeo copy`, target up to date")}× skopeo's (goal ≤ 1.5); bundle vs dist/ for \`--version\`: ${ratio("`dockhand --version`", "`dockhand --version` from dist/ (no bundle)")}.`,
      "",
      `The goal for the up-to-date copy, 1.5× skopeo's, is ${goal.toFixed(0)} ms here, ${goal < floor ? "below" : "above"} \`node -e 0\``,
      `(${floor.toFixed(0)} ms)${goal < floor ? ": a Node process that only starts and exits already misses it" : ""}. dockhand adds`,
      `${(med("`dockhand copy`, target up to date") - floor).toFixed(0)} ms to \`node -e 0\`: loading its modules and two requests.`,
      "",
      "HTTP requests of one up-to-date copy (the registry's request log): dockhand",
      `${requestCount("`dockhand copy`, target up to date")}; skopeo ${requestCount("`skopeo copy`, target up to date")}.`,
      "dockhand's two HEADs (source tag, target tag) go out together since 2026-12-05: `copy()` alone against",
      "docker-registry on 127.0.0.1, modules loaded, fresh connections, 21 fresh processes each: 8.4 → 5.4 ms median;",
      "on a real network that is one round trip less. Whole-process times here move more with the load than that.",
      "The bundle hands commander a stand-in for node:child_process that loads it on first use (scripts/bundle.mjs):",
      "commander loads it for executable subcommands, which dockhand has none of, and net and dgram came with it.",
      "`--version` from process start to exit (`performance.now()` at exit), 30 alternating runs at load about 2:",
      "120 → 113 ms median, 105 → 97 ms first quartile.",
      "",
      `1-minute load average at the start and end: ${loadStart.toFixed(1)} and ${loadEnd.toFixed(1)} on ${cpus().length} cores.`,
    ].join("\n");
  } finally {
    await registry.close();
  }
}

/** The start-up benchmark for bench/run.ts. */
export const startupBench = { name: "startup", run };
