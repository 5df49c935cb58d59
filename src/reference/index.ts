/**
 * Image references: parse, normalise, validate and format them by the distribution/reference grammar, and
 * explain what is wrong with the ones that do not parse.
 */
export { digestAlgorithms, isDigestString, validateDigest } from "./digest.js";
export {
  ImageReferenceError,
  /** The same class under the name the API was announced with; prefer ImageReferenceError (no clash with the global). */
  ImageReferenceError as ReferenceError,
  type ReferenceErrorReason,
} from "./errors.js";
export {
  ambiguityNote,
  explainReference,
  type InvalidReferenceExplanation,
  type ReferenceExplanation,
  type ValidReferenceExplanation,
} from "./explain.js";
export {
  familiarName,
  familiarString,
  formatReference,
  repositoryName,
  sameRepository,
  withDigest,
  withTag,
} from "./format.js";
export { maxPathLength, maxTagLength, pathPattern, tagPattern } from "./grammar.js";
export {
  dockerHubDomain,
  type ImageReference,
  isValidTag,
  legacyDockerHubDomain,
  officialRepositoryPrefix,
  parseCanonicalReference,
  parseDockerRef,
  parseReference,
  parseReferenceStrict,
  type ReferenceParts,
  validateRepositoryPath,
  validateTag,
} from "./parse.js";
