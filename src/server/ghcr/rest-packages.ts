/**
 * The Packages REST endpoints of the emulator, for the three namespaces (/user, /users/{username}, /orgs/{org}):
 * list, get, delete, restore, versions (paged, by state), and version get, delete, restore. Access follows
 * GitHub's documented rules: classic PATs with read:packages / delete:packages / write:packages, GITHUB_TOKEN by
 * the repository's Manage Actions access, fine-grained PATs and app installations refused.
 */
import { type Caller, callerHasScope, requireAuth } from "./caller.js";
import { paginate, type RestContext } from "./rest-context.js";
import { packageBody, versionBody } from "./shapes.js";
import { type Account, ApiError, atLeast, type Package, type Role } from "./state.js";

type Operation = "list" | "read" | "delete" | "restore";

const NOT_FOUND = () => new ApiError(404, "Not Found");

/** Which account a namespace path names, checking it exists and has the right type. */
function namespaceAccount(ctx: RestContext, caller: Caller, segments: string[]): { owner: Account; rest: string[] } {
  const [first, second, ...rest] = segments;
  if (first === "user") {
    requireAuth(caller);
    if (caller.kind !== "user") throw new ApiError(403, "Resource not accessible by integration");
    return { owner: caller.user, rest: [second ?? "", ...rest] };
  }
  const account = ctx.state.account(second ?? "");
  const wanted = first === "orgs" ? "Organization" : "User";
  if (!account || account.type !== wanted) throw NOT_FOUND();
  return { owner: account, rest };
}

/** Checks the caller may do `operation` at all (tokens and scopes), before looking at a package. */
function checkToken(caller: Caller, operation: Operation, owner: Account): void {
  requireAuth(caller);
  if (caller.kind === "installation") {
    if (caller.token.kind === "app_installation" || operation === "list") {
      throw new ApiError(403, "Resource not accessible by integration");
    }
    return;
  }
  if (caller.token.kind === "fine_grained_pat")
    throw new ApiError(403, "Resource not accessible by personal access token");
  if (owner.org?.forbidClassicPats && caller.token.kind === "classic_pat") {
    throw new ApiError(
      403,
      `\`${owner.login}\` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.`,
    );
  }
  if (!callerHasScope(caller, "read:packages")) {
    throw new ApiError(403, "You need at least read:packages scope to list packages.");
  }
  // GitHub answers 404, not 403, when the token lacks delete:packages.
  if (operation === "delete" && !callerHasScope(caller, "delete:packages")) throw NOT_FOUND();
  if (operation === "restore" && !callerHasScope(caller, "write:packages")) {
    throw new ApiError(403, "You need at least write:packages scope to restore packages.");
  }
}

/** The caller's role on a package. */
function roleOf(ctx: RestContext, caller: Caller, pkg: Package): Role | undefined {
  if (caller.kind === "user") return ctx.state.userRole(caller.user.login, pkg);
  if (caller.kind === "installation" && caller.token.kind === "github_token") {
    return ctx.state.repoRole(caller.token.repository, pkg);
  }
  return pkg.visibility === "public" ? "read" : undefined;
}

/** Checks the caller's role on a package for an operation (404 when it cannot even read it). */
function checkRole(ctx: RestContext, caller: Caller, pkg: Package, operation: Operation): void {
  const role = roleOf(ctx, caller, pkg);
  if (!atLeast(role, "read")) throw NOT_FOUND();
  if (operation !== "delete" && operation !== "restore") return;
  if (caller.kind === "installation") {
    const permissions = caller.token.kind === "github_token" ? caller.token.permissions : undefined;
    if (!atLeast(role, "admin") || permissions?.packages !== "write") {
      throw new ApiError(403, "Resource not accessible by integration");
    }
    return;
  }
  if (!atLeast(role, "admin")) throw new ApiError(403, "Must have admin rights to Package.");
}

function packageType(type: string | undefined): void {
  const known = ["npm", "maven", "rubygems", "docker", "nuget", "container"];
  if (!type || !known.includes(type)) {
    throw new ApiError(400, `Invalid package_type: ${type ?? ""}. Must be one of ${known.join(", ")}.`);
  }
}

/** Handles a request under /user/packages, /users/{u}/packages or /orgs/{o}/packages; false when not a package path. */
export async function handlePackages(
  ctx: RestContext,
  caller: Caller,
  method: string,
  segments: string[],
): Promise<boolean> {
  const first = segments[0];
  const isNamespace =
    (first === "user" && segments[1] === "packages") ||
    ((first === "users" || first === "orgs") && segments[2] === "packages");
  if (!isNamespace) return false;
  const { owner, rest } = namespaceAccount(ctx, caller, segments);
  // rest: ["packages", type?, name?, "versions"|"restore"?, id?, "restore"?]
  const [, type, name, sub, id, subsub] = rest;

  if (rest.length === 1 && method === "GET") {
    checkToken(caller, "list", owner);
    packageType(ctx.query.get("package_type") ?? undefined);
    const visibility = ctx.query.get("visibility");
    const list =
      ctx.query.get("package_type") === "container"
        ? ctx.state
            .packagesOf(owner)
            .filter((pkg) => atLeast(roleOf(ctx, caller, pkg), "read"))
            .filter((pkg) => !visibility || pkg.visibility === visibility)
        : [];
    const page = paginate(ctx, list, { maxResults: 10_000 });
    ctx.json(
      200,
      page.map((pkg) => packageBody(ctx.urls, pkg)),
    );
    return true;
  }
  if (!type || !name) throw NOT_FOUND();
  packageType(type);

  if (sub === undefined) {
    if (method === "GET") {
      checkToken(caller, "read", owner);
      const pkg = findPackage(ctx, caller, owner, type, name, "read");
      ctx.json(200, packageBody(ctx.urls, pkg));
      return true;
    }
    if (method === "DELETE") {
      checkToken(caller, "delete", owner);
      const pkg = findPackage(ctx, caller, owner, type, name, "delete");
      await ctx.state.deletePackage(pkg);
      ctx.empty(204);
      return true;
    }
  }
  if (sub === "restore" && id === undefined && method === "POST") {
    checkToken(caller, "restore", owner);
    if (type !== "container") throw NOT_FOUND();
    const deleted = ctx.state.packages.find((p) => p.owner === owner && p.name === name && p.deletedAt);
    if (deleted) checkRole(ctx, caller, deleted, "restore");
    await ctx.state.restorePackage(owner, name);
    ctx.empty(204);
    return true;
  }
  if (sub === "versions") {
    if (id === undefined && method === "GET") {
      checkToken(caller, "read", owner);
      const pkg = findPackage(ctx, caller, owner, type, name, "read");
      const state = ctx.query.get("state") ?? "active";
      if (state !== "active" && state !== "deleted") {
        throw new ApiError(422, `Invalid state: ${state}. Must be one of active, deleted.`);
      }
      // Newest first, by creation time (pushes create versions in id order; a world may date them otherwise).
      const versions = pkg.versions
        .filter((v) => (state === "deleted") === Boolean(v.deletedAt))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      ctx.json(
        200,
        paginate(ctx, versions).map((v) => versionBody(ctx.urls, pkg, v)),
      );
      return true;
    }
    const versionId = Number(id);
    if (!Number.isInteger(versionId)) throw NOT_FOUND();
    if (subsub === undefined && (method === "GET" || method === "DELETE")) {
      const operation = method === "GET" ? "read" : "delete";
      checkToken(caller, operation, owner);
      const pkg = findPackage(ctx, caller, owner, type, name, operation);
      const version = pkg.versions.find((v) => v.id === versionId);
      if (!version || (method === "DELETE" && version.deletedAt)) throw NOT_FOUND();
      if (method === "GET") {
        ctx.json(200, versionBody(ctx.urls, pkg, version));
      } else {
        await ctx.state.deleteVersion(pkg, version);
        ctx.empty(204);
      }
      return true;
    }
    if (subsub === "restore" && method === "POST") {
      checkToken(caller, "restore", owner);
      const pkg = findPackage(ctx, caller, owner, type, name, "restore");
      const version = pkg.versions.find((v) => v.id === versionId);
      if (!version) throw NOT_FOUND();
      await ctx.state.restoreVersion(pkg, version);
      ctx.empty(204);
      return true;
    }
  }
  throw NOT_FOUND();
}

function findPackage(
  ctx: RestContext,
  caller: Caller,
  owner: Account,
  type: string,
  name: string,
  operation: Operation,
): Package {
  const pkg = type === "container" ? ctx.state.activePackage(owner.login, name) : undefined;
  if (!pkg) throw NOT_FOUND();
  checkRole(ctx, caller, pkg, operation);
  return pkg;
}
