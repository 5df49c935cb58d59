import { repositoryName } from "../reference/index.js";
import { findInFile } from "./find-in-file.js";
import { originRepository } from "./git-remote.js";
import { parseRepository, spellingsOf } from "./target.js";
import { compileFinder } from "./text-finder.js";
import type { Finding, ScannedFile, ScanOptions, ScanResult, UnparsedFile } from "./types.js";
import { walkProject } from "./walk.js";

/**
 * Finds every reference to one image repository in a checkout: workflows, Compose, Kubernetes, Helm, kustomize,
 * Dockerfiles, scripts, `.env` files, docs, monitoring configs, Terraform and JSON. Respects `.gitignore`, skips
 * binaries, vendored and generated folders and large files. `${{ github.repository }}` is resolved from
 * `options.githubRepo`, else GITHUB_REPOSITORY, else the checkout's `origin` remote.
 */
export async function scanProject(root: string, target: string, options: ScanOptions = {}): Promise<ScanResult> {
  const targetRef = parseRepository(target, "image to look for");
  const env = options.env ?? process.env;
  const githubRepo = options.githubRepo ?? env.GITHUB_REPOSITORY ?? (await originRepository(root));
  const search = {
    target: targetRef,
    find: compileFinder(spellingsOf(targetRef)),
    ...(githubRepo ? { github: { repository: githubRepo } } : {}),
  };
  const findings: Finding[] = [];
  const files: Record<string, ScannedFile> = {};
  const unparsed: UnparsedFile[] = [];
  let filesScanned = 0;
  const walkOptions = {
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  };
  const onSkip = (skipped: { path: string; reason: string }) => {
    if (skipped.reason === "not-utf8") unparsed.push({ file: skipped.path, reason: "not UTF-8 text; not searched" });
  };
  for await (const file of walkProject(root, walkOptions, onSkip)) {
    filesScanned++;
    const result = findInFile(file.path, file.text, search);
    if (result.findings.length > 0) {
      findings.push(...result.findings);
      files[file.path] = { hash: file.hash, text: file.text };
    }
    if (result.unparsed && result.findings.length > 0) unparsed.push({ file: file.path, reason: result.unparsed });
  }
  return {
    root,
    target: repositoryName(targetRef),
    ...(githubRepo ? { githubRepo } : {}),
    findings,
    files,
    unparsed,
    filesScanned,
  };
}
