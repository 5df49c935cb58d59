/**
 * Any registry as a clean-up source and target through the Distribution API: tags listed and resolved, manifests
 * walked from them (index entries, referrers API where served, digest tags), deletions by digest. A plain
 * registry cannot list untagged manifests it is not led to, so only reachable ones are seen; ages come from the
 * `org.opencontainers.image.created` annotation where manifests carry it.
 */
import { DockhandError, isNotFound } from "../errors.js";
import { allTags } from "../store/all-tags.js";
import type { ImageStore } from "../store/types.js";
import type { Deleter, Refusal } from "./execute.js";
import { boundedRunner, DEFAULT_FETCH_CONCURRENCY, fetchManifests } from "./fetch.js";
import type { PlannedVersion } from "./plan.js";
import type { CleanupVersion, Inventory, ManifestFacts } from "./types.js";
import { registryPlaceholderRemover, untagVersion } from "./untag.js";

/** Reads a registry repository: tags, the manifests they reach, their referrers. */
export async function registryInventory(
  store: ImageStore,
  repository: string,
  label: string,
  options: { concurrency?: number; cache?: Map<string, ManifestFacts> } = {},
): Promise<Inventory> {
  const run = boundedRunner(options.concurrency ?? DEFAULT_FETCH_CONCURRENCY);
  const tags = await allTags(store, repository);
  const inventory: Inventory = {
    repository: label,
    versions: [],
    manifests: new Map(),
    failures: [],
    absent: new Set(),
    danglingTags: [],
  };
  const versions = new Map<string, CleanupVersion>();
  await Promise.all(
    tags.map((tag) =>
      run(async () => {
        try {
          const descriptor = await store.statManifest(repository, tag);
          if (!descriptor) {
            inventory.danglingTags.push(tag);
            return;
          }
          const version = versions.get(descriptor.digest) ?? { digest: descriptor.digest, tags: [] };
          version.tags.push(tag);
          versions.set(descriptor.digest, version);
        } catch (error) {
          inventory.failures.push({ digest: `tag ${tag}`, tags: [tag], reason: (error as Error).message });
        }
      }),
    ),
  );
  let referrersServed = true;
  let frontier = [...versions.keys()];
  while (frontier.length > 0) {
    const wanted = new Map(frontier.map((d) => [d, versions.get(d)?.tags ?? []]));
    const fetched = await fetchManifests(store, repository, wanted, options);
    inventory.failures.push(...fetched.failures);
    for (const digest of fetched.absent) {
      inventory.absent.add(digest);
      // An entry the registry does not have is a missing child, not a version.
      if ((versions.get(digest)?.tags.length ?? 0) === 0) versions.delete(digest);
    }
    const next = new Set<string>();
    for (const [digest, facts] of fetched.manifests) {
      inventory.manifests.set(digest, facts);
      for (const child of facts.children) {
        if (!versions.has(child.digest) && !inventory.absent.has(child.digest)) {
          versions.set(child.digest, { digest: child.digest, tags: [] });
          next.add(child.digest);
        }
      }
    }
    if (referrersServed) {
      await Promise.all(
        [...fetched.manifests.keys()].map((digest) =>
          run(async () => {
            if (!referrersServed) return;
            try {
              for (const referrer of await store.referrers(repository, digest)) {
                if (!versions.has(referrer.digest)) {
                  versions.set(referrer.digest, { digest: referrer.digest, tags: [] });
                  next.add(referrer.digest);
                }
              }
            } catch (error) {
              // Registries without the referrers API (distribution 2.x, GHCR) answer 404 or 405.
              if (isNotFound(error) || (error instanceof DockhandError && /UNSUPPORTED|HTTP_405/.test(error.code))) {
                referrersServed = false;
              } else inventory.failures.push({ digest, tags: [], reason: `referrers: ${(error as Error).message}` });
            }
          }),
        ),
      );
    }
    frontier = [...next];
  }
  for (const version of versions.values()) {
    const created = inventory.manifests.get(version.digest)?.created;
    if (created !== undefined) version.createdAt = created;
  }
  inventory.versions = [...versions.values()];
  return inventory;
}

/** Deletes manifests by digest through the Distribution API (the registry removes their tags with them). */
export function registryDeleter(store: ImageStore, repository: string): Deleter {
  return {
    deleteVersion: (version: PlannedVersion) => store.deleteManifest(repository, version.digest),
    untag: (version: PlannedVersion, tags: string[]) =>
      untagVersion(
        { store, repository, removePlaceholder: registryPlaceholderRemover(store, repository) },
        version,
        tags,
      ),
    classify(error): Refusal {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof DockhandError && /UNSUPPORTED|HTTP_405/.test(error.code)) {
        return {
          kind: "unsupported",
          message,
          hint: "the registry does not allow deletes (distribution: storage.delete.enabled: true; GHCR: use the Packages API)",
          fatal: true,
        };
      }
      if (isNotFound(error)) return { kind: "not-found", message, hint: "already gone", done: true };
      return { kind: "error", message };
    },
  };
}
