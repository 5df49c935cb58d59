/**
 * The repository and Actions endpoints of the emulator: GET /repos/{owner}/{repo}, the default workflow
 * permissions (get and set), workflow runs, their jobs, and job logs (a redirect to a plain-text download).
 */
import { type Caller, callerHasScope } from "./caller.js";
import { readText } from "./http.js";
import { paginate, type RestContext } from "./rest-context.js";
import { fullRepository, jobBody, runBody } from "./shapes.js";
import { ApiError, type Repo } from "./state.js";

const NOT_FOUND = () => new ApiError(404, "Not Found");

/** Whether the caller can see the repository, and whether it administers it. */
function repoAccess(caller: Caller, repo: Repo): { read: boolean; admin: boolean } {
  if (caller.kind === "installation") {
    const own =
      caller.token.kind === "github_token" && caller.token.repository.toLowerCase() === repo.fullName.toLowerCase();
    const app =
      caller.token.kind === "app_installation" && caller.token.owner.toLowerCase() === repo.owner.login.toLowerCase();
    return { read: repo.visibility === "public" || own || app, admin: false };
  }
  if (caller.kind === "anonymous") return { read: repo.visibility === "public", admin: false };
  const login = caller.user.login.toLowerCase();
  const owner = repo.owner.type === "User" && repo.owner.login.toLowerCase() === login;
  const orgAdmin = repo.owner.org?.admins.has(login) ?? false;
  const member = repo.owner.org?.members.has(login) ?? false;
  return { read: repo.visibility === "public" || owner || member, admin: owner || orgAdmin };
}

/** The run's creation time (runs without one are dated at the emulator's start). */
function runCreated(ctx: RestContext, createdAt: string | undefined): string {
  return createdAt ?? ctx.state.startedAt;
}

/** Handles /repos/…; false when the path is not one of these endpoints. */
export async function handleRepos(
  ctx: RestContext,
  caller: Caller,
  method: string,
  segments: string[],
): Promise<boolean> {
  if (segments[0] !== "repos" || segments.length < 3) return false;
  const repo = ctx.state.repo(`${segments[1]}/${segments[2]}`);
  if (!repo) throw NOT_FOUND();
  const access = repoAccess(caller, repo);
  if (!access.read) throw NOT_FOUND();
  const rest = segments.slice(3);
  const route = rest.join("/");

  if (rest.length === 0 && method === "GET") {
    const permissions =
      caller.kind === "user"
        ? { admin: access.admin, maintain: access.admin, push: access.admin, triage: access.admin, pull: true }
        : undefined;
    ctx.json(200, fullRepository(ctx.urls, repo, permissions));
    return true;
  }
  if (route === "actions/permissions/workflow") {
    if (caller.kind === "anonymous") throw new ApiError(401, "Requires authentication");
    if (caller.kind === "installation") throw new ApiError(403, "Resource not accessible by integration");
    if (caller.scopes !== undefined && !callerHasScope(caller, "repo")) {
      throw new ApiError(403, "Resource not accessible by personal access token");
    }
    if (!access.admin) throw new ApiError(403, "Must have admin rights to Repository.");
    await workflowPermissions(ctx, method, repo);
    return true;
  }
  if (method !== "GET") throw NOT_FOUND();
  const runs = ctx.state.runs.filter((run) => run.repository.toLowerCase() === repo.fullName.toLowerCase());
  if (route === "actions/runs") {
    const status = ctx.query.get("status");
    const event = ctx.query.get("event");
    const branch = ctx.query.get("branch");
    const selected = runs
      .filter((run) => !status || run.status === status || run.conclusion === status)
      .filter((run) => !event || run.event === event)
      .filter((run) => !branch || run.head_branch === branch)
      .sort((a, b) => b.id - a.id);
    const page = paginate(ctx, selected);
    ctx.json(200, {
      total_count: selected.length,
      workflow_runs: page.map((run) => runBody(ctx.urls, repo, run, runCreated(ctx, run.created_at))),
    });
    return true;
  }
  const [kind, idText, tail] = rest.slice(1);
  const id = Number(idText);
  if (rest[0] !== "actions" || !Number.isInteger(id)) throw NOT_FOUND();
  if (kind === "runs") {
    const run = runs.find((r) => r.id === id);
    if (!run) throw NOT_FOUND();
    const created = runCreated(ctx, run.created_at);
    if (tail === undefined && rest.length === 3) {
      ctx.json(200, runBody(ctx.urls, repo, run, created));
      return true;
    }
    if (tail === "jobs" && rest.length === 4) {
      const page = paginate(ctx, run.jobs);
      ctx.json(200, {
        total_count: run.jobs.length,
        jobs: page.map((job) => jobBody(ctx.urls, repo, run, job, created)),
      });
      return true;
    }
  }
  if (kind === "jobs") {
    const run = runs.find((r) => r.jobs.some((job) => job.id === id));
    const job = run?.jobs.find((j) => j.id === id);
    if (!run || !job) throw NOT_FOUND();
    if (tail === undefined && rest.length === 3) {
      ctx.json(200, jobBody(ctx.urls, repo, run, job, runCreated(ctx, run.created_at)));
      return true;
    }
    if (tail === "logs" && rest.length === 4) {
      if (caller.kind === "anonymous") throw new ApiError(401, "Requires authentication");
      // GitHub redirects to short-lived storage; the emulator serves the text itself under /_emulator/.
      ctx.empty(302, { location: `${ctx.urls.web}/_emulator/job-logs/${job.id}` });
      return true;
    }
  }
  throw NOT_FOUND();
}

/** The default GITHUB_TOKEN permissions of a repository or an organisation. */
interface WorkflowDefaults {
  defaultWorkflowPermissions: "read" | "write";
  canApprovePullRequestReviews: boolean;
}

/** GET or PUT of default workflow permissions (the caller's rights are checked before). */
export async function workflowPermissions(ctx: RestContext, method: string, target: WorkflowDefaults): Promise<void> {
  if (method === "GET") {
    ctx.json(200, {
      default_workflow_permissions: target.defaultWorkflowPermissions,
      can_approve_pull_request_reviews: target.canApprovePullRequestReviews,
    });
    return;
  }
  if (method !== "PUT") throw NOT_FOUND();
  const body = parseBody(await readText(ctx.req));
  const permission = body.default_workflow_permissions;
  const approve = body.can_approve_pull_request_reviews;
  if (permission !== undefined && permission !== "read" && permission !== "write") {
    throw new ApiError(
      422,
      `Invalid request.\n\n${JSON.stringify(permission)} is not a permitted value for "default_workflow_permissions".`,
    );
  }
  if (approve !== undefined && typeof approve !== "boolean") {
    throw new ApiError(422, 'Invalid request.\n\nFor "can_approve_pull_request_reviews", a boolean is required.');
  }
  if (permission !== undefined) target.defaultWorkflowPermissions = permission;
  if (approve !== undefined) target.canApprovePullRequestReviews = approve;
  ctx.empty(204);
}

/** Handles /orgs/{org}/actions/permissions/workflow (org owners, classic PATs with admin:org); false otherwise. */
export async function handleOrgActions(
  ctx: RestContext,
  caller: Caller,
  method: string,
  segments: string[],
): Promise<boolean> {
  if (segments[0] !== "orgs" || segments.slice(2).join("/") !== "actions/permissions/workflow") return false;
  const org = ctx.state.account(segments[1] ?? "");
  if (!org?.org) throw NOT_FOUND();
  if (caller.kind === "anonymous") throw new ApiError(401, "Requires authentication");
  if (caller.kind === "installation") throw new ApiError(403, "Resource not accessible by integration");
  if (caller.scopes !== undefined && !callerHasScope(caller, "admin:org")) {
    throw new ApiError(403, "Resource not accessible by personal access token");
  }
  if (!org.org.admins.has(caller.user.login.toLowerCase()))
    throw new ApiError(403, "Must have admin rights to Organization.");
  await workflowPermissions(ctx, method, org.org);
  return true;
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const value: unknown = text.trim() === "" ? {} : JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through to the 400 below
  }
  throw new ApiError(400, "Problems parsing JSON");
}
