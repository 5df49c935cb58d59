/**
 * Where the explorer reads from: the embedded registry's own store (`serve --ui`), or registries reached through
 * the registry client with the user's credentials (`dockhand explore`). Either way a clean-up plan is the one
 * `dockhand cleanup` would make.
 */
import {
  type CleanupEnvironment,
  openCleanupTarget,
  planCleanup,
  planTarget,
  registryInventory,
} from "../cleanup/index.js";
import { isGitHubRegistryHost } from "../github/hosts.js";
import { listPackages, resolvePackageOwner } from "../github/packages.js";
import { RegistryStore } from "../registry/index.js";
import type { ImageStore } from "../store/types.js";
import type { ExplorerSource } from "./handler.js";

/** A store this process holds (the embedded registry's), named by the address it is served at. */
export function localSource(
  store: ImageStore,
  host: string,
  readOnly: boolean,
  now: () => number = Date.now,
): ExplorerSource {
  return {
    store,
    readOnly,
    async plan(repo, policy) {
      const inventory = await registryInventory(store, repo, `${host}/${repo}`);
      return { inventory, plan: planCleanup(inventory, policy, { now: now() }) };
    },
    repositories: () => store.listRepositories(),
  };
}

/**
 * A registry reached over HTTP with the user's credentials. GitHub's registries have no catalog: their
 * repositories are an owner's container packages (through the API, with a token), and their plans read GitHub
 * Packages, as `cleanup` does.
 */
export function remoteSource(
  host: string,
  environment: CleanupEnvironment,
  readOnly: boolean,
  now: () => number = Date.now,
): ExplorerSource {
  const store = new RegistryStore(environment.registry, host);
  return {
    store,
    readOnly,
    async plan(repo, policy) {
      return await planTarget(await openCleanupTarget(`${host}/${repo}`, environment), policy, now());
    },
    async repositories(owner) {
      if (!isGitHubRegistryHost(host, environment.env)) return await store.listRepositories();
      const github = environment.github;
      if (!owner) throw new Error(`${host} has no catalog: name an owner to list its container packages`);
      if (!github)
        throw new Error(`listing ${owner}'s packages on ${host} needs a GitHub token (--token or GITHUB_TOKEN)`);
      const resolved = await resolvePackageOwner(github.client, owner, github.login);
      return (await listPackages(github.client, resolved)).map((p) => `${owner}/${p.name}`).sort();
    },
    ownerListing: isGitHubRegistryHost(host, environment.env),
  };
}
