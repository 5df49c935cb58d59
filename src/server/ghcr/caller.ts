/**
 * Who is calling the REST API: anonymous, a user (classic PAT, OAuth token, fine-grained PAT) or an
 * installation (a workflow's GITHUB_TOKEN, an app installation) — from the world's tokens.
 */
import type { IncomingMessage } from "node:http";
import { hasScope } from "../../github/token.js";
import { requestCredential } from "./http.js";
import { type Account, ApiError, type GitHubState } from "./state.js";
import type { WorldToken } from "./world.js";

/** A REST caller. */
export type Caller =
  | { kind: "anonymous"; key: string }
  | {
      kind: "user";
      key: string;
      user: Account;
      token: Extract<WorldToken, { user: string }>;
      scopes: string[] | undefined;
    }
  | { kind: "installation"; key: string; token: Extract<WorldToken, { kind: "github_token" | "app_installation" }> };

/** Resolves the caller; unknown, malformed or expired tokens get GitHub's 401 "Bad credentials". */
export function resolveCaller(state: GitHubState, req: IncomingMessage): Caller {
  const credential = requestCredential(req);
  if (!credential) return { kind: "anonymous", key: `ip:${req.socket.remoteAddress ?? ""}` };
  const found = state.token(credential.secret);
  if (!found || found.expired) throw new ApiError(401, "Bad credentials");
  const token = found.token;
  const key = `token:${token.value}`;
  if (token.kind === "github_token" || token.kind === "app_installation") return { kind: "installation", key, token };
  const user = state.account(token.user);
  if (!user) throw new ApiError(401, "Bad credentials");
  const scopes = token.kind === "fine_grained_pat" ? undefined : token.scopes;
  return { kind: "user", key, user, token, scopes };
}

/** The caller's OAuth scopes for X-OAuth-Scopes (classic PATs and OAuth tokens only). */
export function scopesHeader(caller: Caller): Record<string, string> {
  return caller.kind === "user" && caller.scopes ? { "x-oauth-scopes": caller.scopes.join(", ") } : {};
}

/** Throws 401 for anonymous callers. */
export function requireAuth(caller: Caller): asserts caller is Exclude<Caller, { kind: "anonymous" }> {
  if (caller.kind === "anonymous") throw new ApiError(401, "Requires authentication");
}

/** True when a user caller's token grants the scope (fine-grained tokens have no scopes: false). */
export function callerHasScope(caller: Caller, scope: string): boolean {
  return caller.kind === "user" && caller.scopes !== undefined && hasScope(caller.scopes, scope);
}
