/**
 * Copying images: one image (a tag or digest, all platforms or a subset, with referrers), or every tag of a
 * repository. The steps: resolve the source; HEAD the target and stop when it already has the image (unless
 * `force` or `referrers`); survey the graph; plan; execute (or, for a dry run, report the plan).
 */
import { DockhandError } from "../errors.js";
import { formatPlatform, type Platform, parseManifest, parsePlatform } from "../oci/index.js";
import { CopySession, type SessionOptions, storeKey } from "./context.js";
import { addSummary, type CopySummary, emptySummary } from "./events.js";
import { executePlan, summarizePlan } from "./execute.js";
import { selectTags, type TagFilter } from "./filters.js";
import { listAllTags, surveyGraph } from "./graph.js";
import type { ImageLocation } from "./open.js";
import { planCopy } from "./plan.js";
import { platformSubset } from "./subset.js";

/** Options of a copy. */
export interface CopyOptions extends SessionOptions {
  /** Only these platforms of an index (`linux/amd64` or parsed); the copied index then has a new digest. */
  platforms?: (string | Platform)[];
  /** Copy referrers (signatures, SBOMs, attestations) and cosign digest tags too. */
  referrers?: boolean;
  /** Walk and push trees the target already has. */
  force?: boolean;
  /** Plan only: report what would move. */
  dryRun?: boolean;
  /** Share state (slots, location cache) with other copies of the same run. */
  session?: CopySession;
}

/** The result of copying one image. */
export interface CopyResult {
  /** `source:tag` or `source@digest` as copied. */
  source: string;
  target: string;
  /** Digest of the source image. */
  sourceDigest: string;
  /** Digest of what the target got (differs from `sourceDigest` for a platform subset). */
  digest: string;
  summary: CopySummary;
}

function label(location: ImageLocation, tag: string | undefined, digest?: string): string {
  if (tag !== undefined) return `${location.label}:${tag}`;
  return digest !== undefined ? `${location.label}@${digest}` : location.label;
}

/** Wraps a failure with the copy it belongs to, keeping its code, exit code, hint and details. */
function inCopy(error: unknown, source: string, target: string): unknown {
  if (!(error instanceof DockhandError) || error.message.startsWith("copy ")) return error;
  const wrapped = new DockhandError(error.code, `copy ${source} → ${target}: ${error.message}`, {
    exit: error.exit,
    ...(error.hint ? { hint: error.hint } : {}),
    details: { ...error.details, source, target },
    cause: error,
  });
  return wrapped;
}

/** The tag the target gets: its own, else the source's (none when the source is pinned by digest only). */
function targetTagOf(source: ImageLocation, target: ImageLocation): string | undefined {
  if (target.tag !== undefined) return target.tag;
  if (target.digest !== undefined) return undefined;
  return source.digest === undefined ? (source.tag ?? "latest") : source.tag;
}

/** Copies one image from `source` to `target` (see {@link CopyOptions}). */
export async function copyImage(
  source: ImageLocation,
  target: ImageLocation,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const session = options.session ?? new CopySession(options);
  const sourceRef = source.digest ?? source.tag ?? "latest";
  const sourceTag = source.digest === undefined ? (source.tag ?? "latest") : source.tag;
  const targetTag = targetTagOf(source, target);
  const sourceLabel = label(source, sourceTag, source.digest);
  let targetLabel = label(target, targetTag, target.digest);
  try {
    // The target's tag is asked at the same time as the source: an up-to-date copy costs one round trip, not two.
    const pending = targetTag === undefined ? undefined : target.store.statManifest(target.repository, targetTag);
    pending?.catch(() => {}); // read below, unless the source fails first
    const found = await source.store.statManifest(source.repository, sourceRef);
    if (!found) {
      throw new DockhandError("MANIFEST_UNKNOWN", `${sourceLabel} not found`, {
        details: { source: sourceLabel },
        hint: `check the name and tag (dockhand ls ${source.label} lists the tags)`,
      });
    }
    const sourceDigest = found.digest;
    const platforms = (options.platforms ?? []).map((p) => (typeof p === "string" ? parsePlatform(p) : p));
    const current = await pending;
    const quick = platforms.length === 0 && !options.force && !options.referrers;
    if (
      quick &&
      (current?.digest === sourceDigest || (targetTag === undefined && (await hasManifest(target, sourceDigest))))
    ) {
      const summary = emptySummary(options.dryRun === true);
      summary.images = 1;
      summary.upToDate = 1;
      summary.tags.unchanged = targetTag === undefined ? 0 : 1;
      summary.manifests.skipped = 1;
      session.emit({
        type: "image",
        source: sourceLabel,
        target: targetLabel,
        digest: sourceDigest,
        status: "up-to-date",
      });
      return { source: sourceLabel, target: targetLabel, sourceDigest, digest: sourceDigest, summary };
    }
    const stored = await source.store.getManifest(source.repository, sourceDigest);
    let root = { digest: sourceDigest, mediaType: stored.mediaType, bytes: stored.bytes };
    if (platforms.length > 0) {
      const parsed = parseManifest(stored.bytes, stored.mediaType);
      if (parsed.kind === "index") {
        const subset = platformSubset(stored.bytes, parsed.manifests, platforms, sourceLabel);
        if (!subset.unchanged) {
          root = { digest: subset.digest, mediaType: stored.mediaType, bytes: subset.bytes };
          session.emit({
            type: "subset",
            sourceDigest,
            digest: subset.digest,
            platforms: subset.kept.flatMap((d) => (d.platform ? [formatPlatform(d.platform)] : [])),
          });
        }
      } else {
        session.emit({ type: "note", message: `${sourceLabel} is a single-platform image; --platform does not apply` });
      }
    }
    if (target.digest !== undefined && target.digest !== root.digest) {
      throw new DockhandError(
        "DIGEST_MISMATCH",
        `the target names digest ${target.digest} but the copy has digest ${root.digest}`,
        { exit: 2, hint: "leave the digest out of the target, or give a tag" },
      );
    }
    if (targetTag === undefined) targetLabel = label(target, undefined, root.digest);
    session.emit({ type: "image", source: sourceLabel, target: targetLabel, digest: root.digest, status: "start" });
    const graph = await surveyGraph(session, source, target, {
      root,
      ...(options.force ? { force: true } : {}),
      ...(options.referrers ? { referrers: true } : {}),
    });
    const plan = planCopy(graph, {
      rootTags: targetTag === undefined ? [] : [{ tag: targetTag, ...(current ? { current: current.digest } : {}) }],
      ...(options.force ? { force: true } : {}),
    });
    const summary = options.dryRun ? summarizePlan(plan) : await executePlan(session, source, target, plan);
    summary.images = 1;
    if (summary.blobs.copied + summary.blobs.mounted + summary.manifests.pushed + summary.tags.tagged === 0) {
      summary.upToDate = 1;
    }
    session.emit({
      type: "image",
      source: sourceLabel,
      target: targetLabel,
      digest: root.digest,
      status: "done",
      summary,
    });
    return { source: sourceLabel, target: targetLabel, sourceDigest, digest: root.digest, summary };
  } catch (error) {
    throw inCopy(error, sourceLabel, targetLabel);
  }
}

async function hasManifest(location: ImageLocation, digest: string): Promise<boolean> {
  return (await location.store.statManifest(location.repository, digest)) !== undefined;
}

/** Options of {@link copyRepository}. */
export interface CopyRepositoryOptions extends CopyOptions, TagFilter {
  /** Images copied at once (default 4; blobs are limited per host by the session). */
  parallel?: number;
}

/** The result of a repository copy: one result per tag, and the totals. */
export interface CopyRepositoryResult {
  tags: string[];
  results: CopyResult[];
  summary: CopySummary;
}

/**
 * Copies every tag of `source` (filtered by `include`/`exclude`; digest tags travel with `referrers`) to the same
 * tags in `target`.
 */
export async function copyRepository(
  source: ImageLocation,
  target: ImageLocation,
  options: CopyRepositoryOptions = {},
): Promise<CopyRepositoryResult> {
  if (
    source.tag !== undefined ||
    source.digest !== undefined ||
    target.tag !== undefined ||
    target.digest !== undefined
  ) {
    throw new DockhandError("USAGE", "copying all tags takes repositories without tag or digest", {
      exit: 2,
      hint: `e.g. ${source.label} ${target.label}`,
    });
  }
  const session = options.session ?? new CopySession(options);
  const tags = selectTags(await listAllTags(source), options);
  if (storeKey(source) === storeKey(target) && source.repository === target.repository) {
    session.emit({ type: "note", message: `${source.label} and ${target.label} are the same repository` });
  }
  const results: CopyResult[] = new Array(tags.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    // After a failure no new tag starts; the copies under way finish before the error is thrown.
    while (next < tags.length && !failure) {
      const i = next++;
      const tag = tags[i] as string;
      try {
        results[i] = await copyImage({ ...source, tag }, { ...target, tag }, { ...options, session });
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel ?? 4, tags.length)) }, worker));
  if (failure) throw failure.error;
  const summary = results.reduce((total, r) => addSummary(total, r.summary), emptySummary(options.dryRun === true));
  return { tags, results, summary };
}
