/**
 * `dockhand cleanup IMAGE`: retention that never breaks a multi-arch image. Plans over the manifest graph (a dry
 * run by default: what would go and why), deletes with --apply through GitHub's Packages API (ghcr.io) or the
 * Distribution API (any other registry), then validates. `--policy FILE` cleans many images;
 * `dockhand cleanup validate IMAGE` finds broken images.
 */
import type { Command } from "commander";
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
  validateInventory,
  validationLines,
} from "../../cleanup/index.js";
import { type ExitCode, UsageError } from "../../errors.js";
import { createGitHubClient } from "../../github/client.js";
import { addGitHubOptions, type GitHubCliOptions, resolveGitHubConnection } from "../../github/options.js";
import { getTokenFacts } from "../../github/token.js";
import { parseReference, repositoryName } from "../../reference/index.js";
import type { RegistryClient } from "../../registry/index.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { addRegistryOptions, clientFromOptions, type RegistryCliOptions } from "../registry-options.js";

interface CleanupOptions extends GitHubCliOptions, RegistryCliOptions {
  keepTagged?: string;
  keepUntagged?: string;
  untagged?: boolean;
  olderThan?: string;
  include?: string[];
  exclude?: string[];
  keepSemver?: string;
  keepUsedBy?: string;
  policy?: string;
  apply?: boolean;
  concurrency?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function count(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not ${text}`);
  return Number(text);
}

/** The policy the flags describe. */
function policyFromFlags(options: CleanupOptions): CleanupPolicy {
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
  };
}

/** The GitHub client when a token is available (needed only for GitHub's registries). */
async function githubFor(options: CleanupOptions, context: CommandContext): Promise<CleanupEnvironment["github"]> {
  const connection = resolveGitHubConnection(options, context.env);
  if (!connection.token) return undefined;
  const client = createGitHubClient({
    apiUrl: connection.apiUrl,
    token: connection.token,
    onWait: (line) => context.io.err(`${line}\n`),
  });
  const facts = await getTokenFacts(client, connection.token).catch(() => undefined);
  return {
    client,
    ...(facts?.login ? { login: facts.login } : {}),
    ...(facts?.scopes ? { scopes: facts.scopes } : {}),
  };
}

/** The registry client; a --token also authenticates to GitHub's registry. */
function registryFor(options: CleanupOptions, context: CommandContext): RegistryClient {
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
  const { plan } = await planTarget(target, policy, Date.now());
  const json: Record<string, unknown> = {
    image: entry.image,
    mode: target.mode,
    dry_run: !options.apply,
    plan: planJson(plan),
  };
  if (!options.json) {
    if (defaulted) io.out("no rule given: deleting untagged top-level images (--untagged)\n");
    if (plan.waves.length > 0) io.out(`${formatTable(planRows(plan)[0] as string[], planRows(plan).slice(1))}\n`);
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
    if (!options.json && plan.waves.length > 0) io.out("dry run: nothing deleted (pass --apply to delete)\n");
    return { json, exit: 0 };
  }
  const concurrency = count(options.concurrency, "--concurrency") ?? 4;
  const { result, problems } = await applyPlan(target, plan, { concurrency });
  json.result = executionJson(result);
  json.validation = problems;
  if (!options.json) {
    io.out(`${executionLines(result).join("\n")}\n`);
    io.out(problems.length === 0 ? "validate: no broken images\n" : `${validationLines(problems).join("\n")}\n`);
  }
  return { json, exit: result.refused.length > 0 ? 3 : problems.length > 0 ? 1 : 0 };
}

const cleanupHelp = `
Top-level images are tagged images, and untagged manifests that are neither an index entry nor a signature or
referrer of a manifest still there. Rules select them; everything a kept image reaches (platform manifests, attestations, signatures, referrers) stays; what a
deleted image carries goes with it. Tagged images are selected by --include (every tag must match) or, without
it, by --keep-tagged. With no rule at all, untagged top-level images are selected. Ages come from GitHub's
created_at, or the org.opencontainers.image.created annotation on other registries (unknown ages never delete).
If any manifest cannot be read, nothing is deleted.

Patterns: globs (pr-*, v1.?) match the whole tag; /regex/flags match anywhere in it.

Policy file (--policy FILE), one entry per image:
  images:
    - image: ghcr.io/acme/app
      keep-tagged: 10
      include: ["pr-*"]
      exclude: [latest]
      untagged: true
      older-than: 30d
      keep-semver: major
      keep-used-by: ./deploy   # relative to the policy file

Examples:
  $ dockhand cleanup ghcr.io/acme/app --untagged                       # dry run: what would go and why
  $ dockhand cleanup ghcr.io/acme/app --include 'pr-*' --older-than 14d --apply
  $ dockhand cleanup ghcr.io/acme/app --keep-tagged 20 --keep-semver major --keep-used-by . --json
  $ dockhand cleanup --policy cleanup.yml --apply
  $ dockhand cleanup validate ghcr.io/acme/app

Exit codes: 0 planned or applied, 1 broken images after --apply, 2 usage, 3 a manifest could not be read
(nothing deleted) or a deletion was refused.`;

const validateHelp = `
Finds broken images: an index whose entries are gone (ghost or partial), a tag pointing at no manifest, a
signature or referrer whose subject is gone, manifests that cannot be read.

Examples:
  $ dockhand cleanup validate ghcr.io/acme/app
  $ dockhand cleanup validate 127.0.0.1:5000/app --json

Exit codes: 0 nothing broken, 1 broken images found, 2 usage, 3 registry or GitHub unreachable.`;

/** Registers `dockhand cleanup` and `dockhand cleanup validate`. */
export const register: RegisterCommand = (program, context) => {
  const withShared = (command: Command) =>
    addRegistryOptions(addGitHubOptions(command))
      .option("--concurrency <n>", "manifest fetches and deletions in flight (default 8 and 4)")
      .option("--json", "print one JSON document");

  const cleanup = withShared(
    program
      .command("cleanup")
      .description("Delete old image versions by policy without breaking multi-arch images (dry run by default)")
      .argument("[image]", "repository: ghcr.io/OWNER/NAME or HOST/NAME"),
  )
    .option("--keep-tagged <n>", "keep the N newest selected tagged images")
    .option("--keep-untagged <n>", "keep the N newest untagged images, delete the rest")
    .option("--untagged", "delete untagged top-level images")
    .option("--older-than <duration>", "only delete images older than this (30d, 12h, 2w)")
    .option("--include <pattern>", "select tagged images whose every tag matches (repeatable)", collect)
    .option("--exclude <pattern>", "keep images with a tag matching (repeatable)", collect)
    .option("--keep-semver <major|minor>", "keep the newest release of every major or minor version")
    .option("--keep-used-by <path>", "keep tags and digests referenced in this folder or file")
    .option("--policy <file>", "YAML policy file for many images")
    .option("--apply", "delete (default: dry run)")
    .addHelpText("after", cleanupHelp)
    .action(async (image: string | undefined, options: CleanupOptions) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        let entries: PolicyEntry[];
        if (options.policy) {
          if (image) throw new UsageError("give an image or --policy, not both");
          entries = await loadPolicyFile(options.policy);
        } else {
          if (!image)
            throw new UsageError(
              "name an image, or give --policy FILE",
              "dockhand cleanup ghcr.io/OWNER/NAME --untagged",
            );
          entries = [
            {
              image,
              policy: policyFromFlags(options),
              ...(options.keepUsedBy ? { keepUsedBy: options.keepUsedBy } : {}),
            },
          ];
        }
        const registry = registryFor(options, context);
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
      });
    });

  withShared(
    cleanup
      .command("validate")
      .description("Find broken images: missing index entries, tags pointing nowhere, orphan signatures")
      .argument("<image>", "repository: ghcr.io/OWNER/NAME or HOST/NAME"),
  )
    .addHelpText("after", validateHelp)
    .action(async (image: string, _options: CleanupOptions, command: Command) => {
      // Options the parent also defines (--json, --token, --resolve) land on whichever command they follow.
      const options = command.optsWithGlobals<CleanupOptions>();
      await context.run(options.json, async (): Promise<ExitCode> => {
        const registry = registryFor(options, context);
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
      });
    });
};
