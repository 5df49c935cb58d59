/**
 * The image-store contract run against RegistryStore: the remote implementation must behave as the local ones do,
 * over the embedded registry (a fresh one per test) and over the reference registry (CNCF distribution).
 */
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { startRegistry } from "../../src/server/index.js";
import { startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { describeStoreContract } from "./contract.js";

describeStoreContract(
  "RegistryStore over the embedded registry",
  async () => {
    const registry = await startRegistry({ storage: "memory", port: 0 });
    const client = new RegistryClient({ credentials: async () => undefined });
    return {
      store: new RegistryStore(client, registry.host),
      close: async () => {
        await client.close();
        await registry.close();
      },
    };
  },
  { multiRepo: true, uploads: false },
);

if (hasTool("docker-registry")) {
  describeStoreContract(
    "RegistryStore over docker-registry",
    async () => {
      const registry = await startReferenceRegistry();
      const client = new RegistryClient({ credentials: async () => undefined });
      return {
        store: new RegistryStore(client, registry.host),
        close: async () => {
          await client.close();
          await registry.close();
        },
      };
    },
    // distribution 2.8's own gaps: it deletes manifests by digest only, lists tags in its storage order and takes
    // descriptor sizes on trust.
    { multiRepo: true, uploads: false, deletesTagAlone: false, lexicalTags: false, checksSizes: false },
  );
}
