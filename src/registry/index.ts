/**
 * The OCI Distribution client: `RegistryClient` for library use, `RegistryStore` as an image store, and the
 * transport's pieces for callers that need them (errors, hosts, credentials).
 */
export { Authenticator } from "./auth.js";
export type { GetBlobOptions } from "./blob.js";
export { CATALOG_SCOPE, type Challenge, parseChallenge, repositoryScope } from "./challenge.js";
export { RegistryClient, type RegistryClientOptions } from "./client.js";
export { type Credential, type CredentialSource, dockerCredentials, runCredentialHelper } from "./credentials.js";
export { codeForStatus, parseErrorBody, RegistryError, type RegistryErrorEntry } from "./errors.js";
export { apiHost, HostMap, type HostOptions, isLoopback, parseResolve, splitList } from "./hosts.js";
export { referrersTag } from "./referrers.js";
export { hostOf, type Repository } from "./repository.js";
export type { RetryOptions } from "./retry.js";
export { RegistryStore } from "./store.js";
export type { ListTagsOptions } from "./tags.js";
export { Transport, type TransportOptions } from "./transport.js";
export { DEFAULT_CHUNK_SIZE, type UploadMode, type UploadResult } from "./upload.js";
export type { RegistryWarning } from "./warning.js";
