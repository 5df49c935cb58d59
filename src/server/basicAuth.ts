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

/**
 * An authorize hook that admits the users of an htpasswd map to every repository and action, and answers
 * anyone else with 401 UNAUTHORIZED and `WWW-Authenticate: Basic realm="…"`.
 */
export function basicAuthorizer(
  users: Map<string, string>,
  realm = "dockhand",
): (access: AccessRequest) => Promise<AuthDecision> {
  const key = randomBytes(32);
  const verified = new Set<string>();
  const refusal: AuthDecision = {
    allow: false,
    status: 401,
    code: "UNAUTHORIZED",
    message: "authentication required",
    headers: { "WWW-Authenticate": `Basic realm="${realm}", charset="UTF-8"` },
  };
  return async ({ request }) => {
    const given = credentials(request);
    const hash = given ? users.get(given.user) : undefined;
    if (!given || hash === undefined) return refusal;
    const fingerprint = createHmac("sha256", key).update(`${given.user}\0${given.password}\0${hash}`).digest("hex");
    if (verified.has(fingerprint)) return { allow: true };
    if (!(await bcrypt.compare(given.password, hash))) return refusal;
    verified.add(fingerprint);
    return { allow: true };
  };
}
