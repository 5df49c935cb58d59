/** Image stores: the interface and its local implementations, and garbage collection for the disk store. */
export * from "./all-tags.js";
export * from "./disk.js";
export * from "./gc.js";
export * from "./layout.js";
export * from "./memory.js";
export type * from "./types.js";
