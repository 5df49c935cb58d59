/**
 * Hints for invalid references: common slips (a URL scheme, upper case, stray slashes, an empty tag, a digest
 * without its algorithm) are repaired one by one, and the repaired text is offered only if it parses.
 */

import { splitParts, urlSchemePattern } from "./diagnose.js";
import { digestAlgorithms } from "./digest.js";

interface Repair {
  /** Why the repair is needed, shown in the hint. */
  because: string;
  apply: (text: string) => string;
}

const repairs: Repair[] = [
  { because: "no surrounding whitespace", apply: (text) => text.trim() },
  {
    because: "a reference has no URL scheme",
    apply: (text) => text.replace(urlSchemePattern, ""),
  },
  {
    because: "repository names are lower case",
    apply: (text) => mapParts(text, (parts) => ({ ...parts, name: parts.name.toLowerCase() })),
  },
  {
    because: 'path components are separated by a single "/"',
    apply: (text) =>
      mapParts(text, (parts) => ({ ...parts, name: parts.name.replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "") })),
  },
  {
    because: 'an empty tag or digest is left out, with its ":" or "@"',
    apply: (text) =>
      mapParts(text, ({ name, tag, digest }) => ({
        name,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
      })),
  },
  {
    because: "a digest is ALGORITHM:HEX in lower case",
    apply: (text) => mapParts(text, (parts) => ({ ...parts, ...repairDigest(parts.digest) })),
  },
];

/**
 * Returns a hint with a corrected spelling of `input`, or undefined when no simple repair gives a reference
 * that `parses` accepts.
 */
export function suggestReference(input: string, parses: (text: string) => boolean): string | undefined {
  let text = input;
  const reasons: string[] = [];
  for (const repair of repairs) {
    const repaired = repair.apply(text);
    if (repaired !== text) {
      reasons.push(repair.because);
      text = repaired;
    }
  }
  if (text === input || text === "" || !parses(text)) return undefined;
  return `use ${text} (${reasons.join("; ")})`;
}

function mapParts(
  text: string,
  change: (parts: ReturnType<typeof splitParts>) => ReturnType<typeof splitParts>,
): string {
  const { name, tag, digest } = change(splitParts(text));
  return `${name}${tag !== undefined ? `:${tag}` : ""}${digest !== undefined ? `@${digest}` : ""}`;
}

function repairDigest(digest: string | undefined): { digest?: string } {
  if (digest === undefined) return {};
  const lower = digest.toLowerCase();
  if (lower.includes(":")) return { digest: lower };
  // A bare hex value: name the algorithm its length implies.
  const algorithm = Object.entries(digestAlgorithms).find(([, length]) => length === lower.length)?.[0];
  return { digest: algorithm && /^[a-f0-9]+$/.test(lower) ? `${algorithm}:${lower}` : digest };
}
