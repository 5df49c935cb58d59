/**
 * `unexplained-refusal`: the catch-all that keeps the doctor from ever saying "no problem found" while the log shows
 * a registry refusing. It runs after every other rule and speaks for each refusal none of them explains, quoting
 * the line and naming what to check next, and the one check that would decide.
 */
import { CANDIDATES, type LogError, type LogErrorKind, UNEXPLAINED } from "../log.js";
import type { DoctorEvidence, Finding, Rule } from "../types.js";
import { logEvidence, ownerIsOrg, packageSettingsUrl, splitImage } from "./common.js";

/** What a refusal is about, by its kind: the credentials, their permission, or the name. */
type Family = "auth" | "permission" | "name" | "limit";

const FAMILY: Record<LogErrorKind, Family> = {
  "installation-create": "permission",
  "installation-write": "permission",
  "installation-read": "permission",
  "write-package": "permission",
  "read-package": "permission",
  "create-package": "permission",
  "installation-missing": "auth",
  scopes: "permission",
  "classic-pat-forbidden": "permission",
  "secondary-rate-limit": "limit",
  "too-many-requests": "limit",
  unauthenticated: "auth",
  "auth-required": "auth",
  "oauth-denied": "auth",
  lowercase: "name",
  "login-missing": "auth",
  forbidden: "permission",
  "too-large": "limit",
  "access-denied": "permission",
  "name-unknown": "name",
  "invalid-reference": "name",
  refused: "permission",
};

function nextSteps(family: Family, host: string, github: boolean, hasToken: boolean): string[] {
  const decide = hasToken
    ? []
    : [
        github
          ? "Run `dockhand doctor --token <a PAT that can read the package>` to read the package's settings and the token's permissions: that decides between the causes above"
          : `Run the push locally after \`docker login ${host}\` with the same credentials to see whether they are refused`,
      ];
  switch (family) {
    case "auth":
      return [
        `Check that the failing job logs in to ${host} before it pushes (the same host the image names)`,
        "Check that the password secret is set and not empty for this event (forks and Dependabot get no secrets)",
        "Check that the token has not expired or been revoked",
        ...decide,
      ];
    case "name":
      return [
        "Check the image name as the log prints it: lower-case only, and the right registry and owner",
        "If the name is built in a script, print it in the step before the push",
        ...decide,
      ];
    case "limit":
      return ["Retry the job later; if it repeats, push fewer layers at once or authenticate for a higher limit"];
    default:
      return github
        ? [
            "Check that the workflow grants `packages: write` to the pushing job (or that the PAT has write:packages)",
            "Check the package's settings: Manage Actions access must list this repository with the Write role",
            "Check the organisation's package-creation policy if the package does not exist yet",
            ...decide,
          ]
        : [
            `Check that the account the job logs in with may push to this repository on ${host}`,
            `Check that the repository exists on ${host} under the name the log prints (some registries need it created first)`,
            ...decide,
          ];
  }
}

const TITLES: Record<Family, string> = {
  auth: "The registry refused the credentials (or got none)",
  permission: "The registry refused the push and no rule explains why",
  name: "The registry refused the image name",
  limit: "The registry or GitHub limited the push",
};

function findingFor(error: LogError, evidence: DoctorEvidence): Finding {
  const family = FAMILY[error.kind];
  const split = error.image ? splitImage(error.image) : undefined;
  const host = split?.host ?? error.image?.split("/")[0] ?? evidence.registryHost;
  const github = evidence.githubHosts.includes(host);
  const hasToken = evidence.live.token !== undefined;
  const url =
    github && split
      ? packageSettingsUrl(evidence, split.owner, split.name, ownerIsOrg(evidence))
      : "https://distribution.github.io/distribution/spec/api/#errors";
  return {
    id: UNEXPLAINED,
    title: `${TITLES[family]}${error.image ? `: ${error.image}` : ""}`,
    severity: family === "limit" ? "warning" : "blocking",
    confidence: 0.5,
    why: "The log shows a refusal that none of the doctor's rules could tie to a cause with the evidence at hand. It is quoted here with what to check next; the checks are ordered by how often each is the cause.",
    evidence: [logEvidence(error, "refused: ")],
    fix: {
      kind: "ui",
      summary: family === "auth" ? `check the login to ${host}` : `check what ${host} needs for this push`,
      url,
      steps: nextSteps(family, host, github, hasToken),
    },
  };
}

/** `unexplained-refusal`. */
export const unexplainedRefusal: Rule = {
  id: UNEXPLAINED,
  summary:
    "The log shows a registry refusal that no other rule explains: it is quoted with the checks that come next, so a refusal is never met with silence.",
  static: false,
  after: true,
  check(evidence, earlier = []) {
    if (!evidence.log) return [];
    const found = new Set(earlier.map((f) => f.id));
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const error of evidence.log.errors) {
      if (CANDIDATES[error.kind].some((id) => found.has(id))) continue;
      const key = `${FAMILY[error.kind]} ${error.image ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(findingFor(error, evidence));
    }
    // The last refusals ended the run; a long log of retries is summed up by its last three.
    return findings.slice(-3);
  },
};
