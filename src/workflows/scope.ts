import { type Binding, envBindings, type Scope } from "./resolve.js";
import { parseScript, type ShellCommand, type Word, wordText } from "./shell.js";
import type { AnalysisContext, Job, MatrixCombination, Step, Workflow } from "./types.js";
import { spanInScalar } from "./yaml-source.js";

/** The env a step sees: workflow, job, `$GITHUB_ENV` lines of earlier steps, then its own `env`. */
export function stepScope(
  workflow: Workflow,
  job: Job,
  step: Step,
  context: AnalysisContext,
  matrix: MatrixCombination | undefined,
): Scope {
  const bindings: Binding[] = [
    ...envBindings(workflow.env, "workflow"),
    ...envBindings(job.env, "job"),
    ...job.steps.filter((s) => s.index < step.index).flatMap(githubEnvBindings),
    ...envBindings(step.env, "step"),
  ];
  const scope: Scope = { repository: context.repository, bindings, matrix };
  const inputs = callerInputs(workflow, context);
  if (inputs) scope.inputs = inputs;
  return scope;
}

/**
 * The inputs of a reusable workflow: the `with:` text when every caller passes the same one,
 * else the input's `default:` when no caller passes it; other inputs stay unknown.
 */
function callerInputs(workflow: Workflow, context: AnalysisContext): Binding[] | undefined {
  const call = workflow.triggers.find((t) => t.event === "workflow_call");
  if (!call) return undefined;
  const callers = (context.workflows ?? []).flatMap((w) => w.jobs.filter((j) => j.calls === workflow.file));
  const names = new Set([...call.inputs, ...callers.flatMap((c) => Object.keys(c.with))]);
  const out: Binding[] = [];
  for (const name of names) {
    const passed = callers.map((c) => c.with[name]);
    const first = passed[0];
    let value = first && passed.every((p) => p?.value === first.value) ? first : undefined;
    if (passed.every((p) => p === undefined)) value = call.inputDefaults[name];
    if (value) out.push({ name, level: "input", text: value.value, span: value.span, shell: false });
  }
  return out;
}

/** `NAME=value` lines a step appends to `$GITHUB_ENV` (`echo "IMAGE=${GITHUB_REPOSITORY,,}" >> "$GITHUB_ENV"`). */
export function githubEnvBindings(step: Step): Binding[] {
  const run = step.run;
  if (!run) return [];
  const out: Binding[] = [];
  for (const cmd of parseScript(run.value)) {
    const toEnv = cmd.redirects.some((r) => r.op.endsWith(">>") && r.target && /GITHUB_ENV/.test(r.target.raw));
    const name = cmd.words[0] ? wordText(cmd.words[0]) : "";
    if (!toEnv || (name !== "echo" && name !== "printf")) continue;
    for (const word of cmd.words.slice(1)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(wordText(word));
      if (!m?.[1]) continue;
      const nameLength = m[1].length + 1;
      out.push({
        name: m[1],
        level: "github-env",
        text: m[2] ?? "",
        span: spanInScalar(run, word.start + word.raw.indexOf("=") + 1, Math.max(0, word.raw.length - nameLength)),
        shell: true,
      });
    }
  }
  return out;
}

/** A binding for a script-local `NAME=value` (or `export NAME=value`) command. */
export function assignmentBindings(cmd: ShellCommand, locate: (word: Word) => Binding["span"]): Binding[] {
  const words = cmd.words.length === 0 ? cmd.assignments : [];
  const exported =
    cmd.words[0] && ["export", "declare", "local", "readonly"].includes(wordText(cmd.words[0]))
      ? cmd.words.slice(1)
      : [];
  const out: Binding[] = [];
  for (const word of [...words, ...exported]) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(wordText(word));
    if (!m?.[1]) continue;
    out.push({ name: m[1], level: "shell", text: m[2] ?? "", span: locate(word), shell: true });
  }
  return out;
}
