/**
 * The GitHub Actions workflow model: parse workflows with positions, compute each job's
 * GITHUB_TOKEN permissions, and find the steps that push images and log in to registries.
 */
export {
  DEPENDABOT_READ_ONLY_EVENTS,
  FORK_READ_ONLY_EVENTS,
  originFacts,
  type RunOrigin,
  type RunScenario,
  runScenarios,
} from "./events.js";
export {
  conditionExpression,
  type Evaluation,
  evaluate,
  findExpressions,
  referencePath,
  UNKNOWN,
} from "./expressions.js";
export type { EventRun, Guard, RunDecision } from "./guards.js";
export { type ImageRef, toImageRef } from "./image-ref.js";
export { loadWorkflows } from "./load.js";
export {
  classifyPassword,
  findLoginSteps,
  type LoginKind,
  type LoginStep,
  normalizeRegistry,
  type PasswordSource,
} from "./login-steps.js";
export { expandMatrix } from "./matrix.js";
export { localWorkflowPath, type ParseResult, parseWorkflow } from "./parse.js";
export {
  callersOf,
  defaultTokenPermissions,
  type EffectiveLevel,
  type EffectivePermissions,
  effectivePermissions,
  grantedBy,
  PERMISSION_SCOPES,
  type PermissionContext,
  type PermissionOrigin,
} from "./permissions.js";
export {
  type CacheRef,
  findPushSteps,
  type LabelEntry,
  type MetadataLink,
  type PushKind,
  type PushLeg,
  type PushStep,
} from "./push-steps.js";
export {
  type Binding,
  evaluateCondition,
  type Piece,
  type PieceSource,
  type ResolvedValue,
  type ResolveOptions,
  resolveText,
  type Scope,
  type ValueSource,
} from "./resolve.js";
export { githubEnvBindings, stepScope } from "./scope.js";
export { findShellVariables, type ShellOperator, type ShellVariable } from "./shell.js";
export type * from "./types.js";
export { positionInScalar, spanInScalar } from "./yaml-source.js";
