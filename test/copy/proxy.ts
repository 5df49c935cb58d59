/**
 * A small HTTP proxy in front of a registry for the copy tests: it logs every request (method, path, query,
 * status, request-body bytes) and can inject faults — cut a response or a request body after N bytes, corrupt
 * response bytes, or answer in the registry's place.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault for one request. */
export type Fault =
  | { kind: "cut-response"; afterBytes: number }
  | { kind: "cut-request"; afterBytes: number }
  /** Forwards the first bytes of a request body, then holds the rest (a client that dies now cuts the upstream). */
  | { kind: "hold-request"; afterBytes: number }
  | { kind: "corrupt-response" }
  | { kind: "respond"; status: number; body?: unknown; headers?: Record<string, string> };

/** One proxied request. */
export interface ProxyLogEntry {
  method: string;
  path: string;
  query: URLSearchParams;
  status: number;
  /** Request body bytes received from the client. */
  requestBytes: number;
}

/** A running proxy. */
export interface TestProxy {
  host: string;
  url: string;
  log: ProxyLogEntry[];
  /** Decides the fault for a request (undefined: pass through). */
  fault: (request: { method: string; path: string; query: URLSearchParams }) => Fault | undefined;
  close(): Promise<void>;
}

/** Starts a proxy to `upstream` (`http://127.0.0.1:PORT`). */
export async function startProxy(upstream: string): Promise<TestProxy> {
  const target = new URL(upstream);
  const proxy: TestProxy = {
    host: "",
    url: "",
    log: [],
    fault: () => undefined,
    close: async () => {},
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://proxy");
    const entry: ProxyLogEntry = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      status: 0,
      requestBytes: 0,
    };
    proxy.log.push(entry);
    const fault = proxy.fault({ method: entry.method, path: entry.path, query: entry.query });
    if (fault?.kind === "respond") {
      req.resume();
      req.on("end", () => {
        entry.status = fault.status;
        const body = fault.body === undefined ? "" : JSON.stringify(fault.body);
        res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        res.end(body);
      });
      return;
    }
    const headers = { ...req.headers, host: target.host };
    const upstreamRequest = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (upstreamResponse) => {
        entry.status = upstreamResponse.statusCode ?? 0;
        const responseHeaders = { ...upstreamResponse.headers };
        const location = responseHeaders.location;
        if (typeof location === "string") responseHeaders.location = location.replace(target.host, proxy.host);
        res.writeHead(upstreamResponse.statusCode ?? 502, responseHeaders);
        let sent = 0;
        let corrupted = false;
        upstreamResponse.on("data", (chunk: Buffer) => {
          if (fault?.kind === "cut-response" && sent + chunk.length > fault.afterBytes) {
            res.write(chunk.subarray(0, Math.max(0, fault.afterBytes - sent)));
            upstreamResponse.destroy();
            res.socket?.destroy();
            return;
          }
          if (fault?.kind === "corrupt-response" && !corrupted && chunk.length > 0) {
            chunk = Buffer.from(chunk);
            chunk[0] = (chunk[0] ?? 0) ^ 0xff;
            corrupted = true;
          }
          sent += chunk.length;
          res.write(chunk);
        });
        upstreamResponse.on("end", () => res.end());
      },
    );
    upstreamRequest.on("error", () => res.socket?.destroy());
    req.on("data", (chunk: Buffer) => {
      entry.requestBytes += chunk.length;
      if (fault?.kind === "cut-request" && entry.requestBytes > fault.afterBytes) {
        upstreamRequest.destroy();
        req.socket.destroy();
        return;
      }
      if (fault?.kind === "hold-request") {
        const before = entry.requestBytes - chunk.length;
        if (before < fault.afterBytes) upstreamRequest.write(chunk.subarray(0, fault.afterBytes - before));
        return;
      }
      upstreamRequest.write(chunk);
    });
    // A client gone before its body ended: the upstream sees the connection drop, as it would without a proxy.
    req.on("close", () => {
      if (!req.complete) upstreamRequest.destroy();
    });
    // A held body ends upstream only when the client's connection goes (a request read to its end is not that).
    if (fault?.kind === "hold-request") req.socket.once("close", () => upstreamRequest.destroy());
    // A held body never ends upstream: the upstream sees it stop, and the drop when the client goes.
    req.on("end", () => {
      if (fault?.kind !== "hold-request") upstreamRequest.end();
    });
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  proxy.host = `127.0.0.1:${port}`;
  proxy.url = `http://${proxy.host}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

/** Request-body bytes sent to blob upload endpoints (PATCH/PUT under blobs/uploads). */
export function uploadedBytes(log: readonly ProxyLogEntry[]): number {
  return log
    .filter((e) => e.path.includes("/blobs/uploads/") && (e.method === "PATCH" || e.method === "PUT"))
    .reduce((n, e) => n + e.requestBytes, 0);
}

/** Mount requests (POST with `mount=`) and how they were answered. */
export function mounts(log: readonly ProxyLogEntry[]): ProxyLogEntry[] {
  return log.filter((e) => e.method === "POST" && e.query.has("mount"));
}
