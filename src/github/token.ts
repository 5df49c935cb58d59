/**
 * Facts about a GitHub token that can be known without printing it: its kind from the prefix, and the login,
 * OAuth scopes and expiry GitHub reports on `GET /user`.
 */
import type { GitHubClient } from "./client.js";
import { githubCall, githubStatus } from "./errors.js";

/** The kinds of GitHub token, as their prefixes tell. */
export type TokenKind =
  | "classic_pat"
  | "fine_grained_pat"
  | "installation"
  | "oauth"
  | "user_to_server"
  | "refresh"
  | "unknown";

const PREFIXES: [string, TokenKind][] = [
  ["github_pat_", "fine_grained_pat"],
  ["ghp_", "classic_pat"],
  ["ghs_", "installation"],
  ["gho_", "oauth"],
  ["ghu_", "user_to_server"],
  ["ghr_", "refresh"],
];

/**
 * The kind of a token from its prefix: `ghp_` classic PAT, `github_pat_` fine-grained PAT, `ghs_` GITHUB_TOKEN or
 * app installation, `gho_` OAuth app, `ghu_` app user-to-server, `ghr_` refresh token.
 */
export function tokenKind(token: string): TokenKind {
  for (const [prefix, kind] of PREFIXES) if (token.startsWith(prefix)) return kind;
  return "unknown";
}

/** What GitHub says about the token. */
export interface TokenFacts {
  kind: TokenKind;
  /** The user the token acts for; undefined for installation tokens (GITHUB_TOKEN), which have no user. */
  login: string | undefined;
  /** OAuth scopes from X-OAuth-Scopes; undefined when GitHub sent none (fine-grained PATs, installations). */
  scopes: string[] | undefined;
  /** Expiry GitHub reports (github-authentication-token-expiration), if any. */
  expiresAt: string | undefined;
}

/** Parses an X-OAuth-Scopes header value ("repo, read:packages") into scopes. */
export function parseScopes(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header
    .split(",")
    .map((scope) => scope.trim())
    .filter((scope) => scope !== "");
}

/**
 * True when the scopes grant `needed`, following GitHub's scope hierarchy: `write:packages` includes
 * `read:packages`, `repo` includes `repo:*`, `admin:org` includes `write:org` and `read:org`.
 */
export function hasScope(scopes: readonly string[], needed: string): boolean {
  if (scopes.includes(needed)) return true;
  const implied: Record<string, string[]> = {
    "read:packages": ["write:packages"],
    "read:org": ["write:org", "admin:org"],
    "write:org": ["admin:org"],
  };
  if ((implied[needed] ?? []).some((scope) => scopes.includes(scope))) return true;
  return needed.startsWith("repo:") && scopes.includes("repo");
}

/** Asks GitHub about the client's token (`GET /user`). Installation tokens answer 403 there: login stays unset. */
export async function getTokenFacts(client: GitHubClient, token: string): Promise<TokenFacts> {
  const kind = tokenKind(token);
  try {
    const response = await client.octokit.request("GET /user");
    return {
      kind,
      login: response.data.login,
      scopes: parseScopes(response.headers["x-oauth-scopes"]),
      expiresAt: response.headers["github-authentication-token-expiration"] as string | undefined,
    };
  } catch (error) {
    if (kind === "installation" && githubStatus(error) === 403) {
      return { kind, login: undefined, scopes: undefined, expiresAt: undefined };
    }
    return githubCall({ action: "read the token's user (GET /user)" }, () => Promise.reject(error));
  }
}
