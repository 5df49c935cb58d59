/**
 * The GitHub Actions workflow model: plain data with source positions, built by `parseWorkflow`
 * and read by the doctor rules, the rename planner and `fix`.
 */

/** A place in a workflow file: 1-based line and column, 0-based offsets for text edits. */
export interface SourceSpan {
  /** Path of the file, relative to the repository root when loaded from a checkout. */
  file: string;
  line: number;
  column: number;
  offset: number;
  endOffset: number;
}

/** How a YAML scalar was written; it decides how offsets inside the value map back to the file. */
export type ScalarStyle = "plain" | "single-quoted" | "double-quoted" | "block-literal" | "block-folded";

/** A scalar's string value with where it sits in the file. */
export interface ScalarText {
  value: string;
  span: SourceSpan;
  style: ScalarStyle;
  /** Block scalars: 1-based line and 0-based indent of the first content line. */
  block?: { line: number; indent: number };
  /**
   * Where each line of the value starts in the file, when the value is written there verbatim
   * (single-line scalars without escapes, literal blocks): edits inside the value can be exact.
   */
  lineOffsets?: number[];
  /** The value was a credential written in the file (a `password:` input); `value` is emptied so it cannot leak. */
  redacted?: boolean;
}

/** An `env` entry at workflow, job or step level. */
export interface EnvVar {
  name: string;
  /** The value as text (numbers and booleans converted); `undefined` for a non-scalar. */
  value: ScalarText | undefined;
  /** Where the key is written. */
  keySpan: SourceSpan;
}

/**
 * The level an env entry comes from. `github-env` is a `NAME=value >> $GITHUB_ENV` line of an earlier step;
 * `github-output` a `name=value >> $GITHUB_OUTPUT` line, read as `steps.<id>.outputs.<name>`.
 */
export type EnvLevel = "workflow" | "job" | "step" | "github-env" | "github-output";

/** One event under `on:`, with its filters (`branches`, `tags`, `paths`, `types`, …) as string lists. */
export interface Trigger {
  event: string;
  span: SourceSpan;
  filters: Record<string, string[]>;
  /** `workflow_dispatch` / `workflow_call` input names, `workflow_call` secret names. */
  inputs: string[];
  /** `default:` of the inputs that have one. */
  inputDefaults: Record<string, ScalarText>;
  secrets: string[];
  /** `schedule` cron lines. */
  crons: string[];
}

/** A scope of the GITHUB_TOKEN (`packages`, `contents`, …). */
export type PermissionScope = string;
/** An access level a scope can be given. */
export type PermissionLevel = "none" | "read" | "write";

/** A `permissions:` block as written. */
export interface PermissionsSpec {
  /** `read-all`, `write-all`, `{}` (= `none`), or a map of scopes. */
  kind: "read-all" | "write-all" | "none" | "map";
  /** Scopes named in the map; empty for the whole-token forms. */
  scopes: Record<PermissionScope, PermissionLevel>;
  scopeSpans: Record<PermissionScope, SourceSpan>;
  span: SourceSpan;
}

/** A matrix value: a scalar or a nested object/list, as YAML gives it. */
export type MatrixValue = string | number | boolean | null | MatrixValue[] | { [key: string]: MatrixValue };

/** One combination of matrix values. */
export type MatrixCombination = Record<string, MatrixValue>;

/** `strategy.matrix` as written, and its combinations when all values are literal. */
export interface Matrix {
  span: SourceSpan;
  /** Base dimensions (keys other than include/exclude) with literal list values. */
  dimensions: Record<string, MatrixValue[]>;
  include: MatrixCombination[];
  exclude: MatrixCombination[];
  /** All combinations, or `undefined` when the matrix (or a dimension) is an expression. */
  combinations: MatrixCombination[] | undefined;
  /** The expression that makes it dynamic (`${{ fromJSON(...) }}`), if any. */
  expression?: string;
}

/** `strategy` of a job. */
export interface Strategy {
  matrix: Matrix | undefined;
  failFast: ScalarText | undefined;
  maxParallel: ScalarText | undefined;
}

/** `container:` or one of `services:`. */
export interface ContainerSpec {
  /** Service name; `undefined` for the job container. */
  name: string | undefined;
  image: ScalarText | undefined;
  /** Whether `credentials:` is given; the values themselves are never kept. */
  hasCredentials: boolean;
  credentialsUsername: ScalarText | undefined;
  span: SourceSpan;
}

/** One step of a job. */
export interface Step {
  /** 0-based position within the job's steps. */
  index: number;
  id: string | undefined;
  name: ScalarText | undefined;
  uses: ScalarText | undefined;
  run: ScalarText | undefined;
  shell: string | undefined;
  if: ScalarText | undefined;
  with: Record<string, ScalarText>;
  env: EnvVar[];
  span: SourceSpan;
}

/** One job. */
export interface Job {
  id: string;
  /** File of the workflow the job belongs to. */
  file: string;
  name: ScalarText | undefined;
  span: SourceSpan;
  needs: ScalarText[];
  if: ScalarText | undefined;
  runsOn: ScalarText[];
  env: EnvVar[];
  permissions: PermissionsSpec | undefined;
  strategy: Strategy | undefined;
  container: ContainerSpec | undefined;
  services: ContainerSpec[];
  steps: Step[];
  /** A reusable-workflow call (`uses:` at job level). */
  uses: ScalarText | undefined;
  /** For `uses: ./.github/workflows/x.yml`: the called file, relative to the repository root. */
  calls: string | undefined;
  with: Record<string, ScalarText>;
  /** `secrets: inherit`, or the secret names passed. */
  secrets: "inherit" | string[] | undefined;
}

/** A parsed workflow file. */
export interface Workflow {
  file: string;
  name: ScalarText | undefined;
  triggers: Trigger[];
  env: EnvVar[];
  permissions: PermissionsSpec | undefined;
  jobs: Job[];
  /** True when `on` includes `workflow_call`. */
  reusable: boolean;
}

/** A problem found while reading a workflow: bad YAML, a wrong shape, a missing called file. */
export interface WorkflowError {
  code: "WORKFLOW_YAML" | "WORKFLOW_SHAPE" | "WORKFLOW_NOT_FOUND" | "WORKFLOW_READ";
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A job calling a reusable workflow. */
export interface WorkflowCall {
  callerFile: string;
  jobId: string;
  uses: ScalarText;
  /** The called file relative to the repository root; `undefined` for a workflow in another repository. */
  target: string | undefined;
}

/** Everything read from a checkout. */
export interface WorkflowSet {
  workflows: Workflow[];
  errors: WorkflowError[];
  calls: WorkflowCall[];
}

/** What the caller knows about the repository the workflows run in. */
export interface AnalysisContext {
  /** `OWNER/NAME` as GitHub spells it (case kept). */
  repository?: string;
  /** The repository default for GITHUB_TOKEN (`default_workflow_permissions`); unknown when absent. */
  defaultPermissions?: "read" | "write";
  /** All loaded workflows, to follow reusable-workflow calls to their callers. */
  workflows?: Workflow[];
}
