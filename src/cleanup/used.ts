/**
 * `--keep-used-by PATH`: the tags and digests of one image that a checkout (or one file) still references, found
 * by the rename scanner (workflows, Compose, Kubernetes, Helm, scripts, docs, …). Images carrying them are kept.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { DockhandError } from "../errors.js";
import { compileFinder, findInFile, parseRepository, scanProject, spellingsOf } from "../project/index.js";
import type { Finding } from "../project/types.js";
import { parseReference } from "../reference/index.js";

/** Tags and digests of `image` referenced under `path` (a folder or a file). */
export async function referencesInUse(path: string, image: string): Promise<{ tags: string[]; digests: string[] }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new DockhandError("USED_BY_MISSING", `--keep-used-by: ${path} does not exist`, { exit: 2 });
  let findings: Finding[];
  if (info.isDirectory()) {
    findings = (await scanProject(path, image)).findings;
  } else {
    const target = parseRepository(image, "image");
    const text = await readFile(path, "utf8");
    findings = findInFile(basename(path), text, { target, find: compileFinder(spellingsOf(target)) }).findings;
  }
  const tags = new Set<string>();
  const digests = new Set<string>();
  for (const finding of findings) {
    if (finding.tag) tags.add(finding.tag);
    if (finding.digest) digests.add(finding.digest);
    for (const use of finding.uses ?? []) {
      try {
        const ref = parseReference(use.resolved);
        if (ref.tag) tags.add(ref.tag);
        if (ref.digest) digests.add(ref.digest);
      } catch {
        // A use the grammar cannot read names no tag we could keep.
      }
    }
  }
  return { tags: [...tags].sort(), digests: [...digests].sort() };
}
