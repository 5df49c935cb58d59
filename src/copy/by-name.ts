/**
 * Copying by name, as the CLI and the rename/migrate commands do it: `copy("ghcr.io/o/app:1", "oci:./dir")`.
 * Parses both endpoints, opens their stores (sharing one registry client) and copies one image or, with
 * `allTags`, every selected tag.
 */
import { DockhandError } from "../errors.js";
import type { RegistryClient, RegistryClientOptions } from "../registry/index.js";
import { CopySession } from "./context.js";
import { type CopyRepositoryOptions, type CopyResult, copyImage, copyRepository } from "./copy.js";
import { parseEndpoint } from "./endpoint.js";
import type { CopySummary } from "./events.js";
import { openEndpoint } from "./open.js";

/** Options of {@link copy}. */
export interface CopyByNameOptions extends CopyRepositoryOptions {
  /** Copy every tag of the source repository (filtered by `include`/`exclude`). */
  allTags?: boolean;
  /** The client for registry endpoints; without one, a client is made from `clientOptions` and closed after. */
  client?: RegistryClient;
  clientOptions?: RegistryClientOptions;
}

/** Results of {@link copy}: one per image, and the totals. */
export interface CopyByNameResult {
  results: CopyResult[];
  summary: CopySummary;
}

/** Copies `source` to `target` (strings as `dockhand copy` takes them). */
export async function copy(source: string, target: string, options: CopyByNameOptions = {}): Promise<CopyByNameResult> {
  const sourceEndpoint = parseEndpoint(source);
  const targetEndpoint = parseEndpoint(target);
  let client = options.client;
  let owned = false;
  if (!client) {
    const { RegistryClient } = await import("../registry/client.js");
    // More requests in flight than blob slots, so a blob stream never waits for a request slot held by another.
    client = new RegistryClient({ concurrency: 8, ...options.clientOptions });
    owned = true;
  }
  try {
    const from = await openEndpoint(sourceEndpoint, client);
    const to = await openEndpoint(targetEndpoint, client, options.dryRun ? "dry-run-target" : "target");
    const session = options.session ?? new CopySession(options);
    if (options.allTags) {
      if (from.tag !== undefined || from.digest !== undefined) {
        throw new DockhandError("USAGE", `--all-tags takes a repository, not an image: "${source}"`, {
          exit: 2,
          hint: `dockhand copy --all-tags ${from.label} ${to.label}`,
        });
      }
      const result = await copyRepository(from, to, { ...options, session });
      return { results: result.results, summary: result.summary };
    }
    const result = await copyImage(from, to, { ...options, session });
    return { results: [result], summary: result.summary };
  } finally {
    if (owned) await client.close();
  }
}
