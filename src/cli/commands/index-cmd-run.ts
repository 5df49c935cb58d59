/**
 * What `dockhand index create|append|remove` do once they run. Loaded only then, so the CLI starts fast.
 */
import { UsageError } from "../../errors.js";
import type { Descriptor } from "../../oci/index.js";
import { formatPlatform, parsePlatform } from "../../oci/index.js";
import { parseIndexAnnotations } from "../../publish/index-annotations.js";
import { appendToIndex, createIndex, type IndexResult, removeFromIndex } from "../../publish/index-create.js";
import { describePlatform, type PlannedEntry } from "../../publish/index-plan.js";
import { parseTarget, resolveSource, resolveTargets, type TargetRef } from "../../publish/index-refs.js";
import { RegistryStore } from "../../registry/store.js";
import type { CommandContext } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { type RegistryCliOptions, withClient } from "../registry-options.js";

/** Options every index subcommand has. */
export interface CommonOptions extends RegistryCliOptions {
  dryRun?: boolean;
  json?: boolean;
}

/** Options of `index create` and `index append`. */
export interface CreateOptions extends CommonOptions {
  tag?: string[];
  annotation?: string[];
}

/** Options of `index remove`. */
export interface RemoveOptions extends CommonOptions {
  platform?: string[];
}

/** Runs `dockhand index create`. */
export async function runCreate(
  targetText: string,
  sourceTexts: string[],
  opts: CreateOptions,
  context: CommandContext,
) {
  const target = parseTarget(targetText);
  const sources = sourceTexts.map((text) => resolveSource(text, target));
  const targets = resolveTargets(target, opts.tag ?? []);
  const annotations = parseIndexAnnotations(opts.annotation ?? []);
  return await withClient(opts, context.env, context.io, async (client) => {
    const store = new RegistryStore(client, target.domain);
    const result = await createIndex({ store, targets, sources, annotations, dryRun: opts.dryRun === true });
    report(context, opts, target, result, result.plan.entries.map(entryRow));
    if (!opts.json && result.plan.carbonCopy && !opts.dryRun) {
      context.io.err("note: one index source and no annotations: pushed an exact copy (same digest)\n");
    }
    for (const dropped of result.plan.dropped) {
      context.io.err(
        `note: left out attestation ${dropped.descriptor.digest}: the image it describes is not in the index\n`,
      );
    }
    return 0 as const;
  });
}

/** Runs `dockhand index append`. */
export async function runAppend(
  targetText: string,
  sourceTexts: string[],
  opts: CreateOptions,
  context: CommandContext,
) {
  const target = parseTarget(targetText);
  const sources = sourceTexts.map((text) => resolveSource(text, target));
  const annotations = parseIndexAnnotations(opts.annotation ?? []);
  return await withClient(opts, context.env, context.io, async (client) => {
    const store = new RegistryStore(client, target.domain);
    const location = { repository: target.path, reference: target.tag, label: target.label, tag: target.tag };
    const result = await appendToIndex({ store, target: location, sources, annotations, dryRun: opts.dryRun === true });
    report(context, opts, target, result, result.plan.entries.map(entryRow));
    return 0 as const;
  });
}

/** Runs `dockhand index remove`. */
export async function runRemove(targetText: string, opts: RemoveOptions, context: CommandContext) {
  const target = parseTarget(targetText);
  if (!opts.platform || opts.platform.length === 0) {
    throw new UsageError("index remove needs --platform", "e.g. --platform linux/arm/v7");
  }
  const platforms = opts.platform.map((text) => parsePlatform(text));
  return await withClient(opts, context.env, context.io, async (client) => {
    const store = new RegistryStore(client, target.domain);
    const location = { repository: target.path, reference: target.tag, label: target.label, tag: target.tag };
    const result = await removeFromIndex({ store, target: location, platforms, dryRun: opts.dryRun === true });
    const rows = result.plan.kept.map((d) => descriptorRow(d, ""));
    report(context, opts, target, result, rows, {
      removed: result.plan.removed.map((d) => ({
        digest: d.digest,
        platform: d.platform ? formatPlatform(d.platform) : null,
      })),
    });
    return 0 as const;
  });
}

interface Row {
  platform: string;
  digest: string;
  mediaType: string;
  kind: "image" | "attestation";
  source: string;
}

function entryRow(entry: PlannedEntry): Row {
  return descriptorRow(entry.descriptor, entry.source, entry.attestation);
}

function descriptorRow(d: Descriptor, source: string, attestation?: boolean): Row {
  const isAttestation = attestation ?? d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest";
  return {
    platform: d.platform ? describePlatform(d.platform) : "-",
    digest: d.digest,
    mediaType: d.mediaType,
    kind: isAttestation ? "attestation" : "image",
    source,
  };
}

/** Prints the result: the index JSON for a human dry run, a summary table otherwise, one object with --json. */
function report(
  context: CommandContext,
  opts: CommonOptions,
  target: TargetRef,
  result: IndexResult,
  rows: Row[],
  extra: Record<string, unknown> = {},
): void {
  const tags = result.tags.map((tag) => `${target.domain}/${tag}`);
  if (opts.json) {
    printJson(context.io, {
      dryRun: result.dryRun,
      digest: result.digest,
      mediaType: result.mediaType,
      size: result.size,
      tags,
      manifests: rows,
      ...extra,
      mounted: result.tally,
      index: JSON.parse(Buffer.from(result.bytes).toString("utf8")),
    });
    return;
  }
  if (result.dryRun) {
    context.io.out(`${Buffer.from(result.bytes).toString("utf8")}\n`);
    return;
  }
  const lines = [
    `${result.digest}  ${result.mediaType}  ${result.size} bytes`,
    ...tags.map((tag) => `pushed ${tag}`),
    "",
    formatTable(
      ["PLATFORM", "KIND", "DIGEST", "FROM"],
      rows.map((row) => [row.platform, row.kind, row.digest, row.source]),
    ),
  ];
  const { manifests, mounted, copied } = result.tally;
  if (manifests + mounted + copied > 0) {
    lines.push(
      "",
      `brought into the target repository: ${manifests} manifests, ${mounted} blobs mounted, ${copied} copied`,
    );
  }
  context.io.out(`${lines.join("\n")}\n`);
}
