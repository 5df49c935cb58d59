/**
 * bench/scan: finding one image's references in a generated 20,000-file git repository with `scanProject`
 * (every format understood), against `git grep -n` of the plain name in the same checkout and run. Reports
 * the median of three runs, the ratio, and peak memory (RSS) of each.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { scanProject } from "../../src/project/index.js";
import { median } from "../stats.js";

const FILES = 20_000;
const IMAGE = "ghcr.io/acme/app";

/** One generated file: path and text; every 97th file names the image, others hold near misses or nothing. */
function generatedFile(i: number): [string, string] {
  const dir = `svc${Math.floor(i / 200)}/part${Math.floor(i / 20) % 10}`;
  const hit = i % 97 === 0;
  const near = i % 31 === 0 ? "ghcr.io/acme/app-api:1 ghcr.io/acme/application https://github.com/acme/app\n" : "";
  const image = hit ? `${IMAGE}:${i}` : `ghcr.io/acme/other${i % 7}:1`;
  switch (i % 6) {
    case 0:
      return [
        `${dir}/deploy${i}.yaml`,
        `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: c\n      image: ${image}\n# ${near}`,
      ];
    case 1:
      return [
        `${dir}/notes${i}.md`,
        `# Service ${i}\n\nRun \`docker run ${image}\`.\n${near}${"lorem ipsum dolor sit amet\n".repeat(20)}`,
      ];
    case 2:
      return [
        `${dir}/mod${i}.ts`,
        `export const value${i} = ${i};\n// ${near}${"export function f(x: number) { return x + 1; }\n".repeat(30)}`,
      ];
    case 3:
      return [`${dir}/run${i}.sh`, `#!/bin/sh\nset -e\ndocker pull ${image}\necho "${near.trim()}"\n`];
    case 4:
      return [`${dir}/Dockerfile.${i}`, `FROM ${image} AS base\nRUN echo ${i}\n`];
    default:
      return [`${dir}/data${i}.json`, `${JSON.stringify({ id: i, image, note: near.trim() }, null, 2)}\n`];
  }
}

async function generate(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "dockhand-bench-scan-"));
  for (let i = 0; i < FILES; i++) {
    const [file, text] = generatedFile(i);
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      [
        "-c",
        "user.name=bench",
        "-c",
        "user.email=bench@example.com",
        "-c",
        "gc.auto=0",
        "-c",
        "maintenance.auto=false",
        ...args,
      ],
      {
        cwd: root,
        stdio: "ignore",
      },
    );
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "generated");
  return root;
}

/** Peak RSS of this process while `work` runs, sampled every 2 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

function gitGrep(root: string): { ms: number; lines: number } {
  const started = performance.now();
  const output = execFileSync("git", ["grep", "-n", "-F", IMAGE], { cwd: root, encoding: "utf8", maxBuffer: 2 ** 26 });
  return { ms: performance.now() - started, lines: output.split("\n").filter(Boolean).length };
}

/** Peak RSS of `git grep` in KiB, as /usr/bin/time reports it (its matches are discarded). */
function gitGrepPeakKb(root: string): number {
  const text = execFileSync("sh", ["-c", `{ /usr/bin/time -f %M git grep -n -F '${IMAGE}' >/dev/null; } 2>&1`], {
    cwd: root,
    encoding: "utf8",
  });
  return Number(text.trim().split("\n").pop());
}

/** The benchmark. */
export const scanBench = {
  name: "scan",
  run: async (): Promise<string> => {
    const root = await generate();
    try {
      const scanTimes: number[] = [];
      const grepTimes: number[] = [];
      let findings = 0;
      let filesRead = 0;
      let grepLines = 0;
      let peak = 0;
      const baseline = process.memoryUsage().rss;
      for (let round = 0; round < 3; round++) {
        const grep = gitGrep(root);
        grepTimes.push(grep.ms);
        grepLines = grep.lines;
        const started = performance.now();
        const { value: scan, peak: roundPeak } = await withPeakRss(() =>
          scanProject(root, IMAGE, { githubRepo: "acme/app" }),
        );
        scanTimes.push(performance.now() - started);
        peak = Math.max(peak, roundPeak);
        findings = scan.findings.length;
        filesRead = scan.filesScanned;
      }
      const grepPeakKb = gitGrepPeakKb(root);
      const scanMs = median(scanTimes);
      const grepMs = median(grepTimes);
      const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
      return [
        "## Scan: references to one image in a 20,000-file repository",
        "",
        `A generated git checkout of ${FILES.toLocaleString("en")} files (YAML manifests, Markdown, TypeScript, shell,`,
        "Dockerfiles, JSON; one in 97 names the image, one in 31 holds near misses such as `…/app-api`, `…/application`",
        `and a github.com URL). dockhand: \`scanProject(root, "${IMAGE}")\` (git picks candidate files, then every`,
        "candidate is parsed by its format); peer: `git grep -n -F` of the plain name. Median of 3 runs each.",
        "",
        "| tool | time (ms) | results | peak RSS |",
        "|---|---:|---:|---:|",
        `| dockhand scanProject | ${scanMs.toFixed(0)} | ${findings} references (${filesRead} files read) | ${mib(peak)} MiB (process; ${mib(baseline)} MiB before) |`,
        `| git grep -n -F | ${grepMs.toFixed(0)} | ${grepLines} lines (near misses included) | ${(grepPeakKb / 1024).toFixed(0)} MiB |`,
        "",
        `Ratio dockhand ÷ git grep (time): **${(scanMs / grepMs).toFixed(2)}×** (aim: ≤ 3×).`,
      ].join("\n");
    } finally {
      await rm(root, { recursive: true, force: true, maxRetries: 5 });
    }
  },
};
