/**
 * The error for a 404 the caller asked to see: a stable code for what is missing (MANIFEST_UNKNOWN,
 * BLOB_UNKNOWN, NAME_UNKNOWN), quoting what the registry said.
 */
import { readTextPrefix } from "./body.js";
import { parseErrorBody, RegistryError } from "./errors.js";
import type { RegistryResponse } from "./transport.js";

/** Builds the error for a 404 answer about `what` (`manifest ghcr.io/o/n:1.0`). Reads the body. */
export async function notFound(
  code: string,
  what: string,
  response: RegistryResponse,
  host: string,
): Promise<RegistryError> {
  const text = response.request.startsWith("HEAD") ? "" : await readTextPrefix(response.body);
  const errors = parseErrorBody(text);
  const said = errors
    .map((e) => e.message)
    .filter(Boolean)
    .join("; ");
  return new RegistryError(code, `${what} not found${said ? ` (${host}: ${said})` : ""}`, {
    status: 404,
    request: response.request,
    host,
    errors,
  });
}
