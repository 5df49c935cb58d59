/**
 * An image store in memory: for tests, `dockhand serve --memory` and CI caches. Blob bytes are shared by
 * digest; each repository links the blobs and manifests it holds, so deleting from one leaves the others intact.
 * Nothing survives the process.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { computeDigest, createHasher, type DigestAlgorithm, parseDigest } from "../oci/digest.js";
import { manifestSubject, parseManifest } from "../oci/manifest.js";
import { readAll, readVerified } from "./body.js";
import {
  blobUnknown,
  checkOffset,
  digestMismatch,
  manifestUnknown,
  nameUnknown,
  rangeInvalid,
  uploadUnknown,
} from "./errors.js";
import { checkRequiredContent, referrerDescriptor } from "./manifestLinks.js";
import { checkRepositoryName, checkTag, parseManifestReference } from "./names.js";
import { pageTags } from "./tagPage.js";
import type {
  BlobReader,
  ImageStore,
  MountResult,
  StoreDescriptor,
  StoredManifest,
  TagPage,
  UploadSessions,
  UploadState,
} from "./types.js";

interface Repository {
  blobs: Set<string>;
  manifests: Map<string, StoredManifest>;
  tags: Map<string, string>;
}

interface Upload extends UploadState {
  chunks: Buffer[];
}

/** The in-memory image store with resumable uploads. */
export class MemoryStore implements ImageStore, UploadSessions {
  readonly description = "memory";
  readonly #blobs = new Map<string, Buffer>();
  readonly #repos = new Map<string, Repository>();
  readonly #uploads = new Map<string, Upload>();

  #repo(name: string, create: true): Repository;
  #repo(name: string, create?: false): Repository | undefined;
  #repo(name: string, create = false): Repository | undefined {
    checkRepositoryName(name);
    let repo = this.#repos.get(name);
    if (!repo && create) {
      repo = { blobs: new Set(), manifests: new Map(), tags: new Map() };
      this.#repos.set(name, repo);
    }
    return repo;
  }

  /** Drops blob bytes no repository links any more. */
  #release(digest: string): void {
    for (const repo of this.#repos.values()) if (repo.blobs.has(digest)) return;
    this.#blobs.delete(digest);
  }

  async statBlob(repo: string, digest: string): Promise<number | undefined> {
    parseDigest(digest);
    if (!this.#repo(repo)?.blobs.has(digest)) return undefined;
    return this.#blobs.get(digest)?.length;
  }

  async getBlob(repo: string, digest: string, options: { offset?: number } = {}): Promise<BlobReader> {
    parseDigest(digest);
    const bytes = this.#repo(repo)?.blobs.has(digest) ? this.#blobs.get(digest) : undefined;
    if (!bytes) throw blobUnknown(repo, digest);
    const offset = checkOffset(options.offset, bytes.length, digest);
    return { size: bytes.length, stream: Readable.from([bytes.subarray(offset)]) };
  }

  async putBlob(
    repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    checkRepositoryName(repo);
    parseDigest(digest);
    const bytes = await readVerified(body, digest, size, options.signal);
    if (!this.#blobs.has(digest)) this.#blobs.set(digest, bytes);
    this.#repo(repo, true).blobs.add(digest);
  }

  async mountBlob(repo: string, digest: string, fromRepo: string | undefined): Promise<MountResult> {
    parseDigest(digest);
    if (this.#repo(repo)?.blobs.has(digest)) return "mounted";
    if (fromRepo === undefined || !this.#repo(fromRepo)?.blobs.has(digest)) return "missing";
    this.#repo(repo, true).blobs.add(digest);
    return "mounted";
  }

  async deleteBlob(repo: string, digest: string): Promise<void> {
    parseDigest(digest);
    const r = this.#repo(repo);
    if (!r?.blobs.delete(digest)) throw blobUnknown(repo, digest);
    this.#release(digest);
  }

  #resolve(repo: string, reference: string): StoredManifest | undefined {
    const ref = parseManifestReference(reference);
    const r = this.#repo(repo);
    if (!r) return undefined;
    const digest = ref.digest ?? r.tags.get(ref.tag);
    return digest === undefined ? undefined : r.manifests.get(digest);
  }

  async statManifest(repo: string, reference: string): Promise<StoreDescriptor | undefined> {
    const m = this.#resolve(repo, reference);
    return m && { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
  }

  async getManifest(repo: string, reference: string): Promise<StoredManifest> {
    const m = this.#resolve(repo, reference);
    if (!m) throw manifestUnknown(repo, reference);
    return { digest: m.digest, mediaType: m.mediaType, bytes: new Uint8Array(m.bytes) };
  }

  async putManifest(
    repo: string,
    bytes: Uint8Array,
    mediaType: string,
    tag?: string,
    options: { algorithm?: DigestAlgorithm } = {},
  ): Promise<string> {
    checkRepositoryName(repo);
    if (tag !== undefined) checkTag(tag);
    const parsed = parseManifest(bytes, mediaType || undefined);
    const existing = this.#repos.get(repo);
    await checkRequiredContent(repo, parsed, async (item) =>
      item.kind === "blob"
        ? existing?.blobs.has(item.digest)
          ? this.#blobs.get(item.digest)?.length
          : undefined
        : existing?.manifests.get(item.digest)?.bytes.byteLength,
    );
    const digest = computeDigest(bytes, options.algorithm ?? "sha256");
    const r = this.#repo(repo, true);
    r.manifests.set(digest, { digest, mediaType: parsed.mediaType, bytes: new Uint8Array(bytes) });
    if (tag !== undefined) r.tags.set(tag, digest);
    return digest;
  }

  async deleteManifest(repo: string, reference: string): Promise<void> {
    const ref = parseManifestReference(reference);
    const r = this.#repo(repo);
    if (ref.tag !== undefined) {
      if (!r?.tags.delete(ref.tag)) throw manifestUnknown(repo, reference);
      return;
    }
    if (!r?.manifests.delete(ref.digest)) throw manifestUnknown(repo, reference);
    for (const [tag, digest] of r.tags) if (digest === ref.digest) r.tags.delete(tag);
  }

  async listTags(repo: string, options: { n?: number; last?: string } = {}): Promise<TagPage> {
    const r = this.#repo(repo);
    if (!r) throw nameUnknown(repo);
    return pageTags(r.tags.keys(), options);
  }

  async referrers(repo: string, digest: string, options: { artifactType?: string } = {}): Promise<StoreDescriptor[]> {
    parseDigest(digest);
    const found: StoreDescriptor[] = [];
    for (const m of this.#repo(repo)?.manifests.values() ?? []) {
      const parsed = parseManifest(m.bytes, m.mediaType);
      if (manifestSubject(parsed)?.digest !== digest) continue;
      const descriptor = referrerDescriptor({ ...m, size: m.bytes.length }, parsed);
      if (options.artifactType === undefined || descriptor.artifactType === options.artifactType)
        found.push(descriptor);
    }
    return found.sort((a, b) => (a.digest < b.digest ? -1 : 1));
  }

  async listRepositories(): Promise<string[]> {
    return [...this.#repos.keys()].sort();
  }

  async startUpload(repo: string): Promise<UploadState> {
    checkRepositoryName(repo);
    const upload: Upload = { id: randomUUID(), repo, size: 0, updatedAt: Date.now(), chunks: [] };
    this.#uploads.set(upload.id, upload);
    return snapshot(upload);
  }

  #upload(repo: string, id: string): Upload {
    const upload = this.#uploads.get(id);
    if (!upload || upload.repo !== repo) throw uploadUnknown(repo, id);
    return upload;
  }

  async getUpload(repo: string, id: string): Promise<UploadState | undefined> {
    const upload = this.#uploads.get(id);
    return upload && upload.repo === repo ? snapshot(upload) : undefined;
  }

  async appendUpload(repo: string, id: string, offset: number, body: Readable | Uint8Array): Promise<UploadState> {
    const upload = this.#upload(repo, id);
    if (offset !== upload.size) throw rangeInvalid(upload, offset);
    const bytes = await readAll(body);
    // Another append may have landed while this body was read: the offset must still hold.
    if (offset !== upload.size || !this.#uploads.has(id)) throw rangeInvalid(upload, offset);
    upload.chunks.push(bytes);
    upload.size += bytes.length;
    upload.updatedAt = Date.now();
    return snapshot(upload);
  }

  async commitUpload(repo: string, id: string, digest: string): Promise<void> {
    const upload = this.#upload(repo, id);
    const { algorithm } = parseDigest(digest);
    const hasher = createHasher(algorithm);
    for (const chunk of upload.chunks) hasher.update(chunk);
    const actual = hasher.digest();
    if (actual !== digest) throw digestMismatch(`upload ${id} to ${repo}`, digest, actual, upload.size);
    if (!this.#blobs.has(digest)) this.#blobs.set(digest, Buffer.concat(upload.chunks));
    this.#repo(repo, true).blobs.add(digest);
    this.#uploads.delete(id);
  }

  async cancelUpload(repo: string, id: string): Promise<void> {
    this.#upload(repo, id);
    this.#uploads.delete(id);
  }
}

function snapshot(upload: Upload): UploadState {
  return { id: upload.id, repo: upload.repo, size: upload.size, updatedAt: upload.updatedAt };
}
