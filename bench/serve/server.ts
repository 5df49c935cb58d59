/**
 * The embedded registry as its own process for the benchmark (as docker-registry is one): storage directory in
 * argv[2], prints `{"url": …}` once listening, stops on SIGTERM. No request log, as the reference's is disabled.
 */
import { startRegistry } from "../../src/server/index.js";

const storage = process.argv[2];
if (!storage) throw new Error("usage: server.ts STORAGE_DIR");
const registry = await startRegistry({ storage, port: 0 });
process.stdout.write(`${JSON.stringify({ url: registry.url })}\n`);
process.once("SIGTERM", () => {
  void registry.close().then(() => process.exit(0));
});
