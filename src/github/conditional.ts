/**
 * Conditional requests: a GET GitHub answered with an ETag is asked again with If-None-Match, and GitHub's 304
 * (which does not count against the primary rate limit, docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate)
 * is served from the cache. An owner-wide clean-up run again after an interruption reads every unchanged package
 * for free. The cache holds URLs, ETags, bodies and Link headers, never a token; a file cache survives the process.
 */
import { chmod, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic } from "../store/files.js";
import type { GitHubOctokit } from "./client.js";

/** A cached answer: its ETag, body and Link header (pagination follows it). */
export interface CachedResponse {
  etag: string;
  data: unknown;
  link?: string;
}

/** Where cached answers live, by request URL. */
export interface ConditionalCache {
  get(url: string): CachedResponse | undefined;
  set(url: string, value: CachedResponse): void;
}

/** A cache in memory (for one process). */
export function memoryConditionalCache(): ConditionalCache & { entries: Map<string, CachedResponse> } {
  const entries = new Map<string, CachedResponse>();
  return { entries, get: (url) => entries.get(url), set: (url, value) => void entries.set(url, value) };
}

/**
 * A cache in a JSON file, loaded now and written by `save` (atomically). A missing or unreadable file starts empty;
 * a failed save is ignored (the cache only saves requests). At most `maxEntries` entries are kept, newest last.
 */
export async function fileConditionalCache(
  path: string,
  maxEntries = 5000,
): Promise<ConditionalCache & { save(): Promise<void> }> {
  const memory = memoryConditionalCache();
  try {
    const stored = JSON.parse(await readFile(path, "utf8")) as Record<string, CachedResponse>;
    for (const [url, value] of Object.entries(stored)) {
      if (typeof value?.etag === "string") memory.entries.set(url, value);
    }
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  let changed = false;
  return {
    get: memory.get,
    set(url, value) {
      memory.entries.delete(url);
      memory.entries.set(url, value);
      while (memory.entries.size > maxEntries) memory.entries.delete(memory.entries.keys().next().value as string);
      changed = true;
    },
    async save() {
      if (!changed) return;
      try {
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        await writeFileAtomic(path, JSON.stringify(Object.fromEntries(memory.entries)));
        // Bodies name private packages: readable by the user alone.
        await chmod(path, 0o600);
      } catch {
        // A cache that cannot be written costs requests next time, nothing else.
      }
    },
  };
}

/** Where the CLI keeps its cache: $XDG_CACHE_HOME/dockhand or ~/.cache/dockhand. */
export function conditionalCachePath(env: NodeJS.ProcessEnv): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? `${env.HOME}/.cache` : undefined);
  return base ? `${base}/dockhand/github-etags.json` : undefined;
}

/** Makes every GET of `octokit` conditional on `cache`; `onNotModified` counts the 304s. */
export function useConditionalRequests(
  octokit: GitHubOctokit,
  cache: ConditionalCache,
  onNotModified: () => void = () => {},
): void {
  octokit.hook.wrap("request", async (request, options) => {
    if ((options.method ?? "GET").toUpperCase() !== "GET") return request(options);
    const url = octokit.request.endpoint.parse(options).url;
    const cached = cache.get(url);
    if (cached) options.headers = { ...options.headers, "if-none-match": cached.etag };
    try {
      const response = await request(options);
      const etag = response.headers.etag;
      if (typeof etag === "string") {
        const link = response.headers.link;
        cache.set(url, { etag, data: response.data, ...(typeof link === "string" ? { link } : {}) });
      }
      return response;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 304 || !cached) throw error;
      onNotModified();
      const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
      return {
        status: 200,
        url,
        headers: { ...headers, ...(cached.link ? { link: cached.link } : {}) },
        data: cached.data,
      } as Awaited<ReturnType<typeof request>>;
    }
  });
}
