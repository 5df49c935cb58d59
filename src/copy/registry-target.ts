/**
 * The registry store as a copy target: blobs stream in one request (POST, then a PUT carrying the whole body, as
 * crane and oras do), which is much faster than 4 MiB chunks; hosts that cap request bodies (GitHub's registry
 * at 4 MiB, and any host that answers 413) get chunked uploads instead. A 413 marks the host and fails the blob
 * with a retryable error, so the engine sends it again from a fresh source stream.
 */
import type { Readable } from "node:stream";
import { DockhandError } from "../errors.js";
import { type PipeOptions, pipeBlob } from "../registry/blob-pipe.js";
import type { RegistryClient } from "../registry/client.js";
import { RegistryStore } from "../registry/store.js";
import type { UploadMode } from "../registry/upload.js";
import { RETRY_CHUNKED } from "./context.js";

/** Hosts known to refuse request bodies over 4 MiB. */
const CHUNKED_HOSTS = [/^ghcr\.io$/i, /^containers\./i];

/** A {@link RegistryStore} that picks the upload mode per host. */
export class CopyTargetRegistryStore extends RegistryStore {
  /** Hosts that get chunked uploads (shared by the stores of one run). */
  static readonly chunkedHosts = new Set<string>();

  constructor(
    private readonly uploader: RegistryClient,
    domain: string,
  ) {
    super(uploader, domain);
  }

  /** Chunks for hosts that answered 413; the client's choice by size for hosts known to cap bodies; else one PUT. */
  private mode(size: number | undefined): UploadMode {
    if (CopyTargetRegistryStore.chunkedHosts.has(this.domain)) return "chunked";
    if (size === undefined || CHUNKED_HOSTS.some((r) => r.test(this.domain))) return "auto";
    return "monolithic";
  }

  /**
   * Copies a blob straight from another registry over the reused-buffer path (registry/blob-pipe.ts) where both
   * speak plain HTTP and this host takes whole bodies; false (nothing sent) when the caller should stream it.
   */
  async pipeFrom(
    source: RegistryStore,
    sourceRepo: string,
    repo: string,
    digest: string,
    size: number,
    options: PipeOptions = {},
  ): Promise<boolean> {
    if (this.mode(size) !== "monolithic") return false;
    try {
      const result = await pipeBlob(
        { transport: source.client.transport, repo: { domain: source.domain, path: sourceRepo } },
        { transport: this.uploader.transport, repo: { domain: this.domain, path: repo } },
        digest,
        size,
        options,
      );
      return result === "copied";
    } catch (error) {
      throw this.chunkedRetry(error, size);
    }
  }

  /** A 413 to a whole body marks the host for chunks and asks the engine to send the blob again. */
  private chunkedRetry(error: unknown, size: number | undefined): unknown {
    if (error instanceof DockhandError && error.details.status === 413) {
      CopyTargetRegistryStore.chunkedHosts.add(this.domain);
      return new DockhandError(RETRY_CHUNKED, `${this.domain} refused a ${size}-byte request body`, {
        exit: 3,
        cause: error,
      });
    }
    return error;
  }

  override async putBlob(
    repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const mode = this.mode(size);
    try {
      await this.uploader.uploadBlob({ domain: this.domain, path: repo }, digest, size, body, { ...options, mode });
    } catch (error) {
      throw mode === "monolithic" ? this.chunkedRetry(error, size) : error;
    }
  }
}
