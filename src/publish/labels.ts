/**
 * OCI labels and annotations (`org.opencontainers.image.*`) from the repository, the version and the commit, plus
 * the user's own `key=value` lines (rendered with the global expressions). A later key replaces an earlier one;
 * the result is sorted by key, as metadata-action emits it.
 */
import type { TagContext } from "./context.js";
import { renderGlobal } from "./expressions.js";
import type { Version } from "./meta.js";

/** Annotation levels when `DOCKER_METADATA_ANNOTATIONS_LEVELS` is not set. */
export const defaultAnnotationLevels = ["manifest"];

/** `key=value` lines: the built-in OCI keys, then `extra` rendered, merged by key and sorted. */
export function ociLabels(context: TagContext, version: Version, extra: readonly string[]): string[] {
  const repo = context.repository;
  const lines = [
    `org.opencontainers.image.title=${repo.name ?? ""}`,
    `org.opencontainers.image.description=${repo.description ?? ""}`,
    `org.opencontainers.image.url=${repo.htmlUrl ?? ""}`,
    `org.opencontainers.image.source=${repo.htmlUrl ?? ""}`,
    `org.opencontainers.image.version=${version.main ?? ""}`,
    `org.opencontainers.image.created=${context.date.toISOString()}`,
    `org.opencontainers.image.revision=${context.sha}`,
    `org.opencontainers.image.licenses=${repo.license ?? ""}`,
    ...extra.map((line) => renderGlobal(line, context)),
  ];
  const byKey = new Map<string, string>();
  for (const line of lines) {
    const [key = "", ...values] = line.split("=");
    // A line without "=" is not a label and is dropped.
    if (values.length > 0) byKey.set(key, values.join("="));
  }
  return [...byKey.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, value]) => `${key}=${value}`);
}

/** Labels as an object (the `json` output's shape). */
export function labelsObject(lines: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf("=");
    if (eq >= 0) labels[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return labels;
}

/** Annotation lines prefixed with each level (`manifest:org.opencontainers.image.title=…`). */
export function withLevels(lines: readonly string[], levels: readonly string[]): string[] {
  return levels.flatMap((level) => lines.map((line) => `${level}:${line}`));
}
