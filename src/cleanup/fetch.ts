/**
 * Fetching manifests for a plan: concurrent and bounded, each verified against its digest and parsed once. A
 * manifest the store says it does not have is recorded as absent (a broken image, a known fact); any other
 * failure is recorded as a failure, which stops the plan from deleting anything.
 */
import { HostSlots } from "../copy/limiter.js";
import { isNotFound } from "../errors.js";
import { computeDigest } from "../oci/index.js";
import type { ImageStore } from "../store/types.js";
import { manifestFacts } from "./facts.js";
import type { FetchFailure, ManifestFacts } from "./types.js";

/** Default manifest fetches in flight. */
export const DEFAULT_FETCH_CONCURRENCY = 8;

/** The outcome of fetching a set of manifests. */
export interface FetchResult {
  manifests: Map<string, ManifestFacts>;
  failures: FetchFailure[];
  absent: Set<string>;
}

/** A bounded runner: at most `limit` calls of `work` at once. */
export function boundedRunner(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  const slots = new HostSlots(limit);
  return (work) => slots.run(["cleanup"], work);
}

/**
 * Fetches the manifests of `wanted` (digest → tags, for messages). `cache` holds facts fetched before (by digest;
 * manifests are immutable), so a second plan or `validate` after `--apply` does not fetch them again.
 */
export async function fetchManifests(
  store: ImageStore,
  repository: string,
  wanted: Map<string, string[]>,
  options: { concurrency?: number; cache?: Map<string, ManifestFacts> } = {},
): Promise<FetchResult> {
  const result: FetchResult = { manifests: new Map(), failures: [], absent: new Set() };
  const run = boundedRunner(options.concurrency ?? DEFAULT_FETCH_CONCURRENCY);
  await Promise.all(
    [...wanted].map(([digest, tags]) =>
      run(async () => {
        const cached = options.cache?.get(digest);
        if (cached) {
          result.manifests.set(digest, cached);
          return;
        }
        try {
          const stored = await store.getManifest(repository, digest);
          const actual = computeDigest(stored.bytes, digest.startsWith("sha512:") ? "sha512" : "sha256");
          if (actual !== digest) throw new Error(`content has digest ${actual}`);
          const facts = manifestFacts({ ...stored, digest });
          result.manifests.set(digest, facts);
          options.cache?.set(digest, facts);
        } catch (error) {
          if (isNotFound(error)) result.absent.add(digest);
          else result.failures.push({ digest, tags, reason: error instanceof Error ? error.message : String(error) });
        }
      }),
    ),
  );
  result.failures.sort((a, b) => (a.digest < b.digest ? -1 : 1));
  return result;
}
