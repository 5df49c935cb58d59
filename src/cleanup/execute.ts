/**
 * Executing a plan: deletions wave by wave (referrers and indexes before what they name), bounded within a wave.
 * When a deletion is refused, everything that deletion had to precede is skipped, so a refusal never leaves an
 * index whose entries are gone. How to delete one version is the caller's ({@link Deleter}).
 */
import { DockhandError } from "../errors.js";
import { boundedRunner } from "./fetch.js";
import type { CleanupPlan, PlannedVersion } from "./plan.js";

/** Why a deletion was refused, in words a person can act on. */
export interface Refusal {
  /** `download-limit`, `last-version`, `not-found`, `forbidden`, `rate-limited`, `unsupported`, `error`. */
  kind: string;
  message: string;
  hint?: string;
  /** True when no later deletion can succeed either (the registry does not delete at all). */
  fatal?: boolean;
  /** True when the version is already gone (a 404 to a token that may delete): the deletion counts as done. */
  done?: boolean;
}

/** Deletes one planned version; throws on failure. `classify` turns its errors into refusals. */
export interface Deleter {
  deleteVersion(version: PlannedVersion): Promise<void>;
  /** Removes `tags` from a kept version (placeholder technique, untag.ts); returns the tags it removed. */
  untag?(version: PlannedVersion, tags: string[]): Promise<string[]>;
  classify(error: unknown): Refusal;
}

/** One step of an execution, for progress output. */
export type ExecutionEvent =
  | { type: "deleted"; version: PlannedVersion }
  | { type: "gone"; version: PlannedVersion }
  | { type: "untagged"; version: PlannedVersion; tags: string[] }
  | { type: "refused"; version: PlannedVersion; refusal: Refusal }
  | { type: "skipped"; version: PlannedVersion; because: string };

/** What an execution did. */
export interface ExecutionResult {
  deleted: PlannedVersion[];
  /** Versions whose deletion found them already gone (deleted by an interrupted earlier run, or by someone else). */
  gone: PlannedVersion[];
  /** Kept versions and the tags removed from them. */
  untagged: { version: PlannedVersion; tags: string[] }[];
  refused: { version: PlannedVersion; refusal: Refusal }[];
  skipped: { version: PlannedVersion; because: string }[];
  bytesReclaimed: number;
}

/** How to execute. */
export interface ExecuteOptions {
  concurrency?: number;
  onEvent?: (event: ExecutionEvent) => void;
  /** Stops the execution between steps: what is not started is skipped, and a re-run picks it up. */
  signal?: AbortSignal;
}

/** Executes a complete plan; a plan made from a partial view is refused (PLAN_INCOMPLETE). */
export async function executePlan(
  plan: CleanupPlan,
  deleter: Deleter,
  options: ExecuteOptions = {},
): Promise<ExecutionResult> {
  if (!plan.complete) {
    throw new DockhandError(
      "PLAN_INCOMPLETE",
      `${plan.repository}: not every manifest could be read, so nothing is deleted (${plan.failures.map((f) => f.digest).join(", ")})`,
      { details: { failures: plan.failures } },
    );
  }
  const result: ExecutionResult = { deleted: [], gone: [], untagged: [], refused: [], skipped: [], bytesReclaimed: 0 };
  const notDone = new Set<string>();
  let fatal: Refusal | undefined;
  const stopped = (): Refusal | undefined =>
    fatal ?? (options.signal?.aborted ? { kind: "interrupted", message: "interrupted", fatal: true } : undefined);
  const skip = (version: PlannedVersion, because: string) => {
    notDone.add(version.digest);
    result.skipped.push({ version, because });
    options.onEvent?.({ type: "skipped", version, because });
  };
  const refuse = (version: PlannedVersion, error: unknown) => {
    const refusal = deleter.classify(error);
    if (refusal.fatal) fatal = refusal;
    notDone.add(version.digest);
    result.refused.push({ version, refusal });
    options.onEvent?.({ type: "refused", version, refusal });
  };
  // Untags first, one at a time: each moves tags onto a placeholder and deletes it, touching no planned version.
  for (const version of plan.untags) {
    const stop = stopped();
    if (stop) {
      skip(version, `stopped: ${stop.message}`);
      continue;
    }
    try {
      if (!deleter.untag) throw new DockhandError("UNSUPPORTED", `${plan.repository}: this target cannot untag`);
      const tags = await deleter.untag(version, version.untag ?? []);
      result.untagged.push({ version, tags });
      options.onEvent?.({ type: "untagged", version, tags });
    } catch (error) {
      refuse(version, error);
    }
  }
  const run = boundedRunner(options.concurrency ?? 4);
  for (const wave of plan.waves) {
    await Promise.all(
      wave.map((version) =>
        run(async () => {
          const blocker = (version.after ?? []).find((d) => notDone.has(d));
          const stop = stopped();
          if (stop || blocker !== undefined) {
            skip(
              version,
              stop
                ? `stopped: ${stop.message}`
                : `${blocker?.slice(0, 19)} was not deleted, and it still lists or names this one`,
            );
            return;
          }
          try {
            await deleter.deleteVersion(version);
            result.deleted.push(version);
            result.bytesReclaimed += version.bytes;
            options.onEvent?.({ type: "deleted", version });
          } catch (error) {
            if (deleter.classify(error).done) {
              result.gone.push(version);
              options.onEvent?.({ type: "gone", version });
            } else refuse(version, error);
          }
        }),
      ),
    );
  }
  return result;
}
