import { execFile } from "node:child_process";

/**
 * The files of a git checkout that contain `needle`, from `git grep` (tracked and untracked, not ignored, not
 * binary): git searches its index much faster than reading every file. Undefined when git cannot answer (not a
 * checkout, git missing), and the caller reads every file instead.
 */
export async function gitCandidates(root: string, needle: string): Promise<Set<string> | undefined> {
  // `--untracked` adds untracked files but also applies .gitignore to tracked ones: a tracked file under an ignored
  // folder is found only by the plain (tracked files) search, so both run.
  const [all, tracked] = await Promise.all([grep(root, needle, true), grep(root, needle, false)]);
  if (!all || !tracked) return undefined;
  return new Set([...all, ...tracked]);
}

function grep(root: string, needle: string, untracked: boolean): Promise<string[] | undefined> {
  const args = [
    "-C",
    root,
    "grep",
    "-l",
    "-z",
    "-I",
    ...(untracked ? ["--untracked"] : []),
    "--no-color",
    "-F",
    "-e",
    needle,
  ];
  return new Promise((resolve) => {
    execFile("git", args, { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout) => {
      // Exit status 1 means "no file matched"; anything else is git failing.
      if (error && error.code !== 1) return resolve(undefined);
      resolve(stdout.split("\0").filter((file) => file !== ""));
    });
  });
}

/**
 * The files git tracks in a checkout (`git ls-files`), or undefined when git cannot answer. A tracked file is in a
 * rename's scope even when a `.gitignore` lists its folder: git keeps it, CI reads it.
 */
export function trackedFiles(root: string): Promise<Set<string> | undefined> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-C", root, "ls-files", "-z"],
      { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (error, stdout) => {
        if (error) return resolve(undefined);
        resolve(new Set(stdout.split("\0").filter((file) => file !== "")));
      },
    );
  });
}
