/**
 * The YAML policy file for `dockhand cleanup --policy FILE`: one entry per image, validated with zod; every
 * error names the field (`images[1].older-than: …`).
 *
 * ```yaml
 * images:
 *   - image: ghcr.io/acme/app
 *     keep-tagged: 10
 *     include: ["pr-*", "sha-*"]
 *     exclude: [latest]
 *     untagged: true
 *     older-than: 30d
 *     keep-semver: major
 *     keep-used-by: ./deploy
 *     untag: true
 * ```
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { DockhandError, UsageError } from "../errors.js";
import { type CleanupPolicy, compileTagPattern, parseDuration } from "./policy.js";

const count = z.number().int("must be a whole number").nonnegative("must not be negative");
const patterns = z.array(z.string().min(1, "must not be empty"));

const entrySchema = z.strictObject({
  image: z.string().min(1, "must name an image"),
  "keep-tagged": count.optional(),
  "keep-untagged": count.optional(),
  untagged: z.boolean().optional(),
  "older-than": z.string().optional(),
  include: patterns.optional(),
  exclude: patterns.optional(),
  "keep-semver": z.enum(["major", "minor"]).optional(),
  "keep-used-by": z.string().min(1).optional(),
  untag: z.boolean().optional(),
});

const fileSchema = z.strictObject({ images: z.array(entrySchema).min(1, "must list at least one image") });

/** One image of a policy file with its policy. */
export interface PolicyEntry {
  image: string;
  policy: CleanupPolicy;
  /** A folder or file whose references of the image are kept. */
  keepUsedBy?: string;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? String(key) : `.${String(key)}`;
  return text || "(document)";
}

/** Parses a policy file's text; `source` names it in errors. */
export function parsePolicyFile(text: string, source: string): PolicyEntry[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new UsageError(`${source}: not valid YAML: ${(error as Error).message}`);
  }
  const result = fileSchema.safeParse(document);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      return `${fieldPath(issue.path)}: ${issue.message}${keys}`;
    });
    throw new DockhandError("POLICY_INVALID", `${source}: ${problems.join("; ")}`, {
      exit: 2,
      details: { file: source, problems },
    });
  }
  return result.data.images.map((entry, i) => {
    const at = (field: string) => `${source}: images[${i}].${field}`;
    const policy: CleanupPolicy = {
      ...(entry["keep-tagged"] !== undefined ? { keepTagged: entry["keep-tagged"] } : {}),
      ...(entry["keep-untagged"] !== undefined ? { keepUntagged: entry["keep-untagged"] } : {}),
      ...(entry.untagged !== undefined ? { untagged: entry.untagged } : {}),
      ...(entry["older-than"] !== undefined
        ? { olderThanMs: parseDuration(entry["older-than"], at("older-than")) }
        : {}),
      ...(entry.include ? { include: entry.include } : {}),
      ...(entry.exclude ? { exclude: entry.exclude } : {}),
      ...(entry["keep-semver"] ? { keepSemver: entry["keep-semver"] } : {}),
      ...(entry.untag ? { untag: true } : {}),
    };
    for (const p of entry.include ?? []) compileTagPattern(p, at("include"));
    for (const p of entry.exclude ?? []) compileTagPattern(p, at("exclude"));
    return { image: entry.image, policy, ...(entry["keep-used-by"] ? { keepUsedBy: entry["keep-used-by"] } : {}) };
  });
}

/** Reads and parses a policy file; `keep-used-by` paths are relative to the file's folder. */
export async function loadPolicyFile(path: string): Promise<PolicyEntry[]> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--policy: cannot read ${path}: ${error.code ?? error.message}`);
  });
  return parsePolicyFile(text, path).map((entry) =>
    entry.keepUsedBy ? { ...entry, keepUsedBy: resolve(dirname(path), entry.keepUsedBy) } : entry,
  );
}
