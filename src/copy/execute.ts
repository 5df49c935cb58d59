/**
 * The executor: carries out a {@link CopyPlan} against the stores. Blobs move concurrently within the session's
 * per-host slots (mount first where planned, falling back to streaming; bytes stream straight from the source
 * into the target's verifying write, never whole in memory); then manifests in plan order; then tags.
 */
import { setMaxListeners } from "node:events";
import { pipeline, Transform, type TransformCallback } from "node:stream";
import { DockhandError } from "../errors.js";
import { markVerified, verifiedDigest } from "../oci/index.js";
import { RegistryStore } from "../registry/store.js";
import { type CopySession, RETRY_CHUNKED, repoKey, type StoreLocation, storeKey } from "./context.js";
import { type BlobAction, type CopySummary, emptySummary } from "./events.js";
import type { BlobStep, CopyPlan } from "./plan.js";
import { CopyTargetRegistryStore } from "./registry-target.js";
import { uploadKey } from "./upload-state.js";

/** A pass-through that counts bytes into the session's progress. */
function counter(session: CopySession): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      session.progress.bytes += chunk.length;
      session.reportProgress();
      callback(null, chunk);
    },
  });
}

/** Streams one blob, sending it once more when the target asks for another upload mode. */
async function streamBlob(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  step: BlobStep,
  signal: AbortSignal,
): Promise<void> {
  try {
    await streamOnce(session, source, target, step, signal);
  } catch (error) {
    if (!(error instanceof DockhandError) || error.code !== RETRY_CHUNKED) throw error;
    await streamOnce(session, source, target, step, signal);
  }
}

/** Blobs at least this large take the reused-buffer path between registries; smaller ones are not worth a connection. */
const PIPE_MIN_BYTES = 1024 * 1024;

/** Streams one blob from source to target, holding a slot on both hosts. */
async function streamOnce(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  step: BlobStep,
  signal: AbortSignal,
): Promise<void> {
  await session.slots.run([storeKey(source), storeKey(target)], async () => {
    if (
      step.size >= PIPE_MIN_BYTES &&
      source.store instanceof RegistryStore &&
      target.store instanceof CopyTargetRegistryStore &&
      (await pipe(session, source, target, source.store, target.store, step, signal))
    ) {
      return;
    }
    const reader = await source.store.getBlob(source.repository, step.digest, { signal });
    const counted = counter(session);
    // Counting does not change the bytes: a verified download stays verified (the upload skips a second hash).
    const verified = verifiedDigest(reader.stream);
    if (verified) markVerified(counted, verified);
    pipeline(reader.stream, counted, () => {
      // errors reach the target's write through `counted`
    });
    try {
      await target.store.putBlob(target.repository, step.digest, step.size, counted, { signal });
    } finally {
      // A write that failed early must not leave the source download open.
      reader.stream.destroy();
      counted.destroy();
    }
  });
}

/** Copies a blob over the reused-buffer path, resuming (or cancelling) a session an earlier run left open. */
async function pipe(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  from: RegistryStore,
  to: CopyTargetRegistryStore,
  step: BlobStep,
  signal: AbortSignal,
): Promise<boolean> {
  const uploads = session.uploads;
  const key = uploadKey(to.domain, target.repository, step.digest);
  const recorded = await uploads?.get(key);
  return await to.pipeFrom(from, source.repository, target.repository, step.digest, step.size, {
    signal,
    onBytes: (bytes) => {
      session.progress.bytes += bytes;
      session.reportProgress();
    },
    ...(recorded ? { resume: { location: recorded.location } } : {}),
    ...(uploads
      ? {
          onSession: (open) =>
            open ? uploads.set(key, { ...open, digest: step.digest, size: step.size }) : uploads.delete(key),
        }
      : {}),
  });
}

/** Mounts from the planned repositories; true when one worked. Failed mounts are only lost optimisations. */
async function tryMounts(session: CopySession, target: StoreLocation, step: BlobStep & { action: "mount" }) {
  for (const from of step.from) {
    try {
      if ((await target.store.mountBlob(target.repository, step.digest, from)) === "mounted") return from;
    } catch (error) {
      if (session.signal?.aborted) throw error;
    }
    session.locations.remove(storeKey(target), from, step.digest);
  }
  return undefined;
}

/** Moves one blob; resolves with what happened. */
async function moveBlob(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  step: BlobStep,
  signal: AbortSignal,
): Promise<{ action: BlobAction; from?: string }> {
  if (step.action === "skip") return { action: "skipped" };
  if (step.action === "mount") {
    const from = await tryMounts(session, target, step);
    if (from !== undefined) return { action: "mounted", from };
    session.progress.totalBytes += step.size;
    session.progress.totalBlobs++;
  }
  await streamBlob(session, source, target, step, signal);
  session.progress.blobs++;
  return { action: "copied" };
}

/** Runs the blob steps; a blob another copy of the session is moving to the same repository is awaited, not moved. */
async function runBlobs(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  plan: CopyPlan,
  summary: CopySummary,
  signal: AbortSignal,
): Promise<void> {
  for (const step of plan.blobs) {
    if (step.action === "copy") {
      session.progress.totalBytes += step.size;
      session.progress.totalBlobs++;
    }
  }
  await Promise.all(
    plan.blobs.map(async (step) => {
      const key = repoKey(target, step.digest);
      const running = session.blobWork.get(key);
      let result: { action: BlobAction; from?: string } = { action: "skipped" };
      if (running && step.action !== "skip") {
        if (step.action === "copy") {
          // Counted once, by the copy that moves it.
          session.progress.totalBytes -= step.size;
          session.progress.totalBlobs--;
        }
        await running;
      } else {
        const work = moveBlob(session, source, target, step, signal).then((r) => {
          result = r;
        });
        if (step.action !== "skip") session.blobWork.set(key, work);
        try {
          await work;
        } catch (error) {
          session.blobWork.delete(key);
          throw error;
        }
      }
      session.locations.add(storeKey(target), target.repository, step.digest);
      summary.blobs[result.action]++;
      if (result.action === "copied") summary.bytesMoved += step.size;
      else if (result.action === "mounted") summary.bytesMounted += step.size;
      else summary.bytesSkipped += step.size;
      session.emit({
        type: "blob",
        digest: step.digest,
        size: step.size,
        action: result.action,
        repository: target.repository,
        ...(result.from !== undefined ? { from: result.from } : {}),
      });
    }),
  );
}

/** Pushes a manifest and checks that the target stored it under the expected digest. */
async function pushManifest(
  target: StoreLocation,
  bytes: Uint8Array,
  mediaType: string,
  digest: string,
  tag?: string,
): Promise<void> {
  const stored = await target.store.putManifest(target.repository, bytes, mediaType, tag);
  if (stored !== digest) {
    throw new DockhandError(
      "DIGEST_INVALID",
      `${target.store.description} stored manifest ${digest} as ${stored} in ${target.repository || "the layout"}`,
      { details: { expected: digest, stored } },
    );
  }
}

/** Executes a plan and returns what it did. */
export async function executePlan(
  session: CopySession,
  source: StoreLocation,
  target: StoreLocation,
  plan: CopyPlan,
): Promise<CopySummary> {
  const summary = emptySummary();
  const controller = new AbortController();
  // Every request in flight listens on this signal (two per blob transfer, more with --concurrency); that many
  // listeners is the design, not a leak.
  setMaxListeners(0, controller.signal);
  const onAbort = () => controller.abort(session.signal?.reason);
  session.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    try {
      await runBlobs(session, source, target, plan, summary, controller.signal);
    } catch (error) {
      // One failed transfer stops the others: the copy fails as a whole and a re-run moves what is missing.
      controller.abort(error);
      throw error;
    }
    summary.manifests.skipped += plan.skippedManifests.length;
    for (const step of plan.manifests) {
      await pushManifest(target, step.bytes, step.mediaType, step.digest);
      session.knownManifests.add(repoKey(target, step.digest));
      summary.manifests.pushed++;
      summary.manifestBytes += step.bytes.byteLength;
      session.emit({
        type: "manifest",
        digest: step.digest,
        mediaType: step.mediaType,
        action: "pushed",
        repository: target.repository,
      });
    }
    for (const tag of plan.tags) {
      if (tag.unchanged) {
        summary.tags.unchanged++;
      } else {
        await pushManifest(target, tag.bytes, tag.mediaType, tag.digest, tag.tag);
        session.knownManifests.add(repoKey(target, tag.digest));
        summary.tags.tagged++;
        summary.manifestBytes += tag.bytes.byteLength;
      }
      session.emit({
        type: "tag",
        tag: tag.tag,
        digest: tag.digest,
        action: tag.unchanged ? "unchanged" : "tagged",
        repository: target.repository,
      });
    }
    return summary;
  } finally {
    session.signal?.removeEventListener("abort", onAbort);
  }
}

/** What a plan would do, as a summary (for `--dry-run`). */
export function summarizePlan(plan: CopyPlan): CopySummary {
  const summary = emptySummary(true);
  for (const step of plan.blobs) {
    if (step.action === "copy") {
      summary.blobs.copied++;
      summary.bytesMoved += step.size;
    } else if (step.action === "mount") {
      summary.blobs.mounted++;
      summary.bytesMounted += step.size;
    } else {
      summary.blobs.skipped++;
      summary.bytesSkipped += step.size;
    }
  }
  summary.manifests.pushed = plan.manifests.length;
  summary.manifests.skipped = plan.skippedManifests.length;
  for (const tag of plan.tags) {
    if (tag.unchanged) summary.tags.unchanged++;
    else {
      summary.tags.tagged++;
      summary.manifestBytes += tag.bytes.byteLength;
    }
  }
  summary.manifestBytes += plan.manifests.reduce((n, m) => n + m.bytes.byteLength, 0);
  return summary;
}
