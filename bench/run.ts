/**
 * `npm run bench`: runs every benchmark against its peer in the same run and writes the latest results, with the
 * machine and the date, to docs/benchmarks.md. Pass names to run a subset: `npm run bench -- serve`.
 */
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { cleanupBench } from "./cleanup/index.js";
import { copyBench } from "./copy/index.js";
import { doctorBench } from "./doctor/index.js";
import { exploreBench } from "./explore/index.js";
import { scanBench } from "./scan/index.js";
import { serveBench } from "./serve/index.js";
import { startupBench } from "./startup/index.js";

/** One benchmark: a name and a function returning its Markdown section (tables of numbers and ratios). */
export interface Benchmark {
  name: string;
  run: () => Promise<string>;
}

function toolVersion(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
      .trim()
      .split("\n")[0] as string;
  } catch {
    return "not installed";
  }
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `- node: ${process.version}`,
    `- docker-registry: ${toolVersion("docker-registry", ["--version"])}`,
    `- skopeo: ${toolVersion("skopeo", ["--version"])}`,
  ].join("\n");
}

const benchmarks: Benchmark[] = [
  copyBench,
  startupBench,
  scanBench,
  cleanupBench,
  serveBench,
  exploreBench,
  doctorBench,
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const selected = wanted.length > 0 ? benchmarks.filter((b) => wanted.includes(b.name)) : benchmarks;
  const path = new URL("../docs/benchmarks.md", import.meta.url);
  const previous = await readFile(path, "utf8").catch(() => "");
  const sections = new Map<string, string>();
  // Keep the sections of benchmarks not run this time.
  for (const match of previous.matchAll(/^<!-- bench:(\S+) -->\n([\s\S]*?)^<!-- \/bench:\1 -->$/gm)) {
    sections.set(match[1] as string, match[2] as string);
  }
  for (const bench of selected) {
    process.stderr.write(`bench ${bench.name}…\n`);
    const body = await bench.run();
    sections.set(bench.name, `${body.trim()}\n\n_Machine for this section:_\n\n${machine()}\n`);
    process.stdout.write(`${body}\n`);
  }
  const text = [
    "# Benchmarks",
    "",
    "Measured by `npm run bench` (`bench/`), each against a peer in the same run; ratios are dockhand ÷ peer",
    "for times (below 1.0 is faster) and dockhand ÷ peer for throughput (above 1.0 is faster).",
    "",
    ...benchmarks
      .filter((b) => sections.has(b.name))
      .map((b) => `<!-- bench:${b.name} -->\n${sections.get(b.name)}<!-- /bench:${b.name} -->\n`),
  ].join("\n");
  await writeFile(path, text);
}

await main();
