import { createHash } from "node:crypto";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
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
  hash: string;
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
  const matcher = await GitignoreMatcher.load(root, gitignores);
  return files.filter((file) => !matcher.ignores(file)).sort();
}

/**
 * Reads the checkout's text files one at a time (so a large checkout never sits in memory at once), skipping
 * binaries (a NUL byte in the first 8000 bytes, git's test), files that are not valid UTF-8 (rewriting them could
 * not keep their bytes) and files over the size limit.
 */
export async function* walkProject(
  root: string,
  options: WalkOptions = {},
  onSkip: (file: SkippedFile) => void = () => {},
): AsyncGenerator<ProjectFile> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const file of await listProjectFiles(root, options)) {
    const absolute = path.join(root, file);
    const info = await lstat(absolute);
    // A symbolic link may point outside the checkout; rewriting it would replace the link with a file.
    if (!info.isFile()) continue;
    if (info.size > maxFileSize) {
      onSkip({ path: file, reason: "too-large" });
      continue;
    }
    const bytes = await readFile(absolute);
    const decoded = decodeText(bytes);
    if (typeof decoded !== "string") {
      onSkip({ path: file, reason: decoded.reason });
      continue;
    }
    yield { path: file, text: decoded, hash: hashBytes(bytes) };
  }
}

/** Decodes a file as UTF-8 when it is text whose bytes survive a round trip. */
export function decodeText(bytes: Buffer): string | { reason: "binary" | "not-utf8" } {
  if (bytes.subarray(0, 8000).includes(0)) return { reason: "binary" };
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) return { reason: "not-utf8" };
  return text;
}

/** sha256 of a file's bytes, hex: how applyEdits knows a file is unchanged since the scan. */
export function hashBytes(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
