/**
 * The doctor's data: the evidence gathered from the repository, a job log and the live GitHub API and registry,
 * and the findings rules make of it. Rules are pure functions from {@link DoctorEvidence} to findings.
 */
import type { GitHubPackage } from "../github/packages.js";
import type { TokenKind } from "../github/token.js";
import type { EffectiveLevel, LoginStep, PushStep, Workflow, WorkflowSet } from "../workflows/index.js";
import type { LogFacts } from "./log.js";

/** How much a finding stops a push. */
export type Severity = "blocking" | "warning" | "info";

/** Where a piece of evidence was seen. */
export type EvidenceWhere =
  | { kind: "file"; file: string; line: number; column?: number }
  | { kind: "api"; call: string; field: string; value: string }
  | { kind: "log"; line: number; job?: string }
  | { kind: "probe"; request: string; result: string };

/** One observation supporting a finding. */
export interface Evidence {
  where: EvidenceWhere;
  text: string;
}

/** One exact text change of a file: replace `[start, end)` (0-based offsets of the file as read) with `text`. */
export interface TextChange {
  file: string;
  start: number;
  end: number;
  text: string;
  /** 1-based line of the change, for the report. */
  line: number;
}

/** What to do about a finding. */
export type Fix =
  | { kind: "edit"; summary: string; changes: TextChange[] }
  | {
      kind: "api";
      summary: string;
      action: "restore-package" | "set-default-workflow-permissions" | "rerun-failed-jobs";
      /** The REST call, for people who prefer `gh api`. */
      call: string;
      params: Record<string, string | number>;
    }
  | { kind: "ui"; summary: string; url: string; steps: string[] };

/** A diagnosed cause. */
export interface Finding {
  /** Stable id of the cause family (see RULE_IDS). */
  id: string;
  title: string;
  severity: Severity;
  /** 0–1: how likely this is the cause, given all the evidence. */
  confidence: number;
  /** Why: the cause in a sentence or two. */
  why: string;
  evidence: Evidence[];
  fix: Fix;
  /** Other ways out, when there is more than one. */
  otherFixes?: Fix[];
}

/** A push step with what the rules need next to it. */
export interface PushFacts {
  step: PushStep;
  /** The job's effective `packages` permission for a run of the repository itself. */
  packages: EffectiveLevel;
  /** What decided it: a `permissions:` block, the calling job, or the repository default. */
  permissionOrigin: "declared" | "caller" | "repository-default";
  /** The image repositories (`host/owner/name`) the step writes on GitHub's registries. */
  githubImages: string[];
}

/** The repository's workflows as the static rules read them. */
export interface StaticFacts {
  set: WorkflowSet;
  workflows: Workflow[];
  /** Workflow file texts by path, for planning edits. */
  texts: Record<string, string>;
  pushes: PushFacts[];
  logins: LoginStep[];
}

/** The package as the API shows it. */
export type PackageFacts =
  | { status: "found"; owner: string; ownerType: "user" | "org"; name: string; data: GitHubPackage }
  | { status: "missing"; owner: string; ownerType: "user" | "org"; name: string };

/** The result of the registry write probe. */
export interface ProbeFacts {
  request: string;
  status: number;
  /** The registry's refusal text (`denied: permission_denied: write_package`), or `accepted`. */
  text: string;
}

/** A run of the workflow, as far as it matters here. */
export interface RunFacts {
  id: number;
  event: string;
  actor: string | undefined;
  createdAt: string;
  conclusion: string | null;
  headRepository: string | undefined;
  /** The workflow file (`.github/workflows/x.yml`). */
  path: string | undefined;
}

/** What the live checks found. Every field is absent when its check did not run. */
export interface LiveFacts {
  apiUrl?: string;
  token?: {
    kind: TokenKind;
    login: string | undefined;
    scopes: string[] | undefined;
    expiresAt: string | undefined;
    /** GitHub refused the token itself (401). */
    rejected?: string;
    /** An organisation refused it (403 with the classic-PAT or SSO text). */
    forbidden?: string;
  };
  repository?: { fullName: string; id: number; createdAt: string; visibility: string | undefined; ownerType: string };
  defaultPermissions?: "read" | "write";
  package?: PackageFacts;
  /** Deleted versions of the package (when it exists). */
  deletedVersions?: Array<{ id: number; tags: string[]; deletedAt: string | undefined }>;
  probe?: ProbeFacts;
  run?: RunFacts;
  /** Successful runs of the repository's workflows (of the failed run's workflow when known), newest first. */
  successfulRuns?: Array<{ id: number; createdAt: string; path: string | undefined }>;
}

/** Everything the rules read. */
export interface DoctorEvidence {
  /** `OWNER/NAME` of the repository the workflow runs in, if known. */
  repository: string | undefined;
  /** The image being diagnosed (`ghcr.io/owner/name`), if known. */
  image: string | undefined;
  /** The registry host of the GitHub instance the repository lives on (ghcr.io unless GHES). */
  registryHost: string;
  /** Every registry host that counts as GitHub's. */
  githubHosts: string[];
  /** The REST API base URL. */
  apiUrl: string;
  static: StaticFacts | undefined;
  log: LogFacts | undefined;
  live: LiveFacts;
  /** Current time (ISO), for the restore window and token expiry. */
  now: string;
}

/** A rule: evidence in, findings out. Pure. */
export interface Rule {
  id: string;
  /** One sentence for the README and `--help`. */
  summary: string;
  /** Needs only the repository (part of `workflow check`). */
  static: boolean;
  /** Runs after the other rules and is handed their findings (the catch-all for refusals none explains). */
  after?: boolean;
  check(evidence: DoctorEvidence, earlier?: readonly Finding[]): Finding[];
}

/** One check done or not done, for the report. */
export interface CheckNote {
  check: string;
  detail: string;
}
