/**
 * Garbage collection for a DiskStore: mark every blob a stored manifest references (the manifests themselves,
 * configs, layers, index children), sweep content nothing marked, stale upload sessions and temp files left by
 * crashes.
 *
 * Safe while the server runs: content changed after `gc start - minBlobAgeMs` is never deleted, and a manifest
 * push refreshes the modification time of every blob it references before it is stored, so content a manifest
 * pushed during gc needs is either kept or (if gc took it first) the push fails with MANIFEST_BLOB_UNKNOWN and
 * the client pushes the blob again. Deletion renames the file aside, re-checks its age and puts it back when a
 * writer touched it meanwhile. The grace period covers a push that checked its blobs before gc started but
 * linked the manifest after gc read that repository; keep it far above the time one manifest push takes.
 */
import { readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { manifestChildren, parseManifest } from "../oci/manifest.js";
import type { DiskStore } from "./disk.js";
import { isMissing, moveIntoPlace, readTextIfExists, removeIfExists, statIfExists } from "./files.js";

/** Options of {@link collectGarbage}. */
export interface GcOptions {
  /** Report what would go, delete nothing. */
  dryRun?: boolean;
  /**
   * Upload sessions (and crash leftovers in tmp/) idle longer than this are removed (default 24 h). Never less
   * than {@link MIN_IN_FLIGHT_AGE_MS}: a session or temp file touched that recently may be in a writer's hands.
   */
  uploadMaxAgeMs?: number;
  /** Content changed less than this long before gc started is kept even when unreferenced (default 5 min). */
  minBlobAgeMs?: number;
}

/** What a gc run removed (or, with dryRun, would remove). */
export interface GcResult {
  dryRun: boolean;
  blobs: { count: number; bytes: number; digests: string[] };
  uploads: { count: number; bytes: number; ids: string[] };
  tempFiles: { count: number; bytes: number };
  /** Repository blob links removed because their content is gone. */
  links: number;
  /** Manifests that could not be read (their references were not marked; nothing they might need is trusted). */
  problems: string[];
}

const HOUR = 60 * 60 * 1000;

/**
 * The youngest upload session or temp file gc removes, whatever it is asked: a live upload writes its session at
 * least every body idle timeout (60 s by default), and a temp file lives for one write. `--upload-max-age 0`
 * broke pushes in flight (HTTP 500s: a session and a tag's temp file removed under their writers).
 */
export const MIN_IN_FLIGHT_AGE_MS = 10 * 60 * 1000;

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Runs mark-and-sweep over a DiskStore. */
export async function collectGarbage(store: DiskStore, options: GcOptions = {}): Promise<GcResult> {
  const dryRun = options.dryRun ?? false;
  const startedAt = Date.now();
  const keepAfter = startedAt - (options.minBlobAgeMs ?? 5 * 60 * 1000);
  const uploadMaxAge = Math.max(options.uploadMaxAgeMs ?? 24 * HOUR, MIN_IN_FLIGHT_AGE_MS);
  const { paths } = store;
  const result: GcResult = {
    dryRun,
    blobs: { count: 0, bytes: 0, digests: [] },
    uploads: { count: 0, bytes: 0, ids: [] },
    tempFiles: { count: 0, bytes: 0 },
    links: 0,
    problems: [],
  };

  // Mark.
  const repositories = await store.listRepositories();
  const marked = new Set<string>();
  for (const repo of repositories) {
    for (const algorithm of await list(paths.manifestLinksDir(repo))) {
      for (const hex of await list(join(paths.manifestLinksDir(repo), algorithm))) {
        if (hex.startsWith(".")) continue;
        const digest = `${algorithm}:${hex}`;
        marked.add(digest);
        for (const child of await referencedBy(store, repo, digest, result.problems)) marked.add(child);
      }
    }
  }
  // A manifest that cannot be read might reference anything: sweeping blind would risk deleting live content.
  if (result.problems.length > 0) return result;

  // Sweep content.
  const removed = new Set<string>();
  for (const algorithm of await list(paths.blobsDir)) {
    for (const prefix of await list(join(paths.blobsDir, algorithm))) {
      for (const hex of await list(join(paths.blobsDir, algorithm, prefix))) {
        const digest = `${algorithm}:${hex}`;
        if (marked.has(digest) || hex.startsWith(".")) continue;
        const path = join(paths.blobsDir, algorithm, prefix, hex);
        const info = await statIfExists(path);
        if (!info || info.mtimeMs >= keepAfter) continue;
        if (!dryRun && !(await removeUnlessTouched(path, join(paths.tmpDir, `.gc-${hex}`), keepAfter))) continue;
        removed.add(digest);
        result.blobs.count++;
        result.blobs.bytes += info.size;
        result.blobs.digests.push(digest);
      }
    }
  }

  // Links to content that is gone.
  if (!dryRun && removed.size > 0) {
    for (const repo of repositories) {
      for (const digest of removed) {
        if (await statIfExists(paths.blob(digest))) continue;
        if (await removeIfExists(paths.blobLink(repo, digest))) result.links++;
      }
    }
  }

  // Stale upload sessions.
  for (const id of await list(paths.uploadsDir)) {
    const dir = paths.upload(id);
    const data = await statIfExists(join(dir, "data"));
    const info = await statIfExists(join(dir, "info.json"));
    const updatedAt = Math.max(data?.mtimeMs ?? 0, info?.mtimeMs ?? 0);
    if (startedAt - updatedAt <= uploadMaxAge) continue;
    if (!dryRun) {
      const aside = join(paths.tmpDir, `.gc-upload-${id}`);
      await rename(dir, aside).catch(() => undefined);
      await rm(aside, { recursive: true, force: true });
    }
    result.uploads.count++;
    result.uploads.bytes += data?.size ?? 0;
    result.uploads.ids.push(id);
  }

  // Temp files a crash left behind (live writes are younger than any sensible upload age).
  for (const name of await list(paths.tmpDir)) {
    if (name.startsWith(".gc-")) continue;
    const path = join(paths.tmpDir, name);
    const info = await statIfExists(path);
    if (!info || startedAt - info.mtimeMs <= uploadMaxAge) continue;
    if (!dryRun) await rm(path, { recursive: true, force: true });
    result.tempFiles.count++;
    result.tempFiles.bytes += info.isFile() ? info.size : 0;
  }

  result.blobs.digests.sort();
  return result;
}

/** The digests a stored manifest references; problems are recorded, not thrown. */
async function referencedBy(store: DiskStore, repo: string, digest: string, problems: string[]): Promise<string[]> {
  const path = store.paths.blob(digest);
  const link = await readTextIfExists(store.paths.manifestLink(repo, digest));
  if (link === undefined) return [];
  try {
    const bytes = await readFile(path);
    const { mediaType } = JSON.parse(link) as { mediaType: string };
    return manifestChildren(parseManifest(bytes, mediaType)).map((d) => d.digest);
  } catch (error) {
    problems.push(`${repo}@${digest}: ${(error as Error).message}`);
    return [];
  }
}

/**
 * Moves a file aside, then deletes it unless it was written after `keepAfter` (a writer replaced or touched it
 * just before the move), in which case it goes back. Returns true when deleted.
 */
async function removeUnlessTouched(path: string, aside: string, keepAfter: number): Promise<boolean> {
  try {
    await rename(path, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const info = await stat(aside);
  if (info.mtimeMs >= keepAfter) {
    await moveIntoPlace(aside, path);
    return false;
  }
  await unlink(aside);
  return true;
}
