/**
 * What a REST endpoint of the emulator works with: the state, the request's query and URLs, and ways to answer.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./http.js";
import type { Urls } from "./shapes.js";
import { ApiError, type GitHubState } from "./state.js";

/** One REST request in progress. */
export interface RestContext {
  state: GitHubState;
  req: IncomingMessage;
  res: ServerResponse;
  urls: Urls;
  /** The request path under the API base, e.g. /orgs/acme/packages. */
  path: string;
  query: URLSearchParams;
  /** Headers every response carries (rate limit, scopes). */
  headers: Record<string, string>;
  json(status: number, body: unknown): void;
  /**
   * Called when a conditional GET is answered 304 (GitHub does not count those against the rate limit); returns
   * the rate-limit headers after the refund.
   */
  notModified?: () => Record<string, string>;
  empty(status: number, extra?: Record<string, string>): void;
}

/** Builds the context; `json` and `empty` add the common headers. */
export function restContext(
  state: GitHubState,
  req: IncomingMessage,
  res: ServerResponse,
  urls: Urls,
  path: string,
  query: URLSearchParams,
): RestContext {
  const ctx: RestContext = {
    state,
    req,
    res,
    urls,
    path,
    query,
    headers: {},
    json: (status, body) => {
      if (status !== 200 || req.method !== "GET") return sendJson(res, status, body, ctx.headers);
      // GitHub's ETag and conditional requests: If-None-Match with the current ETag gets an empty 304.
      const text = JSON.stringify(body);
      const etag = `W/"${createHash("sha256")
        .update(text)
        .update(ctx.headers.link ?? "")
        .digest("hex")
        .slice(0, 40)}"`;
      ctx.headers.etag = etag;
      if (req.headers["if-none-match"] === etag) {
        Object.assign(ctx.headers, ctx.notModified?.() ?? {});
        res.writeHead(304, ctx.headers);
        res.end();
        return;
      }
      sendJson(res, status, body, ctx.headers);
    },
    empty: (status, extra = {}) => {
      res.writeHead(status, { ...ctx.headers, ...extra });
      res.end();
    },
  };
  return ctx;
}

/**
 * One page of `items` by `page` and `per_page` (default 30, at most 100), with GitHub's Link header (next, last,
 * first, prev) set on the context. `maxResults` is the list endpoints' 10,000-result window.
 */
export function paginate<T>(ctx: RestContext, items: T[], options: { maxResults?: number } = {}): T[] {
  const perPage = Math.min(100, Math.max(1, Number.parseInt(ctx.query.get("per_page") ?? "30", 10) || 30));
  const page = Math.max(1, Number.parseInt(ctx.query.get("page") ?? "1", 10) || 1);
  if (options.maxResults !== undefined && perPage * page > options.maxResults) {
    throw new ApiError(
      400,
      `The value of \`per_page\` multiplied by \`page\` cannot be greater than ${options.maxResults}.`,
    );
  }
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(ctx.query);
    query.set("per_page", String(perPage));
    query.set("page", String(p));
    return `<${ctx.urls.api}${ctx.path}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  if (links.length > 0) ctx.headers.link = links.join(", ");
  return items.slice((page - 1) * perPage, page * perPage);
}
