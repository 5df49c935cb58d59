import { readFile, stat } from "node:fs/promises";
import path from "node:path";

/**
 * The `owner/name` of the checkout's `origin` remote, read from its git config (no git process), or undefined.
 * Follows a `.git` file (worktrees, submodules) to the real git directory.
 */
export async function originRepository(root: string): Promise<string | undefined> {
  const gitDir = await findGitDir(root);
  if (!gitDir) return undefined;
  let config: string;
  try {
    config = await readFile(path.join(gitDir, "config"), "utf8");
  } catch {
    return undefined;
  }
  const url = originUrl(config);
  return url === undefined ? undefined : repositoryFromUrl(url);
}

async function findGitDir(root: string): Promise<string | undefined> {
  const dotGit = path.join(root, ".git");
  try {
    const info = await stat(dotGit);
    if (info.isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, "utf8"))?.[1]?.trim();
    if (!pointer) return undefined;
    const gitDir = path.resolve(root, pointer);
    // A worktree's git directory keeps the config in the main repository ("commondir").
    const common = await readFile(path.join(gitDir, "commondir"), "utf8").catch(() => undefined);
    return common ? path.resolve(gitDir, common.trim()) : gitDir;
  } catch {
    return undefined;
  }
}

/** The url of `[remote "origin"]` in a git config file. */
export function originUrl(config: string): string | undefined {
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[(.+)\]\s*$/.exec(line)?.[1];
    if (section !== undefined) {
      inOrigin = /^remote\s+"origin"$/.test(section.trim());
      continue;
    }
    const url = inOrigin ? /^\s*url\s*=\s*(.+?)\s*$/.exec(line)?.[1] : undefined;
    if (url) return url;
  }
  return undefined;
}

/**
 * `owner/name` from a remote URL on a server: https, ssh or scp-like (`git@github.com:owner/name.git`). A local
 * path or `file://` remote (a clone of a clone, a test fixture) names no GitHub repository.
 */
export function repositoryFromUrl(url: string): string | undefined {
  const onServer = /^(?:https?|ssh|git):\/\/[^/]+\//i.test(url) || /^[\w.-]+@[\w.-]+:(?!\/)/.test(url);
  if (!onServer) return undefined;
  const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}
