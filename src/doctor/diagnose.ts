/**
 * The doctor end to end: find the repository and the image, gather static, log and live evidence, run the rules
 * and rank their findings. Also the static-only pass `workflow check` uses.
 */
import { githubRegistryHosts, registryHostForApi } from "../github/hosts.js";
import { originRepository } from "../project/index.js";
import type { RegistryClientOptions } from "../registry/index.js";
import { gatherLive } from "./live.js";
import { type LogFacts, type LogSource, parseLogs, primaryError } from "./log.js";
import { diagnose } from "./rank.js";
import { RULES } from "./rules/index.js";
import { gatherStatic } from "./static.js";
import type { CheckNote, DoctorEvidence, Finding, LiveFacts, StaticFacts } from "./types.js";

/** Input of {@link runDoctor}. */
export interface DoctorOptions {
  repoDir: string;
  /** The image to diagnose (`ghcr.io/owner/name[:tag]`); else the log's, else the workflows' first. */
  image?: string;
  /** `OWNER/NAME`; else GITHUB_REPOSITORY, else the checkout's origin remote. */
  repository?: string;
  /** Logs given with --log. */
  logs?: LogSource[];
  /** `latest` or a run id, read through the API. */
  run?: string;
  apiUrl: string;
  token?: string;
  registry?: RegistryClientOptions;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** Skip the registry write probe. */
  noProbe?: boolean;
}

/** What the doctor found: the `--json` shape. */
export interface DoctorReport {
  image: string | undefined;
  repository: string | undefined;
  checked: CheckNote[];
  skipped: CheckNote[];
  findings: Finding[];
}

/**
 * The registry of the GitHub instance behind `apiUrl`. A loopback API (the emulator) or a `--resolve` entry for
 * ghcr.io means ghcr.io stands for that instance's registry.
 */
function instanceRegistry(apiUrl: string, registry: RegistryClientOptions | undefined, env: NodeJS.ProcessEnv): string {
  const resolved = Object.keys(registry?.resolve ?? {}).map((h) => h.toLowerCase());
  if (resolved.includes("ghcr.io") || /(^|,)\s*ghcr\.io=/i.test(env.DOCKHAND_RESOLVE ?? "")) return "ghcr.io";
  try {
    const host = new URL(apiUrl).hostname;
    if (host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.")) return "ghcr.io";
  } catch {
    // not a URL: the default below
  }
  return registryHostForApi(apiUrl);
}

function normaliseImage(image: string, defaultHost: string): string {
  const name = image.replace(/@.*$/, "").replace(/:[\w][\w.-]{0,127}$/, "");
  const first = name.split("/")[0] ?? "";
  const hasHost = name.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  return (hasHost ? name : `${defaultHost}/${name}`).toLowerCase();
}

function split(image: string | undefined): { host: string; owner: string; name: string } | undefined {
  if (!image) return undefined;
  const [host, owner, ...rest] = image.split("/");
  return host && owner && rest.length > 0 ? { host, owner, name: rest.join("/") } : undefined;
}

async function staticPass(
  repoDir: string,
  repository: string | undefined,
  hosts: string[],
  defaultPermissions: "read" | "write" | undefined,
  checked: CheckNote[],
  skipped: CheckNote[],
): Promise<StaticFacts> {
  const facts = await gatherStatic(repoDir, { repository, defaultPermissions, githubHosts: hosts });
  if (facts.workflows.length === 0)
    skipped.push({ check: "workflows", detail: `no .github/workflows/*.yml in ${repoDir}` });
  else {
    checked.push({
      check: "workflows",
      detail: `${facts.workflows.length} workflow(s), ${facts.pushes.filter((p) => p.githubImages.length > 0).length} push step(s) to GitHub's registry`,
    });
  }
  for (const error of facts.set.errors) {
    skipped.push({ check: `workflow ${error.file}`, detail: `line ${error.line}: ${error.message}` });
  }
  return facts;
}

/** Runs every rule on everything that can be gathered. */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const env = options.env ?? process.env;
  const checked: CheckNote[] = [];
  const skipped: CheckNote[] = [];
  const repository =
    options.repository ?? env.GITHUB_REPOSITORY ?? (await originRepository(options.repoDir).catch(() => undefined));
  if (!repository) skipped.push({ check: "repository", detail: "unknown: pass --github-repo OWNER/NAME" });
  const registryHost = instanceRegistry(options.apiUrl, options.registry, env);
  const hosts = [...new Set([...githubRegistryHosts(env), registryHost])];
  let staticFacts = await staticPass(options.repoDir, repository, hosts, undefined, checked, skipped);

  const givenLogs = options.logs ?? [];
  let log: LogFacts | undefined = givenLogs.length > 0 ? parseLogs(givenLogs) : undefined;
  const fromLog = log ? primaryError(log)?.image : undefined;
  const fromWorkflows = staticFacts.pushes.flatMap((p) => p.githubImages).find((i) => !i.includes("${"));
  const imageText = options.image ?? fromLog ?? fromWorkflows;
  const image = imageText ? normaliseImage(imageText, registryHost) : undefined;

  const liveResult = await gatherLive({
    apiUrl: options.apiUrl,
    token: options.token,
    repository,
    image: split(image),
    run: options.run,
    registry: { ...(options.registry ?? {}), env },
    ...(options.noProbe ? { noProbe: true } : {}),
  });
  checked.push(...liveResult.checked);
  skipped.push(...liveResult.skipped);
  const live: LiveFacts = liveResult.live;
  if (givenLogs.length + liveResult.logs.length > 0) {
    log = parseLogs([...givenLogs, ...liveResult.logs]);
    const error = primaryError(log);
    checked.push({ check: "log", detail: error ? `failure: ${error.text}` : "no registry refusal found in the log" });
  } else {
    skipped.push({ check: "log", detail: "no log (pass --log FILE, or --run ID|latest with a token)" });
  }
  if (live.defaultPermissions) {
    staticFacts = await gatherStatic(options.repoDir, {
      repository,
      defaultPermissions: live.defaultPermissions,
      githubHosts: hosts,
    });
  }
  const evidence: DoctorEvidence = {
    repository,
    image,
    registryHost,
    githubHosts: hosts,
    apiUrl: options.apiUrl,
    static: staticFacts,
    log,
    live,
    now: (options.now ?? new Date()).toISOString(),
  };
  return { image, repository, checked, skipped, findings: diagnose(RULES, evidence) };
}

/** The static rules only: the repository's workflows, no network. For `dockhand workflow check`. */
export async function runStaticChecks(
  repoDir: string,
  options: { repository?: string; env?: NodeJS.ProcessEnv; apiUrl?: string } = {},
): Promise<DoctorReport> {
  const env = options.env ?? process.env;
  const checked: CheckNote[] = [];
  const skipped: CheckNote[] = [];
  const repository =
    options.repository ?? env.GITHUB_REPOSITORY ?? (await originRepository(repoDir).catch(() => undefined));
  const apiUrl = options.apiUrl ?? env.GITHUB_API_URL ?? "https://api.github.com";
  const registryHost = instanceRegistry(apiUrl, undefined, env);
  const hosts = [...new Set([...githubRegistryHosts(env), registryHost])];
  const staticFacts = await staticPass(repoDir, repository, hosts, undefined, checked, skipped);
  skipped.push({ check: "live checks", detail: "static check only (no log, API or registry)" });
  const evidence: DoctorEvidence = {
    repository,
    image: undefined,
    registryHost,
    githubHosts: hosts,
    apiUrl,
    static: staticFacts,
    log: undefined,
    live: {},
    now: new Date().toISOString(),
  };
  const rules = RULES.filter((r) => r.static);
  return { image: undefined, repository, checked, skipped, findings: diagnose(rules, evidence) };
}
