/**
 * Where requests for a registry host go: the scheme (plain HTTP for loopback and hosts the user names, HTTPS
 * otherwise), Docker Hub's API host, and `--resolve HOST=URL` overrides that send every request for a host to
 * another base URL (as curl's `--resolve` does; this is how tests and the demo point `ghcr.io/...` at an emulator).
 */
import { isIP } from "node:net";
import { UsageError } from "../errors.js";

/** How hosts map to base URLs. */
export interface HostOptions {
  /** Hosts (`name` or `name:port`) spoken to over plain HTTP, beside loopback. */
  plainHttp?: string[];
  /** Registry host → base URL (`http://127.0.0.1:5000`); requests for the host go there. */
  resolve?: Record<string, string>;
}

/** Docker Hub's references say `docker.io`; its API lives at `registry-1.docker.io`. */
export function apiHost(domain: string): string {
  return domain === "docker.io" || domain === "index.docker.io" ? "registry-1.docker.io" : domain;
}

/** Splits `host[:port]` (with `[v6]` brackets) into the bare hostname and the port. */
export function splitHost(host: string): { hostname: string; port: string | undefined } {
  if (host.startsWith("[")) {
    const end = host.indexOf("]");
    const rest = host.slice(end + 1);
    return { hostname: host.slice(1, end), port: rest.startsWith(":") ? rest.slice(1) : undefined };
  }
  const colon = host.lastIndexOf(":");
  if (colon > 0 && host.indexOf(":") === colon) return { hostname: host.slice(0, colon), port: host.slice(colon + 1) };
  return { hostname: host, port: undefined };
}

/** True for `localhost`, 127.0.0.0/8 and ::1 (with or without a port). */
export function isLoopback(host: string): boolean {
  const { hostname } = splitHost(host);
  const name = hostname.toLowerCase();
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (isIP(name) === 4) return name.startsWith("127.");
  return name === "::1" || name === "0:0:0:0:0:0:0:1";
}

/** Parses `HOST=URL` entries (from `--resolve` or comma-separated `DOCKHAND_RESOLVE`). */
export function parseResolve(entries: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed === "") continue;
    const eq = trimmed.indexOf("=");
    const host = trimmed.slice(0, eq).trim().toLowerCase();
    const target = trimmed.slice(eq + 1).trim();
    let url: URL | undefined;
    try {
      url = eq > 0 ? new URL(target) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || host === "") {
      throw new UsageError(
        `invalid resolve entry "${trimmed}": expected HOST=URL`,
        "for example --resolve ghcr.io=http://127.0.0.1:5000",
      );
    }
    result[host] = url.origin;
  }
  return result;
}

/** Splits a comma-separated environment value into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Maps registry hosts to base URLs and rewrites URLs the registry hands out (upload locations, token realms). */
export class HostMap {
  private readonly plain: Set<string>;
  private readonly resolve: Map<string, string>;

  constructor(options: HostOptions = {}) {
    this.plain = new Set((options.plainHttp ?? []).map((h) => h.toLowerCase()));
    this.resolve = new Map(Object.entries(options.resolve ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  }

  /** True when requests to `host` use plain HTTP. */
  isPlainHttp(host: string): boolean {
    const lower = host.toLowerCase();
    return isLoopback(lower) || this.plain.has(lower) || this.plain.has(splitHost(lower).hostname);
  }

  /** The base URL (origin) for a registry host. */
  baseUrl(host: string): string {
    const resolved = this.resolve.get(host.toLowerCase());
    if (resolved) return resolved;
    return `${this.isPlainHttp(host) ? "http" : "https"}://${host}`;
  }

  /**
   * Rewrites an absolute URL whose host has a resolve entry to the resolved origin (a registry may hand out
   * `https://ghcr.io/...` locations or realms even when reached through an override).
   */
  rewrite(url: string): string {
    if (this.resolve.size === 0) return url;
    const parsed = new URL(url);
    const target = this.resolve.get(parsed.host.toLowerCase());
    if (!target) return url;
    return `${target}${parsed.pathname}${parsed.search}`;
  }
}
