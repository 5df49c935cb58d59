/**
 * `RegistryStore`: the image-store interface over a {@link RegistryClient} for one registry host, so the copy
 * engine and the tests treat a remote registry like a layout directory or the memory store.
 */
import type { Readable } from "node:stream";
import { DockhandError } from "../errors.js";
import { checkRepositoryName, checkTag, parseManifestReference } from "../store/names.js";
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

  /**
   * The repository a call names, checked as the local stores check it (NAME_INVALID), so a bad name is refused
   * the same way whichever store is behind the interface, and never reaches a URL.
   */
  private repo(path: string): Repository {
    checkRepositoryName(path);
    return { domain: this.domain, path };
  }

  async statBlob(repo: string, digest: string): Promise<number | undefined> {
    return await this.client.statBlob(this.repo(repo), digest);
  }

  async getBlob(
    repo: string,
    digest: string,
    options: { offset?: number; signal?: AbortSignal } = {},
  ): Promise<BlobReader> {
    return await this.client.getBlob(this.repo(repo), digest, options);
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

  async deleteBlob(repo: string, digest: string): Promise<void> {
    return await this.client.deleteBlob(this.repo(repo), digest);
  }

  async statManifest(repo: string, reference: string): Promise<StoreDescriptor | undefined> {
    parseManifestReference(reference);
    return await this.client.headManifest(this.repo(repo), reference);
  }

  async getManifest(repo: string, reference: string): Promise<StoredManifest> {
    parseManifestReference(reference);
    return await this.client.getManifest(this.repo(repo), reference);
  }

  async putManifest(repo: string, bytes: Uint8Array, mediaType: string, tag?: string): Promise<string> {
    if (tag !== undefined) checkTag(tag);
    return await this.client.putManifest(this.repo(repo), bytes, mediaType, tag);
  }

  async deleteManifest(repo: string, reference: string): Promise<void> {
    const { tag } = parseManifestReference(reference);
    try {
      await this.client.deleteManifest(this.repo(repo), reference);
    } catch (error) {
      // distribution deletes manifests by digest only: a tag DELETE is answered 400 DIGEST_INVALID or 405.
      const status = (error as { status?: number }).status;
      if (tag === undefined || (status !== 400 && status !== 405)) throw error;
      if ((await this.client.headManifest(this.repo(repo), tag)) === undefined) {
        throw new DockhandError("MANIFEST_UNKNOWN", `manifest ${this.domain}/${repo}:${tag} not found`, {
          details: { repository: repo, tag },
        });
      }
      throw new DockhandError("UNSUPPORTED", `${this.domain} cannot delete the tag ${repo}:${tag} alone`, {
        hint: "delete the manifest by digest (which removes every tag on it), or move the tag elsewhere",
        details: { repository: repo, tag },
        cause: error,
      });
    }
  }

  async listTags(repo: string, options: { n?: number; last?: string } = {}): Promise<TagPage> {
    return await this.client.listTags(this.repo(repo), options);
  }

  async referrers(repo: string, digest: string, options: { artifactType?: string } = {}): Promise<StoreDescriptor[]> {
    return await this.client.referrers(this.repo(repo), digest, options);
  }

  async listRepositories(): Promise<string[]> {
    return await this.client.listRepositories(this.domain);
  }
}
