import { readFile } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

/**
 * Decides whether a path is ignored by the checkout's `.gitignore` files (each applies to its own folder and below,
 * as git reads them) and `.git/info/exclude`.
 */
export class GitignoreMatcher {
  private readonly rules = new Map<string, Ignore>();

  /** Loads the given `.gitignore` files (paths relative to root, forward slashes) and `.git/info/exclude`. */
  static async load(root: string, gitignoreFiles: readonly string[]): Promise<GitignoreMatcher> {
    const matcher = new GitignoreMatcher();
    const exclude = await readOptional(path.join(root, ".git", "info", "exclude"));
    if (exclude !== undefined) matcher.add("", exclude);
    for (const file of gitignoreFiles) {
      const text = await readOptional(path.join(root, file));
      if (text !== undefined) matcher.add(path.posix.dirname(file) === "." ? "" : path.posix.dirname(file), text);
    }
    return matcher;
  }

  /** Adds rules read from a file in `dir` (relative to root, "" for the root itself). */
  add(dir: string, text: string): void {
    const existing = this.rules.get(dir) ?? ignore();
    existing.add(text);
    this.rules.set(dir, existing);
  }

  /** True when `file` (relative to root, forward slashes) is ignored by any applicable rule set. */
  ignores(file: string): boolean {
    for (const [dir, rules] of this.rules) {
      if (dir === "") {
        if (rules.ignores(file)) return true;
      } else if (file.startsWith(`${dir}/`) && rules.ignores(file.slice(dir.length + 1))) {
        return true;
      }
    }
    return false;
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
