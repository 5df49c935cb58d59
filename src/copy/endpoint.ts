/**
 * Where an image is copied from or to, as written on the command line: a registry repository
 * (`host/repo[:tag][@digest]`) or an OCI image-layout directory (`oci:DIR[:TAG]`, `oci:DIR@DIGEST`).
 */
import { UsageError } from "../errors.js";
import { isDigest } from "../oci/index.js";
import { parseReference } from "../reference/index.js";

/** A registry repository, optionally with a tag and/or digest. */
export interface RegistryEndpoint {
  kind: "registry";
  /** Registry host as in references (`ghcr.io`, `127.0.0.1:5000`). */
  domain: string;
  /** Repository path below the host. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** An OCI image-layout directory, optionally with a tag (`org.opencontainers.image.ref.name`) or digest. */
export interface LayoutEndpoint {
  kind: "layout";
  dir: string;
  tag?: string;
  digest?: string;
}

/** Either kind of endpoint. */
export type Endpoint = RegistryEndpoint | LayoutEndpoint;

/** Prefix of layout endpoints. */
export const LAYOUT_PREFIX = "oci:";

const LAYOUT_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Parses `oci:DIR[:TAG]` / `oci:DIR@DIGEST`; a colon after the last `/` starts the tag. */
function parseLayout(input: string): LayoutEndpoint {
  let rest = input.slice(LAYOUT_PREFIX.length);
  let digest: string | undefined;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) {
      throw new UsageError(`"${input}": "${digest}" is not a digest`, "write oci:DIR@sha256:<64 hex characters>");
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!LAYOUT_TAG.test(tag)) throw new UsageError(`"${input}": "${tag}" is not a valid tag`);
  }
  if (rest === "")
    throw new UsageError(`"${input}" names no directory`, "write oci:DIR[:TAG], e.g. oci:./layout:latest");
  return { kind: "layout", dir: rest, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/**
 * Parses a copy source or target. Registry references are normalised as Docker does (`app` →
 * `docker.io/library/app`); invalid ones throw the reference module's ImageReferenceError.
 */
export function parseEndpoint(input: string): Endpoint {
  if (input.startsWith(LAYOUT_PREFIX)) return parseLayout(input);
  const ref = parseReference(input);
  return {
    kind: "registry",
    domain: ref.domain,
    repository: ref.path,
    ...(ref.tag !== undefined ? { tag: ref.tag } : {}),
    ...(ref.digest !== undefined ? { digest: ref.digest } : {}),
  };
}

/** The endpoint without tag or digest, for messages and cache keys: `host/repo` or `oci:DIR`. */
export function endpointRepository(endpoint: Endpoint): string {
  return endpoint.kind === "registry" ? `${endpoint.domain}/${endpoint.repository}` : `${LAYOUT_PREFIX}${endpoint.dir}`;
}

/** Formats an endpoint with an optional tag and digest, the way it is written. */
export function formatEndpoint(endpoint: Endpoint, tag = endpoint.tag, digest = endpoint.digest): string {
  const base = endpointRepository(endpoint);
  return `${base}${tag !== undefined ? `:${tag}` : ""}${digest !== undefined ? `@${digest}` : ""}`;
}
