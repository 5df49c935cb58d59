import { createHash } from "node:crypto";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { trackedFiles } from "./git-candidates.js";
import { GitignoreMatcher } from "./gitignore.js";

/** Folders that hold other people's code or build output: never scanned. */
export const SKIPPED_FOLDERS = [
  ".git",
  "node_modules",
  "bower_components",
  "vendor",
  "third_party",
  "dist",
  "coverage",
  ".terraform",
  ".venv",
  "venv",
  "__pycache__",
  ".tox",
  ".next",
  ".nuxt",
  ".cache",
  "target",
];

/** Default size limit: larger files are data, not configuration. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** A text file of the checkout, read and decoded. */
export interface ProjectFile {
  /** Relative to the root, forward slashes. */
  path: string;
  text: string;
  /** The bytes as read, for the hash of files that get edits. */
  bytes: Buffer;
}

/** A file the walker read but could not treat as text. */
export interface SkippedFile {
  path: string;
  reason: "binary" | "not-utf8" | "too-large";
}

/** Options of {@link walkProject}. */
export interface WalkOptions {
  maxFileSize?: number;
  exclude?: string[];
  /** Read only the listed files this accepts (a prefilter such as `git grep`, which runs while the walk lists). */
  only?: Promise<((file: string) => boolean) | undefined>;
}

/** Lists the checkout's files that a scan should read: not ignored, not in skipped folders, sorted. */
export async function listProjectFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const ignoreGlobs = [...SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`), ...(options.exclude ?? [])];
  const files = await glob(["**/*"], {
    cwd: root,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ignoreGlobs,
    expandDirectories: false,
  });
  const gitignores = files.filter((file) => path.posix.basename(file) === ".gitignore");
  const [matcher, tracked] = await Promise.all([GitignoreMatcher.load(root, gitignores), trackedFiles(root)]);
  // Ignored files stay out unless git tracks them (a tracked file under an ignored folder is part of the project).
  return files.filter((file) => !matcher.ignores(file) || tracked?.has(file) === true).sort();
}

/** Files read ahead of the one being searched: reading one at a time waits on the disk for every file. */
const readAhead = 32;

/**
 * Reads the checkout's text files in order, a few ahead (so a large checkout never sits in memory at once),
 * skipping binaries (a NUL byte in the first 8000 bytes, git's test), files that are not valid UTF-8 (rewriting
 * them could not keep their bytes), symbolic links and files over the size limit.
 */
export async function* walkProject(
  root: string,
  options: WalkOptions = {},
  onSkip: (file: SkippedFile) => void = () => {},
): AsyncGenerator<ProjectFile> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const [listed, only] = await Promise.all([listProjectFiles(root, options), options.only]);
  const files = only ? listed.filter(only) : listed;
  const pending: Promise<ProjectFile | SkippedFile | undefined>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < readAhead && next < files.length) {
      const file = files[next++];
      if (file !== undefined) pending.push(readProjectFile(root, file, maxFileSize));
    }
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift();
    fill();
    if (!result) continue;
    if ("reason" in result) onSkip(result);
    else yield result;
  }
}

async function readProjectFile(
  root: string,
  file: string,
  maxFileSize: number,
): Promise<ProjectFile | SkippedFile | undefined> {
  const absolute = path.join(root, file);
  const info = await lstat(absolute);
  // A symbolic link may point outside the checkout; rewriting it would replace the link with a file.
  if (!info.isFile()) return undefined;
  if (info.size > maxFileSize) return { path: file, reason: "too-large" };
  const bytes = await readFile(absolute);
  const decoded = decodeText(bytes);
  if (typeof decoded !== "string") return { path: file, reason: decoded.reason };
  return { path: file, text: decoded, bytes };
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes a file as UTF-8 when it is text: no NUL byte near the start, and valid UTF-8 throughout. */
export function decodeText(bytes: Uint8Array): string | { reason: "binary" | "not-utf8" } {
  if (bytes.subarray(0, 8000).includes(0)) return { reason: "binary" };
  try {
    return utf8.decode(bytes);
  } catch {
    return { reason: "not-utf8" };
  }
}

/** sha256 of a file's bytes, hex: how applyEdits knows a file is unchanged since the scan. */
export function hashBytes(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
