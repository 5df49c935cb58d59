/**
 * Names assembled from variables in line-oriented files: Dockerfile `ARG`/`ENV`, shell and `.env` assignments,
 * Makefile variables, and `${VAR:-default}` defaults (Compose too). `ARG REGISTRY=ghcr.io` with
 * `FROM ${REGISTRY}/owner/app:1` names `ghcr.io/owner/app`; the variables are expanded the way the file's own tool
 * would, as far as the file itself says (a value given only at run time stays unknown).
 */
import { findShellVariables } from "../workflows/index.js";
import type { Segment } from "./segments.js";
import type { FileFormat } from "./types.js";

const name = "[A-Za-z_][A-Za-z0-9_]*";
const quotedValue = `("[^"\\n]*"|'[^'\\n]*'|[^\\s;#]*)`;

const definitionPatterns: Partial<Record<FileFormat, RegExp>> = {
  dockerfile: new RegExp(`^[ \\t]*(?:ARG|ENV)[ \\t]+(${name})=${quotedValue}`, "gim"),
  shell: new RegExp(
    `^[ \\t]*(?:export[ \\t]+|readonly[ \\t]+|local[ \\t]+|declare[ \\t]+(?:-\\w+[ \\t]+)?)?(${name})=${quotedValue}`,
    "gm",
  ),
  dotenv: new RegExp(`^[ \\t]*(?:export[ \\t]+)?(${name})=${quotedValue}`, "gm"),
  makefile: new RegExp(
    `^[ \\t]*(?:export[ \\t]+|override[ \\t]+)?(${name})[ \\t]*(?::{1,3}|\\?|\\+)?=[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$`,
    "gm",
  ),
};

/** Makefile `$(NAME)` and `${NAME}`: Make's own syntax, not the shell's. */
const makeToken = new RegExp(`\\$[({](${name})[)}]`, "g");

/** The formats whose variables are expanded. */
export const variableFormats = new Set<FileFormat>(["dockerfile", "shell", "dotenv", "makefile", "compose"]);

interface Definition {
  start: number;
  end: number;
}

const maxDepth = 5;

/**
 * The file's text with variables expanded, as segments; undefined when nothing in it is a variable. Origin -1 is
 * the file's own text; a definition's value has the origin of its start offset.
 */
export function resolveVariables(text: string, format: FileFormat): Segment[] | undefined {
  if (!text.includes("$")) return undefined;
  const definitions = collectDefinitions(text, format);
  const segments = expand(text, 0, text.length, format, definitions, 0, -1);
  // Only text that a variable changed is worth matching again.
  return segments.some((segment) => segment.topStart !== segment.start || !segment.literal) ? segments : undefined;
}

/** Each variable's one definition; a variable defined twice with different values is left unknown. */
function collectDefinitions(text: string, format: FileFormat): Map<string, Definition | undefined> {
  const definitions = new Map<string, Definition | undefined>();
  const pattern = definitionPatterns[format];
  if (!pattern) return definitions;
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const [whole, variable, rawValue] = match;
    if (!variable || rawValue === undefined) continue;
    let start = match.index + whole.length - rawValue.length;
    let end = start + rawValue.length;
    if (/^(["']).*\1$/.test(rawValue)) {
      start++;
      end--;
    }
    // A value computed when the file runs (`$(shell git describe)`, `$(git rev-parse HEAD)`, backquotes) is unknown:
    // its text is not what the variable holds.
    if (/\$\((?![A-Za-z_][A-Za-z0-9_]*\))|`/.test(text.slice(start, end))) {
      definitions.set(variable, undefined);
      continue;
    }
    const known = definitions.get(variable);
    if (definitions.has(variable) && (!known || text.slice(known.start, known.end) !== text.slice(start, end))) {
      definitions.set(variable, undefined);
    } else if (!definitions.has(variable)) {
      definitions.set(variable, { start, end });
    }
  }
  return definitions;
}

function expand(
  text: string,
  start: number,
  end: number,
  format: FileFormat,
  definitions: Map<string, Definition | undefined>,
  depth: number,
  origin: number,
  definedBy?: string,
): Segment[] {
  const segments: Segment[] = [];
  const source = text.slice(start, end);
  let last = 0;
  const literal = (from: number, to: number, at = start + from) => {
    if (to > from) {
      segments.push({
        text: source.slice(from, to),
        start: at,
        end: at + (to - from),
        literal: true,
        ...(definedBy ? { definedBy } : {}),
        origin,
        topStart: at,
        topEnd: at + (to - from),
      });
    }
  };
  for (const found of variableTokens(source, format)) {
    literal(last, found.start);
    last = found.end;
    const tokenStart = start + found.start;
    const tokenEnd = start + last;
    const variable = found.name;
    const definition = depth < maxDepth ? definitions.get(variable) : undefined;
    let value: Segment[] | undefined;
    if (definition) {
      value = expand(
        text,
        definition.start,
        definition.end,
        format,
        definitions,
        depth + 1,
        definition.start,
        variable,
      );
    } else if (found.default !== undefined) {
      // `${NAME:-default}` with no definition in the file: the default is what the file says.
      const defaultStart = tokenStart + found.default.start;
      const defaultEnd = defaultStart + found.default.text.length;
      value = [
        {
          text: found.default.text,
          start: defaultStart,
          end: defaultEnd,
          literal: true,
          origin,
          topStart: defaultStart,
          topEnd: defaultEnd,
        },
      ];
    }
    if (value) {
      for (const segment of value) segments.push({ ...segment, topStart: tokenStart, topEnd: tokenEnd });
    } else {
      segments.push({
        text: source.slice(found.start, found.end),
        start: tokenStart,
        end: tokenEnd,
        literal: false,
        expression: variable,
        ...(definedBy ? { definedBy } : {}),
        origin,
        topStart: tokenStart,
        topEnd: tokenEnd,
      });
    }
  }
  literal(last, source.length);
  return segments;
}

/** A variable use in a file's text: offsets in it, and the default written in the use (`${NAME:-default}`). */
interface VariableToken {
  start: number;
  end: number;
  name: string;
  default?: { text: string; start: number };
}

/**
 * The variable uses the file's tool expands: Make's `$(NAME)`, else the shell's parameter expansions as the workflow
 * model reads them (`$NAME`, `${NAME}`, `${NAME:-default}`). Other operators (`${NAME,,}`, `${NAME:+x}`) are left as
 * written; a command substitution still spells names in its words, so the variables inside it count.
 */
function variableTokens(source: string, format: FileFormat, offset = 0): VariableToken[] {
  if (format === "makefile") {
    return [...source.matchAll(new RegExp(makeToken.source, "g"))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      name: m[1] ?? "",
    }));
  }
  return findShellVariables(source).flatMap((token): VariableToken[] => {
    const start = offset + token.start;
    const end = offset + token.end;
    if (token.name === undefined) {
      const inner = /^(\$\(\(|\$\(|`)/.exec(source.slice(token.start))?.[0].length ?? 1;
      const close = inner === 3 ? 2 : 1;
      return variableTokens(source.slice(token.start + inner, token.end - close), format, start + inner);
    }
    if (token.operator.kind === "none") return [{ start, end, name: token.name }];
    if (token.operator.kind === "default") {
      return [{ start, end, name: token.name, default: { text: token.operator.text, start: token.operator.start } }];
    }
    return [];
  });
}
