/**
 * GitHub Packages through REST: list, get, versions (all pages, active or deleted), delete and restore, for
 * packages of a user, an organisation or the authenticated user. Container packages only (`package_type=container`);
 * names containing "/" are sent as %2F by Octokit's URL templates.
 */
import type { RestEndpointMethodTypes } from "@octokit/rest";
import type { GitHubClient } from "./client.js";
import { githubCall } from "./errors.js";

/** A package as GitHub describes it. */
export type GitHubPackage = RestEndpointMethodTypes["packages"]["getPackageForOrganization"]["response"]["data"];
/** A package version as GitHub describes it (for containers: one manifest digest and its tags). */
export type GitHubPackageVersion =
  RestEndpointMethodTypes["packages"]["getPackageVersionForOrganization"]["response"]["data"];

/** Whose namespace a package lives in, which decides the REST paths. */
export interface PackageOwner {
  /** `authenticated` uses /user/packages (the token's own namespace), `user` /users/{login}, `org` /orgs/{login}. */
  type: "user" | "org" | "authenticated";
  login: string;
}

/** Which versions to list. */
export type VersionState = "active" | "deleted";

function prefix(owner: PackageOwner): { path: string; params: Record<string, string> } {
  if (owner.type === "org") return { path: "/orgs/{org}", params: { org: owner.login } };
  if (owner.type === "user") return { path: "/users/{username}", params: { username: owner.login } };
  return { path: "/user", params: {} };
}

function where(owner: PackageOwner, name?: string): string {
  return name === undefined ? owner.login : `${owner.login}/${name}`;
}

/**
 * Decides which REST paths serve `login`'s packages: the token's own namespace (`/user/…`, which also reaches
 * private packages), an organisation, or another user. `authenticatedLogin` is the token's login, if known.
 */
export async function resolvePackageOwner(
  client: GitHubClient,
  login: string,
  authenticatedLogin?: string,
): Promise<PackageOwner> {
  if (authenticatedLogin !== undefined && authenticatedLogin.toLowerCase() === login.toLowerCase()) {
    return { type: "authenticated", login: authenticatedLogin };
  }
  const response = await githubCall({ action: `look up the account ${login}`, details: { owner: login } }, () =>
    client.octokit.request("GET /users/{username}", { username: login }),
  );
  return { type: response.data.type === "Organization" ? "org" : "user", login: response.data.login };
}

/** Every container package of an owner (all pages). */
export async function listPackages(
  client: GitHubClient,
  owner: PackageOwner,
  options: { visibility?: "public" | "private" | "internal" } = {},
): Promise<GitHubPackage[]> {
  const { path, params } = prefix(owner);
  return githubCall({ action: `list the packages of ${owner.login}`, details: { owner: owner.login } }, () =>
    client.octokit.paginate(`GET ${path}/packages`, {
      ...params,
      package_type: "container",
      per_page: 100,
      ...(options.visibility ? { visibility: options.visibility } : {}),
    }),
  ) as Promise<GitHubPackage[]>;
}

/** One container package. */
export async function getPackage(client: GitHubClient, owner: PackageOwner, name: string): Promise<GitHubPackage> {
  const { path, params } = prefix(owner);
  const response = await githubCall(
    { action: `read the package ${where(owner, name)}`, details: { owner: owner.login, package: name } },
    () =>
      client.octokit.request(`GET ${path}/packages/{package_type}/{package_name}`, {
        ...params,
        package_type: "container",
        package_name: name,
      }),
  );
  return response.data as GitHubPackage;
}

/** Every version of a package in one state (default active), all pages. */
export async function listPackageVersions(
  client: GitHubClient,
  owner: PackageOwner,
  name: string,
  options: { state?: VersionState } = {},
): Promise<GitHubPackageVersion[]> {
  const { path, params } = prefix(owner);
  const state = options.state ?? "active";
  return githubCall(
    { action: `list the ${state} versions of ${where(owner, name)}`, details: { owner: owner.login, package: name } },
    () =>
      client.octokit.paginate(`GET ${path}/packages/{package_type}/{package_name}/versions`, {
        ...params,
        package_type: "container",
        package_name: name,
        state,
        per_page: 100,
      }),
  ) as Promise<GitHubPackageVersion[]>;
}

/**
 * The first version, newest first, that `test` accepts, reading pages of `perPage` only until it is found (at most
 * `maxPages`): a version just pushed is on the first page, so finding it costs one request, not a full listing.
 */
export async function findPackageVersion(
  client: GitHubClient,
  owner: PackageOwner,
  name: string,
  test: (version: GitHubPackageVersion) => boolean,
  options: { perPage?: number; maxPages?: number } = {},
): Promise<GitHubPackageVersion | undefined> {
  const { path, params } = prefix(owner);
  const maxPages = options.maxPages ?? 3;
  return githubCall(
    { action: `list the versions of ${where(owner, name)}`, details: { owner: owner.login, package: name } },
    async () => {
      let pages = 0;
      const iterator = client.octokit.paginate.iterator(`GET ${path}/packages/{package_type}/{package_name}/versions`, {
        ...params,
        package_type: "container",
        package_name: name,
        state: "active",
        per_page: options.perPage ?? 20,
      });
      for await (const page of iterator) {
        const found = (page.data as GitHubPackageVersion[]).find(test);
        if (found || ++pages >= maxPages) return found;
      }
      return undefined;
    },
  );
}

/** One version of a package. */
export async function getPackageVersion(
  client: GitHubClient,
  owner: PackageOwner,
  name: string,
  versionId: number,
): Promise<GitHubPackageVersion> {
  const { path, params } = prefix(owner);
  const response = await githubCall(
    {
      action: `read version ${versionId} of ${where(owner, name)}`,
      details: { owner: owner.login, package: name, version: versionId },
    },
    () =>
      client.octokit.request(`GET ${path}/packages/{package_type}/{package_name}/versions/{package_version_id}`, {
        ...params,
        package_type: "container",
        package_name: name,
        package_version_id: versionId,
      }),
  );
  return response.data as GitHubPackageVersion;
}

const DELETE_404_HINT =
  "GitHub also answers 404 when the token lacks the delete:packages scope or admin rights on the package";

/** Deletes a whole package (restorable for 30 days). */
export async function deletePackage(client: GitHubClient, owner: PackageOwner, name: string): Promise<void> {
  const { path, params } = prefix(owner);
  await githubCall(
    {
      action: `delete the package ${where(owner, name)}`,
      details: { owner: owner.login, package: name },
      notFoundHint: DELETE_404_HINT,
    },
    () =>
      client.octokit.request(`DELETE ${path}/packages/{package_type}/{package_name}`, {
        ...params,
        package_type: "container",
        package_name: name,
      }),
  );
}

/** Restores a package deleted within the last 30 days whose name is still free. */
export async function restorePackage(client: GitHubClient, owner: PackageOwner, name: string): Promise<void> {
  const { path, params } = prefix(owner);
  await githubCall(
    { action: `restore the package ${where(owner, name)}`, details: { owner: owner.login, package: name } },
    () =>
      client.octokit.request(`POST ${path}/packages/{package_type}/{package_name}/restore`, {
        ...params,
        package_type: "container",
        package_name: name,
      }),
  );
}

/** Deletes one version (for containers: the manifest and all its tags). */
export async function deletePackageVersion(
  client: GitHubClient,
  owner: PackageOwner,
  name: string,
  versionId: number,
): Promise<void> {
  const { path, params } = prefix(owner);
  await githubCall(
    {
      action: `delete version ${versionId} of ${where(owner, name)}`,
      details: { owner: owner.login, package: name, version: versionId },
      notFoundHint: DELETE_404_HINT,
    },
    () =>
      client.octokit.request(`DELETE ${path}/packages/{package_type}/{package_name}/versions/{package_version_id}`, {
        ...params,
        package_type: "container",
        package_name: name,
        package_version_id: versionId,
      }),
  );
}

/** Restores a version deleted within the last 30 days. */
export async function restorePackageVersion(
  client: GitHubClient,
  owner: PackageOwner,
  name: string,
  versionId: number,
): Promise<void> {
  const { path, params } = prefix(owner);
  await githubCall(
    {
      action: `restore version ${versionId} of ${where(owner, name)}`,
      details: { owner: owner.login, package: name, version: versionId },
    },
    () =>
      client.octokit.request(
        `POST ${path}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore`,
        { ...params, package_type: "container", package_name: name, package_version_id: versionId },
      ),
  );
}

/** The tags of a container version (GitHub puts them in metadata.container.tags). */
export function versionTags(version: GitHubPackageVersion): string[] {
  return version.metadata?.container?.tags ?? [];
}
