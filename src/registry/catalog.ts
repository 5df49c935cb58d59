/**
 * The repository catalog (`/v2/_catalog`): not part of the OCI spec; distribution has it, GHCR and Docker Hub do
 * not. A registry without one answers UNSUPPORTED.
 */
import { readCapped } from "./body.js";
import { CATALOG_SCOPE } from "./challenge.js";
import { RegistryError } from "./errors.js";
import { followPages, nextLink } from "./link.js";
import type { Transport } from "./transport.js";

const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** Every repository of a registry host, following Link pages. Throws UNSUPPORTED where there is no catalog. */
export async function listRepositories(
  transport: Transport,
  host: string,
  options: { n?: number; signal?: AbortSignal } = {},
): Promise<string[]> {
  const search = options.n !== undefined ? `?n=${options.n}` : "";
  const first = transport.urlFor({ host, path: `/v2/_catalog${search}` });
  const repositories = await followPages(
    first,
    async (url) => {
      const response = await transport.send({
        method: "GET",
        host,
        url,
        scopes: [CATALOG_SCOPE],
        ok: [200, 401, 403, 404, 405],
        signal: options.signal,
        what: `catalog of ${host}`,
      });
      if (response.status !== 200) {
        response.body.resume();
        throw new RegistryError(
          "UNSUPPORTED",
          `${host} does not offer a repository catalog (${response.status} to ${response.request})`,
          {
            host,
            request: response.request,
            status: response.status,
            hint: "GHCR and Docker Hub have no catalog; list packages through their own APIs",
          },
        );
      }
      const bytes = await readCapped(
        response.body,
        MAX_LIST_BYTES,
        () =>
          new RegistryError("TOO_LARGE", `catalog of ${host} is over ${MAX_LIST_BYTES} bytes`, {
            host,
            request: response.request,
          }),
      );
      const names = (JSON.parse(bytes.toString("utf8")) as { repositories?: unknown }).repositories;
      const items = Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
      return { items, next: nextLink(response.header("link"), response.url) };
    },
    (url) =>
      new RegistryError("PAGINATION_LOOP", `catalog of ${host}: the registry linked back to ${url}`, {
        host,
        request: `GET ${url}`,
      }),
  );
  return repositories.sort();
}
