/**
 * Options and hooks of the embedded registry's request handler.
 */
import type { IncomingMessage } from "node:http";
import type { ImageStore, UploadSessions } from "../store/types.js";

/** What a request does to a repository, in the Distribution token-scope vocabulary. */
export type RegistryAction = "pull" | "push" | "delete";

/** The access a request needs: the repository (undefined for ping and `_catalog`) and the actions. */
export interface AccessRequest {
  repository: string | undefined;
  actions: RegistryAction[];
  request: IncomingMessage;
}

/**
 * The answer of an {@link RegistryHandlerOptions.authorize} hook. A refusal is sent as a spec error body with the
 * given status, code and message, plus any headers (e.g. `WWW-Authenticate`).
 */
export type AuthDecision =
  | { allow: true }
  | { allow: false; status: 401 | 403 | 429; code: string; message: string; headers?: Record<string, string> };

/** One line of the request log. */
export interface RequestLogEntry {
  method: string;
  /** The request path without the query string. */
  path: string;
  status: number;
  /** Response body bytes sent. */
  bytes: number;
  /** Milliseconds from request to the end of the response. */
  ms: number;
  /** False when the client went away before the response finished. */
  completed: boolean;
}

/** Everything the request handler needs. */
export interface RegistryHandlerOptions {
  /** Where images live. */
  store: ImageStore & UploadSessions;
  /** Refuse every write and delete with 405 UNSUPPORTED. */
  readOnly?: boolean;
  /** Decides whether a request may proceed; absent means everything is allowed. */
  authorize?: (access: AccessRequest) => Promise<AuthDecision>;
  /** Receives one entry per finished request. */
  log?: (entry: RequestLogEntry) => void;
  /** Receives errors that were answered with 500 (bugs and storage failures), for the operator's log. */
  onInternalError?: (error: unknown) => void;
  /** Largest manifest accepted, in bytes: default and ceiling 4 MiB (the spec says "at least 4 megabytes"); larger gets 413. */
  maxManifestBytes?: number;
  /** Largest blob accepted, in bytes (default: no limit); larger gets 413. */
  maxBlobBytes?: number;
  /**
   * How long an upload body may go without a byte before the append is aborted (default 60 s): what arrived is
   * kept, the session's lock is released and the client can resume from its `Range`.
   */
  bodyIdleTimeoutMs?: number;
}
