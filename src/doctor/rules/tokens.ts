// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
/**
 * The credential the push uses: a classic PAT without `write:packages`, a fine-grained PAT (not accepted by
 * GitHub Packages), a GitHub App installation token, an organisation that forbids classic PATs or needs SSO,
 * and an expired or revoked token.
 */
import { hasScope } from "../../github/token.js";
import { replaceSpan } from "../edits.js";
import type { DoctorEvidence, Evidence, Finding, Fix, Rule } from "../types.js";
import { apiEvidence, clamp, failedWith, fileEvidence, githubPushes, logEvidence, webOrigin } from "./common.js";

const TOKENS_URL = "https://github.com/settings/tokens";

function tokensUi(evidence: DoctorEvidence, summary: string, steps: string[]): Fix {
  const base = webOrigin(evidence.apiUrl);
  return { kind: "ui", summary, url: base === "https://github.com" ? TOKENS_URL : `${base}/settings/tokens`, steps };
}

/** Logins of pushing jobs whose password is a secret (a PAT, most likely). */
function secretLogins(evidence: DoctorEvidence) {
  return githubPushes(evidence).flatMap((p) => p.step.logins.filter((l) => l.password.kind === "secret"));
}

/** Edit fixes that make the pushing logins use GITHUB_TOKEN instead of `kind` passwords. */
function useGithubToken(evidence: DoctorEvidence, kind: "secret" | "app-token"): Fix | undefined {
  const changes = [];
  const seen = new Set<string>();
  for (const push of githubPushes(evidence)) {
    for (const login of push.step.logins) {
      if (login.password.kind !== kind || login.kind !== "login-action") continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === login.file);
      const step = workflow?.jobs.find((j) => j.id === login.jobId)?.steps[login.stepIndex];
      const password = step?.with.password;
      const key = `${login.file}:${login.stepIndex}:${login.jobId}`;
      if (!password || seen.has(key)) continue;
      seen.add(key);
      changes.push(replaceSpan(password.span, "${{ secrets.GITHUB_TOKEN }}"));
    }
  }
  if (changes.length === 0) return undefined;
  return { kind: "edit", summary: "log in with GITHUB_TOKEN (the job also needs packages: write)", changes };
}

/** `pat-missing-scope`. */
export const patMissingScope: Rule = {
  id: "pat-missing-scope",
  summary:
    "A classic personal access token without the write:packages scope (or whose user has no write role on the package) is used to push.",
  static: false,
  check(evidence) {
    const token = evidence.live.token;
    const error = failedWith(evidence, "scopes", "create-package");
    const lacks =
      token?.kind === "classic_pat" && token.scopes !== undefined && !hasScope(token.scopes, "write:packages");
    if (!error && !lacks) return [];
    const items: Evidence[] = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (lacks && token)
      items.push(
        apiEvidence(
          "GET /user",
          "X-OAuth-Scopes",
          token.scopes?.join(", ") || "(none)",
          "the classic PAT has no write:packages scope",
        ),
      );
    for (const login of secretLogins(evidence)) {
      if (login.password.kind === "secret")
        items.push(fileEvidence(login.span, `the push logs in with the secret ${login.password.name}`));
    }
    const fix = tokensUi(
      evidence,
      "create a classic PAT with write:packages (or switch the workflow to GITHUB_TOKEN)",
      [
        "Open https://github.com/settings/tokens/new?scopes=write:packages",
        "Generate the token and store it as the workflow's secret",
      ],
    );
    const edit = useGithubToken(evidence, "secret");
    return [
      {
        id: this.id,
        title: "The personal access token cannot write packages",
        severity: "blocking",
        confidence: clamp((error?.kind === "scopes" ? 0.6 : error ? 0.35 : 0) + (lacks ? 0.35 : 0)),
        why: "GitHub Packages needs a classic PAT with write:packages (read:packages is implied) from a user with write on the package; a `gh auth token` usually lacks it.",
        evidence: items,
        fix: edit ?? fix,
        ...(edit ? { otherFixes: [fix] } : {}),
      },
    ];
  },
};

/** `fine-grained-pat`. */
export const fineGrainedPat: Rule = {
  id: "fine-grained-pat",
  summary: "A fine-grained personal access token is used; GitHub Packages accepts only classic PATs (or GITHUB_TOKEN).",
  static: false,
  check(evidence) {
    const token = evidence.live.token;
    const error = failedWith(evidence, "scopes");
    const fineGrained = token?.kind === "fine_grained_pat";
    if (!fineGrained && !error) return [];
    const items: Evidence[] = [];
    if (fineGrained)
      items.push(apiEvidence("token", "prefix", "github_pat_", "the token is a fine-grained personal access token"));
    if (error) items.push(logEvidence(error, "refused: "));
    const edit = useGithubToken(evidence, "secret");
    const ui = tokensUi(evidence, "use a classic PAT with write:packages, or GITHUB_TOKEN", [
      "Open https://github.com/settings/tokens/new?scopes=write:packages",
      "Replace the fine-grained token in the secret with the classic one",
    ]);
    return [
      {
        id: this.id,
        title: "A fine-grained personal access token cannot push packages",
        severity: "blocking",
        confidence: clamp((fineGrained ? 0.8 : 0) + (error ? 0.3 : 0)),
        why: "GitHub Packages only supports personal access tokens (classic); login can succeed while the push is refused with 'does not match expected scopes'.",
        evidence: items,
        fix: edit ?? ui,
        ...(edit ? { otherFixes: [ui] } : {}),
      },
    ];
  },
};

/** `app-installation-token`. */
export const appInstallationToken: Rule = {
  id: "app-installation-token",
  summary:
    "The push logs in with a GitHub App installation token, which GHCR refuses for organisation packages; use GITHUB_TOKEN or a classic PAT.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const logins = githubPushes(evidence).flatMap((p) => p.step.logins.filter((l) => l.password.kind === "app-token"));
    const error = failedWith(evidence, "installation-create", "installation-write", "forbidden");
    const live = evidence.live.token?.kind === "installation" && evidence.live.token.login === undefined;
    if (logins.length === 0) return findings;
    const items: Evidence[] = logins.map((l) =>
      fileEvidence(
        l.span,
        `the login uses a token from step "${l.password.kind === "app-token" ? l.password.stepId : ""}" (a GitHub App installation token)`,
      ),
    );
    if (error) items.push(logEvidence(error, "refused: "));
    const edit = useGithubToken(evidence, "app-token");
    findings.push({
      id: this.id,
      title: "The push uses a GitHub App installation token",
      severity: "blocking",
      confidence: clamp(0.55 + (error ? 0.3 : 0) + (live ? 0.05 : 0)),
      why: "Users report that GHCR refuses third-party App installation tokens for organisation packages ('installation not allowed to Create organization package') even with packages: write.",
      evidence: items,
      fix: edit ?? tokensUi(evidence, "log in with GITHUB_TOKEN or a classic PAT", ["Replace the login password"]),
    });
    return findings;
  },
};

/** `pat-forbidden-or-sso`. */
export const patForbiddenOrSso: Rule = {
  id: "pat-forbidden-or-sso",
  summary:
    "The organisation forbids classic personal access tokens, or requires SAML SSO authorization the token does not have.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "classic-pat-forbidden");
    const forbidden = evidence.live.token?.forbidden;
    if (!error && !forbidden) return [];
    const items: Evidence[] = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (forbidden)
      items.push(apiEvidence("GET package", "message", forbidden, "GitHub refused the token for the organisation"));
    return [
      {
        id: this.id,
        title: "The organisation refuses this personal access token",
        severity: "blocking",
        confidence: clamp(0.85 + (error && forbidden ? 0.1 : 0)),
        why: "Organisations can forbid classic PATs or require SSO authorization; fine-grained PATs do not work with Packages, so use GITHUB_TOKEN or authorize the token for SSO.",
        evidence: items,
        fix: tokensUi(
          evidence,
          "authorize the token for the organisation's SSO, or switch the workflow to GITHUB_TOKEN",
          ["Open the token list", 'Next to the token choose "Configure SSO" and authorize the organisation'],
        ),
        ...(useGithubToken(evidence, "secret") ? { otherFixes: [useGithubToken(evidence, "secret") as Fix] } : {}),
      },
    ];
  },
};

/** `token-expired`. */
export const tokenExpired: Rule = {
  id: "token-expired",
  summary:
    "The token is expired, revoked or a placeholder (or a stale docker credential), so the registry cannot authenticate it.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "unauthenticated");
    const token = evidence.live.token;
    const expired = token?.expiresAt !== undefined && Date.parse(token.expiresAt) < Date.parse(evidence.now);
    if (!error && !token?.rejected && !expired) return [];
    const items: Evidence[] = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (token?.rejected) items.push(apiEvidence("GET /user", "status", "401", token.rejected));
    if (expired && token?.expiresAt)
      items.push(
        apiEvidence("GET /user", "github-authentication-token-expiration", token.expiresAt, "the token has expired"),
      );
    return [
      {
        id: this.id,
        title: "The token is expired or revoked",
        severity: "blocking",
        confidence: clamp(0.5 + (error ? 0.35 : 0) + (token?.rejected || expired ? 0.3 : 0)),
        why: "GHCR answers 'unauthenticated: User cannot be authenticated with the token provided.' for expired, revoked and placeholder tokens; GITHUB_TOKEN also expires when its job ends.",
        evidence: items,
        fix: tokensUi(evidence, "create a new token (or use GITHUB_TOKEN) and log in inside the pushing job", [
          "Regenerate the token",
          "Update the secret, and log in in the same job, just before the push",
        ]),
      },
    ];
  },
};
