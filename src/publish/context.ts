/**
 * The CI facts a tag plan depends on: event, ref, commit, default branch, pull request, dates, repository. They
 * come from GitHub Actions' environment and event payload (`GITHUB_EVENT_NAME`, `GITHUB_REF`, `GITHUB_SHA`,
 * `GITHUB_EVENT_PATH`) or from flags; `resolveContext` then applies metadata-action's adjustments.
 */
import { DockhandError } from "../errors.js";

/** Repository facts used for OCI labels (from the event payload's `repository`). */
export interface RepositoryFacts {
  name?: string;
  description?: string;
  htmlUrl?: string;
  /** SPDX id of the licence, e.g. `MIT`. */
  license?: string;
}

/** Raw facts, before metadata-action's adjustments. Every field is optional. */
export interface ContextFacts {
  eventName?: string;
  ref?: string;
  sha?: string;
  defaultBranch?: string;
  /** `base_ref` of a push payload (the branch a pushed tag was on, when GitHub knows it). */
  baseRef?: string;
  prNumber?: number;
  /** Base branch of the pull request. */
  prBaseRef?: string;
  /** Head commit of the pull request. */
  prHeadSha?: string;
  /** Use the pull request's head commit instead of the merge commit (`DOCKER_METADATA_PR_HEAD_SHA=true`). */
  usePrHeadSha?: boolean;
  /** The time `{{date}}` and the `created` label use. */
  date?: Date;
  /** The commit's time, for `{{commit_date}}`; defaults to `date`. */
  commitDate?: Date;
  /** Length of `{{sha}}` and `type=sha` short form (`DOCKER_METADATA_SHORT_SHA_LENGTH`, default 7). */
  shortShaLength?: number;
  repository?: RepositoryFacts;
}

/** The context a tag plan is computed in. */
export interface TagContext {
  eventName: string;
  ref: string;
  sha: string;
  defaultBranch: string;
  baseRef: string;
  prNumber: number | undefined;
  prBaseRef: string;
  date: Date;
  commitDate: Date;
  shortShaLength: number;
  repository: RepositoryFacts;
}

/** Short sha length when nothing says otherwise. */
export const defaultShortShaLength = 7;

/**
 * Applies metadata-action's context rules: `pull_request_target` runs on the base branch's ref, so the ref is
 * rewritten to the pull request's `refs/pull/N/merge`; a pull request number without a ref gives that ref too;
 * with `usePrHeadSha` a pull request event uses the head commit.
 */
export function resolveContext(facts: ContextFacts, now: Date = new Date()): TagContext {
  const eventName = facts.eventName ?? "";
  let ref = facts.ref ?? "";
  let sha = facts.sha ?? "";
  if (facts.prNumber !== undefined && (/pull_request_target/.test(eventName) || ref === "")) {
    ref = `refs/pull/${facts.prNumber}/merge`;
  }
  if (facts.usePrHeadSha && /pull_request/.test(eventName) && facts.prHeadSha) sha = facts.prHeadSha;
  const date = facts.date ?? now;
  return {
    eventName,
    ref,
    sha,
    defaultBranch: facts.defaultBranch ?? "",
    baseRef: facts.baseRef ?? "",
    prNumber: facts.prNumber,
    prBaseRef: facts.prBaseRef ?? "",
    date,
    commitDate: facts.commitDate ?? date,
    shortShaLength: facts.shortShaLength ?? defaultShortShaLength,
    repository: facts.repository ?? {},
  };
}

/** The parts of a GitHub event payload the planner reads. */
export interface EventPayload {
  number?: number;
  base_ref?: string | null;
  repository?: {
    name?: string;
    description?: string | null;
    html_url?: string;
    default_branch?: string;
    license?: { spdx_id?: string | null } | null;
  };
  pull_request?: { number?: number; base?: { ref?: string }; head?: { sha?: string } };
  commits?: Array<{ id?: string; timestamp?: string }>;
  head_commit?: { id?: string; timestamp?: string } | null;
}

/** Facts from an event payload: default branch, repository, pull request, base ref, commit time for `sha`. */
export function factsFromPayload(payload: EventPayload, sha: string | undefined): ContextFacts {
  const facts: ContextFacts = {};
  const repo = payload.repository;
  if (repo) {
    if (repo.default_branch) facts.defaultBranch = repo.default_branch;
    facts.repository = {
      ...(repo.name ? { name: repo.name } : {}),
      ...(repo.description ? { description: repo.description } : {}),
      ...(repo.html_url ? { htmlUrl: repo.html_url } : {}),
      ...(repo.license?.spdx_id ? { license: repo.license.spdx_id } : {}),
    };
  }
  if (typeof payload.base_ref === "string") facts.baseRef = payload.base_ref.replace(/^refs\/heads\//, "");
  const prNumber = payload.pull_request?.number ?? payload.number;
  if (prNumber !== undefined) facts.prNumber = prNumber;
  if (payload.pull_request?.base?.ref) facts.prBaseRef = payload.pull_request.base.ref;
  if (payload.pull_request?.head?.sha) facts.prHeadSha = payload.pull_request.head.sha;
  const stamp =
    payload.commits?.find((c) => c.id === sha)?.timestamp ??
    (payload.head_commit && payload.head_commit.id === sha ? payload.head_commit.timestamp : undefined);
  if (stamp) facts.commitDate = new Date(stamp);
  return facts;
}

/**
 * Reads the facts from a GitHub Actions environment. `readText` reads the event payload file (I/O stays with the
 * caller). `SOURCE_DATE_EPOCH` fixes the date so that the same inputs give the same plan.
 */
export function factsFromEnv(env: NodeJS.ProcessEnv, readText: (path: string) => string): ContextFacts {
  const facts: ContextFacts = {};
  if (env.GITHUB_EVENT_NAME) facts.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_REF) facts.ref = env.GITHUB_REF;
  if (env.GITHUB_SHA) facts.sha = env.GITHUB_SHA;
  const epoch = sourceDateEpoch(env);
  if (epoch) facts.date = epoch;
  if (/true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? "")) facts.usePrHeadSha = true;
  if (env.DOCKER_METADATA_SHORT_SHA_LENGTH) {
    const length = Number(env.DOCKER_METADATA_SHORT_SHA_LENGTH);
    if (!Number.isInteger(length) || length < 1) {
      throw new DockhandError(
        "TAGS_CONTEXT",
        `DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${env.DOCKER_METADATA_SHORT_SHA_LENGTH}`,
        { exit: 2 },
      );
    }
    facts.shortShaLength = length;
  }
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    let payload: EventPayload;
    try {
      payload = JSON.parse(readText(path)) as EventPayload;
    } catch (error) {
      throw new DockhandError("TAGS_CONTEXT", `Cannot read the event payload at GITHUB_EVENT_PATH=${path}`, {
        exit: 2,
        hint: "GITHUB_EVENT_PATH must name a JSON file (GitHub Actions sets it); unset it to plan from flags only",
        cause: error,
      });
    }
    Object.assign(facts, factsFromPayload(payload, facts.sha));
  }
  return facts;
}

/** `SOURCE_DATE_EPOCH` (seconds since 1970) as a date, or undefined when unset. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === "") return undefined;
  if (!/^\d+$/.test(raw.trim())) {
    throw new DockhandError("TAGS_CONTEXT", `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${raw}"`, {
      exit: 2,
    });
  }
  return new Date(Number(raw.trim()) * 1000);
}
