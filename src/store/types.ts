/**
 * The image-store interface: one idea carries dockhand. A remote registry repository, an OCI image-layout
 * directory, the embedded registry's disk store and the in-memory store all implement it, so the copy engine,
 * the server and the tests are written once.
 *
 * A store holds many repositories (a layout directory holds one, named ""). Blobs are addressed by digest,
 * manifests by digest or tag. Bodies are streams: no whole blob is held in memory.
 */
import type { Readable, Writable } from "node:stream";

/** A content descriptor as the OCI spec defines it (the fields a store needs). */
export interface StoreDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

/** A manifest as stored: its exact bytes and the media type it was pushed with. */
export interface StoredManifest {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A blob being read: its size and a stream of its bytes (optionally from an offset). */
export interface BlobReader {
  /** The whole blob's size, also when the stream starts at an offset. */
  size: number;
  stream: Readable;
  /**
   * Optional, for file-backed stores: writes `length` bytes from the reader's start to `target` through the store's
   * own reused buffers, then releases the reader; `target` is not ended. Use this or `stream`, not both.
   */
  writeTo?(target: Writable, length: number): Promise<void>;
}

/** Result of a blob mount: `mounted` when the target now has it, `missing` when the source lacks it. */
export type MountResult = "mounted" | "missing";

/** One page of a tag listing. */
export interface TagPage {
  tags: string[];
  /** The last tag of the page when more remain, for `last=`. */
  next?: string;
}

/** The image-store interface. All digests are `algorithm:hex` strings. */
export interface ImageStore {
  /** A short description for messages and logs, e.g. `registry 127.0.0.1:5000` or `oci:/tmp/layout`. */
  readonly description: string;

  /** Size of a blob, or undefined when the repository does not have it. */
  statBlob(repo: string, digest: string): Promise<number | undefined>;
  /** Reads a blob; throws a DockhandError with code BLOB_UNKNOWN when absent. `offset` starts mid-blob. */
  getBlob(repo: string, digest: string, options?: { offset?: number; signal?: AbortSignal }): Promise<BlobReader>;
  /**
   * Writes a blob from a stream, verifying the digest while bytes flow. A stream whose bytes do not match never
   * becomes a blob (DIGEST_INVALID). Writing a blob that exists is allowed and harmless.
   */
  putBlob(
    repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options?: { signal?: AbortSignal },
  ): Promise<void>;
  /** Makes a blob of `fromRepo` available in `repo` without moving bytes where the store can. */
  mountBlob(repo: string, digest: string, fromRepo: string | undefined): Promise<MountResult>;
  /** Deletes a blob from a repository (the bytes may stay while other repositories use them). */
  deleteBlob(repo: string, digest: string): Promise<void>;

  /** Resolves a tag or digest to its descriptor without the body; undefined when absent. */
  statManifest(repo: string, reference: string): Promise<StoreDescriptor | undefined>;
  /** Reads a manifest by tag or digest; throws MANIFEST_UNKNOWN when absent. */
  getManifest(repo: string, reference: string): Promise<StoredManifest>;
  /**
   * Stores manifest bytes exactly as given, under their digest and, when `tag` is given, tags them.
   * Returns the digest. Implementations refuse a manifest whose blobs or children are missing
   * (MANIFEST_BLOB_UNKNOWN) where they can check. `options.algorithm` (default sha256) is the digest algorithm
   * to address the manifest by: a client that pushes by a sha512 digest reads it back by that digest.
   */
  putManifest(
    repo: string,
    bytes: Uint8Array,
    mediaType: string,
    tag?: string,
    options?: { algorithm?: "sha256" | "sha512" },
  ): Promise<string>;
  /** Deletes a manifest by digest (and every tag pointing at it) or a single tag. */
  deleteManifest(repo: string, reference: string): Promise<void>;

  /** Lists tags in lexical order, `n` at a time after `last`. */
  listTags(repo: string, options?: { n?: number; last?: string }): Promise<TagPage>;
  /** Descriptors of manifests whose `subject` is `digest`, optionally only those of one artifact type. */
  referrers(repo: string, digest: string, options?: { artifactType?: string }): Promise<StoreDescriptor[]>;
  /** Repository names the store holds, in lexical order (may be unsupported: throws UNSUPPORTED). */
  listRepositories(): Promise<string[]>;
}

/** State of a resumable blob upload session. */
export interface UploadState {
  id: string;
  repo: string;
  /** Bytes received so far (the next chunk must start here). */
  size: number;
  /** When the session was started or last written (ms since epoch), for expiry and gc. */
  updatedAt: number;
}

/**
 * Resumable upload sessions, as the Distribution API's POST/PATCH/PUT flow needs them. Stores that back the
 * embedded registry implement this beside {@link ImageStore}. An upload never becomes a blob until `commit`
 * verifies its digest; a failed commit leaves the session (and no blob) behind, a cancelled one leaves nothing.
 */
export interface UploadSessions {
  startUpload(repo: string): Promise<UploadState>;
  getUpload(repo: string, id: string): Promise<UploadState | undefined>;
  /** Appends bytes at `offset`, which must equal the current size (else RANGE_INVALID). Returns the new state. */
  appendUpload(repo: string, id: string, offset: number, body: Readable | Uint8Array): Promise<UploadState>;
  /** Verifies the digest of everything received and makes it a blob (DIGEST_INVALID leaves no blob). */
  commitUpload(repo: string, id: string, digest: string): Promise<void>;
  cancelUpload(repo: string, id: string): Promise<void>;
}
