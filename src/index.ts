/**
 * dockhand's public library API. The entry points most programs need are exported by name; every module is also
 * available as a namespace (`reference`, `oci`, `copy`, …) for the rest, so names never clash across modules.
 */

export * as cleanup from "./cleanup/index.js";
export * as copyEngine from "./copy/index.js";
export { type CopyByNameOptions, copy } from "./copy/index.js";
export * as doctor from "./doctor/index.js";
export { runDoctor, runStaticChecks } from "./doctor/index.js";
export { DockhandError, type ExitCode, UsageError } from "./errors.js";
export * as github from "./github/index.js";
export * as migrate from "./migrate/index.js";
export * as oci from "./oci/index.js";
export { computeDigest, parseManifest, parsePlatform } from "./oci/index.js";
export * as project from "./project/index.js";
export { applyEdits, scanProject } from "./project/index.js";
export { createIndex } from "./publish/index-create.js";
export { planTags } from "./publish/plan.js";
export * as reference from "./reference/index.js";
export {
  explainReference,
  formatReference,
  type ImageReference,
  ImageReferenceError,
  parseReference,
} from "./reference/index.js";
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
export { buildSampleImage, pushSampleImage } from "./sample/image.js";
export { type GitHubEmulator, loadWorld, startGitHubEmulator } from "./server/ghcr/index.js";
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
export * as store from "./store/index.js";
export { collectGarbage, DiskStore, MemoryStore, OciLayoutStore } from "./store/index.js";
export type * from "./store/types.js";
export * as workflows from "./workflows/index.js";
