/**
 * Error responses in the Distribution spec's shape, `{"errors":[{"code","message","detail"}]}`, and the mapping
 * from the stores' DockhandError codes to spec codes and HTTP statuses.
 */
import type { ServerResponse } from "node:http";
import { DockhandError } from "../errors.js";

/** An error the handler answers with: spec code, HTTP status, message, optional detail and headers. */
export class RegistryHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: unknown;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, detail?: unknown, headers: Record<string, string> = {}) {
    super(message);
    this.name = "RegistryHttpError";
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.headers = headers;
  }
}

/** Spec code and status for each DockhandError code the stores and checks throw. */
const statusByCode: Record<string, [number, string]> = {
  BLOB_UNKNOWN: [404, "BLOB_UNKNOWN"],
  BLOB_UPLOAD_UNKNOWN: [404, "BLOB_UPLOAD_UNKNOWN"],
  BLOB_UPLOAD_INVALID: [400, "BLOB_UPLOAD_INVALID"],
  RANGE_INVALID: [416, "BLOB_UPLOAD_INVALID"],
  DIGEST_INVALID: [400, "DIGEST_INVALID"],
  MANIFEST_UNKNOWN: [404, "MANIFEST_UNKNOWN"],
  MANIFEST_INVALID: [400, "MANIFEST_INVALID"],
  MANIFEST_BLOB_UNKNOWN: [400, "MANIFEST_BLOB_UNKNOWN"],
  NAME_INVALID: [400, "NAME_INVALID"],
  NAME_UNKNOWN: [404, "NAME_UNKNOWN"],
  TAG_INVALID: [400, "TAG_INVALID"],
  SIZE_INVALID: [400, "SIZE_INVALID"],
  UNSUPPORTED: [405, "UNSUPPORTED"],
  UNAUTHORIZED: [401, "UNAUTHORIZED"],
  DENIED: [403, "DENIED"],
  TOOMANYREQUESTS: [429, "TOOMANYREQUESTS"],
};

/** Converts anything thrown while handling a request into the error to answer with. */
export function toHttpError(error: unknown): RegistryHttpError {
  if (error instanceof RegistryHttpError) return error;
  if (error instanceof DockhandError) {
    const mapped = statusByCode[error.code];
    if (mapped) return new RegistryHttpError(mapped[0], mapped[1], error.message, detailOf(error));
  }
  return new RegistryHttpError(500, "UNKNOWN", "internal server error");
}

function detailOf(error: DockhandError): unknown {
  return Object.keys(error.details).length > 0 ? error.details : undefined;
}

/** Writes an error response (no body for HEAD, as HTTP requires). */
export function sendError(res: ServerResponse, error: RegistryHttpError, head: boolean): void {
  const body = JSON.stringify({
    errors: [
      { code: error.code, message: error.message, ...(error.detail === undefined ? {} : { detail: error.detail }) },
    ],
  });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = error.status;
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(head ? undefined : body);
}
