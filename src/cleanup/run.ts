/**
 * The edge where a clean-up meets the world: opens the source for an image (GitHub Packages for GitHub's
 * registries, the Distribution API for any other), reads its inventory, plans, and executes when asked.
 */

import { UsageError } from "../errors.js";
import type { GitHubClient } from "../github/client.js";
import { isGitHubRegistryHost } from "../github/hosts.js";
import { type PackageOwner, resolvePackageOwner } from "../github/packages.js";
import { type ImageReference, parseReference, repositoryName } from "../reference/index.js";
import type { RegistryClient } from "../registry/index.js";
import { RegistryStore } from "../registry/index.js";
import { type Deleter, type ExecuteOptions, type ExecutionResult, executePlan } from "./execute.js";
import { type GitHubPackageSource, githubDeleter, githubInventory } from "./github.js";
import { type CleanupPlan, planCleanup } from "./plan.js";
import type { CleanupPolicy } from "./policy.js";
import { registryDeleter, registryInventory } from "./registry.js";
import type { Inventory, ManifestFacts } from "./types.js";
import { type ValidationProblem, validateInventory } from "./validate.js";

/** What a clean-up needs from its surroundings. */
export interface CleanupEnvironment {
  registry: RegistryClient;
  env: NodeJS.ProcessEnv;
  /** The GitHub client, for images on GitHub's registries. */
  github?: { client: GitHubClient; login?: string; scopes?: string[] };
  /** The package owner, when already resolved (an owner-wide run resolves it once, not once per package). */
  owner?: PackageOwner;
  concurrency?: number;
}

/** An opened image: how to read it and how to delete from it. */
export interface CleanupTarget {
  reference: ImageReference;
  mode: "github" | "registry";
  read: () => Promise<Inventory>;
  deleter: Deleter;
}

/** Opens an image for clean-up (no tag or digest: a clean-up is about a whole repository). */
export async function openCleanupTarget(image: string, environment: CleanupEnvironment): Promise<CleanupTarget> {
  const reference = parseReference(image);
  if (reference.tag !== undefined || reference.digest !== undefined) {
    throw new UsageError(
      `${image} names a tag or digest`,
      "name the repository: a clean-up looks at every version of it",
    );
  }
  const store = new RegistryStore(environment.registry, reference.domain);
  const label = repositoryName(reference);
  const cache = new Map<string, ManifestFacts>();
  const fetchOptions = { cache, ...(environment.concurrency ? { concurrency: environment.concurrency } : {}) };
  if (isGitHubRegistryHost(reference.domain, environment.env)) {
    const github = environment.github;
    if (!github) {
      throw new UsageError(
        `${label} is a GitHub package: a GitHub token is needed for the Packages API`,
        "pass --token, or set GITHUB_TOKEN or GH_TOKEN (a classic PAT with read:packages, and delete:packages to apply)",
      );
    }
    const slash = reference.path.indexOf("/");
    if (slash < 0) throw new UsageError(`${image} names no owner`, "write ghcr.io/OWNER/NAME");
    const login = reference.path.slice(0, slash);
    const owner: PackageOwner =
      environment.owner && environment.owner.login.toLowerCase() === login.toLowerCase()
        ? environment.owner
        : await resolvePackageOwner(github.client, login, github.login);
    const source: GitHubPackageSource = {
      client: github.client,
      owner,
      name: reference.path.slice(slash + 1),
      store,
      repository: reference.path,
      label,
    };
    return {
      reference,
      mode: "github",
      read: () => githubInventory(source, fetchOptions),
      deleter: githubDeleter(source, github.scopes),
    };
  }
  return {
    reference,
    mode: "registry",
    read: () => registryInventory(store, reference.path, label, fetchOptions),
    deleter: registryDeleter(store, reference.path),
  };
}

/** Reads and plans. */
export async function planTarget(
  target: CleanupTarget,
  policy: CleanupPolicy,
  now: number,
): Promise<{ inventory: Inventory; plan: CleanupPlan }> {
  const inventory = await target.read();
  return { inventory, plan: planCleanup(inventory, policy, { now }) };
}

/** Executes a plan, then reads the repository again and validates it. */
export async function applyPlan(
  target: CleanupTarget,
  plan: CleanupPlan,
  options: ExecuteOptions = {},
): Promise<{ result: ExecutionResult; problems: ValidationProblem[] }> {
  const result = await executePlan(plan, target.deleter, options);
  const problems = validateInventory(await target.read());
  return { result, problems };
}
