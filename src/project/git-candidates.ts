import { execFile } from "node:child_process";

/**
 * The files of a git checkout that contain `needle`, from `git grep` (tracked and untracked, not ignored, not
 * binary): git searches its index much faster than reading every file. Undefined when git cannot answer (not a
 * checkout, git missing), and the caller reads every file instead.
 */
export function gitCandidates(root: string, needle: string): Promise<Set<string> | undefined> {
  const args = ["-C", root, "grep", "-l", "-z", "-I", "--untracked", "--no-color", "-F", "-e", needle];
  return new Promise((resolve) => {
    execFile("git", args, { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout) => {
      // Exit status 1 means "no file matched"; anything else is git failing.
      if (error && error.code !== 1) return resolve(undefined);
      resolve(new Set(stdout.split("\0").filter((file) => file !== "")));
    });
  });
}
