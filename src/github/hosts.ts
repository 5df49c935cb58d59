/**
 * Which container registry hosts belong to GitHub: ghcr.io, `containers.<host>` of a GitHub Enterprise Server
 * API URL, and any host named in DOCKHAND_GITHUB_REGISTRY (comma-separated; the emulator's address, for one).
 */
import { GITHUB_API_URL } from "./api-url.js";

/** The public GitHub Container Registry host. */
export const GHCR_HOST = "ghcr.io";

/**
 * The registry host that goes with a REST API URL: ghcr.io for api.github.com, `containers.HOST` for
 * `https://HOST/api/v3` (GHES), `containers.SUB.ghe.com` for `https://api.SUB.ghe.com`.
 */
export function registryHostForApi(apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return GHCR_HOST;
  }
  const host = url.hostname.toLowerCase();
  if (host === "api.github.com" || host === "github.com") return GHCR_HOST;
  if (host.endsWith(".ghe.com")) return `containers.${host.replace(/^api\./, "")}`;
  return `containers.${host}`;
}

/** Every registry host dockhand treats as GitHub's, lower-case, without duplicates. */
export function githubRegistryHosts(env: NodeJS.ProcessEnv): string[] {
  const hosts = new Set<string>([GHCR_HOST]);
  const apiUrl = env.GITHUB_API_URL;
  if (apiUrl && apiUrl.replace(/\/+$/, "") !== GITHUB_API_URL) hosts.add(registryHostForApi(apiUrl));
  for (const item of (env.DOCKHAND_GITHUB_REGISTRY ?? "").split(",")) {
    const host = item.trim().toLowerCase();
    if (host) hosts.add(host);
  }
  return [...hosts];
}

/** True when `host` (optionally with a port) is one of GitHub's registries. */
export function isGitHubRegistryHost(host: string, env: NodeJS.ProcessEnv): boolean {
  return githubRegistryHosts(env).includes(host.toLowerCase());
}
