/**
 * The handlebars subset that docker/metadata-action's inputs use: `{{name}}`, helpers with arguments
 * (`{{date 'YYYYMMDD' tz='Asia/Tokyo'}}`), `{{{raw}}}`, comments and `\{{` escapes. Output of `{{…}}` is
 * HTML-escaped as handlebars does, so values come out the same as in the action. Block helpers are refused with a
 * clear error rather than rendered wrongly.
 */
import { DockhandError } from "../errors.js";

/** Options passed to a helper: the `key=value` arguments. */
export interface HelperOptions {
  hash: Record<string, unknown>;
}

/** Values and helpers a template can reach by name. Functions are called as helpers. */
export type TemplateScope = Record<string, unknown>;

type Part = { kind: "text"; text: string } | { kind: "mustache"; expr: Expression; htmlEscape: boolean };

interface Expression {
  name: string;
  params: Argument[];
  hash: Record<string, Argument>;
}

type Argument = { kind: "literal"; value: unknown } | { kind: "path"; name: string };

/** Renders a template against a scope. */
export function renderTemplate(template: string, scope: TemplateScope): string {
  return parseTemplate(template)
    .map((part) => (part.kind === "text" ? part.text : evaluate(part.expr, scope, part.htmlEscape, template)))
    .join("");
}

/**
 * True when the template is exactly one `{{raw}}` statement (spaces allowed inside the braces). semver and pep440
 * keep such a pattern for pre-releases; every other pattern falls back to the version.
 */
export function isRawStatement(template: string): boolean {
  try {
    const parts = parseTemplate(template);
    const only = parts[0];
    return parts.length === 1 && only?.kind === "mustache" && only.expr.name === "raw" && only.expr.params.length === 0;
  } catch {
    return false;
  }
}

function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("\\{{", i)) {
      text += "{{";
      i += 3;
      continue;
    }
    if (!template.startsWith("{{", i)) {
      text += template[i];
      i += 1;
      continue;
    }
    const triple = template.startsWith("{{{", i);
    const close = triple ? "}}}" : "}}";
    let bodyStart = i + (triple ? 3 : 2);
    if (template.startsWith("!--", bodyStart)) {
      const end = template.indexOf("--}}", bodyStart);
      if (end === -1) throw templateError(template, "a {{!-- comment is not closed");
      i = end + 4;
      continue;
    }
    const end = template.indexOf(close, bodyStart);
    if (end === -1) throw templateError(template, `a "{{" is not closed with "${close}"`);
    let bodyEnd = end;
    let trimBefore = false;
    let trimAfter = false;
    if (template[bodyStart] === "~") {
      trimBefore = true;
      bodyStart += 1;
    }
    if (template[bodyEnd - 1] === "~") {
      trimAfter = true;
      bodyEnd -= 1;
    }
    let body = template.slice(bodyStart, bodyEnd);
    i = end + close.length;
    if (trimBefore) text = text.trimEnd();
    if (trimAfter) {
      while (i < template.length && /\s/.test(template[i] ?? "")) i += 1;
    }
    if (body.startsWith("!")) continue;
    let htmlEscape = !triple;
    if (body.startsWith("&")) {
      htmlEscape = false;
      body = body.slice(1);
    }
    const first = body.trimStart()[0];
    if (first === "#" || first === "/" || first === "^" || first === ">" || /^\s*else\b/.test(body)) {
      throw templateError(template, `"{{${body}}}" is a block or partial, which tag templates do not support`);
    }
    if (text !== "") parts.push({ kind: "text", text });
    text = "";
    parts.push({ kind: "mustache", expr: parseExpression(body, template), htmlEscape });
  }
  if (text !== "") parts.push({ kind: "text", text });
  return parts;
}

function parseExpression(body: string, template: string): Expression {
  const tokens = tokenize(body, template);
  const head = tokens.shift();
  if (head === undefined || head.quoted) throw templateError(template, `"{{${body}}}" names nothing`);
  const expr: Expression = { name: head.text, params: [], hash: {} };
  for (const token of tokens) {
    const eq = token.quoted ? -1 : token.text.indexOf("=");
    if (token.key !== undefined) {
      expr.hash[token.key] = toArgument(token.text, token.quoted);
    } else if (eq > 0) {
      expr.hash[token.text.slice(0, eq)] = toArgument(token.text.slice(eq + 1), false);
    } else {
      expr.params.push(toArgument(token.text, token.quoted));
    }
  }
  return expr;
}

interface Token {
  text: string;
  quoted: boolean;
  key?: string;
}

function tokenize(body: string, template: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] ?? "";
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    // key='value' / key="value": a hash argument whose value is quoted.
    const keyed = /^([A-Za-z_][\w-]*)=(['"])/.exec(body.slice(i));
    if (keyed?.[1] !== undefined && keyed[2] !== undefined) {
      const quote = keyed[2];
      const start = i + keyed[0].length;
      const end = body.indexOf(quote, start);
      if (end === -1) throw templateError(template, `a ${quote}-quoted value is not closed in "{{${body}}}"`);
      tokens.push({ key: keyed[1], text: body.slice(start, end), quoted: true });
      i = end + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = body.indexOf(c, i + 1);
      if (end === -1) throw templateError(template, `a ${c}-quoted value is not closed in "{{${body}}}"`);
      tokens.push({ text: body.slice(i + 1, end), quoted: true });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < body.length && !/\s/.test(body[j] ?? "")) j += 1;
    tokens.push({ text: body.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}

function toArgument(text: string, quoted: boolean): Argument {
  if (quoted) return { kind: "literal", value: text };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: "literal", value: Number(text) };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  if (text === "null" || text === "undefined") return { kind: "literal", value: undefined };
  return { kind: "path", name: text };
}

function lookup(scope: TemplateScope, name: string): unknown {
  // Own properties only, like handlebars' prototype-access rules.
  return Object.hasOwn(scope, name) ? scope[name] : undefined;
}

function argumentValue(arg: Argument, scope: TemplateScope): unknown {
  if (arg.kind === "literal") return arg.value;
  const value = lookup(scope, arg.name);
  // A helper named as an argument is not called by handlebars; it has no useful value here.
  return typeof value === "function" ? undefined : value;
}

function evaluate(expr: Expression, scope: TemplateScope, htmlEscape: boolean, template: string): string {
  const target = lookup(scope, expr.name);
  let value: unknown;
  if (typeof target === "function") {
    const hash: Record<string, unknown> = {};
    for (const [key, arg] of Object.entries(expr.hash)) hash[key] = argumentValue(arg, scope);
    const params = expr.params.map((arg) => argumentValue(arg, scope));
    value = (target as (...args: unknown[]) => unknown)(...params, { hash } satisfies HelperOptions);
  } else if (expr.params.length > 0 || Object.keys(expr.hash).length > 0) {
    throw templateError(template, `unknown helper "${expr.name}"`);
  } else {
    value = target;
  }
  const text = value === undefined || value === null ? "" : String(value);
  return htmlEscape ? escapeHtml(text) : text;
}

const htmlEscapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => htmlEscapes[c] ?? c);
}

function templateError(template: string, problem: string): DockhandError {
  return new DockhandError("TAGS_TEMPLATE", `Invalid template "${template}": ${problem}`, {
    exit: 2,
    hint: "Expressions look like {{branch}}, {{version}} or {{date 'YYYYMMDD' tz='Europe/Paris'}}",
  });
}
