/**
 * The GitHub Actions runner's interface, as a JavaScript action sees it: inputs in `INPUT_<NAME>` variables (upper
 * case, spaces as underscores), outputs and the job summary appended to the files `$GITHUB_OUTPUT` and
 * `$GITHUB_STEP_SUMMARY` name, annotations as `::error …::` workflow commands on stdout
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { formatGithubOutput } from "../publish/github-output.js";

/** What an action reads from and writes to the runner. */
export interface Runner {
  env: NodeJS.ProcessEnv;
  /** An input's value, trimmed; "" when not given. */
  input(name: string): string;
  /** Sets step outputs. */
  outputs(values: Record<string, string>): void;
  /** Appends Markdown to the job summary. */
  summary(markdown: string): void;
  /** An `::error` annotation. */
  error(message: string, where?: { title?: string }): void;
  log(line: string): void;
}

/** Escapes a workflow command's data (`%`, CR, LF), as the runner's toolkit does. */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a workflow command's property value (also `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** The runner of the current process. */
export function processRunner(
  env: NodeJS.ProcessEnv = process.env,
  write = (text: string) => process.stdout.write(text),
): Runner {
  const file = (name: "GITHUB_OUTPUT" | "GITHUB_STEP_SUMMARY") => {
    const path = env[name];
    if (!path) throw new Error(`$${name} is not set: run this inside GitHub Actions (or set it to a file)`);
    return path;
  };
  return {
    env,
    input: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    outputs: (values) =>
      appendFileSync(file("GITHUB_OUTPUT"), formatGithubOutput(values, `ghadelimiter_${randomUUID()}`)),
    summary: (markdown) => appendFileSync(file("GITHUB_STEP_SUMMARY"), `${markdown}\n`),
    error: (message, where = {}) =>
      write(`::error${where.title ? ` title=${escapeProperty(where.title)}` : ""}::${escapeData(message)}\n`),
    log: (line) => write(`${line}\n`),
  };
}
