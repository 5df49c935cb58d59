/**
 * What the registries say about a migration: whether NEW holds every tag of OLD at the same digest ("in step"),
 * and the plan for deleting OLD once nothing uses it — through the Distribution API (manifests by digest), or,
 * for a GitHub registry, the whole package through the Packages API.
 */
import { isGitHubRegistryHost } from "../github/hosts.js";
import { parseRepository } from "../project/index.js";
import { allTags } from "../store/all-tags.js";
import type { ImageStore } from "../store/types.js";

/** How NEW compares with OLD, tag by tag. */
export interface TagsInStep {
  /** Tags of OLD. */
  total: number;
  inStep: string[];
  /** Tags OLD has and NEW lacks. */
  missing: string[];
  /** Tags both have at different digests. */
  differing: string[];
}

/** Every tag of a repository, sorted; a repository the registry does not know has none. */
export async function listAllTags(store: ImageStore, repository: string): Promise<string[]> {
  return (await allTags(store, repository)).sort();
}

/** Compares OLD's tags with NEW's. */
export async function compareTags(
  from: { store: ImageStore; repository: string },
  to: { store: ImageStore; repository: string },
): Promise<TagsInStep & { digests: Map<string, string> }> {
  const result = { total: 0, inStep: [] as string[], missing: [] as string[], differing: [] as string[] };
  const digests = new Map<string, string>();
  for (const tag of await listAllTags(from.store, from.repository)) {
    const source = await from.store.statManifest(from.repository, tag);
    if (!source) continue;
    result.total++;
    digests.set(tag, source.digest);
    const target = await to.store.statManifest(to.repository, tag);
    if (!target) result.missing.push(tag);
    else if (target.digest === source.digest) result.inStep.push(tag);
    else result.differing.push(tag);
  }
  return { ...result, digests };
}

/** Where the clean-up phase deletes OLD. */
export type CleanupRoute =
  | { via: "packages-api"; owner: string; packageName: string; label: string }
  | { via: "registry"; repository: string; label: string };

/**
 * How OLD is deleted: a GitHub registry deletes whole packages through the Packages API (its registry refuses
 * DELETE); any other registry deletes OLD's manifests by digest, planned by the clean-up planner.
 */
export function cleanupRoute(from: string, env: NodeJS.ProcessEnv): CleanupRoute {
  const reference = parseRepository(from, "old repository");
  if (isGitHubRegistryHost(reference.domain, env)) {
    const [owner = "", ...rest] = reference.path.split("/");
    return { via: "packages-api", owner, packageName: rest.join("/"), label: from };
  }
  return { via: "registry", repository: reference.path, label: from };
}
