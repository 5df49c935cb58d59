import { dockerHubDomain, officialRepositoryPrefix } from "../reference/index.js";
import type { ResolvedValue, ValueSource } from "./resolve.js";
import type { SourceSpan } from "./types.js";

/** An image reference a step pushes (or reads, for cache refs), resolved as far as the facts allow. */
export interface ImageRef {
  /** The reference as written where it is used. */
  text: string;
  /** Where it is used. */
  span: SourceSpan;
  /** The full reference, when every part is known. */
  resolved: string | undefined;
  /** Resolved where known; unknown parts as written. */
  pattern: string;
  /** Registry host (`docker.io` when none is written); `undefined` when an unknown part hides it. */
  registry: string | undefined;
  /** Repository path without the registry (`owner/name`), unknown parts as written; `undefined` if hidden. */
  repository: string | undefined;
  tag: string | undefined;
  digest: string | undefined;
  /** Upper-case letters in the registry or repository after resolution: registries reject them. */
  uppercase: boolean;
  /** Set when the name is passed through docker/metadata-action, which lower-cases it before use. */
  lowercasedBy: "metadata-action" | undefined;
  /** Env entries and contexts the reference was made from (their definitions are what a rename edits). */
  sources: ValueSource[];
  unknownFunctions: string[];
}

/** Placeholder for an unknown part while splitting: it contains none of `/ : @`. */
const HOLE = "\uE000";
const HOLE_RE = new RegExp(HOLE, "g");

/**
 * Splits a resolved reference into registry, repository, tag and digest. Unknown parts that sit
 * inside one component stay in it as written; an unknown part where the registry or the path
 * boundary should be leaves that component undefined.
 */
export function toImageRef(value: ResolvedValue, span: SourceSpan, lowercasedBy?: "metadata-action"): ImageRef {
  const unknownTexts = value.pieces.filter((p) => !p.known).map((p) => p.text);
  const masked = value.pieces.map((p) => (p.known ? p.text.replaceAll(HOLE, "") : HOLE)).join("");
  /** The text of `masked[from, to)` with its holes put back. */
  const part = (from: number, to: number): string => {
    let k = (masked.slice(0, from).match(HOLE_RE) ?? []).length;
    return masked.slice(from, to).replace(HOLE_RE, () => unknownTexts[k++] ?? "");
  };
  let end = masked.length;
  let digest: string | undefined;
  const at = masked.indexOf("@");
  if (at >= 0) {
    digest = part(at + 1, end);
    end = at;
  }
  let tag: string | undefined;
  const colon = masked.lastIndexOf(":", end - 1);
  if (colon >= 0 && colon > masked.lastIndexOf("/", end - 1)) {
    tag = part(colon + 1, end);
    end = colon;
  }
  const name = masked.slice(0, end);
  const slash = name.indexOf("/");
  const first = slash >= 0 ? name.slice(0, slash) : name;
  let registry: string | undefined;
  let repository: string | undefined;
  if (name !== "" && !first.includes(HOLE)) {
    if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost")) {
      registry = first;
      repository = part(slash + 1, end);
    } else {
      registry = dockerHubDomain;
      repository = slash >= 0 ? part(0, end) : `${officialRepositoryPrefix}${part(0, end)}`;
    }
  }
  // Only characters the model knows count; unknown parts might be lower-case at run time.
  const uppercase = lowercasedBy === undefined && /[A-Z]/.test(name.replaceAll(HOLE, ""));
  return {
    text: value.text,
    span,
    resolved: value.value,
    pattern: value.pattern,
    registry,
    repository,
    tag,
    digest,
    uppercase,
    lowercasedBy,
    sources: value.sources,
    unknownFunctions: value.unknownFunctions,
  };
}
