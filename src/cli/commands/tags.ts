/**
 * `dockhand tags`: plans the tags to publish — docker/metadata-action's tags, version and latest decision, plus
 * per-arch tags, the merge plan and deployment tags — from the CI environment or from flags.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { UsageError } from "../../errors.js";
import { type ContextFacts, factsFromEnv, resolveContext, sourceDateEpoch } from "../../publish/context.js";
import type { TagPlan } from "../../publish/plan.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { formatTable, printJson } from "../output.js";

interface TagsOptions {
  images?: string[];
  tags?: string[];
  flavor?: string[];
  labels?: string[];
  annotations?: string[];
  arch?: string[];
  extra?: string[];
  event?: string;
  ref?: string;
  sha?: string;
  defaultBranch?: string;
  pr?: string;
  baseRef?: string;
  env: boolean;
  githubOutput?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const examples = `
Inputs use docker/metadata-action's syntax; each of --images, --tags, --flavor, --labels, --annotations
repeats, and a value holding several lines is split into one entry per line (lines starting with # are
comments). Fields of one entry are separated by commas; quote a field that holds commas.

Tag entries (highest priority first; the first entry that yields a value decides "latest"):
  type=schedule[,pattern=nightly]               on schedule events; {{date 'YYYYMMDD'}} allowed
  type=semver,pattern={{version}}               tag v1.2.3 -> 1.2.3; also {{major}}.{{minor}}, {{raw}}
  type=pep440,pattern={{version}}               Python versions (1.0dev4 -> 1.0.dev4)
  type=match,pattern=v(.*),group=1              a regex on the git tag (or value=)
  type=edge[,branch=main]                       "edge" on the default (or given) branch
  type=ref,event=branch|tag|pr                  branch name, tag name, pr-<number>
  type=raw,value=stable[,enable={{is_default_branch}}]
  type=sha[,format=long]                        sha-<short sha>
  attributes for all: enable=, priority=, prefix=, suffix=
  expressions: {{branch}} {{tag}} {{sha}} {{base_ref}} {{is_default_branch}} {{is_not_default_branch}}
               {{date 'YYYYMMDD' tz='UTC'}} {{commit_date 'YYYYMMDD-HHmmss'}}

Flavor: latest=auto|true|false, prefix=..., suffix=...[,onlatest=true]

Beyond metadata-action: --arch amd64,arm64 plans <tag>-<arch> for each build leg and the merge of each tag
from its per-arch tags; --extra templates add deployment tags ({{arch}}, {{platform}}, {{version}} and the
expressions above); every tag is checked against [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.

Context: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and the payload at GITHUB_EVENT_PATH (default branch,
pull request, repository for labels); flags override them. SOURCE_DATE_EPOCH fixes {{date}} and the created
label so the plan is reproducible.

Examples:
  $ dockhand tags --images ghcr.io/owner/app --event push --ref refs/heads/main --default-branch main \\
      --tags 'type=ref,event=branch' --tags 'type=raw,value=latest,enable={{is_default_branch}}'
  $ dockhand tags --images ghcr.io/owner/app --ref refs/tags/v1.0.0 \\
      --tags $'type=semver,pattern={{version}}\\ntype=semver,pattern={{major}}.{{minor}}' \\
      --arch amd64,arm64 --extra 'hf-{{arch}}-{{version}}'
  $ dockhand tags --images ghcr.io/owner/app --event pull_request --pr 15 --json
  $ dockhand tags --images ghcr.io/owner/app --tags 'type=sha' --github-output   # in a workflow step

Exit codes: 0 planned, 1 a planned tag is invalid, 2 bad input or flags.`;

/** Registers `dockhand tags`. */
export const register: RegisterCommand = (program, context) => {
  program
    .command("tags")
    .description("Plan image tags as docker/metadata-action does, plus per-arch, merge and deployment tags")
    .option("--images <lines>", "images to tag (repeatable; name=…,enable=… form allowed)", collect)
    .option("--tags <lines>", "tag entries such as type=semver,pattern={{version}} (repeatable)", collect)
    .option("--flavor <lines>", "flavor entries such as latest=false or suffix=-amd64,onlatest=true", collect)
    .option("--labels <lines>", "extra labels key=value (repeatable)", collect)
    .option("--annotations <lines>", "extra annotations key=value (repeatable)", collect)
    .option("--arch <list>", "architectures for per-arch tags and the merge plan: amd64,arm64", collect)
    .option("--extra <template>", "deployment tag template, e.g. 'hf-{{arch}}-{{version}}' (repeatable)", collect)
    .option("--event <name>", "event name (overrides GITHUB_EVENT_NAME)")
    .option("--ref <ref>", "git ref such as refs/heads/main or refs/tags/v1.0.0 (overrides GITHUB_REF)")
    .option("--sha <sha>", "commit sha (overrides GITHUB_SHA)")
    .option("--default-branch <name>", "the repository's default branch")
    .option("--pr <number>", "pull request number (gives refs/pull/<number>/merge when no ref is set)")
    .option("--base-ref <branch>", "base branch for {{base_ref}}")
    .option("--no-env", "ignore the CI environment; use flags only")
    .option("--github-output", "also write outputs to the file named by $GITHUB_OUTPUT")
    .option("--json", "print { version, tags, labels, annotations, plan } as JSON")
    .addHelpText("after", examples)
    .action(async (opts: TagsOptions) => {
      await context.run(opts.json, () => runTags(opts, context));
    });
};

function contextFacts(opts: TagsOptions, env: NodeJS.ProcessEnv): ContextFacts {
  const facts: ContextFacts = opts.env ? factsFromEnv(env, (path) => readFileSync(path, "utf8")) : {};
  // SOURCE_DATE_EPOCH is a build setting rather than CI context, so it applies with --no-env too.
  const epoch = sourceDateEpoch(env);
  if (epoch) facts.date = epoch;
  if (opts.event !== undefined) facts.eventName = opts.event;
  if (opts.ref !== undefined) facts.ref = opts.ref;
  if (opts.sha !== undefined) facts.sha = opts.sha;
  if (opts.defaultBranch !== undefined) facts.defaultBranch = opts.defaultBranch;
  if (opts.baseRef !== undefined) {
    facts.baseRef = opts.baseRef;
    facts.prBaseRef = opts.baseRef;
  }
  if (opts.pr !== undefined) {
    if (!/^\d+$/.test(opts.pr)) throw new UsageError(`--pr must be a pull request number, got "${opts.pr}"`);
    facts.prNumber = Number(opts.pr);
    if (opts.ref === undefined) facts.ref = `refs/pull/${opts.pr}/merge`;
    if (facts.eventName === undefined) facts.eventName = "pull_request";
  }
  return facts;
}

async function runTags(opts: TagsOptions, context: CommandContext): Promise<0> {
  // The planner (and semver with it) loads only when the command runs, so the CLI starts fast.
  const { planTags } = await import("../../publish/plan.js");
  const { formatGithubOutput, planOutputs } = await import("../../publish/github-output.js");
  const env = context.env;
  const tagContext = resolveContext(contextFacts(opts, env));
  const levels = (env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? "")
    .split(",")
    .map((level) => level.trim())
    .filter((level) => level !== "");
  const plan = planTags(
    {
      images: opts.images,
      tags: opts.tags,
      flavor: opts.flavor,
      labels: opts.labels,
      annotations: opts.annotations,
      archs: opts.arch,
      extras: opts.extra,
      annotationLevels: levels,
    },
    tagContext,
  );
  const document = {
    version: { main: plan.version.main ?? null, partial: plan.version.partial, latest: plan.version.latest },
    tags: plan.tags,
    labels: plan.labels,
    annotations: plan.annotations,
    plan: plan.plan,
  };
  if (opts.githubOutput) {
    const file = env.GITHUB_OUTPUT;
    if (!file)
      throw new UsageError(
        "--github-output needs $GITHUB_OUTPUT to name a file",
        "GitHub Actions sets it in every step",
      );
    appendFileSync(file, formatGithubOutput(planOutputs(plan, document), `ghadelimiter_${randomUUID()}`));
  }
  for (const warning of plan.warnings) context.io.err(`warning: ${warning}\n`);
  if (opts.json) {
    printJson(context.io, document);
  } else {
    context.io.out(renderPlan(plan));
  }
  return 0;
}

/** The human-readable plan: version line, then one row per tag with its kind, arch and sources. */
function renderPlan(plan: TagPlan): string {
  const { main, partial, latest } = plan.version;
  const lines = [
    `version: ${main ?? "(none)"}${partial.length > 0 ? `  partial: ${partial.join(", ")}` : ""}  latest: ${latest ? "yes" : "no"}`,
    "",
  ];
  const rows: string[][] = [];
  const merged = new Map(plan.plan.merges.map((step) => [step.target, step.sources]));
  const latestName = latest ? plan.tagNames.at(-1) : undefined;
  const isLatest = (tag: string) => latestName !== undefined && (tag === latestName || tag.endsWith(`:${latestName}`));
  for (const tag of plan.tags) {
    rows.push([tag, isLatest(tag) ? "latest" : "version", "", merged.get(tag)?.join(" ") ?? ""]);
  }
  for (const leg of plan.plan.legs) {
    for (const tag of leg.tags) {
      rows.push([tag, plan.plan.deployment.includes(tag) ? "deployment" : "arch", leg.arch, ""]);
    }
  }
  for (const tag of plan.plan.deployment) {
    if (!plan.plan.legs.some((leg) => leg.tags.includes(tag))) {
      rows.push([tag, "deployment", "", merged.get(tag)?.join(" ") ?? ""]);
    }
  }
  lines.push(rows.length > 0 ? formatTable(["TAG", "KIND", "ARCH", "MERGED FROM"], rows) : "no tags planned");
  const labels = Object.entries(plan.labels);
  if (labels.length > 0) {
    lines.push("", "labels:", ...labels.map(([key, value]) => `  ${key}=${value}`));
  }
  return `${lines.join("\n")}\n`;
}
