/**
 * The GitHub/GHCR emulator: GitHub's REST API under /api/v3 and the container registry (/v2/, /token) on one
 * port, from a world file. `dockhand serve --emulate github --world FILE` runs it; tests and the demo start it
 * with {@link startGitHubEmulator}.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { RequestLogEntry } from "../types.js";
import { sendJson } from "./http.js";
import { RateLimiter } from "./ratelimit.js";
import { GhcrRegistry } from "./registry.js";
import { API_PREFIX, handleJobLog, handleRest } from "./rest.js";
import { GitHubState } from "./state.js";
import { loadWorld, parseWorld, type World, type WorldInput } from "./world.js";

export { GHCR_TEXT } from "./access.js";
export { ApiError, GitHubState } from "./state.js";
export { loadWorld, parseWorld, type World, type WorldInput, worldSchema } from "./world.js";

/** Options of {@link startGitHubEmulator}. */
export interface GitHubEmulatorOptions {
  /** A world object, or the path of a YAML/JSON world file. */
  world: WorldInput | World | string;
  /** Port to listen on (default 0: a free port). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** The clock (tests move it to check the 30-day restore window and token expiry). */
  now?: () => Date;
  /** Receives one entry per finished request (as the embedded registry's log), never credentials. */
  log?: (entry: RequestLogEntry) => void;
  /** Receives errors answered with 500 (bugs), for the operator's log. */
  onInternalError?: (error: unknown) => void;
}

/** A running emulator. */
export interface GitHubEmulator {
  /** The base URL, e.g. http://127.0.0.1:4567. */
  url: string;
  /** The REST API base URL (GITHUB_API_URL), e.g. http://127.0.0.1:4567/api/v3. */
  apiUrl: string;
  /** The registry host (HOST:PORT) to use in image references or with --resolve ghcr.io=URL. */
  registryHost: string;
  /** The emulator's state, for tests and the demo to inspect. */
  state: GitHubState;
  close(): Promise<void>;
}

/** Starts the emulator and resolves once it listens. */
export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  const world = typeof options.world === "string" ? await loadWorld(options.world) : parseWorld(options.world);
  const now = options.now ?? (() => new Date());
  const state = new GitHubState(world, now);
  const limiter = new RateLimiter(world.behaviour.rate_limit, now);
  const registry = new GhcrRegistry(state);
  await registry.seed();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://emulator");
    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    const urls = { api: `${origin}${API_PREFIX}`, web: origin };
    if (url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)) {
      await handleRest(state, limiter, req, res, urls, url.pathname.slice(API_PREFIX.length) || "/", url.searchParams);
      return;
    }
    if (url.pathname === "/token" && req.method === "GET") {
      registry.handleToken(req, res, url);
      return;
    }
    if (url.pathname === "/v2" || url.pathname.startsWith("/v2/")) {
      registry.handleRegistry(req, res, url);
      return;
    }
    const log = /^\/_emulator\/job-logs\/(\d+)$/.exec(url.pathname);
    if (log && req.method === "GET") {
      handleJobLog(state, res, Number(log[1]));
      return;
    }
    sendJson(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    res.once("close", () =>
      options.log?.({
        method: req.method ?? "",
        path: (req.url ?? "/").split("?")[0] ?? "/",
        status: res.statusCode,
        bytes: Number(res.getHeader("content-length") ?? 0),
        ms: Math.round((performance.now() - started) * 10) / 10,
        completed: res.writableFinished,
      }),
    );
    handle(req, res).catch((error: unknown) => {
      options.onInternalError?.(error);
      if (!res.headersSent) sendJson(res, 500, { message: "Server Error" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const registryHost = `${host}:${address.port}`;
  const url = `http://${registryHost}`;
  return {
    url,
    apiUrl: `${url}${API_PREFIX}`,
    registryHost,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
