/**
 * `RegistryClient`: the OCI Distribution API as a library. One client holds one transport (connection pools,
 * per-host limits, token cache); its methods take a {@link Repository} (`{domain, path}`, so a parsed image
 * reference works) and delegate to the module of each concept (manifest, blob, upload, tags, referrers, catalog,
 * delete). Close it when done.
 */

import type { Readable } from "node:stream";
import { computeDigest, manifestArtifactType, parseManifest } from "../oci/index.js";
import type { BlobReader, StoreDescriptor, StoredManifest, TagPage } from "../store/types.js";
import { type GetBlobOptions, getBlob, readSmallBlob, statBlob } from "./blob.js";
import { listRepositories } from "./catalog.js";
import { deleteBlob, deleteManifest } from "./delete.js";
import { apiHost } from "./hosts.js";
import { getManifest, headManifest, putManifest } from "./manifest.js";
import { addFallbackReferrer, listReferrers, type ReferrersOptions, removeFallbackReferrer } from "./referrers.js";
import type { Repository } from "./repository.js";
import { type ListTagsOptions, listAllTags, listTags } from "./tags.js";
import { Transport, type TransportOptions } from "./transport.js";
import { mountBlob, type UploadMode, type UploadResult, uploadBlob } from "./upload.js";

/** Settings of a {@link RegistryClient}. */
export interface RegistryClientOptions extends TransportOptions {
  /** Largest manifest read or written (default 4 MiB). */
  maxManifestBytes?: number;
  /** Largest upload chunk (default 4 MiB). */
  chunkSize?: number;
  /** Monolithic, chunked, or chosen by size (default). */
  uploadMode?: UploadMode;
}

type Signal = { signal?: AbortSignal };

/** A client for OCI Distribution registries. */
export class RegistryClient {
  readonly transport: Transport;

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.transport = new Transport(options);
  }

  /** Ends pooled connections. */
  async close(): Promise<void> {
    await this.transport.close();
  }

  /** Checks that a registry answers the API (`GET /v2/`), authenticating when it asks to. */
  async ping(domain: string, options: Signal = {}): Promise<void> {
    const response = await this.transport.send({
      method: "GET",
      host: apiHost(domain),
      path: "/v2/",
      scopes: [],
      ok: [200],
      signal: options.signal,
      what: `registry ${domain}`,
    });
    response.body.resume();
  }

  /** Resolves a tag or digest to its descriptor; undefined when absent. */
  headManifest(repo: Repository, reference: string, options: Signal = {}): Promise<StoreDescriptor | undefined> {
    return headManifest(this.transport, repo, reference, this.manifestOptions(options));
  }

  /** Reads a manifest (digest verified, size capped); throws MANIFEST_UNKNOWN when absent. */
  getManifest(repo: Repository, reference: string, options: Signal = {}): Promise<StoredManifest> {
    return getManifest(this.transport, repo, reference, this.manifestOptions(options));
  }

  /**
   * Stores manifest bytes exactly as given under `tag` (or under their digest) and returns the digest. A manifest
   * with a `subject` is also added to the subject's referrers tag index when the registry does not index it itself.
   */
  async putManifest(
    repo: Repository,
    bytes: Uint8Array,
    mediaType: string,
    tag?: string,
    options: Signal = {},
  ): Promise<string> {
    const reference = tag ?? computeDigest(bytes);
    const result = await putManifest(this.transport, repo, reference, bytes, mediaType, this.manifestOptions(options));
    if (!result.subjectIndexed) {
      const referrer = referrerDescriptor(bytes, mediaType, result.digest);
      if (referrer) await addFallbackReferrer(this.transport, repo, referrer.subject, referrer.descriptor, options);
    }
    return result.digest;
  }

  /**
   * Deletes a manifest by digest or a tag. A referrer deleted by digest also leaves its subject's fallback tag index,
   * where the registry keeps one (no referrers API).
   */
  async deleteManifest(repo: Repository, reference: string, options: Signal = {}): Promise<void> {
    const subject = reference.includes(":") ? await this.subjectOf(repo, reference, options) : undefined;
    await deleteManifest(this.transport, repo, reference, options);
    if (subject) await removeFallbackReferrer(this.transport, repo, subject, reference, options);
  }

  /** The `subject` digest of a manifest, when it has one and can be read. */
  private async subjectOf(repo: Repository, digest: string, options: Signal): Promise<string | undefined> {
    try {
      const manifest = await getManifest(this.transport, repo, digest, options);
      const subject = (JSON.parse(Buffer.from(manifest.bytes).toString("utf8")) as { subject?: { digest?: unknown } })
        .subject?.digest;
      return typeof subject === "string" ? subject : undefined;
    } catch {
      return undefined; // the delete itself says what is wrong
    }
  }

  /** Size of a blob, or undefined when absent. */
  statBlob(repo: Repository, digest: string, options: Signal = {}): Promise<number | undefined> {
    return statBlob(this.transport, repo, digest, options);
  }

  /** Streams a blob, verified and resumed after dropped connections; throws BLOB_UNKNOWN when absent. */
  getBlob(repo: Repository, digest: string, options: GetBlobOptions = {}): Promise<BlobReader> {
    return getBlob(this.transport, repo, digest, options);
  }

  /** Reads a small blob (a config) whole, verified and size-capped. */
  readBlob(
    repo: Repository,
    digest: string,
    options: { maxBytes?: number; signal?: AbortSignal } = {},
  ): Promise<Buffer> {
    return readSmallBlob(this.transport, repo, digest, options);
  }

  /** Uploads a blob (trying a mount from `mountFrom` first). */
  uploadBlob(
    repo: Repository,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { mountFrom?: string; signal?: AbortSignal; mode?: UploadMode } = {},
  ): Promise<UploadResult> {
    return uploadBlob(this.transport, repo, digest, size, body, {
      ...options,
      ...(this.options.chunkSize ? { chunkSize: this.options.chunkSize } : {}),
      mode: options.mode ?? this.options.uploadMode ?? "auto",
    });
  }

  /** Mounts a blob from another repository of the same registry: "mounted" or "missing". */
  mountBlob(repo: Repository, digest: string, from: string, options: Signal = {}): Promise<"mounted" | "missing"> {
    return mountBlob(this.transport, repo, digest, from, options);
  }

  /** Deletes a blob. */
  deleteBlob(repo: Repository, digest: string, options: Signal = {}): Promise<void> {
    return deleteBlob(this.transport, repo, digest, options);
  }

  /** One page of tags. */
  listTags(repo: Repository, options: ListTagsOptions = {}): Promise<TagPage> {
    return listTags(this.transport, repo, options);
  }

  /** Every tag, following pagination. */
  listAllTags(repo: Repository, options: ListTagsOptions = {}): Promise<string[]> {
    return listAllTags(this.transport, repo, options);
  }

  /** Referrers of a manifest (API, else the tag schema). */
  referrers(repo: Repository, digest: string, options: ReferrersOptions = {}): Promise<StoreDescriptor[]> {
    return listReferrers(this.transport, repo, digest, options);
  }

  /** Repositories of a registry (where it has a catalog). */
  listRepositories(domain: string, options: { n?: number; signal?: AbortSignal } = {}): Promise<string[]> {
    return listRepositories(this.transport, apiHost(domain), options);
  }

  private manifestOptions(options: Signal): { maxBytes?: number; signal?: AbortSignal } {
    return {
      ...(this.options.maxManifestBytes ? { maxBytes: this.options.maxManifestBytes } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    };
  }
}

/** The subject and descriptor of a manifest that refers to another, or undefined. */
function referrerDescriptor(
  bytes: Uint8Array,
  mediaType: string,
  digest: string,
): { subject: string; descriptor: StoreDescriptor } | undefined {
  let parsed: ReturnType<typeof parseManifest>;
  try {
    parsed = parseManifest(bytes, mediaType);
  } catch {
    return undefined;
  }
  if (!parsed.subject) return undefined;
  const artifactType = manifestArtifactType(parsed);
  return {
    subject: parsed.subject.digest,
    descriptor: {
      mediaType: parsed.mediaType,
      digest,
      size: bytes.byteLength,
      ...(artifactType ? { artifactType } : {}),
      ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
    },
  };
}
