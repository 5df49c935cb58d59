/**
 * What a stored manifest depends on and how it appears in a referrers list — the rules every store shares.
 */
import { DockhandError } from "../errors.js";
import { manifestArtifactType, type ParsedManifest } from "../oci/manifest.js";
import type { StoreDescriptor } from "./types.js";

/** A digest a manifest needs in its repository before it can be stored. */
export interface RequiredContent {
  digest: string;
  kind: "blob" | "manifest";
  /** Where in the manifest it is referenced, for messages: `config`, `layers[2]`, `manifests[0]`. */
  field: string;
  /** The size the descriptor declares. */
  size: number;
}

/**
 * The content a manifest needs: config and layers as blobs for an image, the listed manifests for an index.
 * Layers with `urls` (non-distributable, fetched from elsewhere) and the `subject` are not required.
 */
export function requiredContent(parsed: ParsedManifest): RequiredContent[] {
  if (parsed.kind === "index") {
    return parsed.manifests.map((d, i) => ({
      digest: d.digest,
      kind: "manifest",
      field: `manifests[${i}]`,
      size: d.size,
    }));
  }
  const required: RequiredContent[] = [
    { digest: parsed.config.digest, kind: "blob", field: "config", size: parsed.config.size },
  ];
  parsed.layers.forEach((layer, i) => {
    if (!layer.urls?.length) {
      required.push({ digest: layer.digest, kind: "blob", field: `layers[${i}]`, size: layer.size });
    }
  });
  return required;
}

/**
 * Throws MANIFEST_BLOB_UNKNOWN naming the first required digest the repository lacks, and MANIFEST_INVALID for a
 * descriptor whose size is not the stored content's (a pull of it would fail later). `storedSize` answers the
 * size the repository holds, or undefined when it does not have the content.
 */
export async function checkRequiredContent(
  repo: string,
  parsed: ParsedManifest,
  storedSize: (item: RequiredContent) => Promise<number | undefined>,
): Promise<void> {
  for (const item of requiredContent(parsed)) {
    const size = await storedSize(item);
    if (size === undefined) {
      throw new DockhandError(
        "MANIFEST_BLOB_UNKNOWN",
        `manifest references ${item.kind} ${item.digest} (${item.field}), which repository ${repo || "(layout)"} does not have`,
        { details: { digest: item.digest, field: item.field, repository: repo }, hint: `push the ${item.kind} first` },
      );
    }
    if (size !== item.size) {
      throw new DockhandError(
        "MANIFEST_INVALID",
        `manifest's ${item.field} says ${item.digest} is ${item.size} bytes; the stored ${item.kind} is ${size}`,
        { details: { digest: item.digest, field: item.field, declared: item.size, stored: size } },
      );
    }
  }
}

/** The descriptor a referrers list shows for a stored manifest. */
export function referrerDescriptor(
  stored: { digest: string; mediaType: string; size: number },
  parsed: ParsedManifest,
): StoreDescriptor {
  const artifactType = manifestArtifactType(parsed);
  return {
    mediaType: stored.mediaType,
    digest: stored.digest,
    size: stored.size,
    ...(artifactType ? { artifactType } : {}),
    ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
  };
}
