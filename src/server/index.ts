/** The embedded OCI registry: a request handler over an image store, and a server around it. */
export { basicAuthorizer, loadHtpasswd, parseHtpasswd } from "./basicAuth.js";
export { RegistryHttpError } from "./errors.js";
export { createRegistryHandler } from "./handler.js";
export { parseRoute, type Route } from "./routes.js";
export { type RunningRegistry, type StartRegistryOptions, startRegistry } from "./start.js";
export type {
  AccessRequest,
  AuthDecision,
  RegistryAction,
  RegistryHandlerOptions,
  RequestLogEntry,
} from "./types.js";
