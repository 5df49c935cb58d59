/**
 * `Link` pagination (RFC 8288) as registries use it for tag and catalog listings:
 * `</v2/o/n/tags/list?n=100&last=v1.2>; rel="next"`.
 */

/** The `rel="next"` target of a Link header, resolved against the request URL; undefined when there is none. */
export function nextLink(header: string | undefined, requestUrl: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match?.[1]) continue;
    const params = match[2] ?? "";
    if (/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(params))
      return new URL(match[1], requestUrl).toString();
  }
  return undefined;
}

/** Follows pages until there is no next link; refuses to visit a URL twice (a registry looping its links). */
export async function followPages<T>(
  first: string,
  fetchPage: (url: string) => Promise<{ items: T[]; next: string | undefined }>,
  onLoop: (url: string) => Error,
): Promise<T[]> {
  const seen = new Set<string>();
  const items: T[] = [];
  let url: string | undefined = first;
  while (url) {
    if (seen.has(url)) throw onLoop(url);
    seen.add(url);
    const page = await fetchPage(url);
    items.push(...page.items);
    // A page without items that still links onwards would only lead in circles or to nothing.
    url = page.items.length > 0 ? page.next : undefined;
  }
  return items;
}
