/**
 * The blob-location cache: for each target store, which repositories are known to hold a digest. Blobs the copy
 * has seen in one repository of a registry are then mounted into another repository of the same registry instead
 * of being uploaded again. Knowledge is kept for the life of the object (a command run, or a `sync --watch`);
 * a stale entry only costs a mount that falls back to an upload.
 */

/** Digest → repositories, per store. */
export class BlobLocations {
  private readonly byStore = new Map<string, Map<string, Set<string>>>();

  private repos(store: string, digest: string, create: boolean): Set<string> | undefined {
    let digests = this.byStore.get(store);
    if (!digests) {
      if (!create) return undefined;
      digests = new Map();
      this.byStore.set(store, digests);
    }
    let repos = digests.get(digest);
    if (!repos && create) {
      repos = new Set();
      digests.set(digest, repos);
    }
    return repos;
  }

  /** Records that `repository` of `store` holds `digest`. */
  add(store: string, repository: string, digest: string): void {
    this.repos(store, digest, true)?.add(repository);
  }

  /** Forgets a location that turned out wrong (a mount from it failed). */
  remove(store: string, repository: string, digest: string): void {
    this.repos(store, digest, false)?.delete(repository);
  }

  /** True when `repository` of `store` is known to hold `digest`. */
  has(store: string, repository: string, digest: string): boolean {
    return this.repos(store, digest, false)?.has(repository) ?? false;
  }

  /** Repositories of `store` known to hold `digest`, except `exclude`, most recently learned first. */
  find(store: string, digest: string, exclude?: string): string[] {
    const repos = this.repos(store, digest, false);
    return repos ? [...repos].filter((r) => r !== exclude).reverse() : [];
  }
}
