/**
 * What every copy of one command run shares: the stores' identities, per-host blob slots, the blob-location
 * cache, work in flight (so two images sharing a layer move it once) and the event callback.
 */

import type { ImageStore } from "../store/types.js";
import type { CopyEvent } from "./events.js";
import { HostSlots } from "./limiter.js";
import { BlobLocations } from "./locations.js";
import type { UploadState } from "./upload-state.js";

/** Error code of a blob write to send again from a fresh source stream (the target wants another upload mode). */
export const RETRY_CHUNKED = "UPLOAD_RETRY_CHUNKED";

/** One side of a copy: a store and a repository in it (`""` for a layout directory). */
export interface StoreLocation {
  store: ImageStore;
  repository: string;
  /**
   * Identity of the store: two locations with the same key are the same registry or directory, so blobs can be
   * mounted between their repositories. Default: the store's `description`.
   */
  key?: string;
}

/** The store key of a location. */
export function storeKey(location: StoreLocation): string {
  return location.key ?? location.store.description;
}

/** Options shared by every copy of a session. */
export interface SessionOptions {
  /** Blob transfers in flight per host (default 4). */
  concurrency?: number;
  /** Receives progress and results. */
  onEvent?: (event: CopyEvent) => void;
  /** Shared blob-location knowledge (e.g. across the passes of `sync --watch`). */
  locations?: BlobLocations;
  signal?: AbortSignal;
  /** Where open upload sessions are recorded, so a run after a crash resumes them (the CLI keeps a state file). */
  uploads?: UploadState;
}

/** Shared state of the copies of one run. Create one per command (or per sync pass) and pass it to each copy. */
export class CopySession {
  readonly slots: HostSlots;
  readonly locations: BlobLocations;
  readonly emit: (event: CopyEvent) => void;
  readonly signal: AbortSignal | undefined;
  readonly uploads: UploadState | undefined;
  /** Blob work in flight or done, by `store\nrepository\ndigest`. */
  readonly blobWork = new Map<string, Promise<void>>();
  /** Manifests known to be in a target repository, by `store\nrepository\ndigest`. */
  readonly knownManifests = new Set<string>();
  /** Tag listings of source repositories (for digest tags), by `store\nrepository`. */
  readonly tagLists = new Map<string, Promise<string[]>>();
  /** Progress totals of the transfers running in this session. */
  readonly progress = { bytes: 0, totalBytes: 0, blobs: 0, totalBlobs: 0, lastEmit: 0 };

  constructor(options: SessionOptions = {}) {
    this.slots = new HostSlots(options.concurrency);
    this.locations = options.locations ?? new BlobLocations();
    this.emit = options.onEvent ?? (() => {});
    this.signal = options.signal;
    this.uploads = options.uploads;
  }

  /** Emits a progress event at most every 200 ms (and always when `force`). */
  reportProgress(force = false): void {
    const now = Date.now();
    if (!force && now - this.progress.lastEmit < 200) return;
    this.progress.lastEmit = now;
    const { bytes, totalBytes, blobs, totalBlobs } = this.progress;
    this.emit({ type: "progress", bytes, totalBytes, blobs, totalBlobs });
  }
}

/** A key for per-repository maps. */
export function repoKey(location: StoreLocation, digest?: string): string {
  return `${storeKey(location)}\n${location.repository}${digest ? `\n${digest}` : ""}`;
}
