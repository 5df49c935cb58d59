/**
 * GHCR's permission model for registry requests, as GitHub documents it and users observe it, with GHCR's own
 * refusal texts: GITHUB_TOKEN by the workflow's `packages` permission and the package's Actions access, PATs by
 * scopes and package roles, organisation package-creation policy, the new-package write delay, fine-grained PATs
 * and foreign installations refused. Pure: decisions from the state, never I/O.
 */
import { GHCR_TEXT } from "../../github/ghcr-refusals.js";
import { hasScope } from "../../github/token.js";
import { type Account, atLeast, type GitHubState, type Package } from "./state.js";
import type { WorldToken } from "./world.js";

/** A registry decision: allow, or refuse with the Distribution error code and GHCR's message. */
export type RegistryDecision =
  | { allow: true; create?: boolean }
  | { allow: false; status: 401 | 403; code: string; message: string };

export { GHCR_TEXT };

const deny = (message: string): RegistryDecision => ({ allow: false, status: 403, code: "DENIED", message });
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The `packages` permission a workflow token really has: its job's permissions (or the repository default when the
 * world gives none), capped at read for fork pull requests and Dependabot runs.
 */
export function effectivePackagesPermission(state: GitHubState, token: Extract<WorldToken, { kind: "github_token" }>) {
  const repo = state.repo(token.repository);
  let permission: "read" | "write" | "none";
  if (token.permissions) permission = token.permissions.packages ?? "none";
  else permission = repo?.defaultWorkflowPermissions === "write" ? "write" : "read";
  const readOnly = token.fork || token.actor === "dependabot[bot]" || token.event === "dependabot";
  return readOnly && permission === "write" ? "read" : permission;
}

/** What a registry request is about. */
export interface RegistryTarget {
  owner: Account | undefined;
  ownerLogin: string;
  name: string;
  pkg: Package | undefined;
}

/** Decides a pull (read) of a package. Missing packages are allowed through: the registry answers 404. */
export function decidePull(
  state: GitHubState,
  token: WorldToken | undefined,
  target: RegistryTarget,
): RegistryDecision {
  const { pkg, owner } = target;
  if (token?.kind === "fine_grained_pat") return deny(GHCR_TEXT.scopes);
  if (!pkg || pkg.visibility === "public") return { allow: true };
  const org = owner?.type === "Organization";
  if (!token) return deny("requested access to the resource is denied");
  if (token.kind === "classic_pat" || token.kind === "oauth") {
    if (!hasScope(token.scopes, "read:packages")) return deny(GHCR_TEXT.scopes);
    if (org && owner?.org?.forbidClassicPats && token.kind === "classic_pat")
      return deny(GHCR_TEXT.forbidsClassic(owner.login));
    return atLeast(state.userRole(token.user, pkg), "read") ? { allow: true } : deny(GHCR_TEXT.readPackage);
  }
  if (token.kind === "github_token" && atLeast(state.repoRole(token.repository, pkg), "read")) return { allow: true };
  return deny(org ? GHCR_TEXT.readOrg : GHCR_TEXT.readPackage);
}

function newPackageDelay(state: GitHubState, pkg: Package, session: string): RegistryDecision | undefined {
  const delayMs = state.behaviour.new_package_write_delay_s * 1000;
  const fresh = state.now().getTime() - pkg.createdAtMs < delayMs;
  return fresh && pkg.createdBy !== session ? deny(GHCR_TEXT.writePackage) : undefined;
}

/**
 * Decides a push (write) to a package, creating it when allowed (`create: true`). `session` identifies the
 * registry session, exempt from the brief write refusal right after it created the package.
 */
export function decidePush(
  state: GitHubState,
  token: WorldToken | undefined,
  target: RegistryTarget,
  session: string,
): RegistryDecision {
  const { pkg, owner, ownerLogin } = target;
  if (!token) return deny("requested access to the resource is denied");
  const org = owner?.type === "Organization";
  const decided = (): RegistryDecision => {
    switch (token.kind) {
      case "fine_grained_pat":
        return deny(GHCR_TEXT.scopes);
      case "app_installation": {
        if (!same(token.owner, ownerLogin)) return deny(GHCR_TEXT.noInstallation);
        if (org) return deny(pkg ? GHCR_TEXT.writeOrg : GHCR_TEXT.createOrg);
        return deny(GHCR_TEXT.writePackage);
      }
      case "github_token": {
        const repo = state.repo(token.repository);
        if (!repo || !same(repo.owner.login, ownerLogin)) return deny(GHCR_TEXT.noInstallation);
        if (effectivePackagesPermission(state, token) !== "write") {
          if (org) return deny(pkg ? GHCR_TEXT.writeOrg : GHCR_TEXT.createOrg);
          return deny(GHCR_TEXT.writePackage);
        }
        if (!pkg) {
          if (org && owner?.org && !owner.org.packageCreation[repo.visibility]) return deny(GHCR_TEXT.createOrg);
          return { allow: true, create: true };
        }
        return atLeast(state.repoRole(repo.fullName, pkg), "write") ? { allow: true } : deny(GHCR_TEXT.writePackage);
      }
      case "classic_pat":
      case "oauth": {
        if (!hasScope(token.scopes, "write:packages")) return deny(GHCR_TEXT.scopes);
        if (org && owner?.org?.forbidClassicPats && token.kind === "classic_pat") {
          return deny(GHCR_TEXT.forbidsClassic(owner.login));
        }
        if (pkg)
          return atLeast(state.userRole(token.user, pkg), "write") ? { allow: true } : deny(GHCR_TEXT.writePackage);
        if (!owner) return deny(GHCR_TEXT.createPackage);
        if (!org) return same(owner.login, token.user) ? { allow: true, create: true } : deny(GHCR_TEXT.createPackage);
        const member = owner.org?.members.has(token.user.toLowerCase()) ?? false;
        // A package pushed with a PAT starts private.
        return member && owner.org?.packageCreation.private
          ? { allow: true, create: true }
          : deny(GHCR_TEXT.createPackage);
      }
    }
  };
  const decision = decided();
  if (decision.allow && pkg) return newPackageDelay(state, pkg, session) ?? decision;
  return decision;
}
