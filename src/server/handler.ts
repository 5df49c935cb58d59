/**
 * The embedded registry's request handler: routes a Distribution API request, checks the name, read-only mode and
 * authorization, runs the endpoint over the store and answers errors in the spec's JSON shape.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { deleteBlob, getBlob } from "./blobs.js";
import { RegistryHttpError, sendError, toHttpError } from "./errors.js";
import { type Exchange, sendJson } from "./exchange.js";
import { listCatalog, listTags } from "./listing.js";
import { deleteManifest, getManifest, putManifest } from "./manifests.js";
import { isRepositoryName } from "./names.js";
import { listReferrers } from "./referrers.js";
import { parseRoute, type Route } from "./routes.js";
import type { RegistryAction, RegistryHandlerOptions } from "./types.js";
import { cancelUpload, finishUpload, patchUpload, startUpload, uploadStatus } from "./uploads.js";

type Endpoint = { actions: RegistryAction[]; run: (ex: Exchange) => Promise<void> };

const PUSH: RegistryAction[] = ["pull", "push"];

const uploadEndpoints: Record<string, (ex: Exchange, name: string, id: string) => Promise<void>> = {
  GET: uploadStatus,
  PATCH: patchUpload,
  PUT: finishUpload,
  DELETE: cancelUpload,
};

/** The endpoint a method selects on a route, or undefined when the method is not allowed there. */
function endpointFor(
  route: Route,
  method: string,
  fromAllowed: (from: string) => Promise<boolean>,
): Endpoint | undefined {
  const read = method === "GET" || method === "HEAD";
  switch (route.kind) {
    case "ping":
      return read ? { actions: [], run: async (ex) => sendJson(ex, 200, {}) } : undefined;
    case "catalog":
      return method === "GET" ? { actions: ["pull"], run: listCatalog } : undefined;
    case "tags":
      return method === "GET" ? { actions: ["pull"], run: (ex) => listTags(ex, route.name) } : undefined;
    case "referrers":
      return method === "GET"
        ? { actions: ["pull"], run: (ex) => listReferrers(ex, route.name, route.digest) }
        : undefined;
    case "manifest": {
      const { name, reference } = route;
      if (read) return { actions: ["pull"], run: (ex) => getManifest(ex, name, reference) };
      if (method === "PUT") return { actions: PUSH, run: (ex) => putManifest(ex, name, reference) };
      if (method === "DELETE") return { actions: ["delete"], run: (ex) => deleteManifest(ex, name, reference) };
      return undefined;
    }
    case "blob": {
      const { name, digest } = route;
      if (read) return { actions: ["pull"], run: (ex) => getBlob(ex, name, digest) };
      if (method === "DELETE") return { actions: ["delete"], run: (ex) => deleteBlob(ex, name, digest) };
      return undefined;
    }
    case "uploads":
      return method === "POST" ? { actions: PUSH, run: (ex) => startUpload(ex, route.name, fromAllowed) } : undefined;
    case "upload": {
      const run = uploadEndpoints[method];
      return run ? { actions: PUSH, run: (ex) => run(ex, route.name, route.id) } : undefined;
    }
  }
}

function routeName(route: Route): string | undefined {
  return "name" in route ? route.name : undefined;
}

async function handle(ex: Exchange): Promise<void> {
  const { options, req } = ex;
  ex.res.setHeader("Docker-Distribution-API-Version", "registry/2.0");
  const route = parseRoute(ex.path);
  if (!route) throw new RegistryHttpError(404, "NOT_FOUND", `${ex.path} is not a registry API path`);
  const name = routeName(route);
  const method = req.method ?? "GET";
  const authorize = options.authorize;
  const fromAllowed = async (from: string) =>
    authorize ? (await authorize({ repository: from, actions: ["pull"], request: req })).allow : true;
  const endpoint = endpointFor(route, method, fromAllowed);
  if (!endpoint) {
    throw new RegistryHttpError(405, "UNSUPPORTED", `${method} is not supported on ${ex.path}`);
  }
  if (name !== undefined && !isRepositoryName(name)) {
    throw new RegistryHttpError(400, "NAME_INVALID", `invalid repository name "${name}"`, { name });
  }
  if (authorize) {
    const decision = await authorize({ repository: name, actions: endpoint.actions, request: req });
    if (!decision.allow) {
      throw new RegistryHttpError(decision.status, decision.code, decision.message, undefined, decision.headers ?? {});
    }
  }
  if (options.readOnly && endpoint.actions.some((action) => action !== "pull")) {
    throw new RegistryHttpError(405, "UNSUPPORTED", "the registry is read-only");
  }
  await endpoint.run(ex);
}

/**
 * Creates a node:http request handler serving the OCI Distribution API (v1.1) over a store. Mount it with
 * `http.createServer(createRegistryHandler({ store }))`, or call it from another handler (the GHCR emulator does).
 */
export function createRegistryHandler(
  options: RegistryHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? "/", "http://registry.invalid");
    // The path as sent: URL parsing would resolve dot segments (also encoded ones) before the name is checked.
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const ex: Exchange = { req, res, url, path, options, head: req.method === "HEAD" };
    if (options.log) {
      const log = options.log;
      let logged = false;
      const done = (completed: boolean) => {
        if (logged) return;
        logged = true;
        const length = Number(res.getHeader("content-length") ?? 0);
        log({
          method: req.method ?? "",
          path,
          status: res.statusCode,
          bytes: ex.head || !completed ? 0 : length,
          ms: Math.round((performance.now() - started) * 10) / 10,
          completed,
        });
      };
      res.once("finish", () => done(true));
      res.once("close", () => done(res.writableFinished));
    }
    handle(ex).catch((error: unknown) => {
      const answer = toHttpError(error);
      if (answer.status >= 500) options.onInternalError?.(error);
      sendError(res, answer, ex.head);
    });
  };
}
