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
export type * from "./store/types.js";
