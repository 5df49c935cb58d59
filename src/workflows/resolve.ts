import {
  type ContextLookup,
  conditionExpression,
  type ExpressionSlot,
  type ExprValue,
  evaluate,
  findExpressions,
  referencePath,
  toText,
  truthy,
  UNKNOWN,
} from "./expressions.js";
import { findShellVariables, type ShellOperator } from "./shell.js";
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
  /**
   * The env its value is read in, when that is not the scope it is used in: a `$GITHUB_ENV` line is expanded by the
   * step that writes it, with that step's own `env:`.
   */
  scope?: Binding[];
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
  /** Where the piece is written, for callers that edit the source (the rename planner); see {@link PieceSource}. */
  source?: PieceSource;
}

/**
 * Where a piece of a resolved text comes from. Offsets are in the text given to `resolveText`, or in the text of
 * the binding that holds the piece, as written (a binding's `text`).
 */
export interface PieceSource {
  /** The binding whose text holds the piece; undefined for the resolved text itself. */
  binding: Binding | undefined;
  /** The piece's own characters when `verbatim`; else the expression or variable that gave it. */
  start: number;
  end: number;
  /** The piece's text is that slice of the source as written, so an edit there changes the piece. */
  verbatim: boolean;
  /** What gave a piece that is not verbatim: an expression (`github.repository`) or a shell variable (`$TAG`). */
  expression?: string;
  variable?: string;
  /** The expression or variable of the resolved text itself that brought the piece in from a binding. */
  token?: { start: number; end: number };
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
  /** Outputs earlier steps write to `$GITHUB_OUTPUT`, named `<step id>.<output>` (`steps.prep.outputs.image`). */
  outputs?: Binding[];
  /** For a reusable workflow with one caller: the `with:` values it passes (`inputs.X`). */
  inputs?: Binding[];
  /** The event, when resolving for one event. */
  eventName?: string;
  /** Other known `github.*` values (path after `github.`, lower-case), e.g. `actor` for a Dependabot run. */
  facts?: Record<string, ExprValue>;
  /**
   * The bindings are only the `env:` entries a file writes: a name not among them may still be set where the model
   * does not look (a `$GITHUB_ENV` line, the runner), so `env.X` is unknown rather than empty.
   */
  openEnv?: boolean;
}

/** How far `resolveText` goes. */
export interface ResolveOptions {
  /** Expand `$VAR` too (a `run:` script). */
  shell?: boolean;
  /**
   * Splice in a variable whose value is only partly known, piece by piece (`ghcr.io/acme/app:${{ github.sha }}`),
   * instead of leaving the whole variable unknown: what a search for names inside values wants.
   */
  partial?: boolean;
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

/** One resolution's facts and options, shared by the nested resolutions of the bindings it reads. */
interface Walk {
  scope: Scope;
  partial: boolean;
}

/** What a resolution collects besides its pieces. */
interface Found {
  sources: ValueSource[];
  unknownFunctions: string[];
}

/** Where a text is being resolved: in the text itself (`holder` undefined) or a binding's, seeing `visible` bindings. */
interface Place {
  walk: Walk;
  holder: Binding | undefined;
  visible: number;
  depth: number;
  found: Found;
}

/**
 * Resolves `${{ }}` expressions in a text (and `$VAR` when `shell` is set), following env entries to
 * their definitions. An env entry is resolved with the bindings outside it only, as GitHub does.
 * The pieces say where each part is written (see {@link PieceSource}).
 */
export function resolveText(text: string, scope: Scope, options: ResolveOptions = {}): ResolvedValue {
  const walk = { scope, partial: options.partial ?? false };
  return resolveWithin(text, undefined, walk, scope.bindings.length, options.shell ?? false, 0);
}

/** Resolves a shell word made of quoted and unquoted segments (single quotes stop `$VAR` expansion). */
export function resolveSegments(
  segments: Array<{ text: string; quote: "none" | "single" | "double" }>,
  scope: Scope,
): ResolvedValue {
  const walk = { scope, partial: false };
  const parts = segments.map((s) => {
    const part = resolveWithin(s.text, undefined, walk, scope.bindings.length, s.quote !== "single", 0);
    // Each segment is resolved on its own unquoted text, so offsets in it are not the word's: drop them.
    return { ...part, pieces: part.pieces.map(({ source: _source, ...piece }) => piece) };
  });
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

/** Joins neighbouring known pieces that are one run of the same source text. */
function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.text === "") continue;
    const last = out[out.length - 1];
    if (last?.known && p.known && adjoins(last.source, p.source)) {
      last.text += p.text;
      if (last.source && p.source) last.source = { ...last.source, end: p.source.end };
    } else out.push({ ...p });
  }
  return out;
}

function adjoins(a: PieceSource | undefined, b: PieceSource | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.verbatim &&
    b.verbatim &&
    a.binding === b.binding &&
    a.end === b.start &&
    a.token?.start === b.token?.start &&
    a.token?.end === b.token?.end
  );
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

/** Resolves `text`, the resolved text itself (`holder` undefined) or a binding's text, seeing `visible` bindings. */
function resolveWithin(
  text: string,
  holder: Binding | undefined,
  walk: Walk,
  visible: number,
  shell: boolean,
  depth: number,
): ResolvedValue {
  const pieces: Piece[] = [];
  const found: Found = { sources: [], unknownFunctions: [] };
  const place: Place = { walk, holder, visible, depth, found };
  const literal = (from: number, to: number) => {
    if (shell) pieces.push(...expandShell(text, from, to, place));
    else pieces.push({ text: text.slice(from, to), known: true, source: verbatim(holder, from, to) });
  };
  // Command substitutions first: one may hold `${{ }}` (`$(echo ${{ github.repository }} | tr …)`), and its text is
  // never part of a value (shell text is not an image name).
  const substitutions = shell ? commandSubstitutions(text) : [];
  const inside = (at: number) => substitutions.some((sub) => at >= sub.start && at < sub.end);
  const slots = [
    ...findExpressions(text)
      .filter((slot) => !inside(slot.start))
      .map((slot) => ({ start: slot.start, end: slot.end, slot })),
    ...substitutions.map((sub) => ({ start: sub.start, end: sub.end, slot: undefined })),
  ].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const { start, end, slot } of slots) {
    literal(i, start);
    pieces.push(...(slot ? expressionPieces(text, slot, place) : [substitutionPiece(text, start, end, place)]));
    i = end;
  }
  literal(i, text.length);
  return joinResolved(text, [
    {
      text,
      value: undefined,
      pattern: "",
      pieces,
      sources: dedupeSources(found.sources),
      unknownFunctions: found.unknownFunctions,
    },
  ]);
}

/** `$( … )` spans of a shell text (not `$(( … ))`), nesting and `${{ }}` and quotes inside them allowed. */
function commandSubstitutions(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf("$("); at >= 0; at = text.indexOf("$(", at + 2)) {
    if (text[at + 2] === "(" || spans.some((s) => at < s.end)) continue;
    let depth = 0;
    let quote: string | undefined;
    for (let j = at + 1; j < text.length; j++) {
      const c = text[j];
      if (text.startsWith("${{", j)) {
        const close = text.indexOf("}}", j);
        if (close < 0) break;
        j = close + 1;
      } else if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) {
        spans.push({ start: at, end: j + 1 });
        break;
      }
    }
  }
  return spans;
}

/** A command substitution's piece: the lower-cased value of a lowering pipeline, or unknown. */
function substitutionPiece(text: string, start: number, end: number, place: Place): Piece {
  const written = text.slice(start, end);
  const source: PieceSource = { binding: place.holder, start, end, verbatim: false };
  const lowered = loweringPipeline(written);
  const inner =
    lowered === undefined
      ? undefined
      : resolveWithin(lowered, undefined, place.walk, place.visible, true, place.depth + 1);
  if (inner?.value === undefined) return { text: written, known: false, source };
  place.found.sources.push(...inner.sources);
  return { text: inner.value.toLowerCase(), known: true, source };
}

function verbatim(binding: Binding | undefined, start: number, end: number): PieceSource {
  return { binding, start, end, verbatim: true };
}

/** The pieces of one `${{ }}`: a plain `env.X` brings in its definition's pieces, anything else its value. */
function expressionPieces(text: string, slot: ExpressionSlot, place: Place): Piece[] {
  const { walk, found } = place;
  const source: PieceSource = {
    binding: place.holder,
    start: slot.start,
    end: slot.end,
    verbatim: false,
    expression: slot.expression,
  };
  const unknown: Piece = { text: text.slice(slot.start, slot.end), known: false, source };
  const path = referencePath(slot.expression);
  const index =
    path?.length === 2 && path[0]?.toLowerCase() === "env" ? findBinding(walk.scope, path[1] ?? "", place.visible) : -1;
  if (index >= 0) return referencePieces(bindingValue(place, index), unknown, walk.partial);
  const result = evaluate(slot.expression, lookupIn(place));
  found.unknownFunctions.push(...result.unknownFunctions);
  for (const ref of result.references) if (!ref.startsWith("env.")) found.sources.push({ kind: "context", path: ref });
  const value = result.value;
  if (value === UNKNOWN || (typeof value === "object" && value !== null)) return [unknown];
  return [{ text: toText(value), known: true, source }];
}

/**
 * What a variable stands for: its value's own pieces, marked as brought in by the variable's token; the token as
 * written when the value is unknown (or, unless `partial`, only partly known).
 */
function referencePieces(value: ResolvedValue | undefined, token: Piece, partial: boolean): Piece[] {
  if (!value || (value.value === undefined && !partial)) return [token];
  const range = token.source && { start: token.source.start, end: token.source.end };
  return value.pieces.map((p) => (p.source && range ? { ...p, source: { ...p.source, token: range } } : { ...p }));
}

/** Finds the innermost binding of `name` among the first `visible` bindings; returns its index. */
function findBinding(scope: Scope, name: string, visible: number): number {
  for (let i = visible - 1; i >= 0; i--) {
    const b = scope.bindings[i];
    if (b && b.name === name) return i;
  }
  return -1;
}

/**
 * How many bindings a binding's own value sees. An `env:` entry sees the levels outside its own map (GitHub
 * evaluates one map against the outer ones); a shell or `$GITHUB_ENV` line sees every line before it.
 */
function visibleTo(scope: Scope, index: number): number {
  const level = scope.bindings[index]?.level;
  if (level !== "workflow" && level !== "job" && level !== "step") return index;
  let i = index;
  while (i > 0 && scope.bindings[i - 1]?.level === level) i--;
  return i;
}

/** The value of the binding at `index`, read from `place` (its sources go to the place's). */
function bindingValue(place: Place, index: number): ResolvedValue | undefined {
  const b = place.walk.scope.bindings[index];
  return b ? resolveBinding(place, b, visibleTo(place.walk.scope, index)) : undefined;
}

/**
 * A binding's value, seeing `visible` bindings of the place's scope — or, for a line a step wrote to `$GITHUB_ENV` or
 * `$GITHUB_OUTPUT`, every binding of the writing step's scope.
 */
function resolveBinding(place: Place, b: Binding, visible: number): ResolvedValue | undefined {
  const { walk, depth, found } = place;
  found.sources.push({ kind: "env", name: b.name, level: b.level, span: b.span });
  if (b.text === undefined || depth >= MAX_DEPTH) return undefined;
  const inner = b.scope
    ? resolveWithin(
        b.text,
        b,
        { ...walk, scope: { ...walk.scope, bindings: b.scope } },
        b.scope.length,
        b.shell,
        depth + 1,
      )
    : resolveWithin(b.text, b, walk, visible, b.shell, depth + 1);
  found.sources.push(...inner.sources);
  found.unknownFunctions.push(...inner.unknownFunctions);
  return inner;
}

function lookupIn(place: Place): ContextLookup {
  const { walk, visible, depth, found } = place;
  const scope = walk.scope;
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
        if (index < 0) return scope.openEnv ? UNKNOWN : null;
        const v = bindingValue(place, index);
        return v?.value ?? UNKNOWN;
      }
      case "inputs": {
        const input = scope.inputs?.find((b) => b.name === rest[0]);
        if (!input || rest.length > 1) return UNKNOWN;
        found.sources.push({ kind: "env", name: input.name, level: "input", span: input.span });
        if (input.text === undefined || depth >= MAX_DEPTH) return UNKNOWN;
        // A caller's `with:` cannot use `env`; resolve it with the repository facts only.
        const callerScope = { repository: scope.repository, bindings: [], matrix: undefined };
        const inner = resolveWithin(input.text, input, { ...walk, scope: callerScope }, 0, false, depth + 1);
        found.sources.push(...inner.sources);
        return inner.value ?? UNKNOWN;
      }
      case "steps": {
        const output = rest[1] === "outputs" && rest.length === 3 ? `${rest[0]}.${rest[2]}` : undefined;
        const binding = scope.outputs?.find((b) => b.name === output);
        return (binding && resolveBinding(place, binding, 0)?.value) ?? UNKNOWN;
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

/**
 * Expands `$VAR`, `${VAR}`, `${VAR,,}`, `${VAR^^}`, `${VAR:-default}` in `text[from, to)`; command substitutions
 * are unknown. A case change that changes nothing keeps the variable's own pieces.
 */
function expandShell(text: string, from: number, to: number, place: Place): Piece[] {
  const { walk, holder } = place;
  const pieces: Piece[] = [];
  let last = from;
  for (const token of findShellVariables(text.slice(from, to))) {
    const start = from + token.start;
    const end = from + token.end;
    if (start > last)
      pieces.push({ text: text.slice(last, start), known: true, source: verbatim(holder, last, start) });
    last = end;
    const written = text.slice(start, end);
    const name = token.name;
    const source: PieceSource = { binding: holder, start, end, verbatim: false, ...(name ? { variable: name } : {}) };
    const unknown: Piece = { text: written, known: false, source };
    if (!name) {
      pieces.push(unknown);
      continue;
    }
    const op = token.operator;
    const index = findBinding(walk.scope, name, place.visible);
    if (index >= 0) {
      const value = bindingValue(place, index);
      const cased = value?.value === undefined ? undefined : changeCase(value.value, op);
      if (op.kind === "none" || op.kind === "default" || (cased !== undefined && cased === value?.value)) {
        pieces.push(...referencePieces(value, unknown, walk.partial));
      } else if (cased !== undefined) {
        pieces.push({ text: cased, known: true, source });
      } else pieces.push(unknown);
      continue;
    }
    const runner = runnerVariable(name, walk.scope);
    place.found.sources.push({ kind: "runner-env", name });
    if (runner !== undefined) {
      const value = op.kind === "default" ? runner : changeCase(runner, op);
      pieces.push(value === undefined ? unknown : { text: value, known: true, source });
    } else if (op.kind === "default") {
      // An unset variable reads as its default, written right there in the token.
      const at = start + op.start;
      const range = { start, end };
      pieces.push({
        text: op.text,
        known: true,
        source: { ...verbatim(holder, at, at + op.text.length), token: range },
      });
    } else pieces.push(unknown);
  }
  if (last < to) pieces.push({ text: text.slice(last, to), known: true, source: verbatim(holder, last, to) });
  return pieces;
}

/**
 * The text a command substitution lower-cases (`$(echo X | tr '[:upper:]' '[:lower:]')`, `tr A-Z a-z`,
 * `awk '{print tolower($0)}'`), or undefined for any other command.
 */
export function loweringPipeline(written: string): string | undefined {
  const match =
    /^\$\(\s*echo\s+(?:-n\s+)?(?:"([^"]*)"|'([^']*)'|((?:\$\{\{[^}]*\}\}|[^\s|])+))\s*\|\s*(?:tr\s+(?:(['"]?)\[:upper:\]\4\s+\4\[:lower:\]\4|(['"]?)\[?A-Z\]?\5\s+\5\[?a-z\]?\5)|awk\s+'\{\s*print\s+tolower\(\$0\)\s*\}')\s*\)$/.exec(
      written.trim(),
    );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A value under `${VAR,,}` / `${VAR^^}` (or plain `$VAR`); undefined for an operator the model does not apply. */
function changeCase(value: string, op: ShellOperator): string | undefined {
  if (op.kind === "none") return value;
  if (op.kind === "lower") return value.toLowerCase();
  if (op.kind === "upper") return value.toUpperCase();
  return undefined;
}

/** Evaluates an `if:`-style condition (with or without `${{ }}`) against a scope: true, false or UNKNOWN. */
export function evaluateCondition(text: string, scope: Scope): boolean | typeof UNKNOWN {
  const found = { sources: [], unknownFunctions: [] };
  const lookup = lookupIn({
    walk: { scope, partial: false },
    holder: undefined,
    visible: scope.bindings.length,
    depth: 0,
    found,
  });
  const result = evaluate(conditionExpression(text), lookup, { condition: true });
  return truthy(result.value);
}
