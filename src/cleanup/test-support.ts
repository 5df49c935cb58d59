/**
 * Builders of inventories for planner tests and the benchmark: manifests are described by name, digests are
 * derived from the names, so a table reads like the repository it models.
 */
import { computeDigest } from "../oci/digest.js";
import type { ChildEntry, CleanupVersion, Inventory, ManifestFacts } from "./types.js";

/** The digest a test name stands for. */
export function digestOf(name: string): string {
  return computeDigest(new TextEncoder().encode(name));
}

/** A manifest in a test inventory. */
export interface TestManifest {
  name: string;
  tags?: string[];
  /** Days before the test clock. */
  ageDays?: number;
  /** Index entries by name; `att:NAME` marks an attestation entry. */
  children?: string[];
  /** Subject by name. */
  subject?: string;
  /** Layer blobs by name, 1000 bytes each. */
  blobs?: string[];
  id?: number;
}

/** The test clock: 2026-11-01T00:00:00Z. */
export const TEST_NOW = Date.UTC(2026, 10, 1);

/** Builds an inventory from named manifests. */
export function inventoryOf(manifests: TestManifest[], repository = "ghcr.io/acme/app"): Inventory {
  const versions: CleanupVersion[] = [];
  const facts = new Map<string, ManifestFacts>();
  for (const [i, m] of manifests.entries()) {
    const digest = digestOf(m.name);
    versions.push({
      digest,
      tags: (m.tags ?? []).map((t) =>
        t.replace(/^@(.+?)(\..+)?$/, (_, n: string, s = "") => `${digestOf(n).replace(":", "-")}${s}`),
      ),
      id: m.id ?? i + 1,
      ...(m.ageDays !== undefined ? { createdAt: TEST_NOW - m.ageDays * 86_400_000 } : {}),
    });
    const children: ChildEntry[] = (m.children ?? []).map((c) => ({
      digest: digestOf(c.replace(/^att:/, "")),
      attestation: c.startsWith("att:"),
      platform: c.startsWith("att:") ? "unknown/unknown" : "linux/amd64",
    }));
    facts.set(digest, {
      digest,
      kind: m.children ? "index" : "image",
      mediaType: m.children ? "application/vnd.oci.image.index.v1+json" : "application/vnd.oci.image.manifest.v1+json",
      size: 100,
      children,
      ...(m.subject ? { subject: digestOf(m.subject) } : {}),
      blobs: (m.blobs ?? []).map((b) => ({ digest: digestOf(`blob:${b}`), size: 1000 })),
    });
  }
  return { repository, versions, manifests: facts, failures: [], absent: new Set(), danglingTags: [] };
}
