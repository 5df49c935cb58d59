/**
 * The placeholder manifest untagging moves a tag onto. GitHub's Packages API deletes versions, not tags, so a tag
 * is removed from an image that keeps other tags by pushing a placeholder under that tag (the tag moves to it, a
 * new package version) and deleting the placeholder's version. This is how dataaxiom/ghcr-cleanup-action removes
 * one tag of a multi-tagged image: its maintainer describes "creating a dummy manifest with that tag, which
 * effectively unlinks it, and then immediately deletes the dummy manifest"
 * (https://github.com/dataaxiom/ghcr-cleanup-action/issues/63); its image-deleter clones the manifest with its
 * entries or layers emptied, PUTs it under the tag, reloads the versions and deletes the one the tag now names.
 *
 * dockhand's placeholder is always an empty OCI index (no entries, so no blob or child has to exist and deleting it
 * can take nothing with it), annotated so a placeholder left by an interrupted run is recognised and deleted.
 */
import { computeDigest } from "../oci/digest.js";
import { OCI_INDEX } from "../oci/mediaTypes.js";

/** The annotation marking an untag placeholder; its value is the digest of the image the tags were taken from. */
export const PLACEHOLDER_ANNOTATION = "io.github.dockhand.untag-placeholder";

/** A placeholder document: bytes to push, its media type and digest. */
export interface Placeholder {
  bytes: Uint8Array;
  mediaType: string;
  digest: string;
}

/**
 * The placeholder for removing `tags` from the image `from`, at `now`. The time makes each run's placeholder a
 * new manifest, so a placeholder a previous run failed to delete is never mistaken for this run's.
 */
export function placeholderManifest(from: string, tags: readonly string[], now: Date): Placeholder {
  const document = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [],
    annotations: {
      [PLACEHOLDER_ANNOTATION]: from,
      "org.opencontainers.image.created": now.toISOString(),
      "org.opencontainers.image.description": `dockhand untag placeholder for ${[...tags].sort().join(", ")}`,
    },
  };
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  return { bytes, mediaType: OCI_INDEX, digest: computeDigest(bytes) };
}
