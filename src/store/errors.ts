/** The errors stores throw, with the Distribution spec's codes, so the server maps them one to one. */
import { DockhandError } from "../errors.js";
import type { UploadState } from "./types.js";

/** Validates a read offset against the blob size (RANGE_INVALID when past the end). */
export function checkOffset(offset: number | undefined, size: number, digest: string): number {
  const start = offset ?? 0;
  if (!Number.isInteger(start) || start < 0 || start > size) {
    throw new DockhandError("RANGE_INVALID", `offset ${start} is outside blob ${digest} (${size} bytes)`, {
      details: { digest, offset: start, size },
    });
  }
  return start;
}

/** BLOB_UNKNOWN for a digest a repository lacks. */
export function blobUnknown(repo: string, digest: string): DockhandError {
  return new DockhandError("BLOB_UNKNOWN", `blob ${digest} is not in repository ${repo || "(layout)"}`, {
    details: { repository: repo, digest },
  });
}

/** MANIFEST_UNKNOWN for a tag or digest a repository lacks. */
export function manifestUnknown(repo: string, reference: string): DockhandError {
  return new DockhandError("MANIFEST_UNKNOWN", `manifest ${reference} is not in repository ${repo || "(layout)"}`, {
    details: { repository: repo, reference },
  });
}

/** NAME_UNKNOWN for a repository the store does not hold. */
export function nameUnknown(repo: string): DockhandError {
  return new DockhandError("NAME_UNKNOWN", `repository ${repo} is not known`, { details: { repository: repo } });
}

/** BLOB_UPLOAD_UNKNOWN for a session that does not exist (or belongs to another repository). */
export function uploadUnknown(repo: string, id: string): DockhandError {
  return new DockhandError("BLOB_UPLOAD_UNKNOWN", `upload ${id} is not in progress in repository ${repo}`, {
    details: { repository: repo, upload: id },
  });
}

/** RANGE_INVALID for a chunk that does not start where the upload ends. */
export function rangeInvalid(upload: UploadState, offset: number): DockhandError {
  return new DockhandError(
    "RANGE_INVALID",
    `chunk starts at ${offset} but upload ${upload.id} holds ${upload.size} bytes`,
    { details: { repository: upload.repo, upload: upload.id, offset, size: upload.size } },
  );
}

/** DIGEST_INVALID for content whose bytes hash to something else than claimed. */
export function digestMismatch(what: string, digest: string, actual: string, size: number): DockhandError {
  return new DockhandError("DIGEST_INVALID", `${what} does not match digest ${digest} (got ${actual})`, {
    details: { digest, actual, size },
  });
}
