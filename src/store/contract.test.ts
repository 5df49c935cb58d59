import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeStoreContract } from "../../test/store/contract.js";
import { DiskStore } from "./disk.js";
import { OciLayoutStore } from "./layout.js";
import { MemoryStore } from "./memory.js";

describeStoreContract(
  "MemoryStore",
  async () => {
    const store = new MemoryStore();
    return { store, uploads: store, close: async () => {} };
  },
  { multiRepo: true, uploads: true },
);

describeStoreContract(
  "DiskStore",
  async () => {
    const root = await mkdtemp(join(tmpdir(), "dockhand-disk-"));
    const store = await DiskStore.open(root);
    return { store, uploads: store, close: () => rm(root, { recursive: true, force: true }) };
  },
  { multiRepo: true, uploads: true },
);

describeStoreContract(
  "OciLayoutStore",
  async () => {
    const root = await mkdtemp(join(tmpdir(), "dockhand-layout-"));
    const store = await OciLayoutStore.open(join(root, "layout"));
    return { store, close: () => rm(root, { recursive: true, force: true }) };
  },
  { multiRepo: false, uploads: false },
);
