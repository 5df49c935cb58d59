/**
 * Basic authentication from an htpasswd file (bcrypt entries, as `htpasswd -B` writes them), as an
 * {@link RegistryHandlerOptions.authorize} hook. Verified credentials are remembered by a keyed hash for the life
 * of the process, so bcrypt's deliberate slowness is paid once per client rather than once per request.
 */
import { createHmac, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import bcrypt from "bcryptjs";
import { DockhandError } from "../errors.js";
import type { AccessRequest, AuthDecision } from "./types.js";

/** Parses htpasswd text into user → bcrypt hash. Lines that are empty or comments are skipped. */
export function parseHtpasswd(text: string, source = "htpasswd"): Map<string, string> {
  const users = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const user = line.slice(0, colon);
    const hash = line.slice(colon + 1);
    if (colon <= 0 || !/^\$2[aby]\$\d\d\$/.test(hash)) {
      throw new DockhandError("HTPASSWD_INVALID", `${source}:${index + 1}: not a "user:bcrypt-hash" line`, {
        hint: "create entries with `htpasswd -B -c FILE USER` (only bcrypt hashes are accepted)",
        exit: 2,
      });
    }
    users.set(user, hash);
  });
  return users;
}

/** Reads and parses an htpasswd file. */
export async function loadHtpasswd(path: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new DockhandError("HTPASSWD_INVALID", `cannot read htpasswd file ${path}: ${(error as Error).message}`, {
      exit: 2,
    });
  }
  return parseHtpasswd(text, path);
}

/** User and password of a `Basic` Authorization header, or undefined. */
function credentials(request: IncomingMessage): { user: string; password: string } | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** How the authorizer guards bcrypt, whose slowness is the point but must not become the server's. */
export interface BasicAuthOptions {
  /** Failed logins allowed per client address and user name within `failureWindowMs` (default 5). */
  maxFailures?: number;
  /** The window for `maxFailures` (default 60 s); once full, the client gets 429 with Retry-After. */
  failureWindowMs?: number;
  /** bcrypt verifications run at once (default 2); the rest wait, so the event loop keeps serving others. */
  concurrency?: number;
  /** Checks a password against a hash (default bcryptjs's asynchronous compare); for tests that count calls. */
  verify?: (password: string, hash: string) => Promise<boolean>;
  now?: () => number;
}

/**
 * A hash of a password nobody has, at the cost the file's users have: an unknown user is checked against it, so
 * a refusal takes as long for a name that does not exist as for a wrong password (no user enumeration by timing).
 */
function dummyHash(users: Map<string, string>): Promise<string> {
  const cost = Number(/^\$2[aby]\$(\d\d)\$/.exec([...users.values()][0] ?? "")?.[1] ?? 10);
  return bcrypt.hash(randomBytes(16).toString("hex"), cost);
}

/** Clients remembered for failed logins at most; the oldest are forgotten first. */
const MAX_TRACKED_CLIENTS = 10_000;

/** At most `limit` calls of `work` at once. */
function limited(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * An authorize hook that admits the users of an htpasswd map to every repository and action, and answers
 * anyone else with 401 UNAUTHORIZED and `WWW-Authenticate: Basic realm="…"`. Unknown users cost a bcrypt check
 * like known ones, verifications are queued a few at a time, and a client that keeps failing for one user name is
 * answered 429 with Retry-After, without a check, until its window passes.
 */
export function basicAuthorizer(
  users: Map<string, string>,
  realm = "dockhand",
  options: BasicAuthOptions = {},
): (access: AccessRequest) => Promise<AuthDecision> {
  const key = randomBytes(32);
  const verified = new Set<string>();
  const failures = new Map<string, number[]>();
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.failureWindowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const verify = options.verify ?? ((password: string, hash: string) => bcrypt.compare(password, hash));
  const queue = limited(options.concurrency ?? 2);
  let unknownUserHash: Promise<string> | undefined;
  const refusal: AuthDecision = {
    allow: false,
    status: 401,
    code: "UNAUTHORIZED",
    message: "authentication required",
    headers: { "WWW-Authenticate": `Basic realm="${realm}", charset="UTF-8"` },
  };
  return async ({ request }) => {
    const given = credentials(request);
    if (!given) return refusal;
    const hash = users.get(given.user);
    const fingerprint = createHmac("sha256", key).update(`${given.user}\0${given.password}\0${hash}`).digest("hex");
    if (hash !== undefined && verified.has(fingerprint)) return { allow: true };
    const client = `${request.socket.remoteAddress ?? ""}\0${given.user}`;
    const recent = (failures.get(client) ?? []).filter((t) => now() - t < windowMs);
    if (recent.length >= maxFailures) {
      const retry = Math.max(1, Math.ceil((windowMs - (now() - (recent[0] ?? now()))) / 1000));
      return {
        allow: false,
        status: 429,
        code: "TOOMANYREQUESTS",
        message: `too many failed logins for ${given.user}; retry in ${retry} s`,
        headers: { "Retry-After": String(retry) },
      };
    }
    unknownUserHash ??= dummyHash(users);
    const against = hash ?? (await unknownUserHash);
    const ok = await queue(() => verify(given.password, against));
    if (!ok || hash === undefined) {
      recent.push(now());
      failures.delete(client);
      failures.set(client, recent);
      if (failures.size > MAX_TRACKED_CLIENTS) failures.delete(failures.keys().next().value as string);
      return refusal;
    }
    failures.delete(client);
    verified.add(fingerprint);
    return { allow: true };
  };
}
