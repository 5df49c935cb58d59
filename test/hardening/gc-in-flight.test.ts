/**
 * gc with `--upload-max-age 0` while clients push: nothing in flight is removed (sessions and temp files younger
 * than the floor stay), no request fails with 500, and every acknowledged blob and manifest is there afterwards.
 * Before, sessions and a tag's temp file vanished under their writers (rename ENOENT, HTTP 500), and one blob was
 * committed while its client was told 500.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { startRegistry } from "../../src/server/index.js";
import type { RequestLogEntry } from "../../src/server/types.js";
import { DiskStore } from "../../src/store/disk.js";
import { collectGarbage, MIN_IN_FLIGHT_AGE_MS } from "../../src/store/gc.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("gc while clients push", () => {
  it("removes nothing in flight, even with uploadMaxAgeMs 0", async () => {
    expect(MIN_IN_FLIGHT_AGE_MS).toBeGreaterThan(60_000);
    const root = await mkdtemp(path.join(tmpdir(), "dockhand-gc-flight-"));
    dirs.push(root);
    const log: RequestLogEntry[] = [];
    const internal: unknown[] = [];
    const registry = await startRegistry({
      storage: root,
      port: 0,
      log: (entry) => log.push(entry),
      onInternalError: (error) => internal.push(error),
    });
    const client = new RegistryClient({ credentials: async () => undefined, chunkSize: 64 * 1024 });
    const gcStore = await DiskStore.open(root);
    let pushing = true;
    let runs = 0;
    const gcLoop = (async () => {
      while (pushing) {
        await collectGarbage(gcStore, { uploadMaxAgeMs: 0 });
        runs++;
      }
    })();
    try {
      const store = new RegistryStore(client, registry.host);
      const images = Array.from({ length: 8 }, (_, i) =>
        buildSampleImage({ seed: `flight-${i}`, layers: 2, layerBytes: 200_000, gzip: false }),
      );
      await Promise.all(images.map((image, i) => pushSampleImage(store, `team/app${i % 3}`, image, [`v${i}`])));
      pushing = false;
      await gcLoop;
      expect(runs).toBeGreaterThan(0);
      expect(log.filter((e) => e.status >= 500)).toEqual([]);
      expect(internal).toEqual([]);
      for (const [i, image] of images.entries()) {
        expect((await store.statManifest(`team/app${i % 3}`, `v${i}`))?.digest).toBe(image.index.digest);
        for (const platform of image.images) {
          for (const layer of platform.layers) {
            expect(await store.statBlob(`team/app${i % 3}`, layer.digest)).toBe(layer.bytes.length);
          }
        }
      }
    } finally {
      pushing = false;
      await gcLoop;
      await client.close();
      await registry.close();
    }
  });
});
