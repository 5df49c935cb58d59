/**
 * A small evaluator for GitHub Actions expressions (`${{ … }}`), three-valued: anything the
 * model cannot know (secrets, step outputs, the git ref) evaluates to UNKNOWN instead of a guess.
 */

/** The value of an expression that depends on facts not known statically. */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A value an expression can have. */
export type ExprValue = string | number | boolean | null | typeof UNKNOWN | ExprValue[] | { [key: string]: ExprValue };

/** Looks up a context path such as `["github", "repository"]` or `["env", "IMAGE_NAME"]`. */
export type ContextLookup = (path: string[]) => ExprValue;

/** The result of evaluating one expression. */
export interface Evaluation {
  value: ExprValue;
  /** Every context path the expression read, e.g. `secrets.GITHUB_TOKEN`. */
  references: string[];
  /** Calls to functions GitHub does not have (`toLower`), which fail at run time. */
  unknownFunctions: string[];
}

type Token =
  | { kind: "punct"; text: string }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "ident"; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
      tokens.push({ kind: "punct", text: two });
      i += 2;
      continue;
    }
    if ("()[],.!<>*".includes(c)) {
      tokens.push({ kind: "punct", text: c });
      i++;
      continue;
    }
    if (c === "'") {
      let value = "";
      i++;
      while (i < src.length) {
        if (src.charAt(i) === "'") {
          if (src.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          break;
        }
        value += src.charAt(i);
        i++;
      }
      if (i >= src.length) throw new SyntaxError("unterminated string literal");
      i++;
      tokens.push({ kind: "string", value });
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && !/[A-Za-z_]/.test(src.charAt(i + num[0].length))) {
      tokens.push({ kind: "number", value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (ident) {
      tokens.push({ kind: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    throw new SyntaxError(`unexpected character '${c}'`);
  }
  return tokens;
}

/** A reference being built: a context root followed by literal property names. */
interface Ref {
  ref: string[];
}

class Parser {
  private pos = 0;
  readonly references: string[] = [];
  readonly unknownFunctions: string[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly lookup: ContextLookup,
    private readonly condition: boolean,
  ) {}

  parse(): ExprValue {
    const value = this.or();
    if (this.pos < this.tokens.length) throw new SyntaxError("unexpected token after expression");
    return value;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === "punct" && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw new SyntaxError(`expected '${text}'`);
    this.pos++;
  }

  private or(): ExprValue {
    let left = this.and();
    while (this.peek("||")) {
      this.pos++;
      const right = this.and();
      // Unknown on the left: the value is unknown, but as a condition a truthy right side decides.
      if (left !== UNKNOWN) left = truthy(left) ? left : right;
      else if (this.condition && truthy(right) === true) left = true;
    }
    return left;
  }

  private and(): ExprValue {
    let left = this.equality();
    while (this.peek("&&")) {
      this.pos++;
      const right = this.equality();
      if (left === UNKNOWN) left = truthy(right) === false ? false : UNKNOWN;
      else left = truthy(left) ? right : left;
    }
    return left;
  }

  private equality(): ExprValue {
    let left = this.comparison();
    while (this.peek("==") || this.peek("!=")) {
      const op = (this.tokens[this.pos] as { text: string }).text;
      this.pos++;
      const right = this.comparison();
      const eq = looseEquals(left, right);
      left = eq === UNKNOWN ? UNKNOWN : op === "==" ? eq : !eq;
    }
    return left;
  }

  private comparison(): ExprValue {
    let left = this.unary();
    while (this.peek("<") || this.peek(">") || this.peek("<=") || this.peek(">=")) {
      const op = (this.tokens[this.pos] as { text: string }).text;
      this.pos++;
      const right = this.unary();
      if (left === UNKNOWN || right === UNKNOWN) left = UNKNOWN;
      else {
        const a = Number(left);
        const b = Number(right);
        left = op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b;
      }
    }
    return left;
  }

  private unary(): ExprValue {
    if (this.peek("!")) {
      this.pos++;
      const v = this.unary();
      const t = truthy(v);
      return t === UNKNOWN ? UNKNOWN : !t;
    }
    return this.postfix();
  }

  private postfix(): ExprValue {
    let base: ExprValue | Ref = this.primary();
    for (;;) {
      if (this.peek(".")) {
        this.pos++;
        const t = this.tokens[this.pos];
        if (t?.kind === "punct" && t.text === "*") {
          this.pos++;
          base = UNKNOWN;
          continue;
        }
        if (t?.kind !== "ident") throw new SyntaxError("expected a property name after '.'");
        this.pos++;
        base = isRef(base) ? { ref: [...base.ref, t.text] } : property(base, t.text);
        continue;
      }
      if (this.peek("[")) {
        this.pos++;
        const index = this.or();
        this.expect("]");
        if (isRef(base) && typeof index === "string") base = { ref: [...base.ref, index] };
        else base = property(this.resolve(base), index);
        continue;
      }
      return this.resolve(base);
    }
  }

  private resolve(value: ExprValue | Ref): ExprValue {
    if (!isRef(value)) return value;
    this.references.push(value.ref.join("."));
    return this.lookup(value.ref);
  }

  private primary(): ExprValue | Ref {
    const t = this.tokens[this.pos];
    if (!t) throw new SyntaxError("unexpected end of expression");
    this.pos++;
    if (t.kind === "string") return t.value;
    if (t.kind === "number") return t.value;
    if (t.kind === "punct") {
      if (t.text === "(") {
        const v = this.or();
        this.expect(")");
        return v;
      }
      throw new SyntaxError(`unexpected '${t.text}'`);
    }
    if (t.text === "true") return true;
    if (t.text === "false") return false;
    if (t.text === "null") return null;
    if (this.peek("(")) {
      this.pos++;
      const args: ExprValue[] = [];
      while (!this.peek(")")) {
        args.push(this.or());
        if (!this.peek(")")) this.expect(",");
      }
      this.pos++;
      return this.call(t.text, args);
    }
    return { ref: [t.text] };
  }

  private call(name: string, args: ExprValue[]): ExprValue {
    const fn = name.toLowerCase();
    const known = args.every((a) => a !== UNKNOWN);
    switch (fn) {
      case "format": {
        if (!known || typeof args[0] !== "string") return UNKNOWN;
        const rest = args.slice(1);
        return args[0].replace(/\{\{|\}\}|\{(\d+)\}/g, (m, i: string | undefined) =>
          m === "{{" ? "{" : m === "}}" ? "}" : toText(rest[Number(i)] ?? ""),
        );
      }
      case "contains":
      case "startswith":
      case "endswith": {
        if (!known) return UNKNOWN;
        const [hay, needle] = args;
        if (fn === "contains" && Array.isArray(hay)) return hay.some((h) => looseEquals(h, needle ?? null) === true);
        const h = toText(hay ?? "").toLowerCase();
        const n = toText(needle ?? "").toLowerCase();
        return fn === "contains" ? h.includes(n) : fn === "startswith" ? h.startsWith(n) : h.endsWith(n);
      }
      case "join": {
        if (!known) return UNKNOWN;
        const [list, sep] = args;
        return Array.isArray(list) ? list.map(toText).join(sep === undefined ? "," : toText(sep)) : toText(list ?? "");
      }
      case "always":
        return true;
      case "success":
      case "failure":
      case "cancelled":
      case "tojson":
      case "fromjson":
      case "hashfiles":
      case "case":
        return UNKNOWN;
      default:
        this.unknownFunctions.push(name);
        return UNKNOWN;
    }
  }
}

function isRef(v: unknown): v is Ref {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "ref" in v && Array.isArray((v as Ref).ref);
}

function property(base: ExprValue, key: ExprValue): ExprValue {
  if (base === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(base) && typeof key === "number") return base[key] ?? null;
  if (base && typeof base === "object" && !Array.isArray(base)) {
    const wanted = toText(key).toLowerCase();
    for (const [k, v] of Object.entries(base)) if (k.toLowerCase() === wanted) return v;
  }
  return null;
}

/** Truthiness as GitHub defines it; UNKNOWN stays unknown. */
export function truthy(v: ExprValue): boolean | typeof UNKNOWN {
  if (v === UNKNOWN) return UNKNOWN;
  if (v === null || v === false || v === "" || v === 0 || Number.isNaN(v)) return false;
  return true;
}

function looseEquals(a: ExprValue, b: ExprValue): boolean | typeof UNKNOWN {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a !== "object" || a === null)) return a === b;
  if (typeof a === "object" || typeof b === "object") return a === b;
  return toNumber(a) === toNumber(b);
}

function toNumber(v: ExprValue): number {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.trim() === "" ? 0 : Number(v);
  return Number.NaN;
}

/** The text a value becomes when substituted into a string. */
export function toText(v: ExprValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/**
 * Evaluates one expression (the text inside `${{ }}`, or an `if:` condition). Syntax errors evaluate
 * to UNKNOWN. With `condition`, only truthiness matters, so `unknown || true` is true.
 */
export function evaluate(
  expression: string,
  lookup: ContextLookup,
  options: { condition?: boolean } = {},
): Evaluation & { syntaxError?: string } {
  try {
    const parser = new Parser(tokenize(expression), lookup, options.condition ?? false);
    const value = parser.parse();
    return { value, references: parser.references, unknownFunctions: parser.unknownFunctions };
  } catch (err) {
    return { value: UNKNOWN, references: [], unknownFunctions: [], syntaxError: (err as Error).message };
  }
}

/**
 * The context path an expression is, when it is nothing but one (`env.IMAGE`, `env['IMAGE']`, `github.repository`):
 * its value is then that context value as it stands, which lets a caller follow it to where it is defined.
 */
export function referencePath(expression: string): string[] | undefined {
  let tokens: Token[];
  try {
    tokens = tokenize(expression);
  } catch {
    return undefined;
  }
  const [root, ...rest] = tokens;
  if (root?.kind !== "ident" || ["true", "false", "null"].includes(root.text)) return undefined;
  const path = [root.text];
  for (let i = 0; i < rest.length; ) {
    const [a, b, c] = [rest[i], rest[i + 1], rest[i + 2]];
    if (a?.kind === "punct" && a.text === "." && b?.kind === "ident") {
      path.push(b.text);
      i += 2;
    } else if (a?.kind === "punct" && a.text === "[" && b?.kind === "string" && c?.kind === "punct" && c.text === "]") {
      path.push(b.value);
      i += 3;
    } else return undefined;
  }
  return path;
}

/** One `${{ … }}` inside a text, with its offsets in that text. */
export interface ExpressionSlot {
  expression: string;
  start: number;
  end: number;
}

/**
 * The offset just after the `}}` that closes the `${{` at `start` (a `}}` inside a quoted string does not close
 * it), or -1 when nothing closes it.
 */
export function expressionEnd(text: string, start: number): number {
  let inString = false;
  for (let j = start + 3; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === "'") inString = !inString;
    else if (!inString && text.startsWith("}}", j)) return j + 2;
  }
  return -1;
}

/** Finds the `${{ … }}` expressions in a text (quotes inside an expression may contain `}}`). */
export function findExpressions(text: string): ExpressionSlot[] {
  const slots: ExpressionSlot[] = [];
  let i = text.indexOf("${{");
  while (i >= 0) {
    const end = expressionEnd(text, i);
    if (end < 0) break;
    slots.push({ expression: text.slice(i + 3, end - 2).trim(), start: i, end });
    i = text.indexOf("${{", end);
  }
  return slots;
}

/** The text of an `if:` condition as an expression: GitHub accepts it with or without `${{ }}`. */
export function conditionExpression(text: string): string {
  const t = text.trim();
  const slots = findExpressions(t);
  const only = slots[0];
  if (slots.length === 1 && only && only.start === 0 && only.end === t.length) return only.expression;
  return t;
}
