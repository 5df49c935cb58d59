/**
 * dockhand's own version. The CLI bundle (scripts/bundle.mjs) defines `__DOCKHAND_VERSION__` at build time, so a
 * bundled command does not read package.json; compiled and source runs read it next to src/ or dist/.
 */
import { readFileSync } from "node:fs";

declare const __DOCKHAND_VERSION__: string | undefined;

let cached: string | undefined;

/** The version in package.json. */
export function dockhandVersion(): string {
  if (typeof __DOCKHAND_VERSION__ === "string") return __DOCKHAND_VERSION__;
  cached ??= (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
    .version;
  return cached;
}
