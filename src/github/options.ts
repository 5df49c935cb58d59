/**
 * Where the GitHub API is and which token to use, from command-line options and the environment:
 * `--github-api` or GITHUB_API_URL; `--token`, GITHUB_TOKEN or GH_TOKEN.
 */
import type { Command } from "commander";
import { GITHUB_API_URL } from "./api-url.js";

/** Command-line options as commander parses them. */
export interface GitHubCliOptions {
  githubApi?: string;
  token?: string;
}

/** The resolved connection settings. */
export interface GitHubConnection {
  apiUrl: string;
  token: string | undefined;
  /** Where the token came from, for messages ("--token", "GITHUB_TOKEN", "GH_TOKEN"); never the value. */
  tokenSource: string | undefined;
}

/** Resolves the API URL and token: options first, then GITHUB_API_URL, GITHUB_TOKEN, GH_TOKEN. */
export function resolveGitHubConnection(options: GitHubCliOptions, env: NodeJS.ProcessEnv): GitHubConnection {
  const apiUrl = (options.githubApi || env.GITHUB_API_URL || GITHUB_API_URL).replace(/\/+$/, "");
  const candidates: [string, string | undefined][] = [
    ["--token", options.token],
    ["GITHUB_TOKEN", env.GITHUB_TOKEN],
    ["GH_TOKEN", env.GH_TOKEN],
  ];
  const found = candidates.find(([, value]) => value !== undefined && value.trim() !== "");
  return { apiUrl, token: found?.[1]?.trim(), tokenSource: found?.[0] };
}

/** Adds `--github-api URL` and `--token TOKEN` to a command. */
export function addGitHubOptions(command: Command): Command {
  return command
    .option("--github-api <url>", "GitHub REST API base URL (default: $GITHUB_API_URL or https://api.github.com)")
    .option("--token <token>", "GitHub token (default: $GITHUB_TOKEN or $GH_TOKEN)");
}
