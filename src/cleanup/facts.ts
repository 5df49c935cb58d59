/**
 * What the planner needs from a manifest's bytes: its entries (marking BuildKit attestation entries), its
 * subject, its blobs and sizes, and the created annotation.
 */
import { parseManifest } from "../oci/index.js";
import type { StoredManifest } from "../store/types.js";
import { PLACEHOLDER_ANNOTATION } from "./placeholder.js";
import type { ManifestFacts } from "./types.js";

const ATTESTATION_TYPE = "vnd.docker.reference.type";

/** Reads the facts of a fetched manifest (throws MANIFEST_INVALID for bytes that are not one). */
export function manifestFacts(stored: StoredManifest): ManifestFacts {
  const parsed = parseManifest(stored.bytes, stored.mediaType);
  const created = Date.parse(parsed.annotations?.["org.opencontainers.image.created"] ?? "");
  return {
    digest: stored.digest,
    kind: parsed.kind,
    mediaType: parsed.mediaType,
    size: stored.bytes.byteLength,
    children:
      parsed.kind === "index"
        ? parsed.manifests.map((entry) => ({
            digest: entry.digest,
            attestation: entry.annotations?.[ATTESTATION_TYPE] === "attestation-manifest",
            ...(entry.platform
              ? {
                  platform: [entry.platform.os, entry.platform.architecture, entry.platform.variant]
                    .filter(Boolean)
                    .join("/"),
                }
              : {}),
          }))
        : [],
    ...(parsed.subject ? { subject: parsed.subject.digest } : {}),
    blobs:
      parsed.kind === "image" ? [parsed.config, ...parsed.layers].map((d) => ({ digest: d.digest, size: d.size })) : [],
    ...(Number.isNaN(created) ? {} : { created }),
    ...(parsed.annotations?.[PLACEHOLDER_ANNOTATION] !== undefined ? { placeholder: true } : {}),
  };
}
