/**
 * What `dockhand cleanup` and `dockhand cleanup validate` do once they run: the policy from flags or a file, the
 * plan, the deletions and the validation. Loaded only when one of them runs, so the CLI starts fast.
 */
import {
  applyPlan,
  type CleanupEnvironment,
  type CleanupPolicy,
  compileTagPattern,
  executionJson,
  executionLines,
  loadPolicyFile,
  openCleanupTarget,
  type PolicyEntry,
  parseDuration,
  planJson,
  planRows,
  planSummary,
  planTarget,
  referencesInUse,
  selectsAnything,
  untagLines,
  validateInventory,
  validationLines,
} from "../../cleanup/index.js";
import { type ExitCode, UsageError } from "../../errors.js";
import { createGitHubClient } from "../../github/client.js";
import type { ConditionalCache } from "../../github/conditional.js";
import { type GitHubCliOptions, resolveGitHubConnection } from "../../github/options.js";
import { getTokenFacts } from "../../github/token.js";
import { parseReference, repositoryName } from "../../reference/index.js";
import type { RegistryClient } from "../../registry/index.js";
import type { CommandContext } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { clientFromOptions, type RegistryCliOptions } from "../registry-options.js";

/** The parsed options of `dockhand cleanup` (and of `validate`, which shares the registry and GitHub ones). */
export interface CleanupOptions extends GitHubCliOptions, RegistryCliOptions {
  keepTagged?: string;
  keepUntagged?: string;
  untagged?: boolean;
  olderThan?: string;
  include?: string[];
  exclude?: string[];
  keepSemver?: string;
  keepUsedBy?: string;
  deleteGhostImages?: boolean;
  deletePartialImages?: boolean;
  deleteOrphanedImages?: boolean;
  untag?: boolean;
  /** Owner-wide: the owner whose container packages --packages selects. */
  owner?: string;
  packages?: string[];
  policy?: string;
  /** Also write the plan as a self-contained HTML page. */
  html?: string;
  apply?: boolean;
  concurrency?: string;
  json?: boolean;
}

export function count(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not ${text}`);
  return Number(text);
}

/** The policy the flags describe. */
export function policyFromFlags(options: CleanupOptions): CleanupPolicy {
  const keepTagged = count(options.keepTagged, "--keep-tagged");
  const keepUntagged = count(options.keepUntagged, "--keep-untagged");
  if (options.keepSemver !== undefined && !["major", "minor"].includes(options.keepSemver)) {
    throw new UsageError(`--keep-semver must be major or minor, not ${options.keepSemver}`);
  }
  for (const p of options.include ?? []) compileTagPattern(p, "--include");
  for (const p of options.exclude ?? []) compileTagPattern(p, "--exclude");
  return {
    ...(keepTagged !== undefined ? { keepTagged } : {}),
    ...(keepUntagged !== undefined ? { keepUntagged } : {}),
    ...(options.untagged ? { untagged: true } : {}),
    ...(options.olderThan !== undefined ? { olderThanMs: parseDuration(options.olderThan, "--older-than") } : {}),
    ...(options.include?.length ? { include: options.include } : {}),
    ...(options.exclude?.length ? { exclude: options.exclude } : {}),
    ...(options.keepSemver ? { keepSemver: options.keepSemver as "major" | "minor" } : {}),
    ...(options.untag ? { untag: true } : {}),
    ...(options.deleteGhostImages || options.deletePartialImages || options.deleteOrphanedImages
      ? {
          repair: {
            ...(options.deleteGhostImages ? { ghost: true } : {}),
            ...(options.deletePartialImages ? { partial: true } : {}),
            ...(options.deleteOrphanedImages ? { orphaned: true } : {}),
          },
        }
      : {}),
  };
}

/** The GitHub client when a token is available (needed only for GitHub's registries). */
export async function githubFor(
  options: CleanupOptions,
  context: CommandContext,
  conditionalCache?: ConditionalCache,
): Promise<CleanupEnvironment["github"]> {
  const connection = resolveGitHubConnection(options, context.env);
  if (!connection.token) return undefined;
  const client = createGitHubClient({
    apiUrl: connection.apiUrl,
    token: connection.token,
    onWait: (line) => context.io.err(`${line}\n`),
    ...(conditionalCache ? { conditionalCache } : {}),
  });
  const facts = await getTokenFacts(client, connection.token).catch(() => undefined);
  return {
    client,
    ...(facts?.login ? { login: facts.login } : {}),
    ...(facts?.scopes ? { scopes: facts.scopes } : {}),
  };
}

/** The registry client; a --token also authenticates to GitHub's registry. */
export async function registryFor(options: CleanupOptions, context: CommandContext): Promise<RegistryClient> {
  const env = options.token ? { ...context.env, GITHUB_TOKEN: options.token } : context.env;
  return clientFromOptions(options, env, context.io);
}

interface ImageOutcome {
  json: Record<string, unknown>;
  exit: ExitCode;
}

async function cleanOne(
  entry: PolicyEntry,
  options: CleanupOptions,
  context: CommandContext,
  environment: CleanupEnvironment,
): Promise<ImageOutcome> {
  const { io } = context;
  const policy = { ...entry.policy };
  const defaulted = !selectsAnything(policy);
  if (defaulted) policy.untagged = true;
  if (entry.keepUsedBy) {
    policy.keepUsed = await referencesInUse(entry.keepUsedBy, repositoryName(parseReference(entry.image)));
  }
  const target = await openCleanupTarget(entry.image, environment);
  const { plan, inventory } = await planTarget(target, policy, Date.now());
  if (options.html) {
    // The same plan as a self-contained page: the manifest graph with each image marked KEEP or DELETE.
    const [{ planDocument }, { writeFileAtomic }] = await Promise.all([
      import("../../explore/plan-page.js"),
      import("../../store/files.js"),
    ]);
    await writeFileAtomic(options.html, planDocument(inventory, plan, JSON.stringify(policy)));
  }
  const json: Record<string, unknown> = {
    image: entry.image,
    mode: target.mode,
    dry_run: !options.apply,
    plan: planJson(plan),
  };
  if (!options.json) {
    if (defaulted) io.out("no rule given: deleting untagged top-level images (--untagged)\n");
    if (plan.waves.length > 0) io.out(`${formatTable(planRows(plan)[0] as string[], planRows(plan).slice(1))}\n`);
    for (const line of untagLines(plan)) io.out(`${line}\n`);
    for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
    io.out(`${planSummary(plan)}\n`);
  }
  if (!plan.complete) {
    const names = plan.failures.map((f) => `${f.tags.join(", ") || f.digest}: ${f.reason}`);
    if (!options.json) {
      io.err(`not every manifest could be read, so nothing is deleted:\n${names.map((n) => `  ${n}\n`).join("")}`);
    }
    return { json, exit: 3 };
  }
  if (!options.apply) {
    if (!options.json && (plan.waves.length > 0 || plan.untags.length > 0)) {
      io.out("dry run: nothing deleted or untagged (pass --apply to do it)\n");
    }
    return { json, exit: 0 };
  }
  const concurrency = count(options.concurrency, "--concurrency") ?? 4;
  // Images already broken before the run (and not asked to be repaired) are reported, not blamed on the run.
  const brokenBefore = new Set(validateInventory(inventory).map(problemKey));
  const { result, problems } = await applyPlan(target, plan, { concurrency });
  const caused = problems.filter((problem) => !brokenBefore.has(problemKey(problem)));
  json.result = executionJson(result);
  json.validation = problems;
  json.validation_caused = caused;
  if (!options.json) {
    io.out(`${executionLines(result).join("\n")}\n`);
    io.out(problems.length === 0 ? "validate: no broken images\n" : `${validationLines(problems).join("\n")}\n`);
    if (problems.length > 0 && caused.length === 0) {
      io.out("validate: each of these was broken before this run (the --delete-*-images options repair them)\n");
    }
  }
  return { json, exit: result.refused.length > 0 ? 3 : caused.length > 0 ? 1 : 0 };
}

function problemKey(problem: { kind: string; digest?: string; tags?: string[] }): string {
  return `${problem.kind} ${problem.digest ?? problem.tags?.join(",") ?? ""}`;
}

/** Runs `dockhand cleanup [IMAGE]` and returns its exit code. */
export async function runCleanup(
  image: string | undefined,
  options: CleanupOptions,
  context: CommandContext,
): Promise<ExitCode> {
  if (options.owner !== undefined || options.packages !== undefined) {
    if (image || options.policy) throw new UsageError("--owner cleans many packages: give no image and no --policy");
    const { runOwnerCleanup } = await import("./cleanup-owner.js");
    return runOwnerCleanup(options, context);
  }
  let entries: PolicyEntry[];
  if (options.policy) {
    if (image) throw new UsageError("give an image or --policy, not both");
    entries = await loadPolicyFile(options.policy);
  } else {
    if (!image)
      throw new UsageError("name an image, or give --policy FILE", "dockhand cleanup ghcr.io/OWNER/NAME --untagged");
    entries = [
      {
        image,
        policy: policyFromFlags(options),
        ...(options.keepUsedBy ? { keepUsedBy: options.keepUsedBy } : {}),
      },
    ];
  }
  const registry = await registryFor(options, context);
  try {
    const github = await githubFor(options, context);
    const concurrency = count(options.concurrency, "--concurrency");
    const environment: CleanupEnvironment = {
      registry,
      env: context.env,
      ...(github ? { github } : {}),
      ...(concurrency ? { concurrency } : {}),
    };
    const outcomes: ImageOutcome[] = [];
    for (const entry of entries) outcomes.push(await cleanOne(entry, options, context, environment));
    if (options.json)
      printJson(
        context.io,
        entries.length === 1 && !options.policy ? outcomes[0]?.json : { images: outcomes.map((o) => o.json) },
      );
    return Math.max(0, ...outcomes.map((o) => o.exit)) as ExitCode;
  } finally {
    await registry.close();
  }
}

/** Runs `dockhand cleanup validate IMAGE` and returns its exit code. */
export async function runValidate(image: string, options: CleanupOptions, context: CommandContext): Promise<ExitCode> {
  const registry = await registryFor(options, context);
  try {
    const github = await githubFor(options, context);
    const target = await openCleanupTarget(image, { registry, env: context.env, ...(github ? { github } : {}) });
    const inventory = await target.read();
    const problems = validateInventory(inventory);
    if (options.json) {
      printJson(context.io, { image, versions: inventory.versions.length, problems });
    } else {
      context.io.out(
        problems.length === 0
          ? `${image}: ${inventory.versions.length} manifests, no broken images\n`
          : `${validationLines(problems).join("\n")}\n`,
      );
    }
    if (inventory.failures.length > 0) return 3;
    return problems.length > 0 ? 1 : 0;
  } finally {
    await registry.close();
  }
}
