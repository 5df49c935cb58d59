/**
 * Errors from registries, as values. A registry answers failures with `{"errors":[{code, message, detail}]}`
 * (distribution spec); token servers and proxies answer with other shapes or plain text. Every error names the
 * request (METHOD and URL, never credentials) and, for auth failures, the scope that was refused.
 *
 * Exit codes: a missing manifest, blob, tag or repository (404, `*_UNKNOWN`) exits 1 — the thing the user named
 * is wrong. Everything else the registry or the network says — 401/403, 429, 5xx, protocol errors, unreachable
 * hosts — exits 3.
 */
import { DockhandError, type ExitCode } from "../errors.js";

/** One entry of a registry error body. */
export interface RegistryErrorEntry {
  code: string;
  message: string;
  detail?: unknown;
}

/** What a {@link RegistryError} knows. */
export interface RegistryErrorInit {
  /** HTTP status, when the registry answered. */
  status?: number;
  /** `METHOD URL` of the failed request, without credentials. */
  request: string;
  /** Registry host the request was for (as in references: `ghcr.io`, `127.0.0.1:5000`). */
  host: string;
  /** Entries of the error body, when it had any. */
  errors?: RegistryErrorEntry[];
  /** The auth scope involved (`repository:owner/name:pull,push`) for 401/403. */
  scope?: string;
  hint?: string;
  cause?: unknown;
}

const STATUS_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "DENIED",
  404: "NOT_FOUND",
  405: "UNSUPPORTED",
  408: "TIMEOUT",
  409: "CONFLICT",
  413: "TOO_LARGE",
  416: "RANGE_INVALID",
  429: "TOOMANYREQUESTS",
};

/** Error code for an HTTP status without a registry body. */
export function codeForStatus(status: number): string {
  return STATUS_CODES[status] ?? (status >= 500 ? "REGISTRY_UNAVAILABLE" : `HTTP_${status}`);
}

function exitFor(code: string, status: number | undefined): ExitCode {
  if (status === 404 || code.endsWith("_UNKNOWN") || code === "NOT_FOUND") return 1;
  return 3;
}

/** A failure reported by a registry, its token server, or the network on the way to it. */
export class RegistryError extends DockhandError {
  readonly status: number | undefined;
  readonly request: string;
  readonly host: string;
  readonly errors: RegistryErrorEntry[];
  readonly scope: string | undefined;

  constructor(code: string, message: string, init: RegistryErrorInit) {
    const errors = init.errors ?? [];
    super(code, message, {
      exit: exitFor(code, init.status),
      ...(init.hint ? { hint: init.hint } : {}),
      details: {
        host: init.host,
        request: init.request,
        ...(init.status !== undefined ? { status: init.status } : {}),
        ...(init.scope ? { scope: init.scope } : {}),
        ...(errors.length > 0 ? { errors } : {}),
        ...digestDetail(errors),
      },
      cause: init.cause,
    });
    this.name = "RegistryError";
    this.status = init.status;
    this.request = init.request;
    this.host = init.host;
    this.errors = errors;
    this.scope = init.scope;
  }
}

/**
 * The digest an error names (MANIFEST_BLOB_UNKNOWN, BLOB_UNKNOWN), lifted from the first entry's `detail` as the
 * local stores give it: distribution writes the digest as the detail string, dockhand's server as `{digest}`.
 */
function digestDetail(errors: RegistryErrorEntry[]): { digest?: string } {
  const detail = errors[0]?.detail;
  const digest =
    typeof detail === "string"
      ? detail
      : typeof detail === "object" && detail !== null
        ? (detail as { digest?: unknown }).digest
        : undefined;
  return typeof digest === "string" && /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest) ? { digest } : {};
}

/** Reads the entries of an error body: the distribution shape, a token server's `{details}`/`{error}`, or text. */
export function parseErrorBody(text: string): RegistryErrorEntry[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    const body: unknown = JSON.parse(trimmed);
    if (body && typeof body === "object") {
      const record = body as Record<string, unknown>;
      if (Array.isArray(record.errors)) {
        return record.errors
          .filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === "object")
          .map((e) => ({
            code: typeof e.code === "string" ? e.code : "UNKNOWN",
            message: typeof e.message === "string" ? e.message : "",
            ...(e.detail !== undefined ? { detail: e.detail } : {}),
          }));
      }
      const message = [record.details, record.error_description, record.message, record.error].find(
        (v): v is string => typeof v === "string",
      );
      if (message) return [{ code: typeof record.code === "string" ? record.code : "", message }];
    }
  } catch {
    // not JSON: fall through to text
  }
  return [{ code: "", message: trimmed.slice(0, 500) }];
}

/** A request description for messages: `GET https://host/v2/...` with any userinfo removed. */
export function describeRequest(method: string, url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return `${method} ${parsed.toString()}`;
  } catch {
    return `${method} ${url}`;
  }
}

/** Builds the error for a failed response. `what` names the object ("manifest ghcr.io/o/n:tag"). */
export function errorFromResponse(
  status: number,
  bodyText: string,
  init: { request: string; host: string; scope?: string; what?: string },
): RegistryError {
  const errors = parseErrorBody(bodyText);
  const first = errors[0];
  const code = first?.code ? first.code : codeForStatus(status);
  const quoted = errors
    .map((e) => (e.code ? `${e.code.toLowerCase()}: ${e.message}` : e.message))
    .filter((m) => m !== "")
    .join("; ");
  const subject = init.what ? `${init.what}: ` : "";
  let message = `${subject}${init.host} answered ${status}${quoted ? ` (${quoted})` : ""} to ${init.request}`;
  let hint: string | undefined;
  if (status === 401 || status === 403) {
    const scope = init.scope ? ` for scope "${init.scope}"` : "";
    message = `${subject}${init.host} refused access${scope} (${status}${quoted ? `: ${quoted}` : ""}) on ${init.request}`;
    hint =
      status === 401
        ? `log in to ${init.host} (docker login, or GITHUB_TOKEN for GitHub's registry) with a token that can do this`
        : `the credentials used for ${init.host} lack this permission; check the token's scopes and the package's access settings`;
  } else if (status === 429) {
    hint = "the registry is rate-limiting; wait and retry, or authenticate for a higher limit";
  }
  return new RegistryError(code, message, {
    status,
    request: init.request,
    host: init.host,
    errors,
    ...(init.scope ? { scope: init.scope } : {}),
    ...(hint ? { hint } : {}),
  });
}

/** Builds the error for a request that got no answer (refused, reset, DNS, timeout, TLS). */
export function networkError(error: unknown, init: { request: string; host: string }): RegistryError {
  const cause = describeCause(error);
  return new RegistryError("NETWORK", `cannot reach registry ${init.host}: ${cause} (${init.request})`, {
    request: init.request,
    host: init.host,
    cause: error,
    hint: `check that ${init.host} is the right host and reachable (for a local plain-HTTP registry, use --plain-http ${init.host})`,
  });
}

/** The most specific text of a network error: the system error code and message. */
export function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const inner = error.cause instanceof Error ? describeCause(error.cause) : undefined;
    const own = typeof code === "string" && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
    return inner && !own.includes(inner) ? `${own}: ${inner}` : own;
  }
  return String(error);
}
