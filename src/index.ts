/**
 * dockhand's public library API.
 */
export { DockhandError, type ExitCode, UsageError } from "./errors.js";
export {
  type Credential,
  type CredentialSource,
  dockerCredentials,
  RegistryClient,
  type RegistryClientOptions,
  RegistryError,
  RegistryStore,
  type Repository,
} from "./registry/index.js";
export {
  type AccessRequest,
  type AuthDecision,
  createRegistryHandler,
  type RegistryHandlerOptions,
  type RequestLogEntry,
  type RunningRegistry,
  type StartRegistryOptions,
  startRegistry,
} from "./server/index.js";
export type * from "./store/types.js";
