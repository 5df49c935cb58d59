/**
 * Bringing a manifest tree from one repository of a registry into another before an index there refers to it:
 * blobs by cross-repository mount (streamed across only when the registry will not mount), child manifests by
 * PUT, children before parents. Anything the target already has is left alone.
 */
import { manifestChildren, parseManifest } from "../oci/index.js";
import type { ImageStore } from "../store/types.js";

/** What a transfer did. */
export interface MountTally {
  /** Manifests put into the target repository. */
  manifests: number;
  /** Blobs mounted from the source repository. */
  mounted: number;
  /** Blobs streamed across because the registry did not mount them. */
  copied: number;
  /** Manifests and blobs the target already had. */
  present: number;
}

/** A zero tally. */
export function emptyTally(): MountTally {
  return { manifests: 0, mounted: 0, copied: 0, present: 0 };
}

/**
 * Makes the manifest `digest` of `from` (and everything it references) present in `to`. `done` holds digests
 * already handled in this run, so shared children are visited once.
 */
export async function mountManifestTree(
  store: ImageStore,
  from: string,
  to: string,
  digest: string,
  tally: MountTally,
  done: Set<string> = new Set(),
): Promise<void> {
  if (done.has(digest)) return;
  done.add(digest);
  if (from === to || (await store.statManifest(to, digest)) !== undefined) {
    tally.present++;
    return;
  }
  const stored = await store.getManifest(from, digest);
  const parsed = parseManifest(stored.bytes, stored.mediaType);
  if (parsed.kind === "index") {
    for (const child of parsed.manifests) await mountManifestTree(store, from, to, child.digest, tally, done);
  } else {
    for (const blob of manifestChildren(parsed)) {
      if (done.has(blob.digest)) continue;
      done.add(blob.digest);
      // Non-distributable layers live elsewhere (urls); registries do not hold them.
      if (blob.urls && blob.urls.length > 0) continue;
      await mountBlob(store, from, to, blob.digest, blob.size, tally);
    }
  }
  await store.putManifest(to, stored.bytes, stored.mediaType);
  tally.manifests++;
}

async function mountBlob(
  store: ImageStore,
  from: string,
  to: string,
  digest: string,
  size: number,
  tally: MountTally,
): Promise<void> {
  if ((await store.statBlob(to, digest)) !== undefined) {
    tally.present++;
    return;
  }
  if ((await store.mountBlob(to, digest, from)) === "mounted") {
    tally.mounted++;
    return;
  }
  const reader = await store.getBlob(from, digest);
  await store.putBlob(to, digest, size, reader.stream);
  tally.copied++;
}
