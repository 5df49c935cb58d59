/**
 * `validate`: broken images in a repository — an index whose entries are missing (all of them: a ghost; some:
 * partial), a tag that points at no manifest, a signature or referrer whose subject is gone, and manifests that
 * could not be read at all.
 */
import { buildGraph, userTags } from "./graph.js";
import type { Inventory } from "./types.js";

/** One problem found. */
export interface ValidationProblem {
  kind: "missing-children" | "dangling-tag" | "orphan-referrer" | "unreadable";
  digest?: string;
  tags: string[];
  message: string;
  /** For missing-children: the entries that are gone. */
  missing?: string[];
}

/** Finds broken images in an inventory; an empty list means every image is whole. */
export function validateInventory(inventory: Inventory): ValidationProblem[] {
  const graph = buildGraph(inventory);
  const problems: ValidationProblem[] = [];
  const name = (tags: string[], digest: string) => (tags.length > 0 ? tags.join(", ") : digest);
  for (const version of inventory.versions) {
    const facts = inventory.manifests.get(version.digest);
    const tags = userTags(version.tags);
    if (inventory.absent.has(version.digest)) {
      if (version.tags.length > 0) {
        problems.push({
          kind: "dangling-tag",
          digest: version.digest,
          tags: version.tags,
          message: `${version.tags.join(", ")} points at ${version.digest}, which the registry does not have`,
        });
      }
      continue;
    }
    if (facts?.kind === "index") {
      const missing = facts.children
        .map((c) => c.digest)
        .filter((d) => !graph.versions.has(d) || inventory.absent.has(d));
      if (missing.length > 0) {
        const whole =
          missing.length === facts.children.length ? "all" : `${missing.length} of ${facts.children.length}`;
        problems.push({
          kind: "missing-children",
          digest: version.digest,
          tags,
          missing,
          message: `index ${name(tags, version.digest)} lists ${whole} entries that are gone (${missing.map((d) => d.slice(0, 19)).join(", ")}): pulls fail with manifest unknown`,
        });
      }
    }
    const referent = graph.referent.get(version.digest);
    if (referent !== undefined && (!graph.versions.has(referent) || inventory.absent.has(referent))) {
      problems.push({
        kind: "orphan-referrer",
        digest: version.digest,
        tags: version.tags,
        message: `${name(version.tags, version.digest)} refers to ${referent}, which is gone`,
      });
    }
  }
  for (const tag of inventory.danglingTags) {
    problems.push({ kind: "dangling-tag", tags: [tag], message: `tag ${tag} points at no manifest` });
  }
  for (const failure of inventory.failures) {
    problems.push({
      kind: "unreadable",
      digest: failure.digest,
      tags: failure.tags,
      message: `${name(failure.tags, failure.digest)} could not be read: ${failure.reason}`,
    });
  }
  return problems;
}
