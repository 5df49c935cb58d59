/**
 * Clean-up: retention planning over the manifest graph (pure) and its execution through GitHub's Packages API or
 * the Distribution API. Multi-arch images, attestations and signatures are never broken: what a kept image
 * reaches stays, what a deleted image carries goes with it, and a partial view deletes nothing.
 */
export {
  type Deleter,
  type ExecuteOptions,
  type ExecutionEvent,
  type ExecutionResult,
  executePlan,
  type Refusal,
} from "./execute.js";
export { manifestFacts } from "./facts.js";
export { DEFAULT_FETCH_CONCURRENCY, type FetchResult, fetchManifests } from "./fetch.js";
export { classifyGitHubRefusal, type GitHubPackageSource, githubDeleter, githubInventory } from "./github.js";
export { buildGraph, deletionWaves, digestTagTarget, type ManifestGraph, reachable, userTags } from "./graph.js";
export {
  applyOwner,
  type OwnerPackage,
  type OwnerPackageCounts,
  type OwnerPlan,
  ownerPackageCounts,
  planOwner,
  selectPackages,
} from "./owner.js";
export { PLACEHOLDER_ANNOTATION, placeholderManifest } from "./placeholder.js";
export { type CleanupPlan, type ManifestRole, type PlannedVersion, type PlanOptions, planCleanup } from "./plan.js";
export { type CleanupPolicy, compileTagPattern, parseDuration, selectsAnything, type TagPattern } from "./policy.js";
export { loadPolicyFile, type PolicyEntry, parsePolicyFile } from "./policy-file.js";
export { registryDeleter, registryInventory } from "./registry.js";
export {
  executionJson,
  executionLines,
  planJson,
  planRows,
  planSummary,
  untagLines,
  validationLines,
} from "./render.js";
export { applyPlan, type CleanupEnvironment, type CleanupTarget, openCleanupTarget, planTarget } from "./run.js";
export type * from "./types.js";
export { untagVersion } from "./untag.js";
export { referencesInUse } from "./used.js";
export { type ValidationProblem, validateInventory } from "./validate.js";
