/**
 * A small Distribution API client for the conformance suite: raw requests against a base URL, blob and manifest
 * builders, and the push steps the spec's flows are made of. Deliberately separate from dockhand's own client so
 * the suite checks the wire protocol, not our interpretation of it.
 */
import { createHash, randomBytes } from "node:crypto";
import { expect } from "vitest";

/** Digest algorithms the suite exercises. */
export type Algorithm = "sha256" | "sha512";

/** A blob: its bytes and digest. */
export interface Blob {
  bytes: Buffer;
  digest: string;
}

/** The digest of bytes. */
export function digestOf(bytes: Buffer | string, algorithm: Algorithm = "sha256"): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}

/** A blob of the given bytes, or of `size` random bytes. */
export function blob(content: Buffer | string | number, algorithm: Algorithm = "sha256"): Blob {
  const bytes =
    typeof content === "number" ? randomBytes(content) : Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { bytes, digest: digestOf(bytes, algorithm) };
}

/** Options of one request. */
export interface RequestOptions {
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Repeated `tag=` query values and other parameters. */
  query?: Record<string, string | string[]>;
}

/** A registry under test, addressed by its base URL. */
export class RegistryClient {
  constructor(readonly baseUrl: string) {}

  /** Absolute URL for a path or a `Location` header (relative or absolute). */
  resolve(location: string): URL {
    return new URL(location, this.baseUrl);
  }

  /** Sends one request and returns the response with its body read. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const url = this.resolve(path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, item);
    }
    const response = await fetch(url, {
      method,
      headers: options.headers ?? {},
      ...(options.body === undefined ? {} : { body: options.body }),
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    return new Reply(response.status, response.headers, body);
  }

  /** POST of a new upload session; expects 202 and returns its Location. */
  async startUpload(repo: string): Promise<string> {
    const reply = await this.request("POST", `/v2/${repo}/blobs/uploads/`);
    expect(reply.status, reply.describe()).toBe(202);
    const location = reply.header("location");
    expect(location).toBeTruthy();
    return location ?? "";
  }

  /** PUT that finishes an upload with a digest and an optional last chunk. */
  async finishUpload(location: string, digest: string, body?: Buffer, range?: string): Promise<Reply> {
    const url = this.resolve(location);
    url.searchParams.set("digest", digest);
    const headers: Record<string, string> = { "Content-Type": "application/octet-stream" };
    if (range) headers["Content-Range"] = range;
    return await this.request("PUT", url.toString(), { headers, body: body ?? Buffer.alloc(0) });
  }

  /** PATCH of one chunk, with a Content-Range when `start` is given (chunked) or without (streamed). */
  async patch(location: string, bytes: Buffer, start?: number): Promise<Reply> {
    const headers: Record<string, string> = { "Content-Type": "application/octet-stream" };
    if (start !== undefined) headers["Content-Range"] = `${start}-${start + bytes.length - 1}`;
    return await this.request("PATCH", location, { headers, body: bytes });
  }

  /** Monolithic push: POST for a session, PUT with the whole body. Expects 201. */
  async pushBlob(repo: string, item: Blob): Promise<void> {
    const location = await this.startUpload(repo);
    const reply = await this.finishUpload(location, item.digest, item.bytes);
    expect(reply.status, reply.describe()).toBe(201);
  }

  /** PUT of a manifest; returns the reply. */
  async putManifest(repo: string, reference: string, manifest: Manifest, query?: RequestOptions["query"]) {
    return await this.request("PUT", `/v2/${repo}/manifests/${reference}`, {
      headers: { "Content-Type": manifest.mediaType },
      body: manifest.bytes,
      ...(query ? { query } : {}),
    });
  }
}

/** A response with its body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: Buffer,
  ) {}

  header(name: string): string | null {
    return this.headers.get(name);
  }

  json<T = unknown>(): T {
    return JSON.parse(this.body.toString("utf8")) as T;
  }

  /** The first spec error code of the body, when it has one. */
  errorCode(): string | undefined {
    try {
      return this.json<{ errors?: { code?: string }[] }>().errors?.[0]?.code;
    } catch {
      return undefined;
    }
  }

  /** Status and body for assertion messages. */
  describe(): string {
    return `HTTP ${this.status}: ${this.body.toString("utf8").slice(0, 300)}`;
  }
}

/** A manifest to push: exact bytes, media type and digest. */
export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
  /** Blobs it needs, pushed before it. */
  blobs: Blob[];
}

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
export const OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
export const OCI_LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";
export const OCI_EMPTY = "application/vnd.oci.empty.v1+json";

/** Builds a manifest from a document (serialised as given) and the blobs it needs. */
export function manifest(document: Record<string, unknown>, blobs: Blob[], algorithm: Algorithm = "sha256"): Manifest {
  const bytes = Buffer.from(JSON.stringify(document));
  return { bytes, mediaType: String(document.mediaType), digest: digestOf(bytes, algorithm), blobs };
}

/** A descriptor of a blob. */
export function descriptor(mediaType: string, item: Blob, extra: Record<string, unknown> = {}) {
  return { mediaType, digest: item.digest, size: item.bytes.length, ...extra };
}

/** A descriptor of a manifest. */
export function manifestDescriptor(item: Manifest, extra: Record<string, unknown> = {}) {
  return { mediaType: item.mediaType, digest: item.digest, size: item.bytes.length, ...extra };
}

/** An image: a config and `layers` random layers. */
export function image(
  options: {
    layers?: number;
    platform?: { architecture: string; os: string };
    algorithm?: Algorithm;
    layerMediaType?: string;
    extra?: Record<string, unknown>;
  } = {},
): Manifest {
  const algorithm = options.algorithm ?? "sha256";
  const platform = options.platform ?? { architecture: "amd64", os: "linux" };
  const layers = Array.from({ length: options.layers ?? 2 }, () =>
    blob(512 + Math.floor(Math.random() * 512), algorithm),
  );
  const config = blob(
    JSON.stringify({ ...platform, rootfs: { type: "layers", diff_ids: layers.map((l) => l.digest) } }),
    algorithm,
  );
  return manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(OCI_CONFIG, config),
      layers: layers.map((layer) => descriptor(options.layerMediaType ?? OCI_LAYER, layer)),
      ...options.extra,
    },
    [config, ...layers],
    algorithm,
  );
}

/** The empty JSON blob `{}` that artifacts use as config. */
export const emptyJson = blob("{}");

/** An artifact manifest with an `artifactType`, optionally a subject and annotations. */
export function artifact(options: {
  artifactType: string;
  subject?: Manifest | { mediaType: string; digest: string; size: number };
  annotations?: Record<string, string>;
  layers?: boolean;
}): Manifest {
  const layer = blob(`artifact payload ${Math.random()}`);
  const subject = options.subject
    ? "bytes" in options.subject
      ? manifestDescriptor(options.subject)
      : options.subject
    : undefined;
  return manifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: options.artifactType,
      config: { mediaType: OCI_EMPTY, digest: emptyJson.digest, size: 2 },
      layers: options.layers === false ? [] : [descriptor("application/octet-stream", layer)],
      ...(subject ? { subject } : {}),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    options.layers === false ? [emptyJson] : [emptyJson, layer],
  );
}
