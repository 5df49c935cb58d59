#!/usr/bin/env node
/**
 * Bundles entry points with esbuild: `node scripts/bundle.mjs [target...]` (default: every target).
 * cli: the command line as one ESM entry with a chunk per lazily imported command (dist/bundle/), which
 * bin/dockhand.js loads when present: resolving and reading one file instead of ~200 modules of dist/ is most of
 * the start-up a short command pays (docs/benchmarks.md, start-up).
 * action: the GitHub Action as one file (dist-action/index.js), committed as the typescript-action convention
 * wants: the runner runs it as checked out, with no install step. test/action/bundle.test.ts checks it is fresh.
 */
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

/** CommonJS dependencies (commander, yaml, ...) call `require` for node built-ins; an ESM bundle must provide it. */
const requireShim =
  "import { createRequire as __dockhandRequire } from 'node:module'; const require = __dockhandRequire(import.meta.url);";

/**
 * commander requires node:child_process at load (for executable subcommands, which dockhand has none of), and with
 * it net and dgram: a few milliseconds of every command's start. This hands commander a stand-in that loads the
 * module on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: "child_process", namespace: "lazy" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents:
        'let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

/** What each target builds. */
const targets = {
  cli: {
    entryPoints: { cli: "src/cli/main.ts" },
    outdir: "dist/bundle",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: { js: requireShim },
    define: { __DOCKHAND_VERSION__: JSON.stringify(version) },
    plugins: [lazyChildProcess],
    // The generated file names carry hashes; the folder is rebuilt whole.
    clean: true,
  },
  action: {
    entryPoints: ["src/action/main.ts"],
    outfile: process.env.DOCKHAND_ACTION_OUTFILE ?? "dist-action/index.js",
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node24",
    banner: { js: requireShim },
    define: { __DOCKHAND_VERSION__: JSON.stringify(version) },
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in targets)) throw new Error(`unknown bundle target ${name} (known: ${Object.keys(targets).join(", ")})`);
}
for (const [name, { clean, action, ...options }] of Object.entries(targets)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (clean && options.outdir) await rm(new URL(options.outdir, `file://${root}/`), { recursive: true, force: true });
  await build({ absWorkingDir: root, logLevel: "warning", legalComments: "none", ...options });
  await action?.();
}
