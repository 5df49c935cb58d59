import { dockerHubDomain, legacyDockerHubDomain } from "../reference/index.js";
import { type EventRun, eventRuns, type Guard, stepGuards } from "./guards.js";
import { type ResolvedValue, resolveSegments, resolveText, type Scope } from "./resolve.js";
import { assignmentBindings, stepScope } from "./scope.js";
import { parseScript, type ShellCommand, type Word, wordText } from "./shell.js";
import type { AnalysisContext, Job, SourceSpan, Workflow } from "./types.js";
import { spanInScalar } from "./yaml-source.js";

/**
 * Where a login's password comes from, by the context paths it reads (`secrets.GITHUB_TOKEN`,
 * `steps.app.outputs.token`, `env.CR_PAT`). The text itself is never kept, so a password written in
 * the file cannot leak: it is only reported as `literal`.
 */
export type PasswordSource =
  | { kind: "github-token"; reference: string }
  | { kind: "secret"; name: string; reference: string }
  | { kind: "app-token"; stepId: string; action: string | undefined; reference: string }
  | { kind: "literal" }
  | { kind: "missing" }
  | { kind: "other"; references: string[] };

/** The tools a login can be done with. */
export type LoginKind =
  | "login-action"
  | "docker-login"
  | "podman-login"
  | "buildah-login"
  | "skopeo-login"
  | "oras-login"
  | "crane-login"
  | "helm-login";

/** A registry login in a workflow step. */
export interface LoginStep {
  kind: LoginKind;
  file: string;
  jobId: string;
  stepIndex: number;
  stepId: string | undefined;
  /** The step. */
  stepSpan: SourceSpan;
  /** The action's `uses:` or the login command. */
  span: SourceSpan;
  /** Registry host, normalised (`docker.io` when none is given); `undefined` when it cannot be resolved. */
  registry: string | undefined;
  registryValue: ResolvedValue | undefined;
  username: ResolvedValue | undefined;
  password: PasswordSource;
  /** How the password is handed over. */
  passwordVia: "input" | "flag" | "stdin" | undefined;
  guards: Guard[];
  events: EventRun[];
}

/** Normalises a registry host as logins write it (`https://ghcr.io/`, `index.docker.io/v1/`). */
export function normalizeRegistry(host: string): string {
  const h = host
    .trim()
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/\/.*$/, "")
    .toLowerCase();
  return h === legacyDockerHubDomain || h === "registry-1.docker.io" || h === "registry.hub.docker.com"
    ? dockerHubDomain
    : h;
}

const APP_TOKEN_ACTIONS = /(^|\/)(create-github-app-token|github-app-token)(@|$)/;

/** Classifies a password from its resolved references; the value itself is never kept. */
export function classifyPassword(
  text: string | undefined,
  resolved: ResolvedValue | undefined,
  job: Job,
): PasswordSource {
  if (text === undefined || text.trim() === "") return { kind: "missing" };
  const paths = (resolved?.sources ?? []).flatMap((s) =>
    s.kind === "context" ? [s.path] : s.kind === "runner-env" ? [`env.${s.name}`] : [],
  );
  const token = paths.find((p) => ["secrets.github_token", "github.token"].includes(p.toLowerCase()));
  if (token) return { kind: "github-token", reference: token };
  for (const path of paths) {
    const m = /^steps\.([^.]+)\.outputs\./.exec(path);
    if (!m?.[1]) continue;
    const producer = job.steps.find((s) => s.id === m[1]);
    if (producer?.uses && APP_TOKEN_ACTIONS.test(producer.uses.value)) {
      return { kind: "app-token", stepId: m[1], action: producer.uses.value, reference: path };
    }
  }
  const secret = paths.find((p) => p.toLowerCase().startsWith("secrets."));
  if (secret) return { kind: "secret", name: secret.slice("secrets.".length), reference: secret };
  const envNames = (resolved?.sources ?? []).flatMap((s) => (s.kind === "env" ? [`env.${s.name}`] : []));
  const written = resolved && resolved.sources.length === 0 && !text.includes("$");
  const fromLiteralEnv = resolved?.value !== undefined && paths.length === 0 && envNames.length > 0;
  if (written || fromLiteralEnv) return { kind: "literal" };
  return { kind: "other", references: [...paths, ...envNames] };
}

/** Finds the registry logins of every job of a workflow. */
export function findLoginSteps(workflow: Workflow, context: AnalysisContext = {}): LoginStep[] {
  const out: LoginStep[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      // Logins rarely depend on the matrix; matrix values stay unknown here.
      const scope = stepScope(workflow, job, step, context, undefined);
      const base = (): Omit<
        LoginStep,
        "kind" | "span" | "registry" | "registryValue" | "username" | "password" | "passwordVia"
      > => {
        const guards = stepGuards(job, step);
        return {
          file: workflow.file,
          jobId: job.id,
          stepIndex: step.index,
          stepId: step.id,
          stepSpan: step.span,
          guards,
          events: eventRuns(workflow, guards, scope, context),
        };
      };
      if (step.uses && /^docker\/login-action(@|$)/.test(step.uses.value)) {
        const registryText = step.with.registry;
        const registryValue = registryText ? resolveText(registryText.value, scope) : undefined;
        const password = step.with.password;
        out.push({
          ...base(),
          kind: "login-action",
          span: step.uses.span,
          registry: registryValue
            ? registryValue.value === undefined
              ? undefined
              : normalizeRegistry(registryValue.value)
            : dockerHubDomain,
          registryValue,
          username: step.with.username ? resolveText(step.with.username.value, scope) : undefined,
          password: password?.redacted
            ? { kind: "literal" }
            : classifyPassword(password?.value, password ? resolveText(password.value, scope) : undefined, job),
          passwordVia: password ? "input" : undefined,
        });
      }
      if (step.run) {
        const run = step.run;
        const shellScope: Scope = { ...scope, bindings: [...scope.bindings] };
        for (const cmd of parseScript(run.value)) {
          const locate = (word: Word) => spanInScalar(run, word.start, word.raw.length);
          shellScope.bindings.push(...assignmentBindings(cmd, locate));
          const login = detectLoginCommand(cmd);
          if (!login) continue;
          const resolve = (w: Word | undefined) => (w ? resolveSegments(w.segments, shellScope) : undefined);
          const registryValue = resolve(login.registry);
          const passwordText = login.password ? login.password.map((w) => w.raw).join(" ") : undefined;
          const passwordResolved = login.password
            ? joinValues(login.password.map((w) => resolveSegments(w.segments, shellScope)))
            : undefined;
          out.push({
            ...base(),
            kind: login.kind,
            span: locate(cmd.words[0] as Word),
            registry: login.registry
              ? registryValue?.value === undefined
                ? undefined
                : normalizeRegistry(registryValue.value)
              : login.kind === "docker-login"
                ? dockerHubDomain
                : undefined,
            registryValue,
            username: resolve(login.username),
            password: classifyPassword(passwordText, passwordResolved, job),
            passwordVia: login.via,
          });
        }
      }
    }
  }
  return out;
}

function joinValues(values: ResolvedValue[]): ResolvedValue {
  const pieces = values.flatMap((v, i) => (i === 0 ? v.pieces : [{ text: " ", known: true }, ...v.pieces]));
  const known = pieces.every((p) => p.known);
  return {
    text: values.map((v) => v.text).join(" "),
    value: known ? pieces.map((p) => p.text).join("") : undefined,
    pattern: pieces.map((p) => p.text).join(""),
    pieces,
    sources: values.flatMap((v) => v.sources),
    unknownFunctions: values.flatMap((v) => v.unknownFunctions),
  };
}

interface LoginCommand {
  kind: LoginKind;
  registry: Word | undefined;
  username: Word | undefined;
  password: Word[] | undefined;
  via: LoginStep["passwordVia"];
}

const LOGIN_TOOLS: Record<string, LoginKind> = {
  docker: "docker-login",
  podman: "podman-login",
  buildah: "buildah-login",
  skopeo: "skopeo-login",
  oras: "oras-login",
};

/** Recognises `docker login` and its relatives, and where the password comes from. */
function detectLoginCommand(cmd: ShellCommand): LoginCommand | undefined {
  const texts = cmd.words.map(wordText);
  const tool = (texts[0] ?? "").replace(/^.*\//, "");
  let kind: LoginKind | undefined;
  let rest: Word[] = [];
  if (LOGIN_TOOLS[tool] && texts[1] === "login") {
    kind = LOGIN_TOOLS[tool];
    rest = cmd.words.slice(2);
  } else if (tool === "crane" && texts[1] === "auth" && texts[2] === "login") {
    kind = "crane-login";
    rest = cmd.words.slice(3);
  } else if (tool === "helm" && texts[1] === "registry" && texts[2] === "login") {
    kind = "helm-login";
    rest = cmd.words.slice(3);
  }
  if (!kind) return undefined;
  let registry: Word | undefined;
  let username: Word | undefined;
  let password: Word[] | undefined;
  let via: LoginStep["passwordVia"];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as Word;
    const text = wordText(word);
    const eq = /^(--username|--password|-u|-p)=(.*)$/.exec(text);
    if (text === "-u" || text === "--username") {
      username = rest[++i];
    } else if (text === "-p" || text === "--password") {
      const next = rest[++i];
      password = next ? [next] : undefined;
      via = "flag";
    } else if (eq) {
      const sub: Word = { ...word, segments: [{ text: eq[2] ?? "", quote: "none" }] };
      if (eq[1]?.includes("u")) username = sub;
      else {
        password = [sub];
        via = "flag";
      }
    } else if (text === "--password-stdin") {
      via = "stdin";
      password = stdinWords(cmd);
    } else if (!text.startsWith("-") && registry === undefined) {
      registry = word;
    }
  }
  return { kind, registry, username, password, via };
}

/** The words fed to stdin: `echo X |`, `printf '%s' X |`, or `<<< X`. */
function stdinWords(cmd: ShellCommand): Word[] | undefined {
  if (cmd.hereString) return [cmd.hereString];
  const feeder = cmd.pipedFrom;
  if (!feeder) return undefined;
  const name = feeder.words[0] ? wordText(feeder.words[0]) : "";
  const args = feeder.words.slice(1).filter((w) => !wordText(w).startsWith("-"));
  if (name === "echo") return args;
  if (name === "printf") return args.slice(1);
  return feeder.words;
}
