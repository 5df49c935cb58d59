/**
 * Reading a job log: the GHCR refusals it contains (the error-text table of the cause catalogue), the image and tag
 * each refusal names, the pushes that went through, the "GITHUB_TOKEN Permissions" block, and line timestamps.
 */
import { FORBIDS_CLASSIC, GHCR_TEXT, ghcrTextPattern } from "../github/ghcr-refusals.js";

/** The kinds of failure a log line can show, one per row of the catalogue's error table. */
export type LogErrorKind =
  | "installation-create"
  | "installation-write"
  | "installation-read"
  | "write-package"
  | "read-package"
  | "create-package"
  | "installation-missing"
  | "scopes"
  | "classic-pat-forbidden"
  | "secondary-rate-limit"
  | "too-many-requests"
  | "unauthenticated"
  | "auth-required"
  | "oauth-denied"
  | "lowercase"
  | "login-missing"
  | "forbidden"
  | "too-large"
  | "access-denied"
  | "name-unknown"
  | "invalid-reference"
  | "refused";

/** For each kind of failure, the rule ids that can explain it, most likely first. */
export const CANDIDATES: Record<LogErrorKind, string[]> = {
  "installation-create": [
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run",
    "org-package-creation-policy",
    "app-installation-token",
  ],
  "installation-write": [
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run",
    "app-installation-token",
  ],
  "installation-read": ["package-no-actions-access", "package-not-linked", "fork-pull-request"],
  "write-package": [
    "new-package-race",
    "package-no-actions-access",
    "package-not-linked",
    "package-other-repository",
    "package-deleted",
    "repository-recreated",
    "pat-missing-scope",
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run",
  ],
  "read-package": [
    "new-package-race",
    "package-no-actions-access",
    "package-not-linked",
    "package-other-repository",
    "package-deleted",
    "cross-owner-cache-scope",
  ],
  "create-package": ["pat-missing-scope", "wrong-namespace", "org-package-creation-policy"],
  "installation-missing": ["wrong-namespace", "cross-owner-cache-scope", "fork-pull-request"],
  scopes: ["pat-missing-scope", "fine-grained-pat"],
  "classic-pat-forbidden": ["pat-forbidden-or-sso"],
  "secondary-rate-limit": ["rate-limited"],
  "too-many-requests": ["rate-limited"],
  unauthenticated: ["token-expired"],
  "auth-required": ["not-logged-in", "wrong-namespace", "ghes-host"],
  "oauth-denied": ["cross-owner-cache-scope", "rate-limited"],
  lowercase: ["uppercase-image-name"],
  "login-missing": ["not-logged-in", "fork-pull-request", "dependabot-run"],
  forbidden: [
    "new-package-race",
    "package-no-actions-access",
    "workflow-missing-packages-write",
    "fork-pull-request",
    "cross-owner-cache-scope",
    "layer-too-large",
  ],
  "too-large": ["layer-too-large"],
  // Docker Hub's and containers/image's words for "not logged in there, or no such repository of yours".
  "access-denied": [
    "registry-mismatch",
    "not-logged-in",
    "wrong-namespace",
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "uppercase-image-name",
  ],
  "name-unknown": ["wrong-namespace", "registry-mismatch", "package-deleted"],
  "invalid-reference": ["uppercase-image-name"],
  // Any other refusal: only the catch-all explains it until a rule names it.
  refused: [],
};

/** The rule that speaks for a refusal no other rule explains: it is a candidate for every kind. */
export const UNEXPLAINED = "unexplained-refusal";

/** Texts that identify each kind; the first match in a line wins, so specific texts come first. */
const PATTERNS: Array<[LogErrorKind, RegExp]> = [
  ["secondary-rate-limit", /secondary rate limit|Error from intermediary/i],
  ["too-many-requests", /toomanyrequests|429 Too Many Requests/i],
  ["classic-pat-forbidden", ghcrTextPattern(FORBIDS_CLASSIC)],
  ["installation-create", ghcrTextPattern(GHCR_TEXT.createOrg)],
  ["installation-write", ghcrTextPattern(GHCR_TEXT.writeOrg)],
  ["installation-read", ghcrTextPattern(GHCR_TEXT.readOrg)],
  ["installation-missing", ghcrTextPattern(GHCR_TEXT.noInstallation)],
  ["scopes", ghcrTextPattern(GHCR_TEXT.scopes)],
  ["unauthenticated", ghcrTextPattern(GHCR_TEXT.unauthenticated)],
  ["write-package", ghcrTextPattern(GHCR_TEXT.writePackage)],
  ["read-package", ghcrTextPattern(GHCR_TEXT.readPackage)],
  ["create-package", ghcrTextPattern(GHCR_TEXT.createPackage)],
  ["lowercase", /repository name must be lowercase|repository can only contain the characters|must be lowercase/i],
  ["access-denied", /requested access to the resource is denied|insufficient_scope/i],
  ["name-unknown", /\bname unknown\b|NAME_UNKNOWN|repository name not known/i],
  ["invalid-reference", /invalid reference format/i],
  ["login-missing", /Username and password required|Username required|Password required/],
  ["oauth-denied", /failed to fetch oauth token/i],
  [
    "auth-required",
    /unauthorized: authentication required|v2\/"?: denied: denied|\b401 Unauthorized\b|\bUNAUTHORIZED:|\bUnauthorized for\s|status code 401\b|authentication required/i,
  ],
  ["too-large", /413 Request Entity Too Large|failed commit on ref "layer-/i],
  ["forbidden", /\b403 \(?Forbidden\)?|status code 403\b|\bDENIED:/i],
  // Last: any other line that reports a refusal (podman, crane, oras, helm, ko, jib, goreleaser word it their way).
  [
    "refused",
    /^(?=.*\b(?:error|failed|fatal|unable|cannot|could not)\b)(?=.*\b(?:denied|unauthori[sz]ed|forbidden)\b)/i,
  ],
];

/** A refusal found in a log. */
export interface LogError {
  kind: LogErrorKind;
  /** 1-based line in its log. */
  line: number;
  job: string | undefined;
  /** The line without its timestamp. */
  text: string;
  /** `host/owner/name` the line names, lower-cased as written. */
  image: string | undefined;
  tag: string | undefined;
  time: string | undefined;
}

/** A push the log shows as done. */
export interface LogPush {
  line: number;
  job: string | undefined;
  image: string;
  tag: string | undefined;
  time: string | undefined;
}

/** What a set of job logs says. */
export interface LogFacts {
  errors: LogError[];
  pushes: LogPush[];
  /** `Packages: read` from the "GITHUB_TOKEN Permissions" block of "Set up job". */
  tokenPermissions: { packages: string; line: number; job: string | undefined } | undefined;
  /** Names of the jobs read (from --run), or none for a single --log. */
  jobs: Array<{ name: string; conclusion: string | null | undefined }>;
}

/** One job's log to read. */
export interface LogSource {
  text: string;
  job?: string;
  conclusion?: string | null;
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\s?/;
const REFERENCE =
  /((?:[a-z0-9-]+\.)+[a-z0-9-]+(?::\d+)?|localhost(?::\d+)?|\d+\.\d+\.\d+\.\d+:\d+)\/([A-Za-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?=[:@\s"'),]|$)/;
const V2_PATH = /(?:https?:\/\/)?([a-z0-9.-]+(?::\d+)?)\/v2\/([a-z0-9._/-]+?)\/(?:blobs|manifests|tags)\//;

/** The image a line names: after "push"/"pushing"/"naming to", else a /v2/ URL, else the first reference. */
function imageIn(text: string): { image: string; tag: string | undefined } | undefined {
  const after =
    /(?:failed to push|pushing(?: manifest for)?|naming to|push(?:ing)? to|importing cache manifest from)\s+(\S+)/i.exec(
      text,
    );
  const v2 = V2_PATH.exec(text);
  const candidates = [after?.[1], v2 ? undefined : text];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const m = REFERENCE.exec(candidate);
    if (m?.[1] && m[2] && !m[1].startsWith("docs.")) {
      return { image: `${m[1]}/${m[2]}`.replace(/\/+$/, ""), tag: m[3] };
    }
  }
  if (v2?.[1] && v2[2]) return { image: `${v2[1]}/${v2[2]}`, tag: undefined };
  return undefined;
}

const DONE_PUSH =
  /(?:pushing (?:manifest for )?|naming to )(\S+).*\bdone\b|^(\S+): digest: sha256:[0-9a-f]{64} size: \d+/;

/** Reads job logs. */
export function parseLogs(sources: LogSource[]): LogFacts {
  const facts: LogFacts = { errors: [], pushes: [], tokenPermissions: undefined, jobs: [] };
  for (const source of sources) {
    if (source.job !== undefined) facts.jobs.push({ name: source.job, conclusion: source.conclusion });
    let inPermissions = false;
    const lines = source.text.split(/\r?\n/);
    lines.forEach((raw, index) => {
      const stamp = TIMESTAMP.exec(raw);
      const text = (stamp ? raw.slice(stamp[0].length) : raw).trim();
      const time = stamp?.[1];
      const line = index + 1;
      if (/GITHUB_TOKEN Permissions/.test(text)) {
        inPermissions = true;
        return;
      }
      if (inPermissions) {
        const scope = /^(?:##\[group\])?\s*([A-Za-z-]+):\s*(read|write|none)\s*$/i.exec(text);
        if (scope?.[1] && scope[2]) {
          if (scope[1].toLowerCase() === "packages") {
            facts.tokenPermissions = { packages: scope[2].toLowerCase(), line, job: source.job };
          }
          return;
        }
        inPermissions = false;
      }
      const kind = PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
      if (kind) {
        const named = imageIn(text);
        facts.errors.push({
          kind,
          line,
          job: source.job,
          text,
          image: named?.image,
          tag: named?.tag,
          time,
        });
        return;
      }
      const done = DONE_PUSH.exec(text);
      const ref = done?.[1] ?? done?.[2];
      if (ref) {
        const named = imageIn(ref);
        if (named) facts.pushes.push({ line, job: source.job, image: named.image, tag: named.tag, time });
      }
    });
  }
  return facts;
}

/**
 * The refusal that most likely ended the run: the last specific one (a bare 403, or a line that only says
 * "denied" in its own words, only when nothing else).
 */
export function primaryError(facts: LogFacts): LogError | undefined {
  const specific = facts.errors.filter((e) => e.kind !== "forbidden" && e.kind !== "refused");
  return specific.at(-1) ?? facts.errors.filter((e) => e.kind !== "refused").at(-1) ?? facts.errors.at(-1);
}

/** True for a tag that names one architecture (`main-amd64`, `arm64-v1.0.0`, `linux-arm64`). */
export function isPerArchTag(tag: string | undefined): boolean {
  return (
    tag !== undefined &&
    /(^|[-_.])(amd64|arm64|armv7|armv6|arm|386|ppc64le|s390x|riscv64|x86_64|aarch64)([-_.]|$)/i.test(tag)
  );
}
