/**
 * The on-disk image store behind `dockhand serve --storage DIR`: content-addressed blobs shared by all
 * repositories, per-repository links for blobs and manifests, tags, a referrers index and resumable upload
 * sessions as files (layout in diskPaths.ts). Every write of a blob, link or tag is atomic (temp file, fsync,
 * rename, directory fsync), so concurrent pushes of one blob or tag are safe, an interrupted upload never becomes a
 * blob, and whatever was acknowledged survives a restart. Upload sessions are scratch space: their bytes are
 * fsynced once, when a commit turns them into a blob, not per chunk (a crash may lose a session, never a blob).
 */
import { createHash, type Hash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { computeDigest, type DigestAlgorithm, parseDigest } from "../oci/digest.js";
import { manifestSubject, parseManifest } from "../oci/manifest.js";
import { bodyStream } from "./body.js";
import { DiskPaths } from "./diskPaths.js";
import { blobUnknown, digestMismatch, manifestUnknown, nameUnknown, rangeInvalid, uploadUnknown } from "./errors.js";
import {
  createMarker,
  isMissing,
  moveIntoPlace,
  readBlobFile,
  readTextIfExists,
  removeIfExists,
  statIfExists,
  syncFile,
  WRITE_BUFFER,
  writeFileAtomic,
  writeVerifiedTemp,
} from "./files.js";
import { checkRequiredContent, referrerDescriptor } from "./manifestLinks.js";
import { KeyedMutex } from "./mutex.js";
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

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface UploadInfo {
  repo: string;
  startedAt: number;
}

/** The on-disk image store with resumable uploads. */
export class DiskStore implements ImageStore, UploadSessions {
  readonly description: string;
  /** Where everything lives; see diskPaths.ts. */
  readonly paths: DiskPaths;
  readonly #uploadLocks = new KeyedMutex();
  /** Running sha256 of each session's bytes, so a commit need not re-read the data (re-read when absent). */
  readonly #uploadHashes = new Map<string, { hash: Hash; size: number }>();

  /** A store over `root` (created on first write; {@link DiskStore.open} creates it at once). */
  constructor(readonly root: string) {
    this.description = `disk:${root}`;
    this.paths = new DiskPaths(root);
  }

  /** Opens (creating when missing) a store at `root`. */
  static async open(root: string): Promise<DiskStore> {
    const store = new DiskStore(root);
    for (const dir of [store.paths.blobsDir, store.paths.repositoriesDir, store.paths.uploadsDir, store.paths.tmpDir]) {
      await mkdir(dir, { recursive: true });
    }
    return store;
  }

  async #hasBlob(repo: string, digest: string): Promise<boolean> {
    return (await statIfExists(this.paths.blobLink(repo, digest))) !== undefined;
  }

  async #link(path: string, content: string): Promise<void> {
    await writeFileAtomic(path, content, this.paths.tmpDir);
  }

  async statBlob(repo: string, digest: string): Promise<number | undefined> {
    checkRepositoryName(repo);
    parseDigest(digest);
    if (!(await this.#hasBlob(repo, digest))) return undefined;
    return (await statIfExists(this.paths.blob(digest)))?.size;
  }

  async getBlob(repo: string, digest: string, options: { offset?: number } = {}): Promise<BlobReader> {
    checkRepositoryName(repo);
    parseDigest(digest);
    if (!(await this.#hasBlob(repo, digest))) throw blobUnknown(repo, digest);
    return await readBlobFile(this.paths.blob(digest), repo, digest, options.offset);
  }

  async putBlob(
    repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    checkRepositoryName(repo);
    const target = this.paths.blob(digest);
    const temp = await writeVerifiedTemp(this.paths.tmpDir, body, digest, size, options.signal);
    // Identical content may land concurrently: each writer renames its own verified copy, the last one wins.
    await moveIntoPlace(temp, target);
    await createMarker(this.paths.blobLink(repo, digest));
  }

  async mountBlob(repo: string, digest: string, fromRepo: string | undefined): Promise<MountResult> {
    checkRepositoryName(repo);
    parseDigest(digest);
    if (await this.#hasBlob(repo, digest)) return "mounted";
    if (fromRepo === undefined) return "missing";
    checkRepositoryName(fromRepo);
    if (!(await this.#hasBlob(fromRepo, digest)) || !(await statIfExists(this.paths.blob(digest)))) return "missing";
    await createMarker(this.paths.blobLink(repo, digest));
    return "mounted";
  }

  async deleteBlob(repo: string, digest: string): Promise<void> {
    checkRepositoryName(repo);
    parseDigest(digest);
    // The bytes stay for other repositories; gc removes content nothing links.
    if (!(await removeIfExists(this.paths.blobLink(repo, digest)))) throw blobUnknown(repo, digest);
  }

  /** The digest a tag or digest reference names in `repo`, when the repository has that manifest. */
  async #resolve(repo: string, reference: string): Promise<{ digest: string; mediaType: string } | undefined> {
    checkRepositoryName(repo);
    const ref = parseManifestReference(reference);
    const digest = ref.digest ?? (await readTextIfExists(this.paths.tag(repo, ref.tag)))?.trim();
    if (!digest) return undefined;
    const link = await readTextIfExists(this.paths.manifestLink(repo, digest));
    if (link === undefined) return undefined;
    return { digest, mediaType: (JSON.parse(link) as { mediaType: string }).mediaType };
  }

  async statManifest(repo: string, reference: string): Promise<StoreDescriptor | undefined> {
    const found = await this.#resolve(repo, reference);
    if (!found) return undefined;
    const content = await statIfExists(this.paths.blob(found.digest));
    return content && { mediaType: found.mediaType, digest: found.digest, size: content.size };
  }

  async getManifest(repo: string, reference: string): Promise<StoredManifest> {
    const found = await this.#resolve(repo, reference);
    if (!found) throw manifestUnknown(repo, reference);
    try {
      const bytes = await readFile(this.paths.blob(found.digest));
      return { ...found, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } catch (error) {
      if (isMissing(error)) throw manifestUnknown(repo, reference);
      throw error;
    }
  }

  /**
   * The content's size when the repository links it and the bytes exist, else undefined. The content's mtime is
   * refreshed so a gc running now keeps it (gc never deletes content newer than its start).
   */
  async #claim(path: string, content: string): Promise<number | undefined> {
    if (!(await statIfExists(path))) return undefined;
    const now = new Date();
    try {
      await utimes(content, now, now);
      return (await stat(content)).size;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
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
    await checkRequiredContent(repo, parsed, (item) =>
      this.#claim(
        item.kind === "blob" ? this.paths.blobLink(repo, item.digest) : this.paths.manifestLink(repo, item.digest),
        this.paths.blob(item.digest),
      ),
    );
    const digest = computeDigest(bytes, options.algorithm ?? "sha256");
    await writeFileAtomic(this.paths.blob(digest), bytes, this.paths.tmpDir);
    const subject = manifestSubject(parsed);
    if (subject) {
      const descriptor = referrerDescriptor({ digest, mediaType: parsed.mediaType, size: bytes.byteLength }, parsed);
      await this.#link(this.paths.referrerLink(repo, subject.digest, digest), JSON.stringify(descriptor));
    }
    await this.#link(this.paths.manifestLink(repo, digest), JSON.stringify({ mediaType: parsed.mediaType }));
    if (tag !== undefined) await this.#link(this.paths.tag(repo, tag), digest);
    return digest;
  }

  async deleteManifest(repo: string, reference: string): Promise<void> {
    checkRepositoryName(repo);
    const ref = parseManifestReference(reference);
    if (ref.tag !== undefined) {
      if (!(await removeIfExists(this.paths.tag(repo, ref.tag)))) throw manifestUnknown(repo, reference);
      return;
    }
    const link = this.paths.manifestLink(repo, ref.digest);
    if (!(await statIfExists(link))) throw manifestUnknown(repo, reference);
    for (const tag of await this.#tags(repo)) {
      const path = this.paths.tag(repo, tag);
      if ((await readTextIfExists(path))?.trim() === ref.digest) await removeIfExists(path);
    }
    const content = await readFile(this.paths.blob(ref.digest)).catch(() => undefined);
    const subject = content && manifestSubject(parseManifest(content, undefined));
    if (subject) await removeIfExists(this.paths.referrerLink(repo, subject.digest, ref.digest));
    await removeIfExists(link);
  }

  async #tags(repo: string): Promise<string[]> {
    try {
      return (await readdir(this.paths.tagsDir(repo))).filter((name) => !name.startsWith("."));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async listTags(repo: string, options: { n?: number; last?: string } = {}): Promise<TagPage> {
    checkRepositoryName(repo);
    if (!(await isRepository(this.paths.repository(repo)))) throw nameUnknown(repo);
    return pageTags(await this.#tags(repo), options);
  }

  async referrers(repo: string, digest: string, options: { artifactType?: string } = {}): Promise<StoreDescriptor[]> {
    checkRepositoryName(repo);
    const dir = this.paths.referrersOf(repo, digest);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const found: StoreDescriptor[] = [];
    for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
      const text = await readTextIfExists(join(dir, name));
      if (text === undefined) continue;
      const descriptor = JSON.parse(text) as StoreDescriptor;
      // An index entry whose manifest was deleted half-way (crash) does not count.
      if (!(await statIfExists(this.paths.manifestLink(repo, descriptor.digest)))) continue;
      if (options.artifactType === undefined || descriptor.artifactType === options.artifactType)
        found.push(descriptor);
    }
    return found;
  }

  async listRepositories(): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: string, prefix: string): Promise<void> => {
      let entries: string[];
      try {
        entries = await readdir(dir);
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      if (prefix && entries.some((e) => e.startsWith("_"))) found.push(prefix);
      for (const entry of entries) {
        if (!entry.startsWith("_") && !entry.startsWith("."))
          await walk(join(dir, entry), prefix ? `${prefix}/${entry}` : entry);
      }
    };
    await walk(this.paths.repositoriesDir, "");
    return found.sort();
  }

  // Upload sessions: uploads/<id>/info.json names the repository; uploads/<id>/data holds the bytes so far.

  async #session(repo: string, id: string): Promise<UploadState | undefined> {
    checkRepositoryName(repo);
    if (!UPLOAD_ID.test(id)) return undefined;
    const info = parseUploadInfo(await readTextIfExists(join(this.paths.upload(id), "info.json")));
    if (info?.repo !== repo) return undefined;
    const data = await statIfExists(join(this.paths.upload(id), "data"));
    if (!data) return undefined;
    return { id, repo, size: data.size, updatedAt: Math.max(info.startedAt, data.mtimeMs) };
  }

  async #requireSession(repo: string, id: string): Promise<UploadState> {
    const state = await this.#session(repo, id);
    if (!state) throw uploadUnknown(repo, id);
    return state;
  }

  async startUpload(repo: string): Promise<UploadState> {
    checkRepositoryName(repo);
    const id = randomUUID();
    const startedAt = Date.now();
    // The session becomes visible only once complete: built in tmp, then renamed into uploads/. Nothing is fsynced:
    // a session is not content a client was promised, and one a crash damaged reads as unknown (gc removes it).
    const staging = join(this.paths.tmpDir, `.upload-${id}`);
    await mkdir(staging, { recursive: true });
    await writeFile(join(staging, "data"), "");
    await writeFile(join(staging, "info.json"), JSON.stringify({ repo, startedAt } satisfies UploadInfo));
    await rename(staging, this.paths.upload(id));
    this.#uploadHashes.set(id, { hash: createHash("sha256"), size: 0 });
    return { id, repo, size: 0, updatedAt: startedAt };
  }

  async getUpload(repo: string, id: string): Promise<UploadState | undefined> {
    return await this.#session(repo, id);
  }

  async appendUpload(repo: string, id: string, offset: number, body: Readable | Uint8Array): Promise<UploadState> {
    return await this.#uploadLocks.run(id, async () => {
      const state = await this.#requireSession(repo, id);
      if (offset !== state.size) throw rangeInvalid(state, offset);
      const cached = this.#uploadHashes.get(id);
      const running = cached?.size === state.size ? cached : undefined;
      this.#uploadHashes.delete(id);
      let added = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          running?.hash.update(chunk);
          added += chunk.length;
          callback(null, chunk);
        },
      });
      // No fsync per chunk: commitUpload fsyncs the data once before it becomes a blob.
      const sink = createWriteStream(join(this.paths.upload(id), "data"), { flags: "a", highWaterMark: WRITE_BUFFER });
      await pipeline(bodyStream(body), tap, sink);
      // Only a fully written chunk keeps the running hash in step with the file.
      if (running) this.#uploadHashes.set(id, { hash: running.hash, size: state.size + added });
      return await this.#requireSession(repo, id);
    });
  }

  async #digestOf(id: string, size: number, algorithm: "sha256" | "sha512"): Promise<string> {
    const cached = this.#uploadHashes.get(id);
    if (algorithm === "sha256" && cached?.size === size) return `sha256:${cached.hash.copy().digest("hex")}`;
    const hash = createHash(algorithm);
    for await (const chunk of createReadStream(join(this.paths.upload(id), "data"))) hash.update(chunk as Buffer);
    return `${algorithm}:${hash.digest("hex")}`;
  }

  async commitUpload(repo: string, id: string, digest: string): Promise<void> {
    await this.#uploadLocks.run(id, async () => {
      const state = await this.#requireSession(repo, id);
      const { algorithm } = parseDigest(digest);
      const actual = await this.#digestOf(id, state.size, algorithm);
      if (actual !== digest) throw digestMismatch(`upload ${id} to ${repo}`, digest, actual, state.size);
      // Durable bytes first, then the rename that makes them the blob, then the repository's link: only then is the
      // PUT acknowledged.
      const data = join(this.paths.upload(id), "data");
      await syncFile(data);
      await moveIntoPlace(data, this.paths.blob(digest));
      await createMarker(this.paths.blobLink(repo, digest));
      await this.#removeSession(id);
    });
  }

  async cancelUpload(repo: string, id: string): Promise<void> {
    await this.#uploadLocks.run(id, async () => {
      await this.#requireSession(repo, id);
      await this.#removeSession(id);
    });
  }

  async #removeSession(id: string): Promise<void> {
    this.#uploadHashes.delete(id);
    // Rename first so a half-removed session is never seen as a live one. Not fsynced: a session a crash brings
    // back has lost its data file (committed) or is one the client cancelled; either way gc clears it.
    const doomed = join(this.paths.tmpDir, `.removed-${id}`);
    try {
      await rename(this.paths.upload(id), doomed);
    } catch (error) {
      // Another actor (gc, a concurrent cancel) removed it first: the session is gone either way.
      if (isMissing(error)) return;
      throw error;
    }
    await rm(doomed, { recursive: true, force: true });
  }
}

/** A session's info.json, or undefined when missing or unreadable (a crash before its bytes reached the disk). */
function parseUploadInfo(text: string | undefined): UploadInfo | undefined {
  if (text === undefined) return undefined;
  try {
    const info = JSON.parse(text) as Partial<UploadInfo>;
    return typeof info.repo === "string" && typeof info.startedAt === "number" ? (info as UploadInfo) : undefined;
  } catch {
    return undefined;
  }
}

/** A directory is a repository once it holds any of the `_` folders. */
async function isRepository(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).some((entry) => entry.startsWith("_"));
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
