/**
 * Manifests as validated types: descriptors, OCI image manifests and indexes, Docker v2 manifests and manifest
 * lists. `parseManifest` turns bytes into one of two kinds (an image or an index) and names the field that is
 * wrong when it cannot.
 */
import { z } from "zod";
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
import { PlatformSchema } from "./platform.js";

const DigestSchema = z.string().refine(isDigest, {
  error: (issue) => {
    try {
      parseDigest(String(issue.input));
    } catch (error) {
      return error instanceof Error ? error.message : "invalid digest";
    }
    return "invalid digest";
  },
});

const MediaTypeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/, {
  error: (issue) => `not a media type: "${String(issue.input)}"`,
});

const AnnotationsSchema = z.record(z.string(), z.string());

/** A content descriptor (OCI image spec `descriptor.md`), with the optional platform of index entries. */
export const DescriptorSchema = z
  .object({
    mediaType: MediaTypeSchema,
    digest: DigestSchema,
    size: z.number().int("size must be an integer").nonnegative("size must not be negative"),
    urls: z.array(z.string()).optional(),
    annotations: AnnotationsSchema.optional(),
    data: z.base64("data must be base64").optional(),
    artifactType: MediaTypeSchema.optional(),
    platform: PlatformSchema.optional(),
  })
  .superRefine((descriptor, context) => {
    // Embedded data must be exactly the content the digest names, or the descriptor lies.
    if (descriptor.data === undefined || !isDigest(descriptor.digest)) return;
    const bytes = Buffer.from(descriptor.data, "base64");
    const { algorithm } = parseDigest(descriptor.digest);
    if (bytes.length !== descriptor.size || computeDigest(bytes, algorithm) !== descriptor.digest) {
      context.addIssue({ code: "custom", path: ["data"], message: "data does not match the digest and size" });
    }
  });

/** A content descriptor. */
export type Descriptor = z.infer<typeof DescriptorSchema>;

/** An OCI image manifest (also artifacts: `artifactType`, `subject`). */
export const OciManifestSchema = z.object({
  schemaVersion: z.literal(2, "schemaVersion must be 2"),
  mediaType: z.literal(OCI_MANIFEST).optional(),
  artifactType: MediaTypeSchema.optional(),
  config: DescriptorSchema,
  layers: z.array(DescriptorSchema),
  subject: DescriptorSchema.optional(),
  annotations: AnnotationsSchema.optional(),
});

/** An OCI image index. */
export const OciIndexSchema = z.object({
  schemaVersion: z.literal(2, "schemaVersion must be 2"),
  mediaType: z.literal(OCI_INDEX).optional(),
  artifactType: MediaTypeSchema.optional(),
  manifests: z.array(DescriptorSchema),
  subject: DescriptorSchema.optional(),
  annotations: AnnotationsSchema.optional(),
});

/** A Docker image manifest, schema 2. */
export const DockerManifestSchema = z.object({
  schemaVersion: z.literal(2, "schemaVersion must be 2"),
  mediaType: z.literal(DOCKER_MANIFEST),
  config: DescriptorSchema,
  layers: z.array(DescriptorSchema),
});

/** A Docker manifest list, schema 2. */
export const DockerManifestListSchema = z.object({
  schemaVersion: z.literal(2, "schemaVersion must be 2"),
  mediaType: z.literal(DOCKER_MANIFEST_LIST),
  manifests: z.array(DescriptorSchema),
});

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

function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text || "(document)";
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
  const schema = schemaFor(mediaType);
  const result = schema.safeParse(document);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw invalid(`invalid ${NAMES[mediaType]}: ${problems.join("; ")}`, { mediaType, problems });
  }
  const data = result.data as Record<string, unknown>;
  const common = {
    mediaType,
    ...(typeof data.artifactType === "string" ? { artifactType: data.artifactType } : {}),
    ...(data.subject ? { subject: data.subject as Descriptor } : {}),
    ...(data.annotations ? { annotations: data.annotations as Record<string, string> } : {}),
  };
  if ("manifests" in data) return { kind: "index", ...common, manifests: data.manifests as Descriptor[] };
  return { kind: "image", ...common, config: data.config as Descriptor, layers: data.layers as Descriptor[] };
}

/** OCI documents may omit mediaType; their shape then tells the kind. */
function inferMediaType(document: Record<string, unknown>): string {
  if ("manifests" in document) return OCI_INDEX;
  if ("config" in document || "layers" in document) return OCI_MANIFEST;
  throw invalid("manifest has no mediaType and neither manifests nor config/layers", {}, "set mediaType");
}

function schemaFor(mediaType: string): z.ZodType {
  switch (mediaType) {
    case OCI_MANIFEST:
      return OciManifestSchema;
    case OCI_INDEX:
      return OciIndexSchema;
    case DOCKER_MANIFEST:
      return DockerManifestSchema;
    case DOCKER_MANIFEST_LIST:
      return DockerManifestListSchema;
    default:
      throw invalid(`unsupported manifest media type ${mediaType}`, { mediaType });
  }
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
