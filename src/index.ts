/**
 * dockhand's public library API.
 */
export { DockhandError, type ExitCode, UsageError } from "./errors.js";
export type * from "./store/types.js";
