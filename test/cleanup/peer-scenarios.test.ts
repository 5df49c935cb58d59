/**
 * dataaxiom/ghcr-cleanup-action's integration scenarios, restated as data in test/cleanup/peer-scenarios/ (each file
 * names the peer test it restates), run with dockhand's equivalent options against the GHCR emulator. Content is
 * generated here: single-platform images, multi-arch indexes (with BuildKit attestation entries when asked),
 * indexes sharing platform manifests, cosign `sha256-<hex>.sig` signatures and OCI 1.1 referrers, then platform
 * manifests deleted to make ghost and partial images. Digests in a scenario (the peer's) stand for the generated
 * image of the same entry.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeDigest } from "../../src/oci/digest.js";
import { OCI_INDEX, OCI_MANIFEST } from "../../src/oci/mediaTypes.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { startGitHubEmulator } from "../../src/server/ghcr/index.js";
import { runCli } from "../helpers/cli.js";
import { pushImage, pushSignature } from "./content.js";

interface ScenarioImage {
  id: string;
  kind: "image" | "index";
  tags: string[];
  platforms?: string[];
  digest?: string;
  attestation?: boolean;
  signature?: boolean;
  referrer?: boolean;
  subject?: string;
  shared_children_with?: string;
  ghost?: boolean;
  missing_platforms?: string[];
  orphan_of?: string;
}

interface Scenario {
  source: string;
  description: string;
  images?: ScenarioImage[];
  dockhand_args: string[] | null;
  expect: { tags: string[]; kept: string[]; deleted: string[]; untagged?: Record<string, string[]> };
}

const folder = path.join(import.meta.dirname, "peer-scenarios");
const scenarios = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => [file, JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Scenario] as const)
  // Multi-package scenarios state no contents or results (the peer only checks the run succeeds).
  .filter(([, scenario]) => scenario.images !== undefined && scenario.dockhand_args !== null);

const encoder = new TextEncoder();
const REPO = "alice/app";

// One after another: the GitHub client spaces writes a second apart across the process, as GitHub asks.
describe.each(scenarios)("ghcr-cleanup-action scenario %s", (_file, scenario) => {
  it(scenario.description, async () => {
    let clock = Date.now() - 400 * 86_400_000;
    const emulator = await startGitHubEmulator({
      world: {
        users: [{ login: "alice" }],
        tokens: [
          {
            value: "ghp_admin",
            kind: "classic_pat",
            user: "alice",
            scopes: ["read:packages", "write:packages", "delete:packages"],
          },
        ],
      },
      now: () => new Date(clock),
    });
    const client = new RegistryClient({
      resolve: { "ghcr.io": emulator.url },
      credentials: async () => ({ username: "alice", password: "ghp_admin", source: "test" }),
      retry: { retries: 0 },
    });
    try {
      const store = new RegistryStore(client, "ghcr.io");
      const ids = await seed(store, scenario.images ?? [], () => {
        clock += 3_600_000;
      });
      const pkg = () => emulator.state.packages.find((p) => p.name === "app" && !p.deletedAt);
      const versions = () => {
        const found = pkg();
        return found ? emulator.state.activeVersions(found) : [];
      };
      // Ghost and partial images: platform manifests deleted after the push, as the peer's prime-delete does.
      for (const image of scenario.images ?? []) {
        for (const platform of image.missing_platforms ?? []) {
          const child = ids.children.get(image.id)?.get(platform);
          const version = versions().find((v) => v.digest === child);
          const found = pkg();
          if (version && found) await emulator.state.deleteVersion(found, version);
        }
      }
      clock = Date.now();
      const digestOf = (id: string) => ids.digests.get(id) ?? "";
      const substitute = (text: string) => {
        let out = text.replace(/<(\w+) digest>/g, (_m, id: string) => digestOf(id).replace(/^sha256:/, ""));
        for (const image of scenario.images ?? []) {
          if (image.digest) out = out.replaceAll(image.digest, digestOf(image.id));
        }
        return out;
      };
      const args = (scenario.dockhand_args ?? []).map(substitute);
      const result = await runCli(["cleanup", `ghcr.io/${REPO}`, ...args, "--json"], {
        env: {
          GITHUB_API_URL: emulator.apiUrl,
          GITHUB_TOKEN: "ghp_admin",
          DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
          HOME: "/nonexistent",
        },
      });
      expect(result.code, `${result.err}\n${result.out}`).toBe(0);

      const after = versions();
      const digests = new Set(after.map((v) => v.digest));
      const tags = after.flatMap((v) => v.tags).sort();
      expect(tags).toEqual(scenario.expect.tags.map(substitute).sort());
      for (const id of scenario.expect.kept) {
        expect(digests.has(digestOf(id)), `${id} is kept`).toBe(true);
        const image = scenario.images?.find((candidate) => candidate.id === id);
        for (const [platform, child] of ids.children.get(id) ?? []) {
          if (image?.missing_platforms?.includes(platform)) continue;
          expect(digests.has(child), `${id}'s ${platform} manifest is kept`).toBe(true);
        }
      }
      for (const id of scenario.expect.deleted) expect(digests.has(digestOf(id)), `${id} is deleted`).toBe(false);
      for (const [id, removed] of Object.entries(scenario.expect.untagged ?? {})) {
        const version = after.find((v) => v.digest === digestOf(id));
        for (const tag of removed) expect(version?.tags ?? [], `${id} lost ${tag}`).not.toContain(tag);
      }
    } finally {
      await client.close();
      await emulator.close();
    }
    // Deletions are spaced a second apart: a scenario with 40 manifests to delete takes about 40 s.
  }, 180_000);
});

/** Digests of the generated images, and of each index's platform manifests by platform. */
interface Seeded {
  digests: Map<string, string>;
  children: Map<string, Map<string, string>>;
}

/** Pushes the scenario's images oldest first, `tick` moving the emulator's clock between them. */
async function seed(store: RegistryStore, images: ScenarioImage[], tick: () => void): Promise<Seeded> {
  const seeded: Seeded = { digests: new Map(), children: new Map() };
  for (const image of images) {
    tick();
    const tags = image.tags.map((tag) => tag.replace(/<(\w+) digest>/g, (_m, id: string) => hexOf(seeded, id)));
    const orphanTags = image.orphan_of
      ? tags.map(() => `sha256-${fakeHex(image.id)}${image.signature ? ".sig" : ""}`)
      : [];
    const finalTags = image.orphan_of ? orphanTags : tags;
    let digest: string;
    if (image.subject) {
      digest = await pushSignature(store, REPO, seeded.digests.get(image.subject) ?? "", false);
    } else if (image.kind === "index") {
      const childSeed =
        image.shared_children_with && seeded.children.has(image.shared_children_with)
          ? image.shared_children_with
          : image.id;
      digest = await pushIndex(store, image, childSeed, seeded);
    } else {
      digest = await pushImage(store, REPO, image.id);
    }
    seeded.digests.set(image.id, digest);
    await tagAll(store, digest, finalTags);
    if (image.signature && !image.orphan_of) {
      tick();
      await pushSignature(store, REPO, digest, true);
    }
    if (image.referrer && !image.subject) {
      tick();
      await pushSignature(store, REPO, digest, false);
    }
  }
  return seeded;
}

function hexOf(seeded: Seeded, id: string): string {
  return (seeded.digests.get(id) ?? "").replace(/^sha256:/, "");
}

/** A digest no manifest has, for an orphan's tag. */
function fakeHex(id: string): string {
  return computeDigest(encoder.encode(`no such subject ${id}`)).replace(/^sha256:/, "");
}

async function tagAll(store: RegistryStore, digest: string, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const manifest = await store.getManifest(REPO, digest);
  for (const tag of tags) await store.putManifest(REPO, manifest.bytes, manifest.mediaType, tag);
}

/** A multi-arch index over `image.platforms` (children from `childSeed`, so two indexes can share them). */
async function pushIndex(
  store: RegistryStore,
  image: ScenarioImage,
  childSeed: string,
  seeded: Seeded,
): Promise<string> {
  const platforms = image.platforms ?? ["linux/amd64", "linux/arm64"];
  const children = new Map<string, string>();
  const entries = [];
  for (const platform of platforms) {
    const digest = await pushImage(store, REPO, `${childSeed}/${platform}`, { platform });
    children.set(platform, digest);
    const [os, architecture, variant] = platform.split("/");
    const size = (await store.statManifest(REPO, digest))?.size ?? 0;
    entries.push({
      mediaType: OCI_MANIFEST,
      digest,
      size,
      platform: { os, architecture, ...(variant ? { variant } : {}) },
    });
  }
  if (image.attestation) {
    const first = children.get(platforms[0] ?? "") ?? "";
    const digest = await pushImage(store, REPO, `${image.id}/provenance`, { platform: "unknown/unknown" });
    const size = (await store.statManifest(REPO, digest))?.size ?? 0;
    entries.push({
      mediaType: OCI_MANIFEST,
      digest,
      size,
      platform: { os: "unknown", architecture: "unknown" },
      annotations: { "vnd.docker.reference.type": "attestation-manifest", "vnd.docker.reference.digest": first },
    });
  }
  seeded.children.set(image.id, children);
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries, annotations: { seed: image.id } };
  return store.putManifest(REPO, encoder.encode(JSON.stringify(index)), OCI_INDEX);
}
