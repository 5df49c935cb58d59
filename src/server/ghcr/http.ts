/**
 * Small HTTP helpers of the emulator: reading bodies, answering JSON and GitHub-style errors.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./state.js";

/** Reads a request body as text (REST bodies are small). */
export async function readText(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ApiError(413, "Request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Sends a JSON body with a status and headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends GitHub's error body: `{message, documentation_url, status}`. */
export function sendApiError(res: ServerResponse, error: ApiError, headers: Record<string, string> = {}): void {
  sendJson(
    res,
    error.status,
    { message: error.message, documentation_url: error.documentationUrl, status: String(error.status) },
    headers,
  );
}

/** The credential of a request: `token X`, `Bearer X` or Basic `user:X`; undefined when absent. */
export function requestCredential(req: IncomingMessage): { scheme: string; user?: string; secret: string } | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const [scheme = "", value = ""] = header.split(/\s+/, 2);
  const lower = scheme.toLowerCase();
  if (lower === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { scheme: lower, secret: "" };
    return { scheme: lower, user: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  return { scheme: lower, secret: value.trim() };
}

/** The emulator's own origin as the client addressed it (Host header), e.g. http://127.0.0.1:4567. */
export function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? "127.0.0.1"}`;
}
