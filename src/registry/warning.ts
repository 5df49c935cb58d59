/**
 * `Warning` headers: the distribution spec lets registries send `Warning: 299 - "text"` on any response; clients
 * should show them and must not act on them. The client hands them to an `onWarning` callback once per text.
 */

/** A warning a registry sent. */
export interface RegistryWarning {
  host: string;
  text: string;
}

/** Extracts the texts of `299` warnings from one or more `Warning` header values. */
export function parseWarnings(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const values = Array.isArray(header) ? header : [header];
  const texts: string[] = [];
  const pattern = /(\d{3})\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;
  for (const value of values) {
    for (const match of value.matchAll(pattern)) {
      if (match[1] === "299" && match[2] !== undefined) texts.push(match[2].replace(/\\(.)/g, "$1"));
    }
  }
  return texts;
}
