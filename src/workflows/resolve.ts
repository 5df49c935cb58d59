import {
  type ContextLookup,
  conditionExpression,
  type ExprValue,
  evaluate,
  findExpressions,
  toText,
  truthy,
  UNKNOWN,
} from "./expressions.js";
import type { EnvLevel, EnvVar, MatrixCombination, SourceSpan } from "./types.js";

/** A name a value can come from: an env entry, a shell variable of the script, a `$GITHUB_ENV` line. */
export interface Binding {
  name: string;
  level: EnvLevel | "shell" | "input";
  /** The value as written; expressions and (for shell bindings) `$VARS` in it are resolved in turn. */
  text: string | undefined;
  /** Where the value is written: the place the rename helper edits. */
  span: SourceSpan | undefined;
  /** The text uses shell syntax (`$VAR`, `${VAR,,}`), not only `${{ }}`. */
  shell: boolean;
}

/** What a value was made from. Secret values are never part of it. */
export type ValueSource =
  | { kind: "env"; name: string; level: EnvLevel | "shell" | "input"; span: SourceSpan | undefined }
  | { kind: "context"; path: string }
  | { kind: "runner-env"; name: string };

/** A piece of a resolved text: known text, or an unknown part kept as written. */
export interface Piece {
  text: string;
  known: boolean;
}

/** A text with its expressions and variables resolved as far as the facts allow. */
export interface ResolvedValue {
  /** The text as written. */
  text: string;
  /** The full value, when every part is known. */
  value: string | undefined;
  /** The value with unknown parts left as written (`${{ steps.meta.outputs.version }}`, `$TAG`). */
  pattern: string;
  pieces: Piece[];
  sources: ValueSource[];
  /** Calls to functions GitHub expressions do not have (such as `toLower`). */
  unknownFunctions: string[];
}

/** The facts values are resolved against. */
export interface Scope {
  /** `OWNER/NAME`. */
  repository: string | undefined;
  /** Env and shell bindings, outermost first (workflow, job, `$GITHUB_ENV`, step, script). */
  bindings: Binding[];
  matrix: MatrixCombination | undefined;
  /** For a reusable workflow with one caller: the `with:` values it passes (`inputs.X`). */
  inputs?: Binding[];
  /** The event, when resolving for one event. */
  eventName?: string;
  /** Other known `github.*` values (path after `github.`, lower-case), e.g. `actor` for a Dependabot run. */
  facts?: Record<string, ExprValue>;
}

/** Bindings for `env` entries of one level. */
export function envBindings(vars: EnvVar[], level: EnvLevel): Binding[] {
  return vars.map((v) => ({
    name: v.name,
    level,
    text: v.value?.value,
    span: v.value?.span ?? v.keySpan,
    shell: false,
  }));
}

const MAX_DEPTH = 8;

/**
 * Resolves `${{ }}` expressions in a text (and `$VAR` when `shell` is set), following env entries to
 * their definitions. An env entry is resolved with the bindings outside it only, as GitHub does.
 */
export function resolveText(text: string, scope: Scope, options: { shell?: boolean } = {}): ResolvedValue {
  return resolveWithin(text, scope, scope.bindings.length, options.shell ?? false, 0);
}

/** Resolves a shell word made of quoted and unquoted segments (single quotes stop `$VAR` expansion). */
export function resolveSegments(
  segments: Array<{ text: string; quote: "none" | "single" | "double" }>,
  scope: Scope,
): ResolvedValue {
  const parts = segments.map((s) => resolveWithin(s.text, scope, scope.bindings.length, s.quote !== "single", 0));
  return joinResolved(segments.map((s) => s.text).join(""), parts);
}

function joinResolved(text: string, parts: ResolvedValue[]): ResolvedValue {
  const pieces = mergePieces(parts.flatMap((p) => p.pieces));
  const known = pieces.every((p) => p.known);
  return {
    text,
    value: known ? pieces.map((p) => p.text).join("") : undefined,
    pattern: pieces.map((p) => p.text).join(""),
    pieces,
    sources: dedupeSources(parts.flatMap((p) => p.sources)),
    unknownFunctions: parts.flatMap((p) => p.unknownFunctions),
  };
}

function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.text === "") continue;
    const last = out[out.length - 1];
    if (last?.known && p.known) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

function dedupeSources(sources: ValueSource[]): ValueSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function resolveWithin(text: string, scope: Scope, visible: number, shell: boolean, depth: number): ResolvedValue {
  const pieces: Piece[] = [];
  const sources: ValueSource[] = [];
  const unknownFunctions: string[] = [];
  const slots = findExpressions(text);
  let i = 0;
  const literal = (s: string) => {
    if (!shell) {
      pieces.push({ text: s, known: true });
      return;
    }
    for (const p of expandShell(s, scope, visible, depth, sources, unknownFunctions)) pieces.push(p);
  };
  for (const slot of slots) {
    literal(text.slice(i, slot.start));
    const result = evaluate(slot.expression, lookupIn(scope, visible, depth, sources, unknownFunctions));
    unknownFunctions.push(...result.unknownFunctions);
    for (const ref of result.references) if (!ref.startsWith("env.")) sources.push({ kind: "context", path: ref });
    const value = result.value;
    if (value === UNKNOWN || (typeof value === "object" && value !== null)) {
      pieces.push({ text: text.slice(slot.start, slot.end), known: false });
    } else {
      pieces.push({ text: toText(value), known: true });
    }
    i = slot.end;
  }
  literal(text.slice(i));
  return joinResolved(text, [
    { text, value: undefined, pattern: "", pieces, sources: dedupeSources(sources), unknownFunctions },
  ]);
}

/** Finds the innermost binding of `name` among the first `visible` bindings; returns its index. */
function findBinding(scope: Scope, name: string, visible: number): number {
  for (let i = visible - 1; i >= 0; i--) {
    const b = scope.bindings[i];
    if (b && b.name === name) return i;
  }
  return -1;
}

function bindingValue(
  scope: Scope,
  index: number,
  depth: number,
  sources: ValueSource[],
  unknownFunctions: string[],
): ResolvedValue | undefined {
  const b = scope.bindings[index];
  if (!b) return undefined;
  sources.push({ kind: "env", name: b.name, level: b.level, span: b.span });
  if (b.text === undefined || depth >= MAX_DEPTH) return undefined;
  const inner = resolveWithin(b.text, scope, index, b.shell, depth + 1);
  sources.push(...inner.sources);
  unknownFunctions.push(...inner.unknownFunctions);
  return inner;
}

function lookupIn(
  scope: Scope,
  visible: number,
  depth: number,
  sources: ValueSource[],
  unknownFunctions: string[],
): ContextLookup {
  const [owner, name] = (scope.repository ?? "").split("/");
  return (path: string[]): ExprValue => {
    const [root, ...rest] = path;
    const key = rest.join(".");
    switch (root?.toLowerCase()) {
      case "github": {
        const field = key.toLowerCase();
        const fact = scope.facts?.[field];
        if (fact !== undefined) return fact;
        if (field === "event_name") return scope.eventName ?? UNKNOWN;
        if (!scope.repository) return UNKNOWN;
        switch (field) {
          case "repository":
          case "event.repository.full_name":
            return scope.repository;
          case "repository_owner":
          case "event.repository.owner.login":
            return owner ?? UNKNOWN;
          case "event.repository.name":
            return name ?? UNKNOWN;
          default:
            return UNKNOWN;
        }
      }
      case "env": {
        const envName = rest[0];
        if (envName === undefined || rest.length > 1) return UNKNOWN;
        const index = findBinding(scope, envName, visible);
        if (index < 0) return null;
        const v = bindingValue(scope, index, depth, sources, unknownFunctions);
        return v?.value ?? UNKNOWN;
      }
      case "inputs": {
        const input = scope.inputs?.find((b) => b.name === rest[0]);
        if (!input || rest.length > 1) return UNKNOWN;
        sources.push({ kind: "env", name: input.name, level: "input", span: input.span });
        if (input.text === undefined || depth >= MAX_DEPTH) return UNKNOWN;
        // A caller's `with:` cannot use `env`; resolve it with the repository facts only.
        const inner = resolveWithin(
          input.text,
          { repository: scope.repository, bindings: [], matrix: undefined },
          0,
          false,
          depth + 1,
        );
        sources.push(...inner.sources);
        return inner.value ?? UNKNOWN;
      }
      case "matrix": {
        if (!scope.matrix) return UNKNOWN;
        let v: unknown = scope.matrix;
        for (const p of rest) v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
        return v === undefined ? null : (v as ExprValue);
      }
      default:
        return UNKNOWN;
    }
  };
}

/** Runner variables a script sees whose values the model knows. */
function runnerVariable(name: string, scope: Scope): string | undefined {
  const [owner] = (scope.repository ?? "").split("/");
  if (name === "GITHUB_REPOSITORY") return scope.repository;
  if (name === "GITHUB_REPOSITORY_OWNER") return scope.repository ? owner : undefined;
  if (name === "GITHUB_EVENT_NAME") return scope.eventName;
  return undefined;
}

/** Expands `$VAR`, `${VAR}`, `${VAR,,}`, `${VAR^^}`, `${VAR:-default}`; command substitutions are unknown. */
function expandShell(
  s: string,
  scope: Scope,
  visible: number,
  depth: number,
  sources: ValueSource[],
  unknownFunctions: string[],
): Piece[] {
  const pieces: Piece[] = [];
  const re = /\$\(\([^)]*\)\)|\$\([^)]*\)|`[^`]*`|\$\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) pieces.push({ text: s.slice(last, m.index), known: true });
    last = m.index + m[0].length;
    const name = m[1] ?? m[3];
    const op = m[2] ?? "";
    if (!name) {
      pieces.push({ text: m[0], known: false });
      continue;
    }
    let value: string | undefined;
    const index = findBinding(scope, name, visible);
    if (index >= 0) {
      value = bindingValue(scope, index, depth, sources, unknownFunctions)?.value;
    } else {
      value = runnerVariable(name, scope);
      sources.push({ kind: "runner-env", name });
    }
    const def = /^:?-(.*)$/.exec(op);
    if (value === undefined && def && index < 0 && runnerVariable(name, scope) === undefined) {
      value = def[1] ?? "";
    }
    if (value === undefined) {
      pieces.push({ text: m[0], known: false });
      continue;
    }
    if (op === ",,") value = value.toLowerCase();
    else if (op === "^^") value = value.toUpperCase();
    else if (op !== "" && !def) {
      pieces.push({ text: m[0], known: false });
      continue;
    }
    pieces.push({ text: value, known: true });
  }
  if (last < s.length) pieces.push({ text: s.slice(last), known: true });
  return pieces;
}

/** Evaluates an `if:`-style condition (with or without `${{ }}`) against a scope: true, false or UNKNOWN. */
export function evaluateCondition(text: string, scope: Scope): boolean | typeof UNKNOWN {
  const result = evaluate(conditionExpression(text), lookupIn(scope, scope.bindings.length, 0, [], []), {
    condition: true,
  });
  return truthy(result.value);
}
