/**
 * Redirects: blob downloads are often redirected to storage on another host (S3, a CDN, GHCR's blob store), and a
 * token realm may redirect too. Only GET and HEAD follow redirects, and {@link headersForHop} is the one place that
 * decides which headers go to each hop: a header that carries a credential goes only to the origin it was meant for,
 * never to the target of a redirect on another origin (as Go's net/http drops Authorization and Cookie on a
 * cross-domain redirect: https://pkg.go.dev/net/http#Client).
 */

/** Statuses that carry a `Location` to follow. */
export function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Most redirects followed for one request. */
export const MAX_REDIRECTS = 5;

/** The absolute target of a redirect. */
export function redirectTarget(from: string, location: string): string {
  return new URL(location, from).toString();
}

/** True when two URLs share scheme, host and port, so credentials for one may go to the other. */
export function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}

/** Request headers that carry a credential (compared lower-case). */
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-registry-auth", "x-api-key"]);

/** True for a header that carries a credential. */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}

/**
 * The headers to send on one hop of a request: all of `headers` when `url` is on `origin` (the origin the
 * credentials were meant for), and all but the credential-bearing ones anywhere else.
 */
export function headersForHop(url: string, origin: string, headers: Record<string, string>): Record<string, string> {
  if (new URL(url).origin === origin) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !isCredentialHeader(name)));
}
