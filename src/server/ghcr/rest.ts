/**
 * The emulator's GitHub REST API (under /api/v3, as on GitHub Enterprise Server): users, packages,
 * repositories and Actions. Every answer carries GitHub's headers (rate limit, X-OAuth-Scopes, media type);
 * refusals use GitHub's error body.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Caller, requireAuth, resolveCaller, scopesHeader } from "./caller.js";
import { sendApiError, sendJson } from "./http.js";
import type { RateLimiter } from "./ratelimit.js";
import { type RestContext, restContext } from "./rest-context.js";
import { handlePackages } from "./rest-packages.js";
import { handleOrgActions, handleRepos } from "./rest-repos.js";
import { privateUser, publicUser, type Urls } from "./shapes.js";
import { ApiError, type GitHubState } from "./state.js";

/** The REST base path. */
export const API_PREFIX = "/api/v3";

const COMMON_HEADERS = {
  "x-github-media-type": "github.v3; format=json",
  "x-github-api-version-selected": "2022-11-28",
};

/** Splits a path into decoded segments; `%2F` inside a segment stays part of it (package names). */
function segmentsOf(path: string): string[] {
  return path
    .split("/")
    .filter((s) => s !== "")
    .map((s) => decodeURIComponent(s));
}

function rateLabel(caller: Caller, req: IncomingMessage): string {
  if (caller.kind === "user") return `user ID ${caller.user.id}`;
  if (caller.kind === "installation") return "installation";
  return req.socket.remoteAddress ?? "this address";
}

async function route(ctx: RestContext, caller: Caller, limiter: RateLimiter, method: string): Promise<void> {
  const segments = segmentsOf(ctx.path);
  const [first, second] = segments;
  if (method === "GET" && first === "rate_limit" && segments.length === 1) {
    const core = limiter.peek(caller.key, caller.kind === "anonymous");
    ctx.json(200, { resources: { core }, rate: core });
    return;
  }
  if (method === "GET" && first === "user" && segments.length === 1) {
    requireAuth(caller);
    if (caller.kind !== "user") throw new ApiError(403, "Resource not accessible by integration");
    ctx.json(200, privateUser(ctx.urls, caller.user));
    return;
  }
  if (method === "GET" && first === "users" && second && segments.length === 2) {
    const account = ctx.state.account(second);
    if (!account) throw new ApiError(404, "Not Found");
    ctx.json(200, publicUser(ctx.urls, account));
    return;
  }
  if (await handlePackages(ctx, caller, method, segments)) return;
  if (await handleRepos(ctx, caller, method, segments)) return;
  if (await handleOrgActions(ctx, caller, method, segments)) return;
  throw new ApiError(404, "Not Found");
}

/** Answers one REST request; `path` is the URL path without the /api/v3 prefix. */
export async function handleRest(
  state: GitHubState,
  limiter: RateLimiter,
  req: IncomingMessage,
  res: ServerResponse,
  urls: Urls,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const ctx = restContext(state, req, res, urls, path, query);
  Object.assign(ctx.headers, COMMON_HEADERS);
  try {
    const caller = resolveCaller(state, req);
    Object.assign(ctx.headers, scopesHeader(caller));
    if (path !== "/rate_limit") {
      Object.assign(ctx.headers, limiter.take(caller.key, caller.kind === "anonymous", rateLabel(caller, req)));
      ctx.notModified = () => limiter.refund(caller.key, caller.kind === "anonymous");
    }
    await route(ctx, caller, limiter, req.method ?? "GET");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const extra = (error as ApiError & { headers?: Record<string, string> }).headers ?? {};
    delete ctx.headers.link;
    sendApiError(res, error, { ...ctx.headers, ...extra });
  }
}

/** Serves a job's log text (where the logs endpoint redirects). */
export function handleJobLog(state: GitHubState, res: ServerResponse, jobId: number): void {
  const job = state.runs.flatMap((run) => run.jobs).find((j) => j.id === jobId);
  if (!job) {
    sendJson(res, 404, { message: "Not Found" });
    return;
  }
  res.writeHead(200, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(job.log)),
  });
  res.end(job.log);
}
