/**
 * Redirects: blob downloads are often redirected to storage on another host (S3, a CDN, GHCR's blob store).
 * Only GET and HEAD follow redirects; credentials go only to the registry's own origin, never to the target of a
 * redirect on another origin.
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
