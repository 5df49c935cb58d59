/**
 * Repair (`--delete-ghost-images`, `--delete-partial-images`, `--delete-orphaned-images`): the broken top-level
 * images `validate` reports, marked for deletion whatever their tags.
 */
import type { CleanupPolicy } from "./policy.js";
import type { CleanupVersion, Inventory } from "./types.js";
import { validateInventory } from "./validate.js";

/** A verdict on a top-level image. */
export interface Decision {
  action: "delete" | "keep";
  rule: string;
  reason: string;
  /** For an image that stays: tags to remove from it (`--untag`). */
  untag?: string[];
}

/** Marks the broken top-level images the policy asks to repair (ghost, partial, orphaned) for deletion. */
export function repairBroken(
  inventory: Inventory,
  roots: CleanupVersion[],
  policy: CleanupPolicy,
  decisions: Map<string, Decision>,
): void {
  const repair = policy.repair;
  if (!repair || !Object.values(repair).some(Boolean)) return;
  const isRoot = new Set(roots.map((r) => r.digest));
  for (const problem of validateInventory(inventory)) {
    if (!problem.digest || !isRoot.has(problem.digest)) continue;
    const children = inventory.manifests.get(problem.digest)?.children.length ?? 0;
    const kind =
      problem.kind === "orphan-referrer"
        ? "orphaned"
        : problem.kind === "missing-children"
          ? (problem.missing?.length ?? 0) === children
            ? "ghost"
            : "partial"
          : undefined;
    if (!kind || !repair[kind]) continue;
    decisions.set(problem.digest, { action: "delete", rule: `${kind}-image`, reason: `${kind}: ${problem.message}` });
  }
}
