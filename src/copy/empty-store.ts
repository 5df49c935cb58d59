/**
 * A store that holds nothing and accepts no writes: what a dry run plans against when its target (a layout
 * directory) does not exist yet, so planning writes nothing to disk.
 */
import { DockhandError } from "../errors.js";
import type { BlobReader, ImageStore, MountResult, StoreDescriptor, StoredManifest, TagPage } from "../store/types.js";

function readOnly(description: string): DockhandError {
  return new DockhandError("UNSUPPORTED", `${description} does not exist yet (dry run: nothing is written)`);
}

/** An empty, read-only store described as `description`. */
export function emptyStore(description: string): ImageStore {
  const absent = (what: string) =>
    new DockhandError(`${what}_UNKNOWN`, `${description} is empty`, { details: { store: description } });
  return {
    description,
    statBlob: async (): Promise<number | undefined> => undefined,
    getBlob: async (): Promise<BlobReader> => {
      throw absent("BLOB");
    },
    putBlob: async () => {
      throw readOnly(description);
    },
    mountBlob: async (): Promise<MountResult> => "missing",
    deleteBlob: async () => {
      throw readOnly(description);
    },
    statManifest: async (): Promise<StoreDescriptor | undefined> => undefined,
    getManifest: async (): Promise<StoredManifest> => {
      throw absent("MANIFEST");
    },
    putManifest: async (): Promise<string> => {
      throw readOnly(description);
    },
    deleteManifest: async () => {
      throw readOnly(description);
    },
    listTags: async (): Promise<TagPage> => ({ tags: [] }),
    referrers: async (): Promise<StoreDescriptor[]> => [],
    listRepositories: async (): Promise<string[]> => [],
  };
}
