import { originFacts, type RunOrigin, runScenarios } from "./events.js";
import { UNKNOWN } from "./expressions.js";
import { evaluateCondition, type Scope } from "./resolve.js";
import type { AnalysisContext, Job, ScalarText, SourceSpan, Step, Workflow } from "./types.js";

/** A condition that decides whether a step runs (or pushes). */
export interface Guard {
  kind: "job-if" | "step-if" | "push-input" | "caller-if";
  expression: string;
  span: SourceSpan;
}

/** Whether guards let a step run: `yes`, `no` (a guard is false), or `maybe` (it depends on unknown facts). */
export type RunDecision = "yes" | "no" | "maybe";

/** Whether a step runs for one event, for the repository's own runs and for each other origin the event has. */
export interface EventRun {
  event: string;
  /** For a run started from the repository itself. */
  runs: RunDecision;
  /** Per origin (`same-repository`, `fork`, `dependabot`) the event can come from. */
  byOrigin: Partial<Record<RunOrigin, RunDecision>>;
  /** For a reusable workflow: the calling job (`file#job`) that brings the event. */
  via?: string;
}

/** The guards of a step in its job, in the order they apply. */
export function stepGuards(job: Job, step: Step | undefined, push?: ScalarText): Guard[] {
  const guards: Guard[] = [];
  const add = (kind: Guard["kind"], s: ScalarText | undefined) => {
    if (s) guards.push({ kind, expression: s.value, span: s.span });
  };
  add("job-if", job.if);
  add("step-if", step?.if);
  add("push-input", push);
  return guards;
}

/**
 * For each event that can start the workflow, whether the guards let the step run. For a reusable
 * workflow the events are those of its callers (found in `context.workflows`), through their `if`.
 */
export function eventRuns(
  workflow: Workflow,
  guards: Guard[],
  scope: Scope,
  context: AnalysisContext,
  seen: Set<string> = new Set(),
): EventRun[] {
  const runs: EventRun[] = [];
  for (const trigger of workflow.triggers) {
    if (trigger.event === "workflow_call") {
      if (seen.has(workflow.file)) continue;
      seen.add(workflow.file);
      for (const caller of context.workflows ?? []) {
        for (const job of caller.jobs.filter((j) => j.calls === workflow.file)) {
          const callerGuards: Guard[] = job.if
            ? [{ kind: "caller-if", expression: job.if.value, span: job.if.span }, ...guards]
            : guards;
          for (const run of eventRuns(caller, callerGuards, scope, context, seen)) {
            runs.push({ ...run, via: run.via ?? `${caller.file}#${job.id}` });
          }
        }
      }
      continue;
    }
    const byOrigin: EventRun["byOrigin"] = {};
    for (const scenario of runScenarios(trigger.event)) {
      const facts = originFacts(scenario.origin, scope.repository);
      byOrigin[scenario.origin] = decide(guards, { ...scope, eventName: trigger.event, facts });
    }
    runs.push({ event: trigger.event, runs: byOrigin["same-repository"] ?? "maybe", byOrigin });
  }
  return runs;
}

function decide(guards: Guard[], scope: Scope): RunDecision {
  let result: RunDecision = "yes";
  for (const guard of guards) {
    const v = evaluateCondition(guard.expression, scope);
    if (v === false) return "no";
    if (v === UNKNOWN) result = "maybe";
  }
  return result;
}
