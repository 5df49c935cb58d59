#!/usr/bin/env node
// The CLI runs from its bundle (dist/bundle/, built by scripts/bundle.mjs) when present, else from the compiled
// modules in dist/ (built by `npm install` through `prepare`).
import { existsSync } from "node:fs";
import module from "node:module";
import { setFlagsFromString } from "node:v8";

// Baseline (Liftoff) code only for WebAssembly, set before Node's fetch (undici, used by the GitHub API client)
// loads its HTTP parser (llhttp, wasm): otherwise V8 optimizes the parser in the background and the process waits
// ~0.2 s for that work at exit.
setFlagsFromString("--liftoff-only");
// Node 22.1+ keeps compiled code of the modules on disk between runs; older Node has no such call.
module.enableCompileCache?.();

const bundle = new URL("../dist/bundle/cli.js", import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/cli/main.js");

process.exitCode = await main(process.argv.slice(2));
