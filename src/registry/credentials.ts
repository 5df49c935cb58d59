/**
 * Credentials for a registry host, found where Docker and GitHub Actions put them:
 * 1. Docker's `config.json` (in `$DOCKER_CONFIG`, else `~/.docker`): `credHelpers[host]`, then `credsStore`,
 *    through `docker-credential-<helper> get`; then `auths[host]` (`auth` base64 `user:password`, or
 *    `username`/`password`, `identitytoken`, `registrytoken`);
 * 2. for GitHub's registries (ghcr.io, `containers.<host>` of a GHES `GITHUB_API_URL`, hosts named in
 *    `DOCKHAND_GITHUB_REGISTRY`): `GITHUB_TOKEN`, else `GH_TOKEN`.
 * An explicit `docker login` wins over the environment, as it does for docker itself. Secrets stay in memory only.
 */
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { DockhandError } from "../errors.js";
import { isGitHubRegistryHost } from "../github/hosts.js";

/** Credentials for one host. `source` says where they came from, for diagnostics (never the secret). */
export interface Credential {
  username?: string;
  password?: string;
  /** An OAuth refresh token (`identitytoken`), exchanged at the token realm. */
  identityToken?: string;
  /** A bearer token to send as is (`registrytoken`). */
  registryToken?: string;
  source: string;
}

/** Looks up credentials for a registry host. */
export type CredentialSource = (host: string) => Promise<Credential | undefined>;

const DOCKER_HUB_HOSTS = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
const DOCKER_HUB_KEY = "https://index.docker.io/v1/";

/** The host part of an `auths` key (`https://ghcr.io`, `ghcr.io/v2/`, `https://index.docker.io/v1/`). */
function keyHost(key: string): string {
  const [host = ""] = key.replace(/^[a-z]+:\/\//i, "").split("/");
  return host.toLowerCase();
}

function sameRegistry(a: string, b: string): boolean {
  return a === b || (DOCKER_HUB_HOSTS.has(a) && DOCKER_HUB_HOSTS.has(b));
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

async function readDockerConfig(env: NodeJS.ProcessEnv): Promise<{ config: DockerConfig; path: string } | undefined> {
  const dir = env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), ".docker");
  const path = join(dir, "config.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    return { config: JSON.parse(text) as DockerConfig, path };
  } catch (error) {
    throw new DockhandError("DOCKER_CONFIG_INVALID", `${path} is not valid JSON: ${(error as Error).message}`, {
      details: { path },
    });
  }
}

/** Runs `docker-credential-<helper> get`; undefined when the helper is missing or has nothing for the host. */
export async function runCredentialHelper(helper: string, serverUrl: string): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  // Loaded only when a helper is configured: most runs never start a process.
  const { execFile } = await import("node:child_process");
  const output = await new Promise<string | undefined>((resolve, reject) => {
    const child = execFile(program, ["get"], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout);
        return;
      }
      const code = (error as { code?: unknown }).code;
      if (code === "ENOENT" || /not found|no credentials/i.test(`${stdout}${stderr}`)) {
        resolve(undefined);
        return;
      }
      reject(
        new DockhandError(
          "CREDENTIAL_HELPER_FAILED",
          `${program} get failed for ${serverUrl}: ${stderr.trim() || error.message}`,
          {
            exit: 3,
            details: { helper: program, server: serverUrl },
          },
        ),
      );
    });
    child.stdin?.end(serverUrl);
  });
  if (output === undefined || output.trim() === "") return undefined;
  const parsed = JSON.parse(output) as { Username?: string; Secret?: string };
  if (!parsed.Secret) return undefined;
  const source = `credential helper ${program}`;
  return parsed.Username === "<token>"
    ? { identityToken: parsed.Secret, source }
    : { username: parsed.Username ?? "", password: parsed.Secret, source };
}

function fromAuthEntry(entry: NonNullable<DockerConfig["auths"]>[string], path: string): Credential | undefined {
  const source = `docker config ${path}`;
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.identitytoken)
    return { identityToken: entry.identitytoken, ...(entry.username ? { username: entry.username } : {}), source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password, source };
  return undefined;
}

/** The default credential lookup over Docker's config and the GitHub token variables of `env`. */
export function dockerCredentials(env: NodeJS.ProcessEnv = process.env): CredentialSource {
  const cache = new Map<string, Promise<Credential | undefined>>();
  const lookup = async (host: string): Promise<Credential | undefined> => {
    const lower = host.toLowerCase();
    const found = await readDockerConfig(env);
    if (found) {
      const { config, path } = found;
      const serverUrl = DOCKER_HUB_HOSTS.has(lower) ? DOCKER_HUB_KEY : lower;
      const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => sameRegistry(keyHost(k), lower));
      const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
      if (helper) {
        const credential = await runCredentialHelper(helper, serverUrl);
        if (credential) return credential;
      }
      const authKey = Object.keys(config.auths ?? {}).find((k) => sameRegistry(keyHost(k), lower));
      const entry = authKey ? config.auths?.[authKey] : undefined;
      const credential = entry ? fromAuthEntry(entry, path) : undefined;
      if (credential) return credential;
    }
    if (isGitHubRegistryHost(lower, env)) {
      const name = env.GITHUB_TOKEN ? "GITHUB_TOKEN" : env.GH_TOKEN ? "GH_TOKEN" : undefined;
      const token = name ? env[name] : undefined;
      if (name && token)
        return { username: env.GITHUB_ACTOR || "dockhand", password: token, source: `environment ${name}` };
    }
    return undefined;
  };
  return (host) => {
    let result = cache.get(host);
    if (!result) {
      result = lookup(host);
      cache.set(host, result);
    }
    return result;
  };
}
