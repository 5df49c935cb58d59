import { DockhandError } from "../errors.js";
import {
  dockerHubDomain,
  familiarName,
  type ImageReference,
  officialRepositoryPrefix,
  parseReference,
  repositoryName,
} from "../reference/index.js";
import type { Spelling } from "./text-finder.js";

const legacyDockerHubDomain = "index.docker.io";

/**
 * Parses the repository a scan looks for or a rename moves to. It must be a repository, not an image: a tag or a
 * digest would make "every reference" ambiguous.
 */
export function parseRepository(input: string, role = "repository"): ImageReference {
  const ref = parseReference(input);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw new DockhandError("PROJECT_NOT_A_REPOSITORY", `the ${role} "${input}" has a tag or digest`, {
      exit: 2,
      hint: `give the repository only: ${repositoryName(ref)}`,
    });
  }
  return { domain: ref.domain, path: ref.path };
}

/**
 * Every spelling that names the repository: one for most registries; for Docker Hub the familiar name, the
 * `docker.io/` and `index.docker.io/` forms, and for official images the forms without `library/`.
 */
export function spellingsOf(ref: ImageReference): Spelling[] {
  const domain = ref.domain.toLowerCase();
  if (domain !== dockerHubDomain) {
    return [{ text: `${domain}/${ref.path}`, domainLength: domain.length + 1, bare: false }];
  }
  const paths = [ref.path];
  const short = familiarName(ref);
  if (short !== ref.path) paths.push(short);
  const spellings: Spelling[] = [];
  for (const path of paths) {
    for (const host of [dockerHubDomain, legacyDockerHubDomain]) {
      spellings.push({ text: `${host}/${path}`, domainLength: host.length + 1, bare: false });
    }
    spellings.push({ text: path, domainLength: 0, bare: !path.includes("/") });
  }
  return spellings;
}

/**
 * The new name written in the style of the old one: a familiar Docker Hub name stays familiar, an explicit
 * `docker.io/` or `index.docker.io/` prefix stays, and a domain keeps the case it was written in.
 */
export function rewriteName(written: string, from: ImageReference, to: ImageReference): string {
  const fromHub = from.domain === dockerHubDomain;
  const toHub = to.domain === dockerHubDomain;
  if (!fromHub) {
    const writtenDomain = written.slice(0, from.domain.length);
    const domain = writtenDomain.toLowerCase() === to.domain.toLowerCase() ? writtenDomain : to.domain;
    return `${domain}/${to.path}`;
  }
  if (!toHub) return repositoryName(to);
  const lower = written.toLowerCase();
  const prefix = [`${dockerHubDomain}/`, `${legacyDockerHubDomain}/`].find((host) => lower.startsWith(host));
  const writtenPath = prefix ? written.slice(prefix.length) : written;
  // `nginx` or `docker.io/nginx` for `docker.io/library/nginx`: keep leaving `library/` out when the new name allows.
  const leftOutLibrary =
    from.path.startsWith(officialRepositoryPrefix) && !writtenPath.startsWith(officialRepositoryPrefix);
  let path = to.path;
  if (leftOutLibrary || (!prefix && !writtenPath.startsWith(officialRepositoryPrefix))) path = familiarName(to);
  return `${prefix ? written.slice(0, prefix.length) : ""}${path}`;
}
