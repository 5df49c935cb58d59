/**
 * Architectures for per-arch tags: `amd64`, `arm64` or platforms such as `linux/arm/v7`. Each gets a tag suffix
 * (`-amd64`, `-arm-v7`) so every build leg pushes its own tags and no leg overwrites another's.
 */
import { DockhandError } from "../errors.js";

/** One build leg's architecture. */
export interface Arch {
  /** The tag suffix without its dash: `amd64`, `arm-v7`. */
  name: string;
  /** The platform it builds: `linux/amd64`. */
  platform: string;
}

/** Parses `--arch` values (comma- or space-separated, repeatable); duplicates are dropped. */
export function parseArchs(values: readonly string[]): Arch[] {
  const archs: Arch[] = [];
  for (const item of values.flatMap((value) => value.split(/[\s,]+/))) {
    if (item === "") continue;
    const platform = item.includes("/") ? item : `linux/${item}`;
    const name = platform.replace(/^linux\//, "").replace(/\//g, "-");
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name)) {
      throw new DockhandError("TAGS_INPUT", `Invalid architecture "${item}"`, {
        exit: 2,
        hint: "Give architectures such as amd64,arm64 or platforms such as linux/arm/v7",
      });
    }
    if (!archs.some((arch) => arch.name === name)) archs.push({ name, platform });
  }
  return archs;
}
