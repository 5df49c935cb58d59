/**
 * `npm run bench -- explore`: how fast the explorer lists a 1,000-tag repository on the reference registry
 * (docker-registry), page 1 and page 10, each a page of 100 tags with their digest, kind, platforms and size;
 * the peer is `skopeo list-tags` on the same repository (names only, no manifests read), in the same run.
 */
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { remoteSource, startExplorer } from "../../src/explore/index.js";
import { OCI_INDEX } from "../../src/oci/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { startReferenceRegistry } from "../../test/helpers/reference-registry.js";
import type { Benchmark } from "../run.js";
import { median } from "../stats.js";

const TAGS = 1000;
const ROUNDS = 5;

async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const exploreBench: Benchmark = {
  name: "explore",
  async run() {
    const reference = await startReferenceRegistry();
    const client = new RegistryClient();
    try {
      const store = new RegistryStore(client, reference.host);
      const image = buildSampleImage({ seed: "explore-bench" });
      await pushSampleImage(store, "acme/app", image, []);
      for (let i = 0; i < TAGS; i++) await store.putManifest("acme/app", image.index.bytes, OCI_INDEX, `1.0.${i}`);
      const explorer = await startExplorer({
        sources: new Map([
          [reference.host, remoteSource(reference.host, { registry: new RegistryClient(), env: {} }, true)],
        ]),
      });
      const rows: string[] = [];
      try {
        const base = explorer.url.replace(/\/ui\/$/, "");
        const pageTimes = { first: [] as number[], tenth: [] as number[], skopeo: [] as number[] };
        for (let round = 0; round < ROUNDS; round++) {
          pageTimes.first.push(await time(async () => (await fetch(`${base}/ui/r/${reference.host}/acme/app`)).text()));
          pageTimes.tenth.push(
            await time(async () => (await fetch(`${base}/ui/r/${reference.host}/acme/app?page=10`)).text()),
          );
          pageTimes.skopeo.push(
            await time(() =>
              execFileSync("skopeo", ["list-tags", "--tls-verify=false", `docker://${reference.host}/acme/app`], {
                stdio: ["ignore", "pipe", "ignore"],
              }),
            ),
          );
        }
        const peer = median(pageTimes.skopeo);
        for (const [label, values] of [
          ["explorer, page 1 of 10", pageTimes.first],
          ["explorer, page 10 of 10", pageTimes.tenth],
        ] as const) {
          const value = median(values);
          rows.push(`| ${label} | ${value.toFixed(0)} ms | ${peer.toFixed(0)} ms | ${(value / peer).toFixed(2)} |`);
        }
      } finally {
        await explorer.close();
      }
      return [
        "## Explore",
        "",
        `A repository of ${TAGS} tags on docker-registry; the explorer's tag page (100 tags, each with its digest, kind,`,
        "platforms and size, so 100 manifests read) served over HTTP, against `skopeo list-tags` (names only) on the",
        `same repository. Medians of ${ROUNDS} rounds; the goal is under a second.`,
        "",
        "| page | dockhand | skopeo list-tags | ratio |",
        "|---|---|---|---|",
        ...rows,
      ].join("\n");
    } finally {
      await client.close();
      await reference.close();
    }
  },
};
