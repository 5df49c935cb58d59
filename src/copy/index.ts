/**
 * The graph copy engine: copies images (single, multi-platform, platform subsets, all tags, referrers) between
 * any two image stores — registry repositories and OCI layout directories.
 *
 * ```ts
 * const result = await copy("ghcr.io/owner/app:1.0", "registry.example.com/app:1.0", { onEvent: console.log });
 * ```
 */

export { type CopyByNameOptions, copy } from "./by-name.js";
export { CopySession, type SessionOptions, type StoreLocation } from "./context.js";
export {
  type CopyOptions,
  type CopyRepositoryOptions,
  type CopyRepositoryResult,
  type CopyResult,
  copyImage,
  copyRepository,
} from "./copy.js";
export { type Endpoint, formatEndpoint, LAYOUT_PREFIX, parseEndpoint } from "./endpoint.js";
export {
  addSummary,
  type BlobAction,
  type CopyEvent,
  type CopySummary,
  describeSummary,
  emptySummary,
  formatBytes,
  type ManifestAction,
} from "./events.js";
export { isDigestTag, selectTags, type TagFilter } from "./filters.js";
export { DEFAULT_BLOB_CONCURRENCY } from "./limiter.js";
export { BlobLocations } from "./locations.js";
export { type ImageLocation, openEndpoint } from "./open.js";
export { type CopyPlan, planCopy } from "./plan.js";
export { type SyncOptions, type SyncPairResult, type SyncPass, syncOnce, syncWatch } from "./sync.js";
export { loadSyncConfig, parseInterval, parseSyncConfig, type SyncConfig, type SyncEntry } from "./sync-config.js";
