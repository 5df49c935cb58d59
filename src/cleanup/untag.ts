/**
 * Untagging at the edge: moves tags off an image onto a placeholder (placeholder.ts), then deletes the placeholder
 * — through GitHub's Packages API by version id on GitHub's registries, by digest elsewhere. The image itself, its
 * other tags and everything it lists are never touched; only the placeholder is deleted, and only after checking
 * it carries nothing but the tags this untag moved onto it.
 */
import { DockhandError, isNotFound } from "../errors.js";
import type { GitHubClient } from "../github/client.js";
import { deletePackageVersion, findPackageVersion, type PackageOwner, versionTags } from "../github/packages.js";
import type { ImageStore } from "../store/types.js";
import { type Placeholder, placeholderManifest } from "./placeholder.js";
import type { PlannedVersion } from "./plan.js";

/** Where untagging pushes and how it removes the placeholder once the tags sit on it. */
export interface UntagEdge {
  store: ImageStore;
  repository: string;
  /** Deletes the placeholder, which now carries exactly `tags`. */
  removePlaceholder(placeholder: Placeholder, tags: string[]): Promise<void>;
  now?: () => Date;
}

/**
 * Removes `tags` from `version`'s image. A tag already gone is skipped (a re-run after an interruption); a tag that
 * meanwhile names another manifest is refused (UNTAG_STALE), so an untag never takes a tag from an image the plan
 * did not look at.
 */
export async function untagVersion(edge: UntagEdge, version: PlannedVersion, tags: string[]): Promise<string[]> {
  const moving: string[] = [];
  for (const tag of tags) {
    const at = await edge.store.statManifest(edge.repository, tag);
    if (!at) continue;
    if (at.digest !== version.digest) {
      throw new DockhandError(
        "UNTAG_STALE",
        `${tag} now names ${at.digest.slice(0, 19)}…, not ${version.digest.slice(0, 19)}…; it was not untagged`,
        { hint: "the repository changed since the plan: run the clean-up again", details: { tag } },
      );
    }
    moving.push(tag);
  }
  if (moving.length === 0) return [];
  const placeholder = placeholderManifest(version.digest, moving, (edge.now ?? (() => new Date()))());
  for (const tag of moving) {
    await edge.store.putManifest(edge.repository, placeholder.bytes, placeholder.mediaType, tag);
  }
  await edge.removePlaceholder(placeholder, moving);
  return moving;
}

/** Removes a placeholder through the Distribution API: deleting it by digest takes the tags on it away. */
export function registryPlaceholderRemover(store: ImageStore, repository: string): UntagEdge["removePlaceholder"] {
  return async (placeholder) => {
    try {
      await store.deleteManifest(repository, placeholder.digest);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  };
}

/** Where a GitHub package is, for removing a placeholder version. */
export interface GitHubPlaceholderTarget {
  client: GitHubClient;
  owner: PackageOwner;
  name: string;
  /** The token's classic scopes, when known: a 404 then means "gone" only if delete:packages is among them. */
  scopes?: string[];
}

/**
 * Removes a placeholder through GitHub's Packages API: finds its version (newest first: one request), checks it
 * carries only the moved tags, deletes it by id. GitHub lists a just-pushed version at once in practice; a few
 * short retries cover a slower listing.
 */
export function githubPlaceholderRemover(
  target: GitHubPlaceholderTarget,
  options: { retries?: number; delayMs?: number } = {},
): UntagEdge["removePlaceholder"] {
  return async (placeholder, tags) => {
    const retries = options.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      const found = await findPackageVersion(
        target.client,
        target.owner,
        target.name,
        (v) => v.name === placeholder.digest,
      );
      if (found) {
        const foreign = versionTags(found).filter((t) => !tags.includes(t));
        if (foreign.length > 0) {
          throw new DockhandError(
            "UNTAG_UNSAFE",
            `placeholder version ${found.id} also carries ${foreign.join(", ")}; not deleted`,
            { hint: "delete it by hand once you checked it (dockhand packages rm)", details: { version: found.id } },
          );
        }
        try {
          await deletePackageVersion(target.client, target.owner, target.name, found.id);
        } catch (error) {
          // 404: already gone (an earlier attempt, or another run) — the tags are off the image either way. GitHub
          // also answers 404 to a token without delete:packages, so that one is a failure.
          const gone = error instanceof DockhandError && error.code === "GITHUB_NOT_FOUND";
          if (!gone || (target.scopes && !target.scopes.includes("delete:packages"))) throw error;
        }
        return;
      }
      if (attempt >= retries) {
        throw new DockhandError(
          "UNTAG_PLACEHOLDER_MISSING",
          `the placeholder ${placeholder.digest.slice(0, 19)}… holding ${tags.join(", ")} is not listed as a version`,
          { hint: "the tags are off the image; run the clean-up again later to delete the placeholder" },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, (options.delayMs ?? 1000) * (attempt + 1)));
    }
  };
}
