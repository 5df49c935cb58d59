/**
 * What the explorer shows, read through the image-store interface: a repository's tags with what each names, and
 * one manifest with its platforms, config, layers and referrers. Works the same over a remote registry
 * (RegistryStore), the embedded registry's own store and a layout directory.
 */
import { type Descriptor, formatPlatform, manifestSubject, type ParsedManifest, parseManifest } from "../oci/index.js";
import { allTags } from "../store/all-tags.js";
import type { ImageStore, StoreDescriptor } from "../store/types.js";

/** One tag of a repository, with what it names. */
export interface TagRow {
  tag: string;
  digest: string;
  mediaType: string;
  kind: "index" | "image" | "artifact" | "unknown";
  /** `linux/amd64`, … for an index's entries; the config's platform is not read for single images (one fetch less). */
  platforms: string[];
  /** Manifest plus every layer and config it names (for an index: its children's, where read). */
  size?: number;
  /** The image's creation time from its config, where cheap to know (single images only). */
  created?: string;
}

/** A page of tags. */
export interface TagPageView {
  rows: TagRow[];
  total: number;
  page: number;
  pages: number;
  query: string;
}

/** A manifest with everything the image page shows. */
export interface ManifestView {
  repository: string;
  digest: string;
  mediaType: string;
  parsed: ParsedManifest;
  /** The document, pretty-printed. */
  json: string;
  config?: ImageConfigView;
  subject?: Descriptor;
  referrers: ReferrerNode[];
  size: number;
}

/** The parts of an image config people look for. */
export interface ImageConfigView {
  platform?: string;
  created?: string;
  env: string[];
  entrypoint: string[];
  cmd: string[];
  workingDir?: string;
  user?: string;
  labels: Record<string, string>;
  history: { created?: string; createdBy?: string; empty: boolean }[];
}

/** A referrer (signature, SBOM, attestation) and what refers to it in turn. */
export interface ReferrerNode {
  descriptor: StoreDescriptor;
  children: ReferrerNode[];
}

const PAGE_SIZE = 100;
const PARALLEL = 8;
const CONFIG_LIMIT = 4 * 1024 * 1024;

/** Runs `work` over `items` with at most {@link PARALLEL} at a time, keeping the order. */
async function mapLimited<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}

function kindOf(parsed: ParsedManifest): TagRow["kind"] {
  if (parsed.kind === "index") return "index";
  return parsed.artifactType !== undefined || parsed.subject !== undefined ? "artifact" : "image";
}

/** Reads a blob whole (configs only: small JSON documents), refusing one over {@link CONFIG_LIMIT}. */
export async function readSmallBlob(store: ImageStore, repo: string, digest: string): Promise<Buffer> {
  const reader = await store.getBlob(repo, digest);
  if (reader.size > CONFIG_LIMIT) {
    reader.stream.destroy();
    throw new Error(`blob ${digest} is ${reader.size} bytes, too large to show`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of reader.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function tagRow(store: ImageStore, repo: string, tag: string): Promise<TagRow> {
  try {
    const manifest = await store.getManifest(repo, tag);
    const parsed = parseManifest(manifest.bytes, manifest.mediaType);
    const row: TagRow = {
      tag,
      digest: manifest.digest,
      mediaType: manifest.mediaType,
      kind: kindOf(parsed),
      platforms: [],
    };
    if (parsed.kind === "index") {
      row.platforms = parsed.manifests.flatMap((m) =>
        m.platform && m.platform.os !== "unknown" ? [formatPlatform(m.platform)] : [],
      );
      row.size = manifest.bytes.byteLength + parsed.manifests.reduce((sum, m) => sum + m.size, 0);
    } else {
      row.size = manifest.bytes.byteLength + parsed.config.size + parsed.layers.reduce((sum, l) => sum + l.size, 0);
    }
    return row;
  } catch {
    return { tag, digest: "", mediaType: "", kind: "unknown", platforms: [] };
  }
}

/**
 * One page of a repository's tags, filtered by a substring, each with its digest, kind, platforms and size. Only
 * the page's manifests are read, so a repository of thousands of tags lists as fast as one page.
 */
export async function tagPage(
  store: ImageStore,
  repo: string,
  options: { query?: string; page?: number } = {},
): Promise<TagPageView> {
  const query = (options.query ?? "").trim();
  const tags = (await allTags(store, repo)).filter((t) => query === "" || t.includes(query));
  const pages = Math.max(1, Math.ceil(tags.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const slice = tags.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const rows = await mapLimited(slice, (tag) => tagRow(store, repo, tag));
  return { rows, total: tags.length, page, pages, query };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The fields of an image config the image page shows (unknown or odd fields are passed over). */
export function configView(bytes: Buffer): ImageConfigView {
  const doc = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  const config = (doc.config ?? {}) as Record<string, unknown>;
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries((config.Labels ?? {}) as Record<string, unknown>)) {
    if (typeof value === "string") labels[key] = value;
  }
  const history = Array.isArray(doc.history) ? (doc.history as Record<string, unknown>[]) : [];
  const os = typeof doc.os === "string" ? doc.os : undefined;
  const architecture = typeof doc.architecture === "string" ? doc.architecture : undefined;
  const view: ImageConfigView = {
    env: stringList(config.Env),
    entrypoint: stringList(config.Entrypoint),
    cmd: stringList(config.Cmd),
    labels,
    history: history.map((h) => ({
      ...(typeof h.created === "string" ? { created: h.created } : {}),
      ...(typeof h.created_by === "string" ? { createdBy: h.created_by } : {}),
      empty: h.empty_layer === true,
    })),
  };
  if (os && architecture) {
    view.platform = formatPlatform({
      os,
      architecture,
      ...(typeof doc.variant === "string" ? { variant: doc.variant } : {}),
    });
  }
  if (typeof doc.created === "string") view.created = doc.created;
  if (typeof config.WorkingDir === "string" && config.WorkingDir) view.workingDir = config.WorkingDir;
  if (typeof config.User === "string" && config.User) view.user = config.User;
  return view;
}

/** Referrers of `digest`, and theirs, to `depth` levels (signatures of attestations, …). */
export async function referrerTree(
  store: ImageStore,
  repo: string,
  digest: string,
  depth = 3,
): Promise<ReferrerNode[]> {
  if (depth === 0) return [];
  let found: StoreDescriptor[];
  try {
    found = await store.referrers(repo, digest);
  } catch {
    return [];
  }
  return await mapLimited(found, async (descriptor) => ({
    descriptor,
    children: await referrerTree(store, repo, descriptor.digest, depth - 1),
  }));
}

/** Reads one manifest (by tag or digest) with its config and referrers. */
export async function manifestView(store: ImageStore, repo: string, reference: string): Promise<ManifestView> {
  const manifest = await store.getManifest(repo, reference);
  const parsed = parseManifest(manifest.bytes, manifest.mediaType);
  const text = Buffer.from(manifest.bytes).toString("utf8");
  let json: string;
  try {
    json = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    json = text;
  }
  const view: ManifestView = {
    repository: repo,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    parsed,
    json,
    referrers: await referrerTree(store, repo, manifest.digest),
    size: manifest.bytes.byteLength,
  };
  const subject = manifestSubject(parsed);
  if (subject) view.subject = subject;
  if (parsed.kind === "image" && /container\.image\.v1\+json|image\.config\.v1\+json/.test(parsed.config.mediaType)) {
    try {
      view.config = configView(await readSmallBlob(store, repo, parsed.config.digest));
    } catch {
      // A missing or unreadable config leaves the section out; the manifest itself still shows.
    }
  }
  return view;
}
