/**
 * `--annotation` values of `dockhand index create`, in `docker buildx imagetools create`'s form:
 * `index:KEY=VALUE` annotates the index itself, `manifest-descriptor[PLATFORM]:KEY=VALUE` the index entries (all,
 * or those of one platform). Without a prefix an annotation goes on the index. `manifest:` is refused: the
 * manifests are the per-arch images, and changing them would change their digests.
 */
import { DockhandError } from "../errors.js";
import { type Platform, parsePlatform } from "../oci/index.js";

/** Annotations to put on a new index and on its entries. */
export interface IndexAnnotations {
  /** On the index document. */
  index: Record<string, string>;
  /** On index entries: every image entry, or only those matching `platform`. */
  descriptors: { key: string; value: string; platform?: Platform }[];
}

/** No annotations. */
export function emptyAnnotations(): IndexAnnotations {
  return { index: {}, descriptors: [] };
}

/** True when there is at least one annotation to add. */
export function hasAnnotations(annotations: IndexAnnotations): boolean {
  return Object.keys(annotations.index).length > 0 || annotations.descriptors.length > 0;
}

const PREFIX = /^(index|manifest-descriptor|manifest)(?:\[([^\]]*)\])?:/;

function usage(value: string, problem: string, hint?: string): DockhandError {
  return new DockhandError("ANNOTATION_INVALID", `invalid annotation "${value}": ${problem}`, {
    exit: 2,
    hint: hint ?? "write index:KEY=VALUE or manifest-descriptor[linux/amd64]:KEY=VALUE",
    details: { annotation: value },
  });
}

/** Parses `--annotation` values; throws ANNOTATION_INVALID (exit 2) naming the bad one. */
export function parseIndexAnnotations(values: readonly string[]): IndexAnnotations {
  const result = emptyAnnotations();
  for (const value of values) {
    const match = PREFIX.exec(value);
    const kind = match?.[1] ?? "index";
    const platformText = match?.[2];
    const rest = match ? value.slice(match[0].length) : value;
    if (kind === "manifest") {
      throw usage(
        value,
        "manifest annotations would change the per-arch images and their digests",
        "annotate the index (index:KEY=VALUE) or its entries (manifest-descriptor:KEY=VALUE)",
      );
    }
    const equals = rest.indexOf("=");
    if (equals <= 0) throw usage(value, "missing KEY=VALUE");
    const key = rest.slice(0, equals);
    const annotationValue = rest.slice(equals + 1);
    if (kind === "index") {
      if (platformText !== undefined) throw usage(value, "an index annotation takes no platform");
      result.index[key] = annotationValue;
    } else {
      const platform = platformText === undefined || platformText === "" ? undefined : parsePlatform(platformText);
      result.descriptors.push({ key, value: annotationValue, ...(platform ? { platform } : {}) });
    }
  }
  return result;
}
