/**
 * Which tags a repository copy takes: `--include` / `--exclude` regular expressions, and the digest tags
 * (`sha256-<hex>` referrer indexes and cosign's `sha256-<hex>.sig/.att/.sbom`) that belong to an image rather than
 * standing on their own.
 */
import { UsageError } from "../errors.js";

/** Tag filters: a tag is taken when it matches some include (or there are none) and no exclude. */
export interface TagFilter {
  include?: string[];
  exclude?: string[];
}

const DIGEST_TAG = /^(sha256-[0-9a-f]{64}|sha512-[0-9a-f]{128})(\..+)?$/;

/** True for tags named after a digest: referrer fallback indexes and cosign signature/attestation/SBOM tags. */
export function isDigestTag(tag: string): boolean {
  return DIGEST_TAG.test(tag);
}

/** The digest a digest tag belongs to (`sha256-abc.sig` → `sha256:abc`), or undefined. */
export function digestOfTag(tag: string): string | undefined {
  const match = DIGEST_TAG.exec(tag);
  if (!match?.[1]) return undefined;
  return match[1].replace("-", ":");
}

/**
 * Digest tags that should travel with the manifest `digest`: cosign-style `<alg>-<hex>.<suffix>` tags. The bare
 * `<alg>-<hex>` tag is the referrers fallback index, which the target's writer maintains itself.
 */
export function attachedTags(tags: readonly string[], digest: string): string[] {
  const prefix = `${digest.replace(":", "-")}.`;
  return tags.filter((tag) => tag.startsWith(prefix) && tag.length > prefix.length);
}

/** Compiles the filter's expressions, naming the one that does not compile (a usage error). */
export function compileTagFilter(filter: TagFilter, where = "--include/--exclude"): (tag: string) => boolean {
  const compile = (source: string, option: string) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new UsageError(`${option}: invalid regular expression "${source}": ${(error as Error).message}`);
    }
  };
  const label = (kind: string) => (where === "--include/--exclude" ? `--${kind}` : `${where}.${kind}`);
  const include = (filter.include ?? []).map((s) => compile(s, label("include")));
  const exclude = (filter.exclude ?? []).map((s) => compile(s, label("exclude")));
  return (tag) => (include.length === 0 || include.some((r) => r.test(tag))) && !exclude.some((r) => r.test(tag));
}

/** The tags of a repository a copy takes: digest tags never (they travel with `--referrers`), then the filter. */
export function selectTags(tags: readonly string[], filter: TagFilter, where?: string): string[] {
  const accept = compileTagFilter(filter, where);
  return tags.filter((tag) => !isDigestTag(tag) && accept(tag));
}
