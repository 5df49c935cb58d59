/**
 * Manifests as validated types: descriptors, OCI image manifests and indexes, Docker v2 manifests and manifest
 * lists. `parseManifest` turns bytes into one of two kinds (an image or an index) and names the field that is
 * wrong when it cannot.
 */
import { DockhandError } from "../errors.js";
import { computeDigest, isDigest, MAX_MANIFEST_BYTES, parseDigest } from "./digest.js";
import {
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST_SCHEMA1,
  DOCKER_MANIFEST_SCHEMA1_SIGNED,
  OCI_INDEX,
  OCI_MANIFEST,
} from "./mediaTypes.js";
import { type Platform, readPlatform } from "./platform.js";
import { arrayOf, describe, fieldPath, isRecord, Problems, stringArray, stringField, stringMap } from "./shape.js";

/** A content descriptor (OCI image spec `descriptor.md`), with the optional platform of index entries. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  data?: string;
  artifactType?: string;
  platform?: Platform;
}

const MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function checkMediaType(value: string): string | undefined {
  return MEDIA_TYPE.test(value) ? undefined : `not a media type: "${value}"`;
}

function checkDigest(value: string): string | undefined {
  if (isDigest(value)) return undefined;
  try {
    parseDigest(value);
  } catch (error) {
    return error instanceof Error ? error.message : "invalid digest";
  }
  return "invalid digest";
}

/**
 * Reads a descriptor: known fields checked, unknown ones dropped (as the spec asks of readers). Problems go to
 * `problems` under `path`; the result is undefined when there were any.
 */
export function readDescriptor(value: unknown, path: string, problems: Problems): Descriptor | undefined {
  if (value === undefined) {
    problems.add(path, "is required");
    return undefined;
  }
  if (!isRecord(value)) {
    problems.add(path, `must be a descriptor object, not ${describe(value)}`);
    return undefined;
  }
  const before = problems.count;
  const mediaType = stringField(value, "mediaType", path, problems, { required: true, check: checkMediaType });
  const digest = stringField(value, "digest", path, problems, { required: true, check: checkDigest });
  const size = value.size;
  if (size === undefined) problems.add(fieldPath(path, "size"), "is required");
  else if (typeof size !== "number" || !Number.isInteger(size)) {
    problems.add(fieldPath(path, "size"), "size must be an integer");
  } else if (size < 0) problems.add(fieldPath(path, "size"), "size must not be negative");
  const urls = stringArray(value, "urls", path, problems);
  const annotations = stringMap(value, "annotations", path, problems);
  const data = stringField(value, "data", path, problems, {
    check: (text) => (BASE64.test(text) ? undefined : "data must be base64"),
  });
  const artifactType = stringField(value, "artifactType", path, problems, { check: checkMediaType });
  const platform =
    value.platform === undefined ? undefined : readPlatform(value.platform, fieldPath(path, "platform"), problems);
  if (problems.count > before || mediaType === undefined || digest === undefined || typeof size !== "number") {
    return undefined;
  }
  if (data !== undefined) {
    // Embedded data must be exactly the content the digest names, or the descriptor lies.
    const bytes = Buffer.from(data, "base64");
    if (bytes.length !== size || computeDigest(bytes, parseDigest(digest).algorithm) !== digest) {
      problems.add(fieldPath(path, "data"), "data does not match the digest and size");
      return undefined;
    }
  }
  return {
    mediaType,
    digest,
    size,
    ...(urls !== undefined ? { urls } : {}),
    ...(annotations !== undefined ? { annotations } : {}),
    ...(data !== undefined ? { data } : {}),
    ...(artifactType !== undefined ? { artifactType } : {}),
    ...(platform !== undefined ? { platform } : {}),
  };
}

/** A parsed image manifest (OCI or Docker v2): one image or artifact. */
export interface ParsedImageManifest {
  kind: "image";
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** A parsed index (OCI index or Docker manifest list): a list of manifests, usually one per platform. */
export interface ParsedIndex {
  kind: "index";
  mediaType: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** A manifest of either kind. */
export type ParsedManifest = ParsedImageManifest | ParsedIndex;

const NAMES: Record<string, string> = {
  [OCI_MANIFEST]: "OCI image manifest",
  [OCI_INDEX]: "OCI image index",
  [DOCKER_MANIFEST]: "Docker manifest",
  [DOCKER_MANIFEST_LIST]: "Docker manifest list",
};

function invalid(message: string, details: Record<string, unknown> = {}, hint?: string): DockhandError {
  return new DockhandError("MANIFEST_INVALID", message, { details, ...(hint ? { hint } : {}) });
}

/** Strips media-type parameters (`; charset=utf-8`) from a Content-Type value. */
function bareMediaType(value: string): string {
  return (value.split(";")[0] ?? "").trim().toLowerCase();
}

/**
 * Validates manifest bytes and returns an image or an index. The media type comes from the document, else from
 * `mediaTypeHint` (the Content-Type it was served or pushed with); a document and hint that disagree, a Docker
 * schema 1 manifest, a document over {@link MAX_MANIFEST_BYTES} or any invalid field is MANIFEST_INVALID.
 */
export function parseManifest(bytes: Uint8Array, mediaTypeHint?: string): ParsedManifest {
  if (bytes.byteLength > MAX_MANIFEST_BYTES) {
    throw invalid(`manifest is ${bytes.byteLength} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`, {
      size: bytes.byteLength,
      limit: MAX_MANIFEST_BYTES,
    });
  }
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  } catch (error) {
    throw invalid(`manifest is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw invalid("manifest is not a JSON object");
  }
  const record = document as Record<string, unknown>;
  const hint = mediaTypeHint ? bareMediaType(mediaTypeHint) : undefined;
  const declared = record.mediaType;
  if (declared !== undefined && typeof declared !== "string") throw invalid("mediaType: must be a string");
  if (
    record.schemaVersion === 1 ||
    hint === DOCKER_MANIFEST_SCHEMA1 ||
    hint === DOCKER_MANIFEST_SCHEMA1_SIGNED ||
    declared === DOCKER_MANIFEST_SCHEMA1 ||
    declared === DOCKER_MANIFEST_SCHEMA1_SIGNED
  ) {
    throw invalid(
      "Docker schema 1 manifests are not supported",
      {},
      "push the image again with a current client (schema 2 or OCI)",
    );
  }
  if (declared !== undefined && hint !== undefined && declared !== hint) {
    throw invalid(`manifest declares mediaType ${declared} but was given as ${hint}`, {
      mediaType: declared,
      contentType: hint,
    });
  }
  const mediaType = declared ?? hint ?? inferMediaType(record);
  const parsed = readDocument(record, mediaType);
  if ("problems" in parsed) {
    throw invalid(`invalid ${NAMES[mediaType]}: ${parsed.problems.join("; ")}`, {
      mediaType,
      problems: parsed.problems,
    });
  }
  return parsed;
}

/** Checks a document of a known media type field by field; the manifest, or every problem found. */
function readDocument(record: Record<string, unknown>, mediaType: string): ParsedManifest | { problems: string[] } {
  const isIndex = mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
  if (!isIndex && mediaType !== OCI_MANIFEST && mediaType !== DOCKER_MANIFEST) {
    throw invalid(`unsupported manifest media type ${mediaType}`, { mediaType });
  }
  const oci = mediaType === OCI_MANIFEST || mediaType === OCI_INDEX;
  const problems = new Problems();
  if (record.schemaVersion !== 2) problems.add("schemaVersion", "schemaVersion must be 2");
  if (!oci && record.mediaType !== mediaType) problems.add("mediaType", `must be "${mediaType}"`);
  // Docker's formats have no artifacts, subjects or annotations; their fields are not read.
  const artifactType = oci ? stringField(record, "artifactType", "", problems, { check: checkMediaType }) : undefined;
  const subject = oci && record.subject !== undefined ? readDescriptor(record.subject, "subject", problems) : undefined;
  const annotations = oci ? stringMap(record, "annotations", "", problems) : undefined;
  const common = {
    mediaType,
    ...(artifactType !== undefined ? { artifactType } : {}),
    ...(subject ? { subject } : {}),
    ...(annotations ? { annotations } : {}),
  };
  if (isIndex) {
    const manifests = arrayOf(record, "manifests", "", problems, (item, at) => readDescriptor(item, at, problems), {
      required: true,
    });
    if (problems.count > 0 || !manifests) return { problems: problems.list };
    return { kind: "index", ...common, manifests };
  }
  const config = readDescriptor(record.config, "config", problems);
  const layers = arrayOf(record, "layers", "", problems, (item, at) => readDescriptor(item, at, problems), {
    required: true,
  });
  if (problems.count > 0 || !config || !layers) return { problems: problems.list };
  return { kind: "image", ...common, config, layers };
}

/** OCI documents may omit mediaType; their shape then tells the kind. */
function inferMediaType(document: Record<string, unknown>): string {
  if ("manifests" in document) return OCI_INDEX;
  if ("config" in document || "layers" in document) return OCI_MANIFEST;
  throw invalid("manifest has no mediaType and neither manifests nor config/layers", {}, "set mediaType");
}

/** The descriptors a manifest references: config and layers of an image, the manifests of an index. */
export function manifestChildren(parsed: ParsedManifest): Descriptor[] {
  return parsed.kind === "image" ? [parsed.config, ...parsed.layers] : [...parsed.manifests];
}

/** The manifest's `subject` (what it signs, attests or describes), when it has one. */
export function manifestSubject(parsed: ParsedManifest): Descriptor | undefined {
  return parsed.subject;
}

/** The artifact type the referrers API reports: `artifactType`, else the config's media type for images. */
export function manifestArtifactType(parsed: ParsedManifest): string | undefined {
  return parsed.artifactType ?? (parsed.kind === "image" ? parsed.config.mediaType : undefined);
}
