/** Test data for the copy tests: sample images, a signature artifact, store locations. */

import type { ImageLocation } from "../../src/copy/open.js";
import { computeDigest, OCI_EMPTY_DESCRIPTOR, OCI_MANIFEST } from "../../src/oci/index.js";
import type { ImageStore } from "../../src/store/types.js";

/** A location in a store, labelled for messages. */
export function at(
  store: ImageStore,
  repository: string,
  pin: { tag?: string; digest?: string } = {},
  key?: string,
): ImageLocation {
  return { store, repository, label: `${key ?? store.description}/${repository}`, ...(key ? { key } : {}), ...pin };
}

/** A minimal signature-like artifact whose subject is `subject`; pushes its blob and manifest, returns its digest. */
export async function pushArtifact(
  store: ImageStore,
  repo: string,
  subject: { digest: string; mediaType: string; size: number },
  text: string,
  tag?: string,
  artifactType = "application/vnd.example.signature",
): Promise<string> {
  const payload = Buffer.from(text);
  const payloadDigest = computeDigest(payload);
  await store.putBlob(repo, OCI_EMPTY_DESCRIPTOR.digest, 2, Buffer.from("{}"));
  await store.putBlob(repo, payloadDigest, payload.length, payload);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config: { mediaType: OCI_EMPTY_DESCRIPTOR.mediaType, digest: OCI_EMPTY_DESCRIPTOR.digest, size: 2 },
      layers: [{ mediaType: "text/plain", digest: payloadDigest, size: payload.length }],
      subject,
    }),
  );
  return await store.putManifest(repo, manifest, OCI_MANIFEST, tag);
}
