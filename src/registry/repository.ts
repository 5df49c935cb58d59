/**
 * How the API modules name a repository: the registry host (as in references) and the path below it. A parsed
 * `ImageReference` ({domain, path, ...}) is accepted wherever a {@link Repository} is.
 */
import { apiHost } from "./hosts.js";

/** A repository on a registry. */
export interface Repository {
  /** Registry host as in references: `ghcr.io`, `docker.io`, `127.0.0.1:5000`. */
  domain: string;
  /** Repository path: `owner/app`. */
  path: string;
}

/** The host requests go to (Docker Hub's API host for `docker.io`). */
export function hostOf(repo: Repository): string {
  return apiHost(repo.domain);
}

/** `domain/path` for messages. */
export function repositoryLabel(repo: Repository): string {
  return `${repo.domain}/${repo.path}`;
}

/** `domain/path:tag` or `domain/path@digest` for messages. */
export function objectLabel(repo: Repository, reference: string): string {
  return `${repositoryLabel(repo)}${reference.includes(":") ? "@" : ":"}${reference}`;
}

/** The pull scope of a repository. */
export function pullScope(repo: Repository): string {
  return `repository:${repo.path}:pull`;
}

/** The pull-and-push scope of a repository. */
export function pushScope(repo: Repository): string {
  return `repository:${repo.path}:pull,push`;
}

/** The delete scope of a repository (distribution asks for `delete`; others accept `*`). */
export function deleteScope(repo: Repository): string {
  return `repository:${repo.path}:delete`;
}

/** `/v2/<path>/<rest>` with each path segment kept as is (repository paths are already URL-safe). */
export function apiPath(repo: Repository, rest: string): string {
  return `/v2/${repo.path}/${rest}`;
}
