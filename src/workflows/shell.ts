/**
 * Splits a `run:` script into simple commands and words, keeping each word's offset in the script,
 * so push and login commands can be recognised and located. Not a full shell parser: enough for
 * the command lines CI scripts use (continuations, quotes, `;`, `&&`, `||`, pipes, `${{ }}`).
 */
import { expressionEnd } from "./expressions.js";

/** A part of a word and how it was quoted. */
export interface WordSegment {
  text: string;
  quote: "none" | "single" | "double";
}

/** One shell word. */
export interface Word {
  /** The word as written, quotes included. */
  raw: string;
  /** Offset of the word's first character in the script. */
  start: number;
  segments: WordSegment[];
}

/** One simple command; `pipedFrom` is the command whose output feeds it. */
export interface ShellCommand {
  words: Word[];
  /** Leading `NAME=value` words, kept apart from the command words. */
  assignments: Word[];
  pipedFrom: ShellCommand | undefined;
  /** `<<< word`: the here-string fed to the command's stdin. */
  hereString: Word | undefined;
  /** Output and input redirections (`>> "$GITHUB_ENV"`), with their targets. */
  redirects: Array<{ op: string; target: Word | undefined }>;
}

/** The text of a word without quotes (no expansion). */
export function wordText(word: Word): string {
  return word.segments.map((s) => s.text).join("");
}

const PREFIX_WORDS = new Set([
  "sudo",
  "time",
  "exec",
  "command",
  "then",
  "do",
  "else",
  "if",
  "while",
  "until",
  "!",
  "{",
]);

/** Splits a script into commands. */
export function parseScript(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  let piped: ShellCommand | undefined;
  let pendingPipe = false;

  const finish = (op: "end" | "pipe") => {
    const cmd = buildCommand(words, pendingPipe ? piped : undefined);
    words = [];
    if (cmd) commands.push(cmd);
    pendingPipe = op === "pipe" && cmd !== undefined;
    piped = pendingPipe ? cmd : undefined;
  };

  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script.charAt(i);
    if (c === "\\" && script.charAt(i + 1) === "\n") {
      i += 2;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\n" || c === ";") {
      finish("end");
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && script.charAt(i) !== "\n") i++;
      continue;
    }
    if (c === "|" || c === "&") {
      const two = script.slice(i, i + 2);
      if (two === "||" || two === "&&") {
        finish("end");
        i += 2;
      } else {
        finish(c === "|" ? "pipe" : "end");
        i += c === "|" && script.charAt(i + 1) === "&" ? 2 : 1;
      }
      continue;
    }
    const [word, next] = readWord(script, i);
    words.push(word);
    i = next;
  }
  finish("end");
  return commands;
}

function buildCommand(words: Word[], pipedFrom: ShellCommand | undefined): ShellCommand | undefined {
  const assignments: Word[] = [];
  let k = 0;
  while (k < words.length) {
    const w = words[k] as Word;
    const text = wordText(w);
    if (PREFIX_WORDS.has(text)) k++;
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.raw)) {
      assignments.push(w);
      k++;
    } else break;
  }
  const rest = words.slice(k);
  let hereString: Word | undefined;
  const redirects: ShellCommand["redirects"] = [];
  const kept: Word[] = [];
  for (let j = 0; j < rest.length; j++) {
    const w = rest[j] as Word;
    const joined = /^(\d?(?:>>?|<))(\S.*)$/.exec(w.raw);
    if (w.raw === "<<<") {
      hereString = rest[j + 1];
      j++;
    } else if (/^\d?>&\d$/.test(w.raw)) {
      // `2>&1` moves a stream; nothing to record.
    } else if (/^\d?(>>?|<)$/.test(w.raw)) {
      redirects.push({ op: w.raw, target: rest[j + 1] });
      j++;
    } else if (joined) {
      redirects.push({
        op: joined[1] ?? ">",
        target: { ...w, raw: joined[2] ?? "", segments: [{ text: joined[2] ?? "", quote: "none" }] },
      });
    } else kept.push(w);
  }
  if (kept.length === 0 && assignments.length === 0) return undefined;
  return { words: kept, assignments, pipedFrom, hereString, redirects };
}

/** Reads one word starting at `start`; `${{ … }}` is kept whole even though it holds spaces. */
function readWord(script: string, start: number): [Word, number] {
  const segments: WordSegment[] = [];
  let i = start;
  let current = "";
  const push = (quote: WordSegment["quote"]) => {
    if (current !== "" || quote !== "none") segments.push({ text: current, quote });
    current = "";
  };
  if (script.startsWith("<<<", i)) return [{ raw: "<<<", start, segments: [{ text: "<<<", quote: "none" }] }, i + 3];
  while (i < script.length) {
    const c = script.charAt(i);
    if (script.startsWith("${{", i)) {
      const end = expressionEnd(script, i);
      const stop = end < 0 ? script.length : end;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === "\\" && script.charAt(i + 1) === "\n") break;
    if (c === "&" && current.endsWith(">")) {
      // `2>&1`: the `&` belongs to the redirection.
      current += c;
      i++;
      continue;
    }
    if (/[\s;|&]/.test(c)) break;
    if (c === "<" && script.startsWith("<<<", i) && i > start) break;
    if (c === "'") {
      push("none");
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      current = script.slice(i + 1, stop);
      push("single");
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      push("none");
      let j = i + 1;
      while (j < script.length && script.charAt(j) !== '"') {
        if (script.startsWith("${{", j)) {
          const end = expressionEnd(script, j);
          j = end < 0 ? script.length : end;
          continue;
        }
        if (script.charAt(j) === "\\") j++;
        j++;
      }
      current = script.slice(i + 1, j).replace(/\\(["\\$`])/g, "$1");
      push("double");
      i = j + 1;
      continue;
    }
    if (c === "$" && script.charAt(i + 1) === "(") {
      // Keep a command substitution in one word, whatever it contains.
      let depth = 0;
      let j = i + 1;
      for (; j < script.length; j++) {
        if (script.charAt(j) === "(") depth++;
        else if (script.charAt(j) === ")" && --depth === 0) break;
      }
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "\\" && i + 1 < script.length) {
      current += script.charAt(i + 1);
      i += 2;
      continue;
    }
    current += c;
    i++;
  }
  push("none");
  return [{ raw: script.slice(start, i), start, segments }, i];
}

/** What a parameter expansion does to its variable's value, as far as the model applies it. */
export type ShellOperator =
  | { kind: "none" }
  | { kind: "lower" }
  | { kind: "upper" }
  /** `${VAR:-text}`, `${VAR-text}`, `${VAR:=text}`: `text` when the variable is unset; `start` is its offset in the token. */
  | { kind: "default"; text: string; start: number }
  | { kind: "other"; text: string };

/** A `$VAR`, `${VAR…}` or a command substitution (`$(…)`, backquotes: no `name`) in a text. */
export interface ShellVariable {
  start: number;
  end: number;
  name: string | undefined;
  operator: ShellOperator;
}

const shellVariable =
  /\$\(\([^)]*\)\)|\$\([^)]*\)|`[^`]*`|\$\{([A-Za-z_][A-Za-z0-9_]*)([^}\n]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Finds the variables and command substitutions in a text, with their offsets (no quoting rules applied). */
export function findShellVariables(text: string): ShellVariable[] {
  const found: ShellVariable[] = [];
  for (const m of text.matchAll(shellVariable)) {
    const name = m[1] ?? m[3];
    found.push({ start: m.index, end: m.index + m[0].length, name, operator: shellOperator(name, m[2] ?? "") });
  }
  return found;
}

function shellOperator(name: string | undefined, op: string): ShellOperator {
  if (op === "") return { kind: "none" };
  // Bash 5.1 added the `@L` / `@U` transformations beside `,,` / `^^`.
  if (op === ",," || op === "@L") return { kind: "lower" };
  if (op === "^^" || op === "@U") return { kind: "upper" };
  const fallback = /^:?[-=]/.exec(op);
  if (fallback)
    return { kind: "default", text: op.slice(fallback[0].length), start: 2 + (name?.length ?? 0) + fallback[0].length };
  return { kind: "other", text: op };
}
