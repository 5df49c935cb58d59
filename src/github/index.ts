/**
 * GitHub through REST: the client, token facts, packages, repositories, Actions runs and registry hosts.
 */
export * from "./actions.js";
export * from "./client.js";
export * from "./errors.js";
export * from "./hosts.js";
export * from "./options.js";
export * from "./packages.js";
export * from "./repos.js";
export * from "./token.js";
