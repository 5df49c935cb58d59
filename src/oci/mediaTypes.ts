/**
 * Media types of the OCI image spec, Docker's v2 formats and common artifacts (signatures, attestations, SBOMs),
 * and the Accept list a client sends so a registry can answer with any manifest kind it holds.
 */

/** OCI image manifest. */
export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
/** OCI image index (multi-platform image or artifact collection). */
export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
/** OCI image config. */
export const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
/** Uncompressed layer tarball. */
export const OCI_LAYER_TAR = "application/vnd.oci.image.layer.v1.tar";
/** Gzip-compressed layer tarball. */
export const OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
/** Zstd-compressed layer tarball. */
export const OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";
/** The empty JSON object `{}`, used as config or layer of artifacts that have none. */
export const OCI_EMPTY = "application/vnd.oci.empty.v1+json";
/** The `imageLayoutVersion` an OCI image-layout directory's `oci-layout` file declares. */
export const OCI_LAYOUT_VERSION = "1.0.0";

/** The one empty descriptor the spec defines: `{}` (2 bytes), with its digest and base64 data. */
export const OCI_EMPTY_DESCRIPTOR = Object.freeze({
  mediaType: OCI_EMPTY,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
  data: "e30=",
});

/** Docker image manifest, schema 2. */
export const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
/** Docker manifest list (multi-platform), schema 2. */
export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
/** Docker image config. */
export const DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
/** Docker gzip-compressed layer. */
export const DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
/** Docker foreign (non-distributable) layer. */
export const DOCKER_LAYER_FOREIGN = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
/** Docker schema 1 manifests: obsolete, refused by dockhand. */
export const DOCKER_MANIFEST_SCHEMA1 = "application/vnd.docker.distribution.manifest.v1+json";
/** Signed Docker schema 1 manifest: obsolete, refused by dockhand. */
export const DOCKER_MANIFEST_SCHEMA1_SIGNED = "application/vnd.docker.distribution.manifest.v1+prettyjws";

/** in-toto attestation statement (SLSA provenance and other predicates). */
export const IN_TOTO = "application/vnd.in-toto+json";
/** DSSE envelope wrapping a signed in-toto statement. */
export const DSSE_ENVELOPE = "application/vnd.dsse.envelope.v1+json";
/** cosign "simple signing" payload (a layer of a cosign signature manifest). */
export const COSIGN_SIMPLESIGNING = "application/vnd.dev.cosign.simplesigning.v1+json";
/** cosign signature artifact type (referrers-style signatures). */
export const COSIGN_SIGNATURE_ARTIFACT = "application/vnd.dev.cosign.artifact.sig.v1+json";
/** Sigstore bundle (cosign v2+ / GitHub attestations). */
export const SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
/** SPDX SBOM (JSON). */
export const SPDX_JSON = "application/spdx+json";
/** CycloneDX SBOM (JSON). */
export const CYCLONEDX_JSON = "application/vnd.cyclonedx+json";

/** Every manifest kind dockhand reads, most preferred first: the `Accept` header of manifest requests. */
export const MANIFEST_MEDIA_TYPES: readonly string[] = Object.freeze([
  OCI_INDEX,
  OCI_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST,
]);

/** The `Accept` header value for manifest requests. */
export const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(", ");

/** True for manifest kinds that list other manifests (OCI index, Docker manifest list). */
export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

/** True for manifest kinds that describe one image or artifact (OCI manifest, Docker v2 manifest). */
export function isImageManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}

/** True for any manifest media type dockhand understands. */
export function isManifestMediaType(mediaType: string | undefined): boolean {
  return isIndexMediaType(mediaType) || isImageManifestMediaType(mediaType);
}
