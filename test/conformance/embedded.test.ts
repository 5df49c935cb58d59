/**
 * The conformance suite against dockhand's embedded registry, in memory and on disk, started with startRegistry on
 * a random port.
 */
import { startRegistry } from "../../src/server/index.js";
import { defineConformanceSuite } from "./suite.js";

const lacks = { sha512Manifests: "the stores address manifests by sha256 only (store putManifest options.algorithm)" };

defineConformanceSuite({
  name: "embedded registry, memory",
  start: async () => await startRegistry({ storage: "memory", port: 0 }),
  lacks,
});
