/**
 * The emulator's state: accounts, repositories, packages with their versions, tokens and runs, built from a
 * world and changed by REST calls and registry pushes. The rules GitHub documents for deleting and restoring
 * packages live here; HTTP shapes live in shapes.ts, registry access rules in access.ts.
 */
import { type Content, generateVersion } from "./content.js";
import type { World, WorldRun, WorldToken } from "./world.js";

/** A refusal with GitHub's status and message; the REST layer sends it as `{message, documentation_url, status}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = "https://docs.github.com/rest",
  ) {
    super(message);
  }
}

/** A package role (Manage access / Manage Actions access). */
export type Role = "read" | "write" | "admin";
const RANK: Record<Role, number> = { read: 1, write: 2, admin: 3 };

/** True when `role` is at least `needed`. */
export function atLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[needed];
}

/** A user or an organisation. */
export interface Account {
  id: number;
  login: string;
  type: "User" | "Organization";
  createdAt: string;
  org?: {
    members: Set<string>;
    admins: Set<string>;
    packageCreation: { public: boolean; private: boolean; internal: boolean };
    forbidClassicPats: boolean;
    defaultWorkflowPermissions: "read" | "write";
    canApprovePullRequestReviews: boolean;
  };
}

/** A repository. */
export interface Repo {
  id: number;
  owner: Account;
  name: string;
  fullName: string;
  visibility: "public" | "private" | "internal";
  defaultWorkflowPermissions: "read" | "write";
  canApprovePullRequestReviews: boolean;
  defaultBranch: string;
  createdAt: string;
}

/** A package version: one manifest and its tags. */
export interface Version {
  id: number;
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
  tags: string[];
  /** Tags the version had when it was deleted, given back on restore where still free. */
  deletedTags: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
  downloads: number;
}

/** A container package. */
export interface Package {
  id: number;
  owner: Account;
  name: string;
  visibility: "public" | "private" | "internal";
  repository: Repo | null;
  /** Manage Actions access, by lower-case repository full name. */
  actionsAccess: Map<string, Role>;
  /** Manage access, by lower-case login. */
  access: Map<string, Role>;
  createdAt: string;
  /** When a push created the package, in ms (for the new-package write delay); 0 for the world's packages. */
  createdAtMs: number;
  /** Which registry session created it (exempt from the new-package write delay). */
  createdBy: string | undefined;
  updatedAt: string;
  deletedAt: string | undefined;
  downloads: number;
  versions: Version[];
}

/** What the registry side must do after a REST change, so the store matches the package. */
export interface StoreSync {
  removeManifests(path: string, digests: string[]): Promise<void>;
  restoreManifests(path: string, versions: Version[]): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RESTORE_WINDOW_MS = 30 * DAY_MS;
/** GitHub's limit for deleting public package versions. */
export const DOWNLOAD_LIMIT = 5000;

const DOCS = {
  deleteVersion: "https://docs.github.com/rest/packages/packages#delete-package-version-for-an-organization",
  deletePackage: "https://docs.github.com/rest/packages/packages#delete-a-package-for-an-organization",
  restorePackage: "https://docs.github.com/rest/packages/packages#restore-a-package-for-an-organization",
  restoreVersion: "https://docs.github.com/rest/packages/packages#restore-package-version-for-an-organization",
};

/** GitHub's timestamp format (seconds, Z). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The emulator's state. */
export class GitHubState {
  readonly accounts = new Map<string, Account>();
  readonly repos = new Map<string, Repo>();
  readonly packages: Package[] = [];
  readonly tokens = new Map<string, WorldToken>();
  readonly runs: WorldRun[];
  readonly behaviour: World["behaviour"];
  /** Blobs the world's versions need, by store path, for the registry to seed. */
  readonly seedBlobs = new Map<string, Content[]>();
  sync: StoreSync | undefined;
  /** When the emulator started; the date of runs the world does not date. */
  readonly startedAt: string;
  #nextId = { account: 1, repo: 1000, package: 100, version: 10_000 };

  constructor(
    world: World,
    readonly now: () => Date = () => new Date(),
  ) {
    const stamp = isoSeconds(now());
    this.startedAt = stamp;
    for (const user of world.users) this.#addAccount(user.login, "User", user.id, user.created_at ?? stamp);
    for (const org of world.orgs) {
      const account = this.#addAccount(org.login, "Organization", org.id, org.created_at ?? stamp);
      const members = new Set(org.members.map((m) => m.toLowerCase()));
      const admins = new Set((org.admins ?? org.members).map((m) => m.toLowerCase()));
      for (const admin of admins) members.add(admin);
      account.org = {
        members,
        admins,
        packageCreation: org.package_creation,
        forbidClassicPats: org.forbid_classic_pats,
        defaultWorkflowPermissions: org.default_workflow_permissions,
        canApprovePullRequestReviews: org.can_approve_pull_request_reviews,
      };
    }
    for (const repo of world.repos) {
      const [ownerLogin = "", name = ""] = repo.full_name.split("/");
      const owner = this.account(ownerLogin) as Account;
      const id = repo.id ?? this.#nextId.repo++;
      this.repos.set(repo.full_name.toLowerCase(), {
        id,
        owner,
        name,
        fullName: `${owner.login}/${name}`,
        visibility: repo.visibility,
        defaultWorkflowPermissions: repo.default_workflow_permissions,
        canApprovePullRequestReviews: repo.can_approve_pull_request_reviews,
        defaultBranch: repo.default_branch,
        createdAt: repo.created_at ?? stamp,
      });
    }
    for (const token of world.tokens) this.tokens.set(token.value, token);
    this.runs = world.runs;
    this.behaviour = world.behaviour;
    for (const pkg of world.packages) this.#seedPackage(pkg, stamp);
  }

  #addAccount(login: string, type: Account["type"], id: number | undefined, createdAt: string): Account {
    const account: Account = { id: id ?? this.#nextId.account++, login, type, createdAt };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }

  #seedPackage(spec: World["packages"][number], stamp: string): void {
    const owner = this.account(spec.owner) as Account;
    const repository = spec.repository ? (this.repo(spec.repository) ?? null) : null;
    const actionsAccess = new Map<string, Role>(
      Object.entries<Role>(spec.actions_access ?? (repository ? { [repository.fullName]: "admin" } : {})).map(
        ([r, role]) => [r.toLowerCase(), role],
      ),
    );
    const createdAt = spec.created_at ?? stamp;
    const pkg: Package = {
      id: spec.id ?? this.#nextId.package++,
      owner,
      name: spec.name,
      visibility: spec.visibility,
      repository,
      actionsAccess,
      access: new Map(Object.entries(spec.access).map(([login, role]) => [login.toLowerCase(), role])),
      createdAt,
      // The new-package write delay is for packages pushes create, not for the world's.
      createdAtMs: 0,
      createdBy: undefined,
      updatedAt: createdAt,
      deletedAt: spec.deleted_at,
      downloads: spec.downloads,
      versions: [],
    };
    const source = repository ? `https://github.com/${repository.fullName}` : undefined;
    const blobs: Content[] = [];
    for (const [i, version] of spec.versions.entries()) {
      const created = version.created_at ?? createdAt;
      const generated = generateVersion(`${owner.login}/${spec.name}#${i}`, created, version.platforms, source);
      blobs.push(...generated.blobs);
      const make = (content: Content, tags: string[], downloads: number): Version => ({
        id: this.#nextId.version++,
        digest: content.digest,
        mediaType: content.mediaType,
        bytes: content.bytes,
        tags: version.deleted_at ? [] : tags,
        deletedTags: version.deleted_at ? tags : [],
        createdAt: created,
        updatedAt: created,
        deletedAt: version.deleted_at,
        downloads,
      });
      // Children first, so the index (the tagged version) has the highest id, as when a client pushes it last.
      for (const child of generated.children) pkg.versions.push(make(child, [], 0));
      const tagged = make(generated.manifest, version.tags, version.downloads);
      if (version.id !== undefined) tagged.id = version.id;
      pkg.versions.push(tagged);
    }
    const path = storePath(pkg);
    // Deleted packages' blobs are seeded too, so a restore can put their manifests back.
    this.seedBlobs.set(path, [...(this.seedBlobs.get(path) ?? []), ...blobs]);
    this.packages.push(pkg);
  }

  /** A user or organisation by login (case-insensitive). */
  account(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** A repository by OWNER/REPO (case-insensitive). */
  repo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** The active (not deleted) package of that name in that namespace. */
  activePackage(owner: string, name: string): Package | undefined {
    return this.packages.find(
      (p) => !p.deletedAt && p.owner.login.toLowerCase() === owner.toLowerCase() && p.name === name,
    );
  }

  /** Active packages of an owner, oldest first. */
  packagesOf(owner: Account): Package[] {
    return this.packages.filter((p) => !p.deletedAt && p.owner === owner);
  }

  /** A token by value when it exists and has not expired; `expired` tells the two failures apart. */
  token(value: string): { token: WorldToken; expired: boolean } | undefined {
    const token = this.tokens.get(value);
    if (!token) return undefined;
    const expired = token.expires_at !== undefined && Date.parse(token.expires_at) <= this.now().getTime();
    return { token, expired };
  }

  /** The role a user has on a package: owner and org admins are admins; org members may read. */
  userRole(login: string, pkg: Package): Role | undefined {
    const key = login.toLowerCase();
    if (pkg.owner.type === "User" && pkg.owner.login.toLowerCase() === key) return "admin";
    if (pkg.owner.org?.admins.has(key)) return "admin";
    const granted = pkg.access.get(key);
    if (granted) return granted;
    if (pkg.visibility === "public") return "read";
    if (pkg.owner.org?.members.has(key)) return "read";
    return undefined;
  }

  /** The role a repository's workflows have on a package (Manage Actions access); public packages are readable. */
  repoRole(fullName: string, pkg: Package): Role | undefined {
    return pkg.actionsAccess.get(fullName.toLowerCase()) ?? (pkg.visibility === "public" ? "read" : undefined);
  }

  /** Active versions of a package, newest first. */
  activeVersions(pkg: Package): Version[] {
    return pkg.versions.filter((v) => !v.deletedAt).reverse();
  }

  /** Creates a package on its first push. */
  createPackage(
    owner: Account,
    name: string,
    options: {
      visibility: Package["visibility"];
      repository: Repo | null;
      actionsAccess: Map<string, Role>;
      access: Map<string, Role>;
      createdBy: string;
    },
  ): Package {
    const now = this.now();
    const pkg: Package = {
      id: this.#nextId.package++,
      owner,
      name,
      ...options,
      createdAt: isoSeconds(now),
      createdAtMs: now.getTime(),
      updatedAt: isoSeconds(now),
      deletedAt: undefined,
      downloads: 0,
      versions: [],
    };
    this.packages.push(pkg);
    return pkg;
  }

  /** Records a pushed manifest as a version (or adds the tag to the existing one), moving the tag if needed. */
  recordManifest(pkg: Package, content: Content, tag: string | undefined): Version {
    const stamp = isoSeconds(this.now());
    if (tag) {
      for (const other of pkg.versions) {
        if (!other.deletedAt && other.digest !== content.digest && other.tags.includes(tag)) {
          other.tags = other.tags.filter((t) => t !== tag);
          other.updatedAt = stamp;
        }
      }
    }
    let version = pkg.versions.find((v) => !v.deletedAt && v.digest === content.digest);
    if (!version) {
      version = {
        id: this.#nextId.version++,
        digest: content.digest,
        mediaType: content.mediaType,
        bytes: content.bytes,
        tags: [],
        deletedTags: [],
        createdAt: stamp,
        updatedAt: stamp,
        deletedAt: undefined,
        downloads: 0,
      };
      pkg.versions.push(version);
    }
    if (tag && !version.tags.includes(tag)) {
      version.tags.push(tag);
      version.updatedAt = stamp;
    }
    pkg.updatedAt = stamp;
    return version;
  }

  /** Counts a manifest download against its version and package. */
  recordDownload(pkg: Package, reference: string): void {
    const version = pkg.versions.find((v) => !v.deletedAt && (v.digest === reference || v.tags.includes(reference)));
    if (!version) return;
    version.downloads++;
    pkg.downloads++;
  }

  /**
   * Deletes a version, as GitHub does: not a public version with more than 5,000 downloads, not the last
   * version, not the last tagged version. The manifest and all its tags leave the registry.
   */
  async deleteVersion(pkg: Package, version: Version): Promise<void> {
    if (pkg.visibility === "public" && version.downloads > DOWNLOAD_LIMIT) {
      throw new ApiError(
        400,
        "Publicly visible package versions with more than 5000 downloads cannot be deleted. Contact GitHub support for further assistance.",
        DOCS.deleteVersion,
      );
    }
    const active = pkg.versions.filter((v) => !v.deletedAt);
    if (active.length === 1) {
      throw new ApiError(
        400,
        "You cannot delete the last version of a package. You must delete the package instead.",
        DOCS.deleteVersion,
      );
    }
    if (version.tags.length > 0 && active.filter((v) => v.tags.length > 0).length === 1) {
      throw new ApiError(
        400,
        "You cannot delete the last tagged version of a package. You must delete the package instead.",
        DOCS.deleteVersion,
      );
    }
    const stamp = isoSeconds(this.now());
    version.deletedAt = stamp;
    version.deletedTags = version.tags;
    version.tags = [];
    pkg.updatedAt = stamp;
    await this.sync?.removeManifests(storePath(pkg), [version.digest]);
  }

  /** Restores a version deleted within 30 days; its tags come back where no other version took them. */
  async restoreVersion(pkg: Package, version: Version): Promise<void> {
    if (!version.deletedAt || !this.#withinWindow(version.deletedAt)) {
      throw new ApiError(404, "Not Found", DOCS.restoreVersion);
    }
    const taken = new Set(pkg.versions.filter((v) => !v.deletedAt).flatMap((v) => v.tags));
    const tags = version.deletedTags.filter((tag) => !taken.has(tag));
    await this.sync?.restoreManifests(storePath(pkg), [{ ...version, tags }]);
    version.tags = tags;
    version.deletedTags = [];
    version.deletedAt = undefined;
    version.updatedAt = isoSeconds(this.now());
  }

  /** Deletes a whole package, unless it is public and a version has more than 5,000 downloads. */
  async deletePackage(pkg: Package): Promise<void> {
    const most = Math.max(pkg.downloads, ...pkg.versions.map((v) => v.downloads));
    if (pkg.visibility === "public" && most > DOWNLOAD_LIMIT) {
      throw new ApiError(
        400,
        "Publicly visible packages with more than 5000 downloads cannot be deleted. Contact GitHub support for further assistance.",
        DOCS.deletePackage,
      );
    }
    pkg.deletedAt = isoSeconds(this.now());
    await this.sync?.removeManifests(
      storePath(pkg),
      pkg.versions.filter((v) => !v.deletedAt).map((v) => v.digest),
    );
  }

  /**
   * Restores the most recently deleted package of that name, if deleted within 30 days and the name is still
   * free (a new package may have taken it).
   */
  async restorePackage(owner: Account, name: string): Promise<Package> {
    const candidates = this.packages
      .filter((p) => p.owner === owner && p.name === name && p.deletedAt && this.#withinWindow(p.deletedAt))
      .sort((a, b) => Date.parse(b.deletedAt as string) - Date.parse(a.deletedAt as string));
    const pkg = candidates[0];
    if (!pkg) throw new ApiError(404, "Not Found", DOCS.restorePackage);
    if (this.activePackage(owner.login, name)) {
      throw new ApiError(
        400,
        "A package with this name already exists. The deleted package cannot be restored while its name is in use.",
        DOCS.restorePackage,
      );
    }
    await this.sync?.restoreManifests(
      storePath(pkg),
      pkg.versions.filter((v) => !v.deletedAt),
    );
    pkg.deletedAt = undefined;
    pkg.updatedAt = isoSeconds(this.now());
    return pkg;
  }

  #withinWindow(deletedAt: string): boolean {
    return this.now().getTime() - Date.parse(deletedAt) <= RESTORE_WINDOW_MS;
  }
}

/** The registry repository path of a package: lower-case owner, then the name. */
export function storePath(pkg: Package): string {
  return `${pkg.owner.login.toLowerCase()}/${pkg.name}`;
}
