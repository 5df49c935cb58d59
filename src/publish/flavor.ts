/**
 * The `flavor` input: `latest=auto|true|false`, a global `prefix`/`suffix`, and `onlatest=true` to also put that
 * prefix or suffix on the `latest` tag (`suffix=-amd64,onlatest=true` gives `latest-amd64`).
 */
import { DockhandError } from "../errors.js";
import { parseCsvRecord } from "./input-list.js";

/** How `latest` is decided, and the affixes every tag without its own gets. */
export interface Flavor {
  latest: "auto" | "true" | "false";
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

/**
 * Parses flavor entries (one per line). `onlatest` applies to the last `prefix` or `suffix` on the same line.
 */
export function parseFlavor(entries: readonly string[]): Flavor {
  const flavor: Flavor = { latest: "auto", prefix: "", prefixLatest: false, suffix: "", suffixLatest: false };
  for (const entry of entries) {
    let onlatestFor: "prefix" | "suffix" | undefined;
    for (const field of parseCsvRecord(entry, "flavor")) {
      const parts = field.split("=").map((part) => part.trim());
      const key = (parts[0] ?? "").toLowerCase();
      const value = parts[1];
      if (value === undefined) throw flavorError(entry, `"${field}" has no "="`);
      switch (key) {
        case "latest":
          if (value !== "auto" && value !== "true" && value !== "false") {
            throw flavorError(entry, `latest must be auto, true or false, not "${value}"`);
          }
          flavor.latest = value;
          break;
        case "prefix":
          flavor.prefix = value;
          onlatestFor = "prefix";
          break;
        case "suffix":
          flavor.suffix = value;
          onlatestFor = "suffix";
          break;
        case "onlatest":
          if (value !== "true" && value !== "false") {
            throw flavorError(entry, `onlatest must be true or false, not "${value}"`);
          }
          if (onlatestFor === "prefix") flavor.prefixLatest = value === "true";
          if (onlatestFor === "suffix") flavor.suffixLatest = value === "true";
          break;
        default:
          throw flavorError(entry, `unknown key "${key}"`);
      }
    }
  }
  return flavor;
}

function flavorError(entry: string, problem: string): DockhandError {
  return new DockhandError("TAGS_INPUT", `Invalid flavor entry "${entry}": ${problem}`, {
    exit: 2,
    hint: "Flavor keys: latest=auto|true|false, prefix=…, suffix=…, onlatest=true after a prefix or suffix on the same line",
  });
}
