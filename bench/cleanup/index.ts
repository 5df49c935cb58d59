/**
 * `npx tsx bench/run.ts cleanup`: planning time over 10,000 versions with their manifests (multi-arch images
 * with attestations and signatures, shared bases, untagged leftovers) under three policies, and manifest fetching
 * from the embedded registry, sequential against bounded-concurrent. No peer runs here: the clean-up tools in use
 * (dataaxiom/ghcr-cleanup-action, snok/container-retention-policy) are GitHub Actions that only talk to
 * api.github.com and ghcr.io, so the numbers are absolute; the fetch rows compare dockhand with itself at
 * concurrency 1.
 */
import { performance } from "node:perf_hooks";
import { planCleanup } from "../../src/cleanup/plan.js";
import type { CleanupPolicy } from "../../src/cleanup/policy.js";
import { registryInventory } from "../../src/cleanup/registry.js";
import type { ChildEntry, CleanupVersion, Inventory, ManifestFacts } from "../../src/cleanup/types.js";
import { computeDigest } from "../../src/oci/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { startRegistry } from "../../src/server/start.js";
import { pushMultiArch, pushSignature } from "../../test/cleanup/content.js";
import { median } from "../stats.js";

const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

function digest(name: string): string {
  return computeDigest(name);
}

/** 10,000 versions: 1,600 images of six manifests (index, two platforms, attestation, signature, SBOM) and 400 loose. */
function syntheticInventory(): Inventory {
  const versions: CleanupVersion[] = [];
  const manifests = new Map<string, ManifestFacts>();
  const add = (name: string, tags: string[], ageDays: number, facts: Partial<ManifestFacts>) => {
    const d = digest(name);
    versions.push({ digest: d, tags, createdAt: NOW - ageDays * DAY, id: versions.length + 1 });
    manifests.set(d, {
      digest: d,
      kind: facts.children ? "index" : "image",
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      size: 500,
      children: facts.children ?? [],
      blobs: facts.blobs ?? [],
      ...(facts.subject ? { subject: facts.subject } : {}),
    });
    return d;
  };
  const base = { digest: digest("blob:base"), size: 30_000_000 };
  for (let i = 0; i < 1600; i++) {
    const age = i % 400;
    const tag =
      i % 4 === 0
        ? `v${Math.floor(i / 100)}.${Math.floor(i / 10) % 10}.${i % 10}`
        : i % 4 === 1
          ? `pr-${i}`
          : `sha-${i}`;
    const platforms = ["amd64", "arm64"].map((arch) =>
      add(`${i}/${arch}`, [], age, { blobs: [base, { digest: digest(`blob:${i}/${arch}`), size: 5_000_000 }] }),
    );
    const attestation = add(`${i}/att`, [], age, { blobs: [{ digest: digest(`blob:${i}/att`), size: 20_000 }] });
    const children: ChildEntry[] = [
      ...platforms.map((d) => ({ digest: d, attestation: false })),
      { digest: attestation, attestation: true },
    ];
    const index = add(`${i}`, [tag], age, { children });
    add(`${i}/sig`, [`${index.replace(":", "-")}.sig`], age, {});
    add(`${i}/sbom`, [], age, { subject: index });
  }
  for (let i = 0; i < 400; i++)
    add(`loose/${i}`, [], i, { blobs: [{ digest: digest(`blob:loose/${i}`), size: 1_000_000 }] });
  return { repository: "ghcr.io/acme/bench", versions, manifests, failures: [], absent: new Set(), danglingTags: [] };
}

async function planning(): Promise<string[]> {
  const inventory = syntheticInventory();
  const policies: [string, CleanupPolicy][] = [
    ["--untagged --older-than 30d", { untagged: true, olderThanMs: 30 * DAY }],
    ["--include 'pr-*' --include 'sha-*' --keep-tagged 50", { include: ["pr-*", "sha-*"], keepTagged: 50 }],
    ["--keep-tagged 100 --keep-semver minor --untagged", { keepTagged: 100, keepSemver: "minor", untagged: true }],
  ];
  const rows = ["| policy | versions | deletions | median plan time (7 runs) |", "|---|---:|---:|---:|"];
  for (const [label, policy] of policies) {
    const times: number[] = [];
    let deletions = 0;
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      const plan = planCleanup(inventory, policy, { now: NOW });
      times.push(performance.now() - started);
      deletions = plan.waves.flat().length;
    }
    rows.push(`| \`${label}\` | ${inventory.versions.length} | ${deletions} | ${median(times).toFixed(1)} ms |`);
  }
  return rows;
}

async function fetching(): Promise<string[]> {
  const registry = await startRegistry({ storage: "memory" });
  const client = new RegistryClient({ retry: { retries: 0 }, concurrency: 8 });
  try {
    const images = 100;
    for (let i = 0; i < images; i++) {
      const image = await pushMultiArch(registry.store, "acme/bench", `bench-${i}`, { tag: `t${i}` });
      await pushSignature(registry.store, "acme/bench", image.index, true);
    }
    const store = new RegistryStore(client, registry.host);
    const rows = [
      "| concurrency | manifests | median fetch time (3 runs) | ratio to concurrency 1 |",
      "|---:|---:|---:|---:|",
    ];
    let sequential = 0;
    for (const concurrency of [1, 8]) {
      const times: number[] = [];
      let count = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const inventory = await registryInventory(store, "acme/bench", "bench", { concurrency });
        times.push(performance.now() - started);
        count = inventory.versions.length;
      }
      const time = median(times);
      if (concurrency === 1) sequential = time;
      rows.push(`| ${concurrency} | ${count} | ${time.toFixed(0)} ms | ${(time / sequential).toFixed(2)} |`);
    }
    return rows;
  } finally {
    await client.close();
    await registry.close();
  }
}

/** The clean-up benchmark. */
export const cleanupBench = {
  name: "cleanup",
  run: async (): Promise<string> =>
    [
      "## cleanup",
      "",
      "Planning over 10,000 versions once their manifests are fetched (1,600 multi-arch images of six manifests each —",
      "index, two platforms, attestation, cosign signature, SBOM referrer — and 400 untagged leftovers). No peer:",
      "the clean-up tools people use are GitHub Actions bound to api.github.com and ghcr.io, so these are absolute.",
      "",
      ...(await planning()),
      "",
      "Reading a repository through the Distribution API (embedded registry, 100 multi-arch images with signatures:",
      "tags, manifests, referrers), sequential against dockhand's bounded concurrency.",
      "",
      ...(await fetching()),
      "",
    ].join("\n"),
};
