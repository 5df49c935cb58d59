/**
 * Maps a Distribution API path to the endpoint it names. Repository names have several components
 * (`/v2/a/b/c/manifests/x`), so the path is read from the right: the last `/manifests/`, `/blobs/`,
 * `/referrers/` or `/tags/list` ends the name. Names are checked against the grammar by the handler.
 */

/** One endpoint of the Distribution API, with the parts of the path it needs. */
export type Route =
  | { kind: "ping" }
  | { kind: "catalog" }
  | { kind: "tags"; name: string }
  | { kind: "manifest"; name: string; reference: string }
  | { kind: "blob"; name: string; digest: string }
  | { kind: "uploads"; name: string }
  | { kind: "upload"; name: string; id: string }
  | { kind: "referrers"; name: string; digest: string };

const patterns: [RegExp, (match: RegExpExecArray) => Route][] = [
  [/^(.+)\/tags\/list$/, (m) => ({ kind: "tags", name: m[1] ?? "" })],
  [/^(.+)\/blobs\/uploads\/?$/, (m) => ({ kind: "uploads", name: m[1] ?? "" })],
  [/^(.+)\/blobs\/uploads\/([^/]+)$/, (m) => ({ kind: "upload", name: m[1] ?? "", id: segment(m[2]) })],
  [/^(.+)\/blobs\/([^/]+)$/, (m) => ({ kind: "blob", name: m[1] ?? "", digest: segment(m[2]) })],
  [/^(.+)\/manifests\/([^/]+)$/, (m) => ({ kind: "manifest", name: m[1] ?? "", reference: segment(m[2]) })],
  [/^(.+)\/referrers\/([^/]+)$/, (m) => ({ kind: "referrers", name: m[1] ?? "", digest: segment(m[2]) })],
];

/** Decodes one path segment; a malformed escape is kept as written (it then fails validation). */
function segment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? "");
  } catch {
    return raw ?? "";
  }
}

/** The endpoint a request path names, or undefined when it is not part of the API. */
export function parseRoute(pathname: string): Route | undefined {
  if (pathname === "/v2" || pathname === "/v2/") return { kind: "ping" };
  if (!pathname.startsWith("/v2/")) return undefined;
  const rest = pathname.slice("/v2/".length);
  if (rest === "_catalog") return { kind: "catalog" };
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(rest);
    if (match) return build(match);
  }
  return undefined;
}
