/**
 * The explorer's HTTP routes under `/ui/`. Every registry call happens here, in the server, with the server's
 * credentials: the browser only ever sees HTML. Only the registries the explorer was started with are reachable,
 * requests must name this machine in their Host header (no DNS rebinding), and a deletion needs a confirmation
 * form carrying this process's random token, from a page of this origin (no cross-site request).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CleanupPlan, CleanupPolicy, Inventory } from "../cleanup/index.js";
import { DockhandError, isNotFound } from "../errors.js";
import type { ImageStore } from "../store/types.js";
import { html, page, shortDigest, urls } from "./html.js";
import { listLayer } from "./layer-files.js";
import { manifestView, tagPage } from "./model.js";
import { errorPage, homePage, layerPage, manifestPage, registryPage, repositoryPage } from "./pages.js";
import { planBody } from "./plan-page.js";
import { parsePlanQuery } from "./plan-query.js";

/** A registry the explorer may read. */
export interface ExplorerSource {
  store: ImageStore;
  /** Deletions refused (serve --read-only, explore --read-only). */
  readOnly: boolean;
  /** Reads a repository for a clean-up plan. */
  plan(repo: string, policy: CleanupPolicy): Promise<{ inventory: Inventory; plan: CleanupPlan }>;
  /** The repositories to list, where the registry can say (a catalog, or `owner`'s packages). */
  repositories?(owner?: string): Promise<string[]>;
  /** GitHub's registries: repositories are listed per owner (the page asks for one). */
  ownerListing?: boolean;
}

/** What the explorer serves. */
export interface ExplorerOptions {
  /** Registries by host (`127.0.0.1:5000`, `ghcr.io`). */
  sources: () => ReadonlyMap<string, ExplorerSource>;
  /** Checks a request's credentials where the server needs them (serve --htpasswd); answers and returns false if not. */
  admit?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Host header values accepted beside loopback ones (the address the server was bound to, when not loopback). */
  hosts?: string[];
}

/** A parsed `/ui/...` path: the page and the registry, repository and reference it names. */
interface Target {
  host: string;
  repo: string;
  reference?: string;
}

function splitTarget(rest: string): Target | undefined {
  const slash = rest.indexOf("/");
  if (slash <= 0) return undefined;
  const host = rest.slice(0, slash);
  let repo = rest.slice(slash + 1);
  let reference: string | undefined;
  const at = repo.indexOf("@");
  if (at >= 0) {
    reference = repo.slice(at + 1);
    repo = repo.slice(0, at);
  } else {
    const colon = repo.lastIndexOf(":");
    if (colon > repo.lastIndexOf("/")) {
      reference = repo.slice(colon + 1);
      repo = repo.slice(0, colon);
    }
  }
  return { host, repo: repo.replace(/\/$/, ""), ...(reference !== undefined ? { reference } : {}) };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += (chunk as Buffer).toString("utf8");
    if (body.length > 16 * 1024) throw new DockhandError("TOO_LARGE", "form too large");
  }
  return new URLSearchParams(body);
}

const LOCAL_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i;

/**
 * Creates the `/ui/` handler. It answers requests whose path starts with `/ui` and returns true; for any other
 * path it returns false and leaves the response alone.
 */
export function createExplorerHandler(
  options: ExplorerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const csrf = randomBytes(24).toString("base64url");
  const csrfBytes = Buffer.from(csrf);
  const tokenMatches = (value: string | null) => {
    const given = Buffer.from(value ?? "");
    return given.length === csrfBytes.length && timingSafeEqual(given, csrfBytes);
  };

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = decodeURIComponent(url.pathname.slice("/ui/".length));
    const sources = options.sources();
    if (path === "") return send(res, 200, homePage([...sources.keys()]));
    if (path === "go") {
      const host = url.searchParams.get("host") ?? "";
      const repo = (url.searchParams.get("repo") ?? "").trim().replace(/^\/+|\/+$/g, "");
      return send(res, 303, "", { location: urls.repository(host, repo) });
    }
    const slash = path.indexOf("/");
    const kind = path.slice(0, slash);
    const rest = path.slice(slash + 1);
    if (kind === "r" && /^[^/]+\/?$/.test(rest)) {
      const host = rest.replace(/\/$/, "");
      const source = sources.get(host);
      if (!source) return send(res, 404, errorPage(404, `${host} is not one of the registries this explorer reads.`));
      const owner = url.searchParams.get("owner")?.trim() || undefined;
      const repositories =
        source.ownerListing && !owner
          ? { unavailable: `${host} lists repositories per owner: name one above, or open a repository by name.` }
          : source.repositories
            ? await source.repositories(owner).catch((error: unknown) => ({ unavailable: (error as Error).message }))
            : { unavailable: `${host} does not list its repositories; open one by name.` };
      return send(
        res,
        200,
        registryPage(host, repositories, { ownerListing: source.ownerListing === true, ...(owner ? { owner } : {}) }),
      );
    }
    const target = splitTarget(rest);
    const source = target ? sources.get(target.host) : undefined;
    if (!target || !source || target.repo === "") {
      return send(res, 404, errorPage(404, `${rest} does not name a repository of a registry this explorer reads.`));
    }
    const { host, repo, reference } = target;
    if (kind === "r") {
      const pageNumber = Number(url.searchParams.get("page") ?? "1");
      const view = await tagPage(source.store, repo, {
        query: url.searchParams.get("q") ?? "",
        page: Number.isFinite(pageNumber) ? pageNumber : 1,
      });
      return send(res, 200, repositoryPage(host, repo, view, { canDelete: !source.readOnly }));
    }
    if (kind === "i" && reference) {
      return send(res, 200, manifestPage(host, repo, reference, await manifestView(source.store, repo, reference)));
    }
    if (kind === "l" && reference?.includes(":")) {
      const reader = await source.store.getBlob(repo, reference);
      return send(res, 200, layerPage(host, repo, reference, await listLayer(reader.stream)));
    }
    if (kind === "plan") {
      const { policy, description } = parsePlanQuery(url.searchParams);
      const { inventory, plan } = await source.plan(repo, policy);
      const body = planBody(inventory, plan, (d) => urls.manifest(host, repo, d), description);
      const trail = [
        { label: host, href: urls.registry(host) },
        { label: repo, href: urls.repository(host, repo) },
        { label: "clean-up plan" },
      ];
      return send(res, 200, page(`Clean-up plan for ${host}/${repo}`, trail, body));
    }
    if (kind === "delete" && reference && !reference.includes(":")) {
      return await deleteTag(req, res, source, host, repo, reference);
    }
    return send(res, 404, errorPage(404, `No page at /ui/${path}.`));
  }

  async function deleteTag(
    req: IncomingMessage,
    res: ServerResponse,
    source: ExplorerSource,
    host: string,
    repo: string,
    tag: string,
  ): Promise<void> {
    const trail = [
      { label: host, href: urls.registry(host) },
      { label: repo, href: urls.repository(host, repo) },
      { label: `delete ${tag}` },
    ];
    if (source.readOnly) {
      return send(
        res,
        403,
        page("Deleting is turned off", trail, html`<p>This explorer is read-only: tags cannot be deleted here.</p>`),
      );
    }
    if (req.method !== "POST") {
      const digest = (await source.store.statManifest(repo, tag))?.digest;
      return send(
        res,
        200,
        page(
          `Delete ${repo}:${tag}?`,
          trail,
          html`<p>This removes the tag <code>${tag}</code>${digest ? html` (now <code>${shortDigest(digest)}</code>)` : ""} from <code>${host}/${repo}</code>. The registry decides whether the manifest goes too.</p>
<form method="post"><input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="confirm" value="yes">
<button>Delete the tag</button> <a href="${urls.repository(host, repo)}">Cancel</a></form>`,
        ),
      );
    }
    const form = await readForm(req);
    const origin = req.headers.origin;
    if (
      !tokenMatches(form.get("csrf")) ||
      form.get("confirm") !== "yes" ||
      (origin && new URL(origin).host !== req.headers.host)
    ) {
      return send(
        res,
        403,
        errorPage(403, "The deletion was not confirmed from this explorer's own page; nothing was deleted."),
      );
    }
    try {
      await source.store.deleteManifest(repo, tag);
    } catch (error) {
      const message = isNotFound(error)
        ? `${repo}:${tag} does not exist.`
        : `${host} refused: ${(error as Error).message}`;
      return send(
        res,
        isNotFound(error) ? 404 : 409,
        page("Not deleted", trail, html`<p>${message}</p><p>Nothing was changed.</p>`),
      );
    }
    return send(res, 303, "", { location: urls.repository(host, repo) });
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://explorer.invalid");
    if (url.pathname !== "/ui" && !url.pathname.startsWith("/ui/")) return false;
    const hostHeader = req.headers.host ?? "";
    if (!LOCAL_HOST.test(hostHeader) && !(options.hosts ?? []).includes(hostHeader)) {
      send(
        res,
        421,
        errorPage(421, "The explorer answers only requests addressed to this machine (127.0.0.1 or localhost)."),
      );
      return true;
    }
    if (options.admit && !(await options.admit(req, res))) return true;
    if (url.pathname === "/ui") {
      send(res, 308, "", { location: "/ui/" });
      return true;
    }
    try {
      await route(req, res, url);
    } catch (error) {
      const notFound = isNotFound(error);
      if (!res.headersSent) send(res, notFound ? 404 : 502, errorPage(notFound ? 404 : 502, (error as Error).message));
      else res.destroy();
    }
    return true;
  };
}
