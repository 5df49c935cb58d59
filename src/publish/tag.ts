/**
 * The `tags` input: lines such as `type=semver,pattern={{version}}` or `type=ref,event=branch`. Each line is one
 * CSV record of `key=value` fields; a field without `=` is the value (`type=raw,foo`, or just `foo`). Entries are
 * ordered by priority, highest first, ties kept in input order.
 */
import { DockhandError } from "../errors.js";
import { parseCsvRecord } from "./input-list.js";

/** The kinds of tag entry. */
export const tagTypes = ["schedule", "semver", "pep440", "match", "edge", "ref", "raw", "sha"] as const;

/** One kind of tag entry. */
export type TagType = (typeof tagTypes)[number];

/** A parsed tag entry: its type and every attribute as text (defaults filled in). */
export interface TagEntry {
  type: TagType;
  attrs: Record<string, string>;
  /** The line it came from, for messages. */
  source: string;
}

/** Default priority of each type: schedule first, sha last. */
export const defaultPriorities: Record<TagType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

/** The entries used when the `tags` input is empty. */
export const defaultTagEntries = ["type=schedule", "type=ref,event=branch", "type=ref,event=tag", "type=ref,event=pr"];

/** Parses the entries (or the defaults when there are none) and sorts them by priority. */
export function parseTags(entries: readonly string[]): TagEntry[] {
  const lines = entries.length === 0 ? defaultTagEntries : entries;
  const parsed = lines.map(parseTagEntry);
  // Array.prototype.sort is stable, so equal priorities keep their input order.
  return parsed.sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority));
}

/** Parses one tag entry and fills in its type's defaults. */
export function parseTagEntry(line: string): TagEntry {
  const attrs: Record<string, string> = {};
  let type: TagType | undefined;
  for (const field of parseCsvRecord(line, "tags")) {
    // Split at the first "=" only: values such as regexes may contain "=".
    const eq = field.indexOf("=");
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === "type") {
      if (!(tagTypes as readonly string[]).includes(value)) {
        throw tagError(line, `unknown type "${value}"`, `Types: ${tagTypes.join(", ")}`);
      }
      type = value as TagType;
    } else {
      attrs[key] = value;
    }
  }
  const resolved: TagType = type ?? "raw";
  const has = (key: string) => Object.hasOwn(attrs, key);
  switch (resolved) {
    case "schedule":
      if (!has("pattern")) attrs.pattern = "nightly";
      break;
    case "semver":
    case "pep440":
      if (!has("pattern"))
        throw tagError(line, "missing pattern attribute", `e.g. type=${resolved},pattern={{version}}`);
      if (!has("value")) attrs.value = "";
      if (!has("match")) attrs.match = "";
      break;
    case "match":
      if (!has("pattern")) throw tagError(line, "missing pattern attribute", "e.g. type=match,pattern=v(.*),group=1");
      if (!has("group")) attrs.group = "0";
      if (Number.isNaN(Number(attrs.group))) throw tagError(line, `group "${attrs.group}" is not a number`);
      if (!has("value")) attrs.value = "";
      break;
    case "edge":
      if (!has("branch")) attrs.branch = "";
      break;
    case "ref":
      if (!has("event"))
        throw tagError(line, "missing event attribute", "e.g. type=ref,event=branch (branch, tag or pr)");
      if (!["branch", "tag", "pr"].includes(attrs.event ?? "")) {
        throw tagError(line, `event must be branch, tag or pr, not "${attrs.event}"`);
      }
      if (attrs.event === "pr" && !has("prefix")) attrs.prefix = "pr-";
      break;
    case "raw":
      if (!has("value")) throw tagError(line, "missing value attribute", "e.g. type=raw,value=latest");
      break;
    case "sha":
      if (!has("prefix")) attrs.prefix = "sha-";
      if (!has("format")) attrs.format = "short";
      if (attrs.format !== "short" && attrs.format !== "long") {
        throw tagError(line, `format must be short or long, not "${attrs.format}"`);
      }
      break;
  }
  if (!has("enable")) attrs.enable = "true";
  if (!has("priority")) attrs.priority = String(defaultPriorities[resolved]);
  return { type: resolved, attrs, source: line };
}

function tagError(line: string, problem: string, hint?: string): DockhandError {
  return new DockhandError("TAGS_INPUT", `Invalid tags entry "${line}": ${problem}`, {
    exit: 2,
    hint: hint ?? "See `dockhand tags --help` for the tag syntax",
  });
}
