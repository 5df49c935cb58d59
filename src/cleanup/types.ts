/**
 * The data clean-up planning works on: the versions of one repository (manifest digests with their tags and
 * times) and what their manifests say (children, subject, sizes). Sources (GitHub packages, a registry) build it;
 * the planner and the validator only read it.
 */

/** One manifest of the repository: a GitHub package version, or a manifest a registry holds. */
export interface CleanupVersion {
  /** The manifest digest (`sha256:…`). */
  digest: string;
  /** Tags on it, digest tags (`sha256-<hex>.sig`) included. */
  tags: string[];
  /** GitHub's package version id, when the source is GitHub Packages. */
  id?: number;
  /** When it was created (ms since epoch), when known. */
  createdAt?: number;
  /** When it was last updated (ms since epoch), when known. */
  updatedAt?: number;
}

/** What a fetched manifest references. */
export interface ManifestFacts {
  digest: string;
  kind: "index" | "image";
  mediaType: string;
  /** Size of the manifest document in bytes. */
  size: number;
  /** Index entries (empty for an image). */
  children: ChildEntry[];
  /** The digest this manifest refers to (OCI `subject`), when it has one. */
  subject?: string;
  /** Config and layers of an image, for the bytes a deletion reclaims. */
  blobs: { digest: string; size: number }[];
  /** `org.opencontainers.image.created` of the manifest, when present (ms since epoch). */
  created?: number;
  /** A placeholder an untag pushed (see placeholder.ts): left behind only by an interrupted run. */
  placeholder?: boolean;
}

/** An entry of an index. */
export interface ChildEntry {
  digest: string;
  /** `os/arch[/variant]`, or `unknown/unknown` for BuildKit's attestation entries. */
  platform?: string;
  /** A BuildKit attestation manifest (`vnd.docker.reference.type: attestation-manifest`). */
  attestation: boolean;
}

/** A manifest that could not be fetched: the plan refuses to delete anything while one exists. */
export interface FetchFailure {
  digest: string;
  /** Tags of the version, to name it in the message. */
  tags: string[];
  reason: string;
}

/** Everything known about one repository. */
export interface Inventory {
  /** `ghcr.io/owner/app` or `registry:5000/app`, for messages. */
  repository: string;
  versions: CleanupVersion[];
  /** Fetched manifests by digest (versions' manifests and any child fetched on the way). */
  manifests: Map<string, ManifestFacts>;
  /** Manifests whose fetch failed for a reason other than "not there". */
  failures: FetchFailure[];
  /**
   * Digests the source looked for and found absent (an index entry the registry does not have). These are
   * broken images, reported by `validate`; they are known facts, not a partial view.
   */
  absent: Set<string>;
  /** Tags the registry lists that resolve to no manifest. */
  danglingTags: string[];
}
