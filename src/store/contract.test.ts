import { describeStoreContract } from "../../test/store/contract.js";
import { MemoryStore } from "./memory.js";

describeStoreContract(
  "MemoryStore",
  async () => {
    const store = new MemoryStore();
    return { store, uploads: store, close: async () => {} };
  },
  { multiRepo: true, uploads: true },
);
