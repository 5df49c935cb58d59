/**
 * GitHub's refusals as DockhandErrors: the status, GitHub's own message and where to read more, never the token.
 */
import { DockhandError } from "../errors.js";

/** The parts of Octokit's RequestError dockhand reads (checked by shape: the class lives in a transitive package). */
interface HttpError {
  name: "HttpError";
  message: string;
  status: number;
  request: { method: string; url: string };
  response?: { data?: unknown; headers: Record<string, string | number | undefined> };
}

function isHttpError(error: unknown): error is HttpError {
  const e = error as Partial<HttpError> | null;
  return typeof e === "object" && e !== null && e.name === "HttpError" && typeof e.status === "number";
}

/** What a failed GitHub call was doing, for the message ("delete version 12 of alice/app"). */
export interface GitHubCallContext {
  action: string;
  /** Extra machine-readable details for --json. */
  details?: Record<string, unknown>;
  /** A hint to show for a 404 (GitHub answers 404 for things the token may not see). */
  notFoundHint?: string;
}

/** The HTTP status of a failed Octokit call, or undefined for network failures and other errors. */
export function githubStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined;
}

/** GitHub's `message` from an error body, if any. */
export function githubMessage(error: unknown): string | undefined {
  if (!isHttpError(error)) return undefined;
  const data = error.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === "string" ? data.message : undefined;
}

/**
 * Converts an Octokit error into a DockhandError: GITHUB_NOT_FOUND (exit 1), GITHUB_UNAUTHORIZED,
 * GITHUB_FORBIDDEN, GITHUB_RATE_LIMITED, GITHUB_REFUSED (400/409/422), GITHUB_UNAVAILABLE (5xx, network) — exit 3.
 */
export function toGitHubError(error: unknown, context: GitHubCallContext): DockhandError {
  if (error instanceof DockhandError) return error;
  if (!isHttpError(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new DockhandError("GITHUB_UNAVAILABLE", `GitHub could not be reached to ${context.action}: ${reason}`, {
      exit: 3,
      details: { ...context.details },
      cause: error,
    });
  }
  const status = error.status;
  const message = githubMessage(error) ?? error.message;
  const details: Record<string, unknown> = {
    ...context.details,
    status,
    method: error.request.method,
    url: error.request.url,
  };
  const documentation = (error.response?.data as { documentation_url?: unknown } | undefined)?.documentation_url;
  if (typeof documentation === "string") details.documentation_url = documentation;
  const text = `GitHub refused to ${context.action}: ${status} ${message}`;
  if (status === 404) {
    return new DockhandError("GITHUB_NOT_FOUND", text, {
      exit: 1,
      details,
      hint: context.notFoundHint ?? "check the name, and that the token can see it (GitHub answers 404 for both)",
    });
  }
  if (status === 401) {
    return new DockhandError("GITHUB_UNAUTHORIZED", text, {
      exit: 3,
      details,
      hint: "the token is missing, expired or revoked; pass --token or set GITHUB_TOKEN / GH_TOKEN",
    });
  }
  const remaining = error.response?.headers["x-ratelimit-remaining"];
  if (status === 429 || (status === 403 && String(remaining) === "0")) {
    return new DockhandError("GITHUB_RATE_LIMITED", text, {
      exit: 3,
      details,
      hint: "wait for the rate limit to reset (x-ratelimit-reset) or use another token",
    });
  }
  if (status === 403) return new DockhandError("GITHUB_FORBIDDEN", text, { exit: 3, details });
  if (status >= 500) return new DockhandError("GITHUB_UNAVAILABLE", text, { exit: 3, details });
  return new DockhandError("GITHUB_REFUSED", text, { exit: 3, details });
}

/** Runs a GitHub call and converts its failure with {@link toGitHubError}. */
export async function githubCall<T>(context: GitHubCallContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, context);
  }
}
