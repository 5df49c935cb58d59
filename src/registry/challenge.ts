/**
 * `WWW-Authenticate` challenges: `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/n:pull"`
 * or `Basic realm="Registry Realm"`.
 */

/** A parsed challenge. Parameter names are lower-cased. */
export interface Challenge {
  scheme: "bearer" | "basic" | string;
  params: Record<string, string>;
}

/** Parses the first challenge of a `WWW-Authenticate` header; undefined when there is none. */
export function parseChallenge(header: string | string[] | undefined): Challenge | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(value);
  if (!match?.[1]) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const param of (match[2] ?? "").matchAll(pattern)) {
    const name = param[1]?.toLowerCase();
    if (!name || name in params) continue;
    params[name] = param[2] !== undefined ? param[2].replace(/\\(.)/g, "$1") : (param[3] ?? "");
  }
  return { scheme: match[1].toLowerCase(), params };
}

/** The scope for a repository and actions: `repository:owner/name:pull,push`. */
export function repositoryScope(repo: string, actions: string[]): string {
  return `repository:${repo}:${actions.join(",")}`;
}

/** The scope for listing a registry's repositories. */
export const CATALOG_SCOPE = "registry:catalog:*";
