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
}

/** Deletes one planned version; throws on failure. `classify` turns its errors into refusals. */
export interface Deleter {
  deleteVersion(version: PlannedVersion): Promise<void>;
  classify(error: unknown): Refusal;
}

/** One step of an execution, for progress output. */
export type ExecutionEvent =
  | { type: "deleted"; version: PlannedVersion }
  | { type: "refused"; version: PlannedVersion; refusal: Refusal }
  | { type: "skipped"; version: PlannedVersion; because: string };

/** What an execution did. */
export interface ExecutionResult {
  deleted: PlannedVersion[];
  refused: { version: PlannedVersion; refusal: Refusal }[];
  skipped: { version: PlannedVersion; because: string }[];
  bytesReclaimed: number;
}

/** Executes a complete plan; a plan made from a partial view is refused (PLAN_INCOMPLETE). */
export async function executePlan(
  plan: CleanupPlan,
  deleter: Deleter,
  options: { concurrency?: number; onEvent?: (event: ExecutionEvent) => void } = {},
): Promise<ExecutionResult> {
  if (!plan.complete) {
    throw new DockhandError(
      "PLAN_INCOMPLETE",
      `${plan.repository}: not every manifest could be read, so nothing is deleted (${plan.failures.map((f) => f.digest).join(", ")})`,
      { details: { failures: plan.failures } },
    );
  }
  const result: ExecutionResult = { deleted: [], refused: [], skipped: [], bytesReclaimed: 0 };
  const notDone = new Set<string>();
  let fatal: Refusal | undefined;
  const run = boundedRunner(options.concurrency ?? 4);
  for (const wave of plan.waves) {
    await Promise.all(
      wave.map((version) =>
        run(async () => {
          const blocker = (version.after ?? []).find((d) => notDone.has(d));
          if (fatal || blocker !== undefined) {
            const because = fatal
              ? `stopped: ${fatal.message}`
              : `${blocker?.slice(0, 19)} was not deleted, and it still lists or names this one`;
            notDone.add(version.digest);
            result.skipped.push({ version, because });
            options.onEvent?.({ type: "skipped", version, because });
            return;
          }
          try {
            await deleter.deleteVersion(version);
            result.deleted.push(version);
            result.bytesReclaimed += version.bytes;
            options.onEvent?.({ type: "deleted", version });
          } catch (error) {
            const refusal = deleter.classify(error);
            if (refusal.fatal) fatal = refusal;
            notDone.add(version.digest);
            result.refused.push({ version, refusal });
            options.onEvent?.({ type: "refused", version, refusal });
          }
        }),
      ),
    );
  }
  return result;
}
