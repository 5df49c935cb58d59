/**
 * Opens the store behind an endpoint: a registry repository through a {@link RegistryClient}, an OCI layout
 * directory through the layout store. Imports are lazy so commands load only what they use.
 */
import { resolve } from "node:path";
import { DockhandError } from "../errors.js";
import type { RegistryClient } from "../registry/index.js";
import type { ImageStore } from "../store/types.js";
import type { StoreLocation } from "./context.js";
import { type Endpoint, endpointRepository } from "./endpoint.js";

/**
 * Opens a layout directory. A source must already be one; a target is created when missing, except in a dry
 * run, which plans against an empty store instead of writing anything.
 */
async function openLayoutStore(dir: string, role: OpenRole): Promise<ImageStore> {
  if (role !== "target") {
    const { access } = await import("node:fs/promises");
    const { join } = await import("node:path");
    try {
      await access(join(dir, "oci-layout"));
    } catch {
      if (role === "dry-run-target") {
        const { emptyStore } = await import("./empty-store.js");
        return emptyStore(`oci:${dir}`);
      }
      throw new DockhandError("NAME_UNKNOWN", `oci:${dir} is not an OCI image layout (it has no oci-layout file)`, {
        details: { dir },
        hint: "check the directory, or write a registry reference instead",
      });
    }
  }
  const { OciLayoutStore } = await import("../store/layout.js");
  return await OciLayoutStore.open(dir);
}

/** A store location plus what to copy there (tag or digest) and how to name it in messages. */
export interface ImageLocation extends StoreLocation {
  tag?: string;
  digest?: string;
  /** How the user wrote the location (`ghcr.io/o/app`, `oci:./dir`), without tag or digest. */
  label: string;
}

/** Why an endpoint is opened: to read, to write, or to plan a write (dry run). */
export type OpenRole = "source" | "target" | "dry-run-target";

/** Opens an endpoint. Registry endpoints share `client` (its connection pools and tokens). */
export async function openEndpoint(
  endpoint: Endpoint,
  client: RegistryClient,
  role: OpenRole = "source",
): Promise<ImageLocation> {
  const label = endpointRepository(endpoint);
  const pin = {
    ...(endpoint.tag !== undefined ? { tag: endpoint.tag } : {}),
    ...(endpoint.digest !== undefined ? { digest: endpoint.digest } : {}),
  };
  if (endpoint.kind === "registry") {
    const { CopyTargetRegistryStore } = await import("./registry-target.js");
    return {
      store: new CopyTargetRegistryStore(client, endpoint.domain),
      repository: endpoint.repository,
      key: `registry ${endpoint.domain}`,
      label,
      ...pin,
    };
  }
  const dir = resolve(endpoint.dir);
  return {
    store: await openLayoutStore(dir, role),
    repository: "",
    key: `oci:${dir}`,
    label,
    ...pin,
  };
}
