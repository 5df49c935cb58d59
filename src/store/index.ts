/** Image stores: the interface and its local implementations. */
export * from "./disk.js";
export * from "./layout.js";
export * from "./memory.js";
export type * from "./types.js";
