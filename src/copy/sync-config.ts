/**
 * The `dockhand sync` configuration: YAML or JSON listing source → target pairs with tag filters, platforms and
 * referrers, validated with zod. Errors name the file and the field (`sync[1].target: …`).
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { DockhandError } from "../errors.js";
import { parsePlatform } from "../oci/index.js";
import { parseEndpoint } from "./endpoint.js";
import { compileTagFilter } from "./filters.js";

const endpoint = z.string().superRefine((value, context) => {
  try {
    parseEndpoint(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: (error as Error).message });
  }
});

const platform = z.string().superRefine((value, context) => {
  try {
    parsePlatform(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: (error as Error).message });
  }
});

const regex = z.string().superRefine((value, context) => {
  try {
    new RegExp(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: `invalid regular expression: ${(error as Error).message}` });
  }
});

const options = {
  platforms: z.array(platform).optional(),
  referrers: z.boolean().optional(),
  force: z.boolean().optional(),
};

/** One source → target pair. A source without tag or digest copies every tag (filtered by `tags`). */
const SyncEntrySchema = z.strictObject({
  source: endpoint,
  target: endpoint,
  tags: z.strictObject({ include: z.array(regex).optional(), exclude: z.array(regex).optional() }).optional(),
  ...options,
});

/** The whole file. */
export const SyncConfigSchema = z.strictObject({
  defaults: z.strictObject(options).optional(),
  sync: z.array(SyncEntrySchema).min(1, "list at least one source → target pair"),
});

/** A validated sync configuration. */
export type SyncConfig = z.infer<typeof SyncConfigSchema>;
/** One pair of a sync configuration. */
export type SyncEntry = z.infer<typeof SyncEntrySchema>;

function fieldPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : text === "" ? String(key) : `.${String(key)}`;
  return text || "(document)";
}

/** Validates a parsed document; throws CONFIG_INVALID naming every wrong field. */
export function parseSyncConfig(document: unknown, file = "sync config"): SyncConfig {
  const result = SyncConfigSchema.safeParse(document);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    throw new DockhandError("CONFIG_INVALID", `${file}: ${problems.join("; ")}`, {
      details: { file, problems },
      hint: "see dockhand sync --help for the format",
    });
  }
  for (const [i, entry] of result.data.sync.entries()) {
    const source = parseEndpoint(entry.source);
    if (entry.tags && (source.tag !== undefined || source.digest !== undefined)) {
      throw new DockhandError(
        "CONFIG_INVALID",
        `${file}: sync[${i}].tags: tag filters apply to a repository, but the source names one image (${entry.source})`,
        { details: { file } },
      );
    }
    compileTagFilter(entry.tags ?? {}, `sync[${i}].tags`);
  }
  return result.data;
}

/** Reads and validates a YAML or JSON sync file. */
export async function loadSyncConfig(path: string): Promise<SyncConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new DockhandError("CONFIG_NOT_FOUND", `cannot read sync config ${path}: ${(error as Error).message}`, {
      exit: 2,
    });
  }
  let document: unknown;
  try {
    // YAML is a superset of JSON: one parser reads both.
    document = parseYaml(text);
  } catch (error) {
    throw new DockhandError("CONFIG_INVALID", `${path}: not valid YAML or JSON: ${(error as Error).message}`);
  }
  return parseSyncConfig(document, path);
}

/** Parses `30s`, `5m`, `1h` or plain seconds into milliseconds (at least one second). */
export function parseInterval(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
  const value = match ? Number(match[1]) * unit[(match[2] ?? "s") as keyof typeof unit] : Number.NaN;
  if (!Number.isFinite(value) || value < 1000) {
    throw new DockhandError("USAGE", `--watch: "${text}" is not an interval of at least 1s (e.g. 30s, 5m, 1h)`, {
      exit: 2,
    });
  }
  return value;
}
