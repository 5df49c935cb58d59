/**
 * Where DiskStore keeps things under its root. Names reaching here are validated (repository grammar, digests,
 * tags, upload ids), so no path leaves the root; repository components never start with `_`, so the `_blobs`,
 * `_manifests`, `_tags` and `_referrers` folders cannot collide with a nested repository.
 *
 *     blobs/<alg>/<hex[0:2]>/<hex>                     content, shared by every repository
 *     repositories/<repo>/_blobs/<alg>/<hex>           the repository has this blob (empty file)
 *     repositories/<repo>/_manifests/<alg>/<hex>       the repository has this manifest ({"mediaType"})
 *     repositories/<repo>/_tags/<tag>                  the digest the tag points at
 *     repositories/<repo>/_referrers/<alg>/<hex>/<alg>-<hex>   a manifest whose subject is <alg>:<hex>
 *     uploads/<id>/data, uploads/<id>/info.json        resumable upload sessions
 *     tmp/                                             temp files before their rename into place
 */
import { join } from "node:path";
import { parseDigest } from "../oci/digest.js";

/** Path helpers for one DiskStore root. */
export class DiskPaths {
  constructor(readonly root: string) {}

  get blobsDir(): string {
    return join(this.root, "blobs");
  }
  get repositoriesDir(): string {
    return join(this.root, "repositories");
  }
  get uploadsDir(): string {
    return join(this.root, "uploads");
  }
  get tmpDir(): string {
    return join(this.root, "tmp");
  }

  blob(digest: string): string {
    const { algorithm, hex } = parseDigest(digest);
    return join(this.blobsDir, algorithm, hex.slice(0, 2), hex);
  }
  repository(repo: string): string {
    return join(this.repositoriesDir, ...repo.split("/"));
  }
  blobLink(repo: string, digest: string): string {
    const { algorithm, hex } = parseDigest(digest);
    return join(this.repository(repo), "_blobs", algorithm, hex);
  }
  manifestLinksDir(repo: string): string {
    return join(this.repository(repo), "_manifests");
  }
  manifestLink(repo: string, digest: string): string {
    const { algorithm, hex } = parseDigest(digest);
    return join(this.manifestLinksDir(repo), algorithm, hex);
  }
  tagsDir(repo: string): string {
    return join(this.repository(repo), "_tags");
  }
  tag(repo: string, tag: string): string {
    return join(this.tagsDir(repo), tag);
  }
  referrersOf(repo: string, subject: string): string {
    const { algorithm, hex } = parseDigest(subject);
    return join(this.repository(repo), "_referrers", algorithm, hex);
  }
  referrerLink(repo: string, subject: string, referrer: string): string {
    return join(this.referrersOf(repo, subject), referrer.replace(":", "-"));
  }
  upload(id: string): string {
    return join(this.uploadsDir, id);
  }
}
