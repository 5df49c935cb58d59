/**
 * `RegistryStore`: the image-store interface over a {@link RegistryClient} for one registry host, so the copy
 * engine and the tests treat a remote registry like a layout directory or the memory store.
 */
import type { Readable } from "node:stream";
import type { BlobReader, ImageStore, MountResult, StoreDescriptor, StoredManifest, TagPage } from "../store/types.js";
import type { RegistryClient } from "./client.js";
import type { Repository } from "./repository.js";

/** The repositories of one registry host as an {@link ImageStore}. */
export class RegistryStore implements ImageStore {
  readonly description: string;

  /** `domain` is the registry host as in references (`ghcr.io`, `127.0.0.1:5000`). */
  constructor(
    readonly client: RegistryClient,
    readonly domain: string,
  ) {
    this.description = `registry ${domain}`;
  }

  private repo(path: string): Repository {
    return { domain: this.domain, path };
  }

  statBlob(repo: string, digest: string): Promise<number | undefined> {
    return this.client.statBlob(this.repo(repo), digest);
  }

  getBlob(repo: string, digest: string, options: { offset?: number; signal?: AbortSignal } = {}): Promise<BlobReader> {
    return this.client.getBlob(this.repo(repo), digest, options);
  }

  async putBlob(
    repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    await this.client.uploadBlob(this.repo(repo), digest, size, body, options);
  }

  /** Mounts with `mount`+`from`; without a source repository, reports whether the target already has the blob. */
  async mountBlob(repo: string, digest: string, fromRepo: string | undefined): Promise<MountResult> {
    if (fromRepo === undefined || fromRepo === repo) {
      return (await this.client.statBlob(this.repo(repo), digest)) === undefined ? "missing" : "mounted";
    }
    return await this.client.mountBlob(this.repo(repo), digest, fromRepo);
  }

  deleteBlob(repo: string, digest: string): Promise<void> {
    return this.client.deleteBlob(this.repo(repo), digest);
  }

  statManifest(repo: string, reference: string): Promise<StoreDescriptor | undefined> {
    return this.client.headManifest(this.repo(repo), reference);
  }

  getManifest(repo: string, reference: string): Promise<StoredManifest> {
    return this.client.getManifest(this.repo(repo), reference);
  }

  putManifest(repo: string, bytes: Uint8Array, mediaType: string, tag?: string): Promise<string> {
    return this.client.putManifest(this.repo(repo), bytes, mediaType, tag);
  }

  deleteManifest(repo: string, reference: string): Promise<void> {
    return this.client.deleteManifest(this.repo(repo), reference);
  }

  listTags(repo: string, options: { n?: number; last?: string } = {}): Promise<TagPage> {
    return this.client.listTags(this.repo(repo), options);
  }

  referrers(repo: string, digest: string, options: { artifactType?: string } = {}): Promise<StoreDescriptor[]> {
    return this.client.referrers(this.repo(repo), digest, options);
  }

  listRepositories(): Promise<string[]> {
    return this.client.listRepositories(this.domain);
  }
}
