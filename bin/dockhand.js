#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` through `prepare`).
import { setFlagsFromString } from "node:v8";

// Baseline (Liftoff) code only for WebAssembly, set before Node's fetch (undici, used by the GitHub API client)
// loads its HTTP parser (llhttp, wasm): otherwise V8 optimizes the parser in the background and the process waits
// ~0.2 s for that work at exit.
setFlagsFromString("--liftoff-only");

const { main } = await import("../dist/cli/main.js");

process.exitCode = await main(process.argv.slice(2));
