import { isMap, isScalar } from "yaml";
import type { RunScenario } from "./events.js";
import type {
  AnalysisContext,
  Job,
  PermissionLevel,
  PermissionScope,
  PermissionsSpec,
  SourceSpan,
  Workflow,
  WorkflowError,
} from "./types.js";
import { mapEntries, type SourceFile } from "./yaml-source.js";

/** The GITHUB_TOKEN scopes GitHub documents. */
export const PERMISSION_SCOPES: readonly PermissionScope[] = [
  "actions",
  "artifact-metadata",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "metadata",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
];

/** Scopes that never go above `read` (metadata is always read; models has no write). */
const READ_ONLY_SCOPES = new Set(["metadata", "models"]);

const LEVELS: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** The token a job gets when nothing in the workflow says otherwise, per repository default. */
export function defaultTokenPermissions(mode: "read" | "write"): Record<PermissionScope, PermissionLevel> {
  const out: Record<PermissionScope, PermissionLevel> = {};
  for (const scope of PERMISSION_SCOPES) {
    if (mode === "write") out[scope] = scope === "id-token" ? "none" : READ_ONLY_SCOPES.has(scope) ? "read" : "write";
    else out[scope] = scope === "contents" || scope === "packages" || scope === "metadata" ? "read" : "none";
  }
  return out;
}

/** Reads a `permissions:` value: `read-all`, `write-all`, `{}` or a map of scopes. */
export function parsePermissions(node: unknown, src: SourceFile, errors: WorkflowError[]): PermissionsSpec | undefined {
  const span = src.span(node as never);
  const fail = (at: SourceSpan, message: string): undefined => {
    errors.push({ code: "WORKFLOW_SHAPE", file: src.file, line: at.line, column: at.column, message });
    return undefined;
  };
  if (isScalar(node)) {
    const v = String(node.value);
    if (v === "read-all" || v === "write-all") return { kind: v, scopes: {}, scopeSpans: {}, span };
    return fail(span, `permissions "${v}" is not valid: use read-all, write-all, {} or a map of scopes`);
  }
  if (!isMap(node)) return fail(span, "permissions must be read-all, write-all, {} or a map of scopes");
  const spec: PermissionsSpec = { kind: "map", scopes: {}, scopeSpans: {}, span };
  for (const [scope, pair] of mapEntries(node)) {
    const value = isScalar(pair.value) ? String(pair.value.value) : "";
    const at = src.span(pair.key as never);
    if (value !== "read" && value !== "write" && value !== "none") {
      fail(at, `permission "${scope}: ${value}" is not valid: use read, write or none`);
      continue;
    }
    spec.scopes[scope] = value;
    spec.scopeSpans[scope] = at;
  }
  if (mapEntries(node).length === 0) spec.kind = "none";
  return spec;
}

/** The full token a `permissions:` block grants: unlisted scopes become none. */
export function grantedBy(spec: PermissionsSpec): Record<PermissionScope, PermissionLevel> {
  const out: Record<PermissionScope, PermissionLevel> = {};
  for (const scope of PERMISSION_SCOPES) {
    if (spec.kind === "write-all") out[scope] = scope === "id-token" || !READ_ONLY_SCOPES.has(scope) ? "write" : "read";
    else if (spec.kind === "read-all") out[scope] = "read";
    else out[scope] = scope === "metadata" ? "read" : (spec.scopes[scope] ?? "none");
  }
  for (const [scope, level] of Object.entries(spec.scopes)) if (!(scope in out)) out[scope] = level;
  return out;
}

/** A scope's effective level; `unknown` when it depends on a repository default that was not given. */
export type EffectiveLevel = PermissionLevel | "unknown";

/** One link of the chain that decided a job's token. */
export interface PermissionOrigin {
  kind: "repository-default" | "workflow" | "job" | "caller" | "event";
  /** Where it is written (workflow or job `permissions:`, the caller job). */
  span?: SourceSpan;
  note: string;
}

/** A job's effective GITHUB_TOKEN permissions with the reasons. */
export interface EffectivePermissions {
  /** Per scope; for a reusable workflow with several callers, the lowest any caller gives. */
  scopes: Record<PermissionScope, EffectiveLevel>;
  origins: PermissionOrigin[];
  /** For a job of a reusable workflow: the permissions through each calling job. */
  byCaller: Array<{ file: string; jobId: string; scopes: Record<PermissionScope, EffectiveLevel> }>;
}

/** Input to {@link effectivePermissions}. */
export interface PermissionContext extends AnalysisContext {
  /** The event and origin of the run (fork pull request, Dependabot); omitted = the repository's own run. */
  scenario?: RunScenario;
  /** For a job of a called workflow: the calling job (else every caller found in `workflows`). */
  caller?: Job;
}

function minLevel(a: PermissionLevel, b: PermissionLevel): PermissionLevel {
  return LEVELS[a] <= LEVELS[b] ? a : b;
}

/**
 * The GITHUB_TOKEN permissions a job runs with: the repository default, replaced by the workflow's
 * `permissions:`, replaced by the job's; for a job of a reusable workflow, capped by what the caller
 * job grants (a called workflow can only keep or lower them); lowered to read for fork pull requests
 * and Dependabot runs. Scopes stay `unknown` only where the unknown repository default decides them.
 */
export function effectivePermissions(job: Job, context: PermissionContext = {}): EffectivePermissions {
  const workflow = context.workflows?.find((w) => w.file === job.file);
  const modes: Array<"read" | "write"> = context.defaultPermissions ? [context.defaultPermissions] : ["read", "write"];
  const results = modes.map((mode) => compute(job, workflow, context, mode, new Set()));
  const first = results[0] as Computed;
  const scopes: Record<PermissionScope, EffectiveLevel> = {};
  for (const scope of Object.keys(first.levels)) {
    const values = new Set(results.map((r) => r.levels[scope]));
    scopes[scope] = values.size === 1 ? (first.levels[scope] as PermissionLevel) : "unknown";
  }
  const origins = first.origins.map((o) =>
    o.kind === "repository-default" && !context.defaultPermissions
      ? { ...o, note: "the repository default (not known: read or write)" }
      : o,
  );
  const callers = workflow?.reusable && !context.caller ? callersOf(job.file, context) : [];
  const byCaller =
    callers.length > 1
      ? callers.map(({ job: caller }) => ({
          file: caller.file,
          jobId: caller.id,
          scopes: effectivePermissions(job, { ...context, caller }).scopes,
        }))
      : callers.map(({ job: caller }) => ({ file: caller.file, jobId: caller.id, scopes }));
  return { scopes, origins, byCaller };
}

interface Computed {
  levels: Record<PermissionScope, PermissionLevel>;
  origins: PermissionOrigin[];
}

function compute(
  job: Job,
  workflow: Workflow | undefined,
  context: PermissionContext,
  mode: "read" | "write",
  seen: Set<string>,
): Computed {
  const origins: PermissionOrigin[] = [];
  let declared: PermissionsSpec | undefined;
  if (job.permissions) {
    declared = job.permissions;
    origins.push({ kind: "job", span: job.permissions.span, note: `job "${job.id}" sets permissions` });
  } else if (workflow?.permissions) {
    declared = workflow.permissions;
    origins.push({ kind: "workflow", span: workflow.permissions.span, note: "the workflow sets permissions" });
  }
  let levels: Record<PermissionScope, PermissionLevel>;
  const callers = workflow?.reusable ? callersOf(job.file, context) : [];
  if (callers.length > 0) {
    // A called workflow gets the caller job's token; its own permissions can only lower it.
    seen.add(job.file);
    const granted = callers
      .filter(({ job: callerJob }) => !seen.has(callerJob.file))
      .map(({ job: callerJob, workflow: callerWorkflow }) => {
        const c = compute(callerJob, callerWorkflow, { ...context, caller: undefined }, mode, seen);
        origins.push({
          kind: "caller",
          span: callerJob.uses?.span ?? callerJob.span,
          note: `called from job "${callerJob.id}" in ${callerJob.file}, which can only be kept or lowered`,
        });
        return c.levels;
      });
    levels = granted.reduce<Record<PermissionScope, PermissionLevel>>((acc, g) => {
      for (const [scope, level] of Object.entries(g)) acc[scope] = acc[scope] ? minLevel(acc[scope], level) : level;
      return acc;
    }, {});
    if (declared) {
      const own = grantedBy(declared);
      for (const scope of Object.keys(levels)) levels[scope] = minLevel(levels[scope] ?? "none", own[scope] ?? "none");
    }
  } else if (declared) {
    levels = grantedBy(declared);
  } else {
    levels = defaultTokenPermissions(mode);
    origins.push({ kind: "repository-default", note: `the repository default (${mode})` });
  }
  if (context.scenario?.tokenReadOnly) {
    for (const scope of Object.keys(levels)) if (levels[scope] === "write") levels[scope] = "read";
    origins.push({ kind: "event", note: context.scenario.note });
  }
  return { levels, origins };
}

/** The jobs that call the reusable workflow `file`, with their workflows. */
export function callersOf(file: string, context: PermissionContext): Array<{ job: Job; workflow: Workflow }> {
  if (context.caller) {
    const workflow = context.workflows?.find((w) => w.file === context.caller?.file);
    return workflow ? [{ job: context.caller, workflow }] : [];
  }
  const out: Array<{ job: Job; workflow: Workflow }> = [];
  for (const workflow of context.workflows ?? []) {
    for (const job of workflow.jobs) if (job.calls === file) out.push({ job, workflow });
  }
  return out;
}
