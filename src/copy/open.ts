/**
 * Opens the store behind an endpoint: a registry repository through a {@link RegistryClient}, an OCI layout
 * directory through the layout store. Imports are lazy so commands load only what they use.
 */
import { resolve } from "node:path";
import { DockhandError } from "../errors.js";
import type { RegistryClient } from "../registry/index.js";
import type { ImageStore } from "../store/types.js";
import type { StoreLocation } from "./context.js";
import { type Endpoint, formatEndpoint } from "./endpoint.js";

/** Opens a layout directory (created empty when `create` and missing). */
async function openLayoutStore(dir: string, create: boolean): Promise<ImageStore> {
  // The layout store is being written beside this module (src/store); until it lands, say so plainly.
  throw new DockhandError("UNSUPPORTED", `oci:${dir}: OCI layout directories are not supported by this build yet`, {
    details: { dir, create },
  });
}

/** A store location plus what to copy there (tag or digest) and how to name it in messages. */
export interface ImageLocation extends StoreLocation {
  tag?: string;
  digest?: string;
  /** How the user wrote the location (`ghcr.io/o/app`, `oci:./dir`), without tag or digest. */
  label: string;
}

/** Opens an endpoint. Registry endpoints share `client` (its connection pools and tokens). */
export async function openEndpoint(
  endpoint: Endpoint,
  client: RegistryClient,
  options: { create?: boolean } = {},
): Promise<ImageLocation> {
  const label = formatEndpoint(endpoint, undefined, undefined);
  const pin = {
    ...(endpoint.tag !== undefined ? { tag: endpoint.tag } : {}),
    ...(endpoint.digest !== undefined ? { digest: endpoint.digest } : {}),
  };
  if (endpoint.kind === "registry") {
    const { RegistryStore } = await import("../registry/store.js");
    return {
      store: new RegistryStore(client, endpoint.domain),
      repository: endpoint.repository,
      key: `registry ${endpoint.domain}`,
      label,
      ...pin,
    };
  }
  const dir = resolve(endpoint.dir);
  return {
    store: await openLayoutStore(dir, options.create === true),
    repository: "",
    key: `oci:${dir}`,
    label,
    ...pin,
  };
}
