/**
 * An image store over an OCI image-layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`), the
 * format umoci, skopeo (`oci:`), oras and buildx read and write.
 *
 * A layout holds ONE repository: every `repo` argument is accepted and ignored, and `listRepositories()` answers
 * `[""]`. Tags are the `org.opencontainers.image.ref.name` annotations of index.json entries; a manifest pushed
 * without a tag gets an untagged entry (so referrers and loose manifests stay reachable) unless an index already
 * lists it. index.json is rewritten atomically; writers in one process are serialised, but two processes writing
 * the same layout at once can lose each other's index.json update (as with the other layout tools).
 */
import { mkdir, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { DockhandError } from "../errors.js";
import { computeDigest, type DigestAlgorithm, MAX_MANIFEST_BYTES, parseDigest } from "../oci/digest.js";
import { manifestChildren, manifestSubject, type ParsedManifest, parseManifest } from "../oci/manifest.js";
import { isManifestMediaType, OCI_INDEX, OCI_LAYOUT_VERSION } from "../oci/mediaTypes.js";
import { isValidTag } from "../reference/index.js";
import { blobUnknown, manifestUnknown } from "./errors.js";
import {
  isMissing,
  moveIntoPlace,
  readBlobFile,
  readTextIfExists,
  removeIfExists,
  statIfExists,
  writeFileAtomic,
  writeVerifiedTemp,
} from "./files.js";
import { checkRequiredContent, referrerDescriptor } from "./manifestLinks.js";
import { KeyedMutex } from "./mutex.js";
import { checkTag, parseManifestReference } from "./names.js";
import { pageTags } from "./tagPage.js";
import type { BlobReader, ImageStore, MountResult, StoreDescriptor, StoredManifest, TagPage } from "./types.js";

/** The annotation that names a tag in index.json. */
export const REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";

/** An entry of index.json. */
interface IndexEntry extends StoreDescriptor {
  platform?: unknown;
  [key: string]: unknown;
}

interface IndexDocument {
  schemaVersion: 2;
  mediaType?: string;
  manifests: IndexEntry[];
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** An ImageStore over one OCI image-layout directory. */
export class OciLayoutStore implements ImageStore {
  readonly description: string;
  readonly #index = new KeyedMutex();

  /** A store over `root`; use {@link OciLayoutStore.open}, which creates or checks the layout. */
  constructor(readonly root: string) {
    this.description = `oci:${root}`;
  }

  /** Opens the layout at `root`, creating `oci-layout`, `index.json` and `blobs/` when missing. */
  static async open(root: string): Promise<OciLayoutStore> {
    const store = new OciLayoutStore(root);
    await mkdir(join(root, "blobs"), { recursive: true });
    const marker = await readTextIfExists(join(root, "oci-layout"));
    if (marker === undefined) {
      await writeFileAtomic(join(root, "oci-layout"), JSON.stringify({ imageLayoutVersion: OCI_LAYOUT_VERSION }));
    } else {
      let version: unknown;
      try {
        version = (JSON.parse(marker) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
      } catch {
        version = undefined;
      }
      if (version !== OCI_LAYOUT_VERSION) {
        throw new DockhandError("UNSUPPORTED", `${root}/oci-layout declares imageLayoutVersion ${String(version)}`, {
          hint: `dockhand reads layout version ${OCI_LAYOUT_VERSION}`,
          details: { path: join(root, "oci-layout") },
        });
      }
    }
    if ((await statIfExists(join(root, "index.json"))) === undefined) {
      await store.#writeIndex({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] });
    }
    return store;
  }

  #blobPath(digest: string): string {
    const { algorithm, hex } = parseDigest(digest);
    return join(this.root, "blobs", algorithm, hex);
  }

  async #readIndex(): Promise<IndexDocument> {
    const path = join(this.root, "index.json");
    let document: IndexDocument;
    try {
      document = JSON.parse(await readFile(path, "utf8")) as IndexDocument;
    } catch (error) {
      throw new DockhandError("MANIFEST_INVALID", `cannot read ${path}: ${(error as Error).message}`, {
        details: { path },
        cause: error,
      });
    }
    if (!Array.isArray(document.manifests)) {
      throw new DockhandError("MANIFEST_INVALID", `${path} has no manifests array`, { details: { path } });
    }
    return document;
  }

  async #writeIndex(document: IndexDocument): Promise<void> {
    await writeFileAtomic(join(this.root, "index.json"), `${JSON.stringify(document)}\n`, this.root);
  }

  /** Read-modify-write of index.json, one at a time. */
  async #updateIndex(change: (document: IndexDocument) => boolean): Promise<void> {
    await this.#index.run("index.json", async () => {
      const document = await this.#readIndex();
      if (change(document)) await this.#writeIndex(document);
    });
  }

  async statBlob(_repo: string, digest: string): Promise<number | undefined> {
    return (await statIfExists(this.#blobPath(digest)))?.size;
  }

  async getBlob(_repo: string, digest: string, options: { offset?: number } = {}): Promise<BlobReader> {
    return await readBlobFile(this.#blobPath(digest), "", digest, options.offset);
  }

  async putBlob(
    _repo: string,
    digest: string,
    size: number | undefined,
    body: Readable | Uint8Array,
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const target = this.#blobPath(digest);
    // Temp files sit in blobs/ itself, outside every blobs/<alg>/ folder other tools walk.
    const temp = await writeVerifiedTemp(join(this.root, "blobs"), body, digest, size, options.signal);
    await moveIntoPlace(temp, target);
  }

  async mountBlob(_repo: string, digest: string): Promise<MountResult> {
    return (await statIfExists(this.#blobPath(digest))) ? "mounted" : "missing";
  }

  async deleteBlob(_repo: string, digest: string): Promise<void> {
    if (!(await removeIfExists(this.#blobPath(digest)))) throw blobUnknown("", digest);
  }

  /** Reads a blob as a manifest, or undefined when it is absent or not a manifest. */
  async #loadManifest(
    digest: string,
    mediaType?: string,
  ): Promise<{ bytes: Uint8Array; parsed: ParsedManifest } | undefined> {
    const path = this.#blobPath(digest);
    const info = await statIfExists(path);
    if (!info || info.size > MAX_MANIFEST_BYTES) return undefined;
    const bytes = new Uint8Array(await readFile(path));
    try {
      return { bytes, parsed: parseManifest(bytes, mediaType) };
    } catch {
      return undefined;
    }
  }

  /** Resolves a tag or digest to the manifest's descriptor. */
  async #resolve(reference: string): Promise<StoreDescriptor | undefined> {
    const ref = parseManifestReference(reference);
    const { manifests } = await this.#readIndex();
    const entry = ref.tag
      ? manifests.findLast((m) => m.annotations?.[REF_NAME_ANNOTATION] === ref.tag)
      : manifests.find((m) => m.digest === ref.digest);
    const digest = entry?.digest ?? ref.digest;
    if (digest === undefined) return undefined;
    const hint = entry && isManifestMediaType(entry.mediaType) ? entry.mediaType : undefined;
    const loaded = await this.#loadManifest(digest, hint);
    if (!loaded) return undefined;
    return { mediaType: loaded.parsed.mediaType, digest, size: loaded.bytes.byteLength };
  }

  async statManifest(_repo: string, reference: string): Promise<StoreDescriptor | undefined> {
    return await this.#resolve(reference);
  }

  async getManifest(repo: string, reference: string): Promise<StoredManifest> {
    const found = await this.#resolve(reference);
    if (!found) throw manifestUnknown(repo, reference);
    const bytes = await readFile(this.#blobPath(found.digest)).catch(() => undefined);
    if (!bytes) throw manifestUnknown(repo, reference);
    return { digest: found.digest, mediaType: found.mediaType, bytes: new Uint8Array(bytes) };
  }

  async putManifest(
    repo: string,
    bytes: Uint8Array,
    mediaType: string,
    tag?: string,
    options: { algorithm?: DigestAlgorithm } = {},
  ): Promise<string> {
    if (tag !== undefined) checkTag(tag);
    const parsed = parseManifest(bytes, mediaType || undefined);
    await checkRequiredContent(repo, parsed, async (item) => (await statIfExists(this.#blobPath(item.digest)))?.size);
    const digest = computeDigest(bytes, options.algorithm ?? "sha256");
    await writeFileAtomic(this.#blobPath(digest), bytes, join(this.root, "blobs"));
    const entry: IndexEntry = {
      mediaType: parsed.mediaType,
      digest,
      size: bytes.byteLength,
      ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}),
    };
    const children = new Set(parsed.kind === "index" ? manifestChildren(parsed).map((d) => d.digest) : []);
    await this.#updateIndex((document) => {
      const untagged = (m: IndexEntry) => m.annotations?.[REF_NAME_ANNOTATION] === undefined;
      const before = document.manifests.length;
      // Children now reachable through this index need no entry of their own.
      document.manifests = document.manifests.filter((m) => !(untagged(m) && children.has(m.digest)));
      if (tag !== undefined) {
        document.manifests = document.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== tag);
        document.manifests.push({ ...entry, annotations: { [REF_NAME_ANNOTATION]: tag } });
        return true;
      }
      if (document.manifests.some((m) => m.digest === digest)) return document.manifests.length !== before;
      document.manifests.push(entry);
      return true;
    });
    return digest;
  }

  async deleteManifest(repo: string, reference: string): Promise<void> {
    const ref = parseManifestReference(reference);
    if (ref.tag !== undefined) {
      let found = false;
      await this.#updateIndex((document) => {
        const kept = document.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== ref.tag);
        found = kept.length !== document.manifests.length;
        document.manifests = kept;
        return found;
      });
      if (!found) throw manifestUnknown(repo, reference);
      return;
    }
    if (!(await this.#resolve(reference))) throw manifestUnknown(repo, reference);
    await this.#updateIndex((document) => {
      const kept = document.manifests.filter((m) => m.digest !== ref.digest);
      const changed = kept.length !== document.manifests.length;
      document.manifests = kept;
      return changed;
    });
    await unlink(this.#blobPath(ref.digest)).catch((error) => {
      if (!isMissing(error)) throw error;
    });
  }

  async listTags(_repo: string, options: { n?: number; last?: string } = {}): Promise<TagPage> {
    const names = new Set<string>();
    for (const m of (await this.#readIndex()).manifests) {
      const name = m.annotations?.[REF_NAME_ANNOTATION];
      // Some tools store full references (`docker.io/x:1`) as names; only tag-shaped names are tags.
      if (name !== undefined && isValidTag(name)) names.add(name);
    }
    return pageTags(names, options);
  }

  /** Manifests reachable from index.json: its entries and, through indexes, their children. */
  async *#reachableManifests(): AsyncGenerator<{ digest: string; bytes: Uint8Array; parsed: ParsedManifest }> {
    const seen = new Set<string>();
    const queue = (await this.#readIndex()).manifests.map((m) => ({ digest: m.digest, mediaType: m.mediaType }));
    while (queue.length > 0) {
      const next = queue.shift();
      if (!next || seen.has(next.digest)) continue;
      seen.add(next.digest);
      const loaded = await this.#loadManifest(
        next.digest,
        isManifestMediaType(next.mediaType) ? next.mediaType : undefined,
      );
      if (!loaded) continue;
      yield { digest: next.digest, ...loaded };
      if (loaded.parsed.kind === "index") {
        for (const child of loaded.parsed.manifests) queue.push({ digest: child.digest, mediaType: child.mediaType });
      }
    }
  }

  async referrers(_repo: string, digest: string, options: { artifactType?: string } = {}): Promise<StoreDescriptor[]> {
    parseDigest(digest);
    const found: StoreDescriptor[] = [];
    for await (const m of this.#reachableManifests()) {
      if (manifestSubject(m.parsed)?.digest !== digest) continue;
      const descriptor = referrerDescriptor(
        { digest: m.digest, mediaType: m.parsed.mediaType, size: m.bytes.byteLength },
        m.parsed,
      );
      if (options.artifactType === undefined || descriptor.artifactType === options.artifactType)
        found.push(descriptor);
    }
    return found.sort((a, b) => (a.digest < b.digest ? -1 : 1));
  }

  async listRepositories(): Promise<string[]> {
    return [""];
  }
}
