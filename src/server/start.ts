/**
 * Starts the embedded registry on node:http: a store (memory or a directory), optional htpasswd basic auth and
 * read-only mode, bound to 127.0.0.1 unless told otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { MemoryStore } from "../store/memory.js";
import type { ImageStore, UploadSessions } from "../store/types.js";
import { basicAuthorizer, loadHtpasswd } from "./basicAuth.js";
import { createRegistryHandler } from "./handler.js";
import { listen } from "./listen.js";
import type { RequestLogEntry } from "./types.js";

/** Options of {@link startRegistry}. */
export interface StartRegistryOptions {
  /** `"memory"`, or a directory for the disk store. */
  storage: "memory" | string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Address to bind (default 127.0.0.1: only this machine can connect). */
  host?: string;
  /** Path of an htpasswd file (bcrypt): requires basic auth for every request. */
  htpasswd?: string;
  /** Refuse pushes and deletes. */
  readOnly?: boolean;
  /** Receives one entry per request. */
  log?: (entry: RequestLogEntry) => void;
  /** Receives errors answered with 500. */
  onInternalError?: (error: unknown) => void;
  /** Largest manifest accepted (default 4 MiB). */
  maxManifestBytes?: number;
  /** Largest blob accepted (default: no limit). */
  maxBlobBytes?: number;
  /** Idle time allowed between upload body bytes (default 60 s); see RegistryHandlerOptions. */
  bodyIdleTimeoutMs?: number;
  /**
   * Other pages served on the same port outside `/v2/` (the explorer at `/ui/`): asked first, true when it answered.
   * They get the same authorization as a pull: with --htpasswd a browser is asked to log in.
   */
  routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

/** A running embedded registry. */
export interface RunningRegistry {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT`, as image references spell it. */
  host: string;
  port: number;
  store: ImageStore & UploadSessions;
  /** Stops accepting connections, ends open ones and resolves when the server is closed. */
  close(): Promise<void>;
}

async function openStore(storage: string): Promise<ImageStore & UploadSessions> {
  if (storage === "memory") return new MemoryStore();
  const { DiskStore } = await import("../store/disk.js");
  return await DiskStore.open(storage);
}

/** Starts a registry and resolves once it listens. */
export async function startRegistry(options: StartRegistryOptions): Promise<RunningRegistry> {
  const store = await openStore(options.storage);
  const authorize = options.htpasswd ? basicAuthorizer(await loadHtpasswd(options.htpasswd)) : undefined;
  const handler = createRegistryHandler({
    store,
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(authorize ? { authorize } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
    ...(options.maxManifestBytes === undefined ? {} : { maxManifestBytes: options.maxManifestBytes }),
    ...(options.maxBlobBytes === undefined ? {} : { maxBlobBytes: options.maxBlobBytes }),
    ...(options.bodyIdleTimeoutMs === undefined ? {} : { bodyIdleTimeoutMs: options.bodyIdleTimeoutMs }),
  });
  const routes = options.routes;
  const serve = routes
    ? async (req: IncomingMessage, res: ServerResponse) => {
        if (!(req.url ?? "/").startsWith("/v2")) {
          const decision = authorize
            ? await authorize({ repository: undefined, actions: ["pull"], request: req })
            : undefined;
          if (decision && !decision.allow) {
            res.writeHead(decision.status, { "content-type": "text/plain; charset=utf-8", ...decision.headers });
            res.end(`${decision.message}\n`);
            return;
          }
          if (await routes(req, res)) return;
        }
        handler(req, res);
      }
    : handler;
  // A large layer on a slow link may take longer than node's 5-minute request timeout; headers stay bounded.
  const server = createServer({ keepAliveTimeout: 30_000, requestTimeout: 0, headersTimeout: 60_000 }, serve);
  const bindHost = options.host ?? "127.0.0.1";
  const { port, authority: host } = await listen(server, options.port ?? 0, bindHost);
  return {
    url: `http://${host}`,
    host,
    port,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
