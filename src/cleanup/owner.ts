/**
 * Owner-wide clean-up (`dockhand cleanup --owner acme --packages 'svc-*'`): the owner's container packages listed
 * once through the Packages API (all pages), names and patterns select some, each selected package is read and
 * planned with the same policy, then executed package by package. GitHub's rate limit is respected: requests are
 * counted from its headers, and a run stops cleanly before the limit is spent (a rate-limited refusal stops every
 * later package too); running again after the reset continues, since a deleted version is no longer listed and a
 * version gone meanwhile (404) counts as deleted.
 */
import { DockhandError, UsageError } from "../errors.js";
import { listPackages, type PackageOwner, resolvePackageOwner } from "../github/packages.js";
import { type ExecuteOptions, type ExecutionResult, executePlan } from "./execute.js";
import { boundedRunner } from "./fetch.js";
import { checkRateBudget } from "./github.js";
import type { CleanupPlan } from "./plan.js";
import type { CleanupPolicy } from "./policy.js";
import { compileTagPattern } from "./policy.js";
import { type CleanupEnvironment, type CleanupTarget, openCleanupTarget, planTarget } from "./run.js";
import { type ValidationProblem, validateInventory } from "./validate.js";

/** True while the rate limit leaves room for a read beyond the reserve (always, away from GitHub). */
function withinBudget(environment: CleanupEnvironment): boolean {
  if (!environment.github) return true;
  try {
    checkRateBudget(environment.github.client);
    return true;
  } catch {
    return false;
  }
}

/** Packages read at once while planning. */
const PACKAGES_IN_FLIGHT = 4;

/** The package names `patterns` select (globs over the whole name, `/regex/`, or exact names), sorted. */
export function selectPackages(names: readonly string[], patterns: readonly string[]): string[] {
  const compiled = patterns.map((p) => compileTagPattern(p, "--packages"));
  return names.filter((name) => compiled.some((p) => p.test(name))).sort();
}

/** One package of an owner-wide run. */
export interface OwnerPackage {
  name: string;
  /** `HOST/owner/name`. */
  image: string;
  target?: CleanupTarget;
  plan?: CleanupPlan;
  /** Why it could not be read (nothing of it is deleted). */
  error?: DockhandError;
  result?: ExecutionResult;
  /** After execution: problems `validate` finds (absent when the rate limit left no room to read it again). */
  problems?: ValidationProblem[];
  /** Why it was not executed (an earlier package stopped the run). */
  skipped?: string;
}

/** An owner-wide plan. */
export interface OwnerPlan {
  owner: PackageOwner;
  /** How many container packages the owner has (that the token can see). */
  listed: number;
  packages: OwnerPackage[];
}

/** Lists the owner's packages, selects, reads and plans each selected one. */
export async function planOwner(
  environment: CleanupEnvironment,
  options: { owner: string; patterns: string[]; registryHost: string; policy: CleanupPolicy; now: number },
): Promise<OwnerPlan> {
  const github = environment.github;
  if (!github) {
    throw new UsageError(
      "--owner needs a GitHub token for the Packages API",
      "pass --token, or set GITHUB_TOKEN or GH_TOKEN (a classic PAT with read:packages, and delete:packages to apply)",
    );
  }
  const owner = await resolvePackageOwner(github.client, options.owner, github.login);
  const listed = (await listPackages(github.client, owner)).map((p) => p.name);
  const names = selectPackages(listed, options.patterns);
  const scoped: CleanupEnvironment = { ...environment, owner };
  // A few packages read at once (each fetches its manifests concurrently too); the order stays the names' order.
  const run = boundedRunner(PACKAGES_IN_FLIGHT);
  const packages = await Promise.all(
    names.map((name) =>
      run(async (): Promise<OwnerPackage> => {
        const image = `${options.registryHost}/${owner.login.toLowerCase()}/${name}`;
        try {
          const target = await openCleanupTarget(image, scoped);
          const { plan } = await planTarget(target, options.policy, options.now);
          return { name, image, target, plan };
        } catch (error) {
          if (!(error instanceof DockhandError)) throw error;
          return { name, image, error };
        }
      }),
    ),
  );
  return { owner, listed: listed.length, packages };
}

/**
 * Executes an owner-wide plan package by package. A fatal refusal (rate limit, missing rights) or the signal stops
 * the run: later packages are marked skipped. Validation reads a package again only while the budget allows.
 */
export async function applyOwner(
  planned: OwnerPlan,
  environment: CleanupEnvironment,
  options: ExecuteOptions = {},
): Promise<void> {
  let stopped: string | undefined;
  for (const pkg of planned.packages) {
    if (!pkg.target || !pkg.plan?.complete) continue;
    if (pkg.plan.waves.length === 0 && pkg.plan.untags.length === 0) continue;
    if (stopped === undefined && options.signal?.aborted) stopped = "interrupted";
    if (stopped !== undefined) {
      pkg.skipped = stopped;
      continue;
    }
    const result = await executePlan(pkg.plan, pkg.target.deleter, options);
    pkg.result = result;
    if (withinBudget(environment)) pkg.problems = validateInventory(await pkg.target.read());
    const fatal = result.refused.find((r) => r.refusal.fatal);
    if (fatal) stopped = `stopped: ${fatal.refusal.message}`;
    else if (options.signal?.aborted) stopped = "interrupted";
  }
}

/** The counts of one package's row: planned before execution, done after. */
export interface OwnerPackageCounts {
  versions: number;
  kept: number;
  /** Versions deleted (after execution: deleted or found gone; before: planned). */
  deleted: number;
  /** Tags removed (after execution: removed; before: planned). */
  untagged: number;
  bytes: number;
  /** `planned`, `nothing to do`, `done`, `refused N`, `skipped: …`, `error: …`. */
  status: string;
}

/** The row of one package for the summary table and the JSON. */
export function ownerPackageCounts(pkg: OwnerPackage): OwnerPackageCounts {
  const plan = pkg.plan;
  if (!plan) return { versions: 0, kept: 0, deleted: 0, untagged: 0, bytes: 0, status: `error: ${pkg.error?.message}` };
  const planned = plan.waves.flat().length;
  const plannedTags = plan.untags.reduce((sum, v) => sum + (v.untag?.length ?? 0), 0);
  const result = pkg.result;
  if (!result) {
    const status = !plan.complete
      ? "incomplete: nothing deleted"
      : pkg.skipped !== undefined
        ? `skipped: ${pkg.skipped}`
        : planned + plannedTags === 0
          ? "nothing to do"
          : "planned";
    return {
      versions: plan.versions.length,
      kept: plan.versions.length - planned,
      deleted: planned,
      untagged: plannedTags,
      bytes: plan.bytesReclaimed,
      status,
    };
  }
  const deleted = result.deleted.length + result.gone.length;
  const problems = pkg.problems?.length ?? 0;
  const status =
    result.refused.length > 0
      ? `refused ${result.refused.length}, skipped ${result.skipped.length}`
      : result.skipped.length > 0
        ? `skipped ${result.skipped.length}`
        : problems > 0
          ? `${problems} problems`
          : pkg.problems === undefined
            ? "done (not validated: rate limit)"
            : "done";
  return {
    versions: plan.versions.length,
    kept: plan.versions.length - deleted,
    deleted,
    untagged: result.untagged.reduce((sum, u) => sum + u.tags.length, 0),
    bytes: result.bytesReclaimed,
    status,
  };
}
