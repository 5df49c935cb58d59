/**
 * Blob upload endpoints: POST (session, monolithic with `digest`, cross-repository `mount`), PATCH (streamed, or
 * chunked with `Content-Range`), PUT (finish, optionally with a last chunk), GET (status) and DELETE (cancel).
 * Nothing becomes a blob until its bytes match the digest the client names.
 */
import { parseDigest } from "../oci/digest.js";
import type { UploadState } from "../store/types.js";
import { RegistryHttpError } from "./errors.js";
import { declaredLength, type Exchange, hasBody, sendEmpty, uploadBody } from "./exchange.js";
import { isRepositoryName } from "./names.js";
import { parseContentRange, uploadRangeHeader } from "./range.js";

function sessionLocation(name: string, id: string): string {
  return `/v2/${name}/blobs/uploads/${encodeURIComponent(id)}`;
}

function sessionHeaders(state: UploadState): Record<string, string> {
  return {
    Location: sessionLocation(state.repo, state.id),
    Range: uploadRangeHeader(state.size),
    "Docker-Upload-UUID": state.id,
  };
}

function blobCreated(ex: Exchange, name: string, digest: string): void {
  sendEmpty(ex, 201, { Location: `/v2/${name}/blobs/${digest}`, "Docker-Content-Digest": digest });
}

function requireDigest(value: string | null): string {
  if (value === null || value === "") {
    throw new RegistryHttpError(400, "DIGEST_INVALID", "the digest query parameter is required to finish an upload");
  }
  parseDigest(value);
  return value;
}

async function session(ex: Exchange, name: string, id: string): Promise<UploadState> {
  const state = await ex.options.store.getUpload(name, id);
  if (!state) {
    throw new RegistryHttpError(404, "BLOB_UPLOAD_UNKNOWN", `upload ${id} is not in progress in repository ${name}`);
  }
  return state;
}

/**
 * Mounts a blob from `from`, or without `from` from any repository that has it and that the client may pull.
 * A mount that cannot happen (unknown or forbidden source) is false: the caller opens a session, as the spec allows.
 */
async function mountBlob(
  ex: Exchange,
  name: string,
  digest: string,
  from: string | undefined,
  fromAllowed: (from: string) => Promise<boolean>,
): Promise<boolean> {
  const { store } = ex.options;
  if (from !== undefined) {
    return (
      isRepositoryName(from) && (await fromAllowed(from)) && (await store.mountBlob(name, digest, from)) === "mounted"
    );
  }
  if ((await store.mountBlob(name, digest, undefined)) === "mounted") return true;
  let repositories: string[];
  try {
    repositories = await store.listRepositories();
  } catch {
    return false;
  }
  for (const source of repositories) {
    if (source === name || (await store.statBlob(source, digest)) === undefined) continue;
    if (!(await fromAllowed(source))) continue;
    return (await store.mountBlob(name, digest, source)) === "mounted";
  }
  return false;
}

/** POST `/v2/<name>/blobs/uploads/`: mount, monolithic upload, or a new session. */
export async function startUpload(ex: Exchange, name: string, fromAllowed: (from: string) => Promise<boolean>) {
  const { store } = ex.options;
  const params = ex.url.searchParams;
  const mount = params.get("mount");
  if (mount !== null) {
    parseDigest(mount);
    if (await mountBlob(ex, name, mount, params.get("from") ?? undefined, fromAllowed)) {
      blobCreated(ex, name, mount);
      return;
    }
  }
  const digest = params.get("digest");
  if (digest !== null) {
    parseDigest(digest);
    await store.putBlob(name, digest, declaredLength(ex.req), uploadBody(ex));
    blobCreated(ex, name, digest);
    return;
  }
  const state = await store.startUpload(name);
  sendEmpty(ex, 202, sessionHeaders(state));
}

/** Checks a chunk's `Content-Range` against the session: it must start where the received bytes end. */
function checkChunkRange(ex: Exchange, state: UploadState): void {
  const header = ex.req.headers["content-range"];
  if (header === undefined) return;
  const range = parseContentRange(header);
  if (!range) {
    throw new RegistryHttpError(400, "BLOB_UPLOAD_INVALID", `malformed Content-Range "${header}"`);
  }
  if (range.start !== state.size) {
    throw new RegistryHttpError(
      416,
      "BLOB_UPLOAD_INVALID",
      `chunk starts at ${range.start} but the upload holds ${state.size} bytes`,
      { expectedStart: state.size },
      sessionHeaders(state),
    );
  }
  const length = declaredLength(ex.req);
  if (length !== undefined && length !== range.end - range.start + 1) {
    throw new RegistryHttpError(
      400,
      "BLOB_UPLOAD_INVALID",
      `Content-Range ${header} covers ${range.end - range.start + 1} bytes but Content-Length is ${length}`,
    );
  }
}

async function append(ex: Exchange, state: UploadState): Promise<UploadState> {
  checkChunkRange(ex, state);
  return await ex.options.store.appendUpload(state.repo, state.id, state.size, uploadBody(ex, state.size));
}

/** PATCH: appends a chunk (or the whole stream) and answers 202 with the new `Range`. */
export async function patchUpload(ex: Exchange, name: string, id: string): Promise<void> {
  const state = await append(ex, await session(ex, name, id));
  sendEmpty(ex, 202, sessionHeaders(state));
}

/** PUT with `digest`: appends any last chunk, verifies everything received and makes it a blob. */
export async function finishUpload(ex: Exchange, name: string, id: string): Promise<void> {
  const digest = requireDigest(ex.url.searchParams.get("digest"));
  let state = await session(ex, name, id);
  if (hasBody(ex.req)) state = await append(ex, state);
  await ex.options.store.commitUpload(name, id, digest);
  blobCreated(ex, name, digest);
}

/** GET: the session's progress, 204 with `Range` and `Location`. */
export async function uploadStatus(ex: Exchange, name: string, id: string): Promise<void> {
  sendEmpty(ex, 204, sessionHeaders(await session(ex, name, id)));
}

/** DELETE: cancels the session. */
export async function cancelUpload(ex: Exchange, name: string, id: string): Promise<void> {
  await session(ex, name, id);
  await ex.options.store.cancelUpload(name, id);
  sendEmpty(ex, 204);
}
