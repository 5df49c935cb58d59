/**
 * GitHub Packages as a clean-up source and target: versions (ids, digests, tags, times) from the Packages API,
 * manifests from the registry (ghcr.io), deletions by version id. GitHub's refusals — the 5,000-download rule,
 * the last (tagged) version, 404 for a token without delete:packages — become refusals that say what to do.
 */
import { DockhandError } from "../errors.js";
import type { GitHubClient } from "../github/client.js";
import { deletePackageVersion, listPackageVersions, type PackageOwner, versionTags } from "../github/packages.js";
import type { ImageStore } from "../store/types.js";
import type { Deleter, Refusal } from "./execute.js";
import { fetchManifests } from "./fetch.js";
import type { PlannedVersion } from "./plan.js";
import type { Inventory, ManifestFacts } from "./types.js";
import { githubPlaceholderRemover, untagVersion } from "./untag.js";

/** Where a GitHub container package is. */
export interface GitHubPackageSource {
  client: GitHubClient;
  owner: PackageOwner;
  /** The package name (may contain "/"). */
  name: string;
  /** The registry holding its manifests, and the repository path there (`owner/name`). */
  store: ImageStore;
  repository: string;
  /** For messages: `ghcr.io/owner/name`. */
  label: string;
}

/** Lists a package's active versions and fetches every one's manifest. */
export async function githubInventory(
  source: GitHubPackageSource,
  options: { concurrency?: number; cache?: Map<string, ManifestFacts> } = {},
): Promise<Inventory> {
  const listed = await listPackageVersions(source.client, source.owner, source.name);
  const versions = listed.map((v) => ({
    digest: v.name,
    tags: versionTags(v),
    id: v.id,
    createdAt: Date.parse(v.created_at),
    updatedAt: Date.parse(v.updated_at),
  }));
  const fetched = await fetchManifests(
    source.store,
    source.repository,
    new Map(versions.map((v) => [v.digest, v.tags])),
    options,
  );
  return { repository: source.label, versions, ...fetched, danglingTags: [] };
}

/** Classifies GitHub's answer to a version deletion. */
export function classifyGitHubRefusal(error: unknown, scopes?: string[]): Refusal {
  if (!(error instanceof DockhandError)) return { kind: "error", message: String(error) };
  const message = error.message;
  if (message.includes("5000 downloads")) {
    return {
      kind: "download-limit",
      message,
      hint: "GitHub keeps public versions downloaded more than 5,000 times; contact GitHub support, or exclude the tag (users report that making the package private first lets the deletion through)",
    };
  }
  if (message.includes("last tagged version") || message.includes("last version of a package")) {
    return {
      kind: "last-version",
      message,
      hint: "GitHub never deletes a package's last (tagged) version: keep one, or delete the whole package (dockhand packages rm --all)",
    };
  }
  if (error.code === "GITHUB_NOT_FOUND") {
    const lacking = scopes && !scopes.includes("delete:packages");
    return {
      kind: "not-found",
      message,
      hint: lacking
        ? `the token lacks delete:packages (it has: ${scopes.join(", ") || "none"}); GitHub answers 404, not 403, for that`
        : "GitHub answers 404 when the version is already gone, and when the token lacks delete:packages or admin rights on the package",
      fatal: Boolean(lacking),
      // Resumable: a version an interrupted run (or someone else) deleted answers 404; that deletion is done.
      ...(lacking ? {} : { done: true }),
    };
  }
  if (error.code === "GITHUB_RATE_BUDGET") {
    return { kind: "rate-limited", message, ...(error.hint ? { hint: error.hint } : {}), fatal: true };
  }
  if (error.code === "GITHUB_RATE_LIMITED") {
    return { kind: "rate-limited", message, hint: "wait for the rate limit to reset and run again", fatal: true };
  }
  if (error.code === "GITHUB_FORBIDDEN" || error.code === "GITHUB_UNAUTHORIZED") {
    return { kind: "forbidden", message, ...(error.hint ? { hint: error.hint } : {}), fatal: true };
  }
  return { kind: "error", message, ...(error.hint ? { hint: error.hint } : {}) };
}

/** REST requests kept in hand when a run stops for the rate limit (deletions in flight, the validation read). */
export const RATE_RESERVE = 5;

/**
 * Refuses to start another write when GitHub's last answer left `reserve` requests or fewer: the run stops
 * before GitHub answers 403, and the next run (after the reset) continues where it stopped.
 */
export function checkRateBudget(client: GitHubClient, reserve = RATE_RESERVE): void {
  const { remaining, reset } = client.rate;
  if (remaining === undefined || remaining > reserve) return;
  const at = reset !== undefined ? new Date(reset * 1000).toISOString() : "the next reset";
  throw new DockhandError("GITHUB_RATE_BUDGET", `GitHub's rate limit is nearly spent (${remaining} requests left)`, {
    exit: 3,
    hint: `stopped before exceeding it; run again after ${at} to continue (deleted versions are not redone)`,
  });
}

/** Deletes versions of a GitHub package by id. `scopes` are the token's classic scopes, when known. */
export function githubDeleter(source: GitHubPackageSource, scopes?: string[]): Deleter {
  return {
    async deleteVersion(version: PlannedVersion) {
      checkRateBudget(source.client);
      if (version.id === undefined) {
        throw new DockhandError("VERSION_ID_MISSING", `${version.digest} has no package version id`);
      }
      await deletePackageVersion(source.client, source.owner, source.name, version.id);
    },
    async untag(version: PlannedVersion, tags: string[]) {
      checkRateBudget(source.client, RATE_RESERVE + 1);
      if (scopes && !scopes.includes("delete:packages")) {
        // Without it the placeholder could be pushed but never deleted: refuse before touching the tag.
        throw new DockhandError("GITHUB_NOT_FOUND", `untag ${tags.join(", ")}: the token lacks delete:packages`);
      }
      const edge = {
        store: source.store,
        repository: source.repository,
        removePlaceholder: githubPlaceholderRemover({
          client: source.client,
          owner: source.owner,
          name: source.name,
          ...(scopes ? { scopes } : {}),
        }),
      };
      return untagVersion(edge, version, tags);
    },
    classify: (error) => classifyGitHubRefusal(error, scopes),
  };
}
