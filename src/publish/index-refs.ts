/**
 * The references `dockhand index` takes, resolved against its target: the target (tag default `latest`), sources
 * in the same registry (a bare `sha256:…` digest means the target's repository) and extra tags (a bare tag means
 * the target's repository). Sources in another registry are refused, as imagetools refuses them.
 */
import { DockhandError, UsageError } from "../errors.js";
import { isDigest } from "../oci/index.js";
import { formatReference, type ImageReference, parseReference, validateTag } from "../reference/index.js";
import type { IndexTarget } from "./index-create.js";
import type { SourceLocation } from "./index-sources.js";

/** A parsed target: registry, repository and tag. */
export interface TargetRef {
  domain: string;
  path: string;
  tag: string;
  /** `domain/path:tag`. */
  label: string;
}

/** Parses the target; a digest is refused (an index is pushed by tag). */
export function parseTarget(text: string): TargetRef {
  const ref = parseReference(text);
  if (ref.digest !== undefined) {
    throw new UsageError(
      `the target ${text} names a digest`,
      "give the tag the index goes to, e.g. ghcr.io/owner/app:main",
    );
  }
  const tag = ref.tag ?? "latest";
  return {
    domain: ref.domain,
    path: ref.path,
    tag,
    label: formatReference({ domain: ref.domain, path: ref.path, tag }),
  };
}

/** Resolves a source against the target's registry and repository. */
export function resolveSource(text: string, target: TargetRef): SourceLocation {
  const bare = text.startsWith("@") ? text.slice(1) : text;
  if (isDigest(bare)) {
    return {
      repository: target.path,
      reference: bare,
      label: formatReference({ domain: target.domain, path: target.path, digest: bare }),
    };
  }
  const ref = sameRegistry(parseReference(text), target, "source", text);
  const reference = ref.digest ?? ref.tag ?? "latest";
  const label = formatReference(ref.digest ? { ...ref, tag: undefined } : { ...ref, tag: reference });
  return { repository: ref.path, reference, label };
}

/** Groups the target and the extra tags by repository (the target's repository first). */
export function resolveTargets(target: TargetRef, extraTags: readonly string[]): IndexTarget[] {
  const targets: IndexTarget[] = [{ repository: target.path, tags: [target.tag] }];
  const add = (repository: string, tag: string) => {
    const existing = targets.find((t) => t.repository === repository);
    if (!existing) targets.push({ repository, tags: [tag] });
    else if (!existing.tags.includes(tag)) existing.tags.push(tag);
  };
  for (const text of extraTags) {
    if (!text.includes("/") && !text.includes(":") && !text.includes("@")) {
      validateTag(text);
      add(target.path, text);
      continue;
    }
    const ref = sameRegistry(parseReference(text), target, "tag", text);
    if (ref.digest !== undefined) throw new UsageError(`--tag ${text} names a digest`, "give a tag");
    add(ref.path, ref.tag ?? "latest");
  }
  return targets;
}

function sameRegistry(ref: ImageReference, target: TargetRef, what: string, text: string): ImageReference {
  if (ref.domain !== target.domain) {
    throw new DockhandError(
      "INDEX_CROSS_REGISTRY",
      `the ${what} ${text} is in ${ref.domain}, the target in ${target.domain}: an index can only refer to images of its own registry`,
      {
        exit: 2,
        hint: `copy the image into ${target.domain} first (dockhand copy), then name the copy`,
        details: { [what]: text, target: target.label },
      },
    );
  }
  return ref;
}
