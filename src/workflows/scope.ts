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
  const outer = [...envBindings(workflow.env, "workflow"), ...envBindings(job.env, "job")];
  const written: Binding[] = [];
  const outputs: Binding[] = [];
  for (const earlier of job.steps.filter((s) => s.index < step.index)) {
    // The writing step's env expands the line (`echo "IMAGE=ghcr.io/$OWNER/app"` with `env: OWNER: …`).
    const writerScope = [...outer, ...written, ...envBindings(earlier.env, "step")];
    if (earlier.id) {
      for (const output of githubFileBindings(earlier, "GITHUB_OUTPUT"))
        outputs.push({ ...output, name: `${earlier.id}.${output.name}`, scope: writerScope });
    }
    written.push(...githubEnvBindings(earlier).map((binding) => ({ ...binding, scope: writerScope })));
  }
  const bindings: Binding[] = [...outer, ...written, ...envBindings(step.env, "step")];
  const scope: Scope = { repository: context.repository, bindings, matrix };
  if (outputs.length > 0) scope.outputs = outputs;
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

/**
 * `NAME=value` lines a step appends to `$GITHUB_ENV`: `echo "IMAGE=${GITHUB_REPOSITORY,,}" >> "$GITHUB_ENV"`, and the
 * echoes of a group whose output goes there (`{ echo "A=1"; echo "B=2"; } >> "$GITHUB_ENV"`).
 */
export function githubEnvBindings(step: Step): Binding[] {
  return githubFileBindings(step, "GITHUB_ENV");
}

/** `name=value` lines a step appends to one of the runner's files (`$GITHUB_ENV`, `$GITHUB_OUTPUT`). */
function githubFileBindings(step: Step, variable: "GITHUB_ENV" | "GITHUB_OUTPUT"): Binding[] {
  const run = step.run;
  if (!run) return [];
  const out: Binding[] = [];
  const echoes = (script: string, offset: number, grouped: boolean) => {
    for (const cmd of parseScript(script)) {
      const toEnv = cmd.redirects.some((r) => r.op.endsWith(">>") && r.target?.raw.includes(variable));
      const name = cmd.words[0] ? wordText(cmd.words[0]) : "";
      if (!(toEnv || grouped) || (name !== "echo" && name !== "printf")) continue;
      for (const word of cmd.words.slice(1)) {
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)=([\s\S]*)$/.exec(wordText(word));
        if (!m?.[1]) continue;
        const valueAt = word.raw.indexOf("=") + 1;
        out.push({
          name: m[1],
          level: variable === "GITHUB_ENV" ? "github-env" : "github-output",
          text: m[2] ?? "",
          // The rest of the word as written: the value and its closing quote, if any.
          span: spanInScalar(run, offset + word.start + valueAt, word.raw.length - valueAt),
          shell: true,
        });
      }
    }
  };
  echoes(run.value, 0, false);
  for (const group of run.value.matchAll(groupTo(variable))) {
    const inner = group[2] ?? "";
    echoes(inner, group.index + (group[1]?.length ?? 0) + 1, true);
  }
  return out;
}

/** A `{ … }` or `( … )` group whose output is appended to a runner file; group 2 is its body. */
function groupTo(variable: string): RegExp {
  return new RegExp(`(^|[;&|\\n]\\s*)[{(](\\s[\\s\\S]*?)[;\\s][})]\\s*>>\\s*"?\\$\\{?${variable}\\}?"?`, "g");
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
