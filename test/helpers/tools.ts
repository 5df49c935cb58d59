/**
 * External tools the interop tests use (Debian packages docker-registry, skopeo, umoci). Tests that need one use
 * `describe.skipIf(!hasTool("skopeo"))`; in CI (DOCKHAND_REQUIRE_INTEROP=1) a missing tool fails instead of skipping.
 */
import { spawnSync } from "node:child_process";

const cache = new Map<string, boolean>();

/** True when the tool is on PATH. Throws when it is missing and DOCKHAND_REQUIRE_INTEROP=1. */
export function hasTool(name: string): boolean {
  let found = cache.get(name);
  if (found === undefined) {
    found = spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
    cache.set(name, found);
  }
  if (!found && process.env.DOCKHAND_REQUIRE_INTEROP === "1") {
    throw new Error(`${name} is required for the interop tests (DOCKHAND_REQUIRE_INTEROP=1) but is not installed`);
  }
  return found;
}

/** Runs a tool and returns stdout; throws with stderr when it fails. */
export function runTool(name: string, args: string[], options: { cwd?: string; input?: string } = {}): string {
  const result = spawnSync(name, args, {
    cwd: options.cwd,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${name} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}
