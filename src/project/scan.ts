import { stat } from "node:fs/promises";
import { DockhandError } from "../errors.js";
import { repositoryName } from "../reference/index.js";
import { workflowFiles } from "./file-format.js";
import { findInFile } from "./find-in-file.js";
import { gitCandidates } from "./git-candidates.js";
import { originRepository } from "./git-remote.js";
import { parseRepository, spellingsOf } from "./target.js";
import { compileFinder, searchNeedle } from "./text-finder.js";
import type { Finding, ScannedFile, ScanOptions, ScanResult, UnparsedFile } from "./types.js";
import { hashBytes, walkProject } from "./walk.js";

/**
 * Finds every reference to one image repository in a checkout: workflows, Compose, Kubernetes, Helm, kustomize,
 * Dockerfiles, scripts, `.env` files, docs, monitoring configs, Terraform and JSON. Respects `.gitignore`, skips
 * binaries, vendored and generated folders and large files. `${{ github.repository }}` is resolved from
 * `options.githubRepo`, else GITHUB_REPOSITORY, else the checkout's `origin` remote. In a git checkout, `git grep`
 * picks the files worth reading (files without the name's last component cannot hold it), unless `useGit` is false.
 */
export async function scanProject(root: string, target: string, options: ScanOptions = {}): Promise<ScanResult> {
  const targetRef = parseRepository(target, "image to look for");
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new DockhandError("PROJECT_ROOT_MISSING", `${root} is not a folder`, {
      exit: 2,
      hint: "give the checkout's root folder",
    });
  }
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
    ...(options.useGit === false ? {} : { only: gitPrefilter(root, searchNeedle(targetRef.path)) }),
  };
  const onSkip = (skipped: { path: string; reason: string }) => {
    if (skipped.reason === "not-utf8") unparsed.push({ file: skipped.path, reason: "not UTF-8 text; not searched" });
  };
  const warnings: string[] = [];
  for await (const file of walkProject(root, walkOptions, onSkip)) {
    filesScanned++;
    if (!githubRepo && warnings.length === 0 && workflowFiles.test(file.path) && /github\.repository/.test(file.text)) {
      warnings.push(
        `${file.path} builds names from \${{ github.repository }}, but the repository is unknown: give githubRepo (--github-repo), set GITHUB_REPOSITORY, or add an origin remote`,
      );
    }
    const result = findInFile(file.path, file.text, search);
    if (result.findings.length > 0) {
      findings.push(...result.findings);
      files[file.path] = { hash: hashBytes(file.bytes), text: file.text };
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
    warnings,
  };
}

/** Files `git grep` says contain the needle, and every workflow (`${{ github.repository }}` spells a name alone). */
async function gitPrefilter(root: string, needle: string): Promise<((file: string) => boolean) | undefined> {
  const candidates = await gitCandidates(root, needle);
  return candidates && ((file) => candidates.has(file) || workflowFiles.test(file));
}
