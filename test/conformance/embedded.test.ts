/**
 * The conformance suite against dockhand's embedded registry, in memory and on disk, started with startRegistry on
 * a random port.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startRegistry } from "../../src/server/index.js";
import { defineConformanceSuite } from "./suite.js";

defineConformanceSuite({
  name: "embedded registry, memory",
  start: async () => await startRegistry({ storage: "memory", port: 0 }),
});

defineConformanceSuite({
  name: "embedded registry, disk",
  start: async () => {
    const dir = await mkdtemp(join(tmpdir(), "dockhand-conformance-"));
    const registry = await startRegistry({ storage: dir, port: 0 });
    return {
      url: registry.url,
      close: async () => {
        await registry.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  },
});
