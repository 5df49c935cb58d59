/**
 * The GHCR side of the emulator: `/token` (Docker's token flow: Basic user:token, or anonymous) and `/v2/` served
 * by the embedded registry over an in-memory store, with GHCR's permission model as its `authorize` hook. A
 * push creates the package and its versions in the REST state; REST deletions take manifests out of the store.
 * Like GHCR: registry DELETE is 405 UNSUPPORTED, there is no `_catalog` and no referrers API.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { MemoryStore } from "../../store/memory.js";
import type { StoredManifest } from "../../store/types.js";
import { createRegistryHandler } from "../handler.js";
import type { AccessRequest, AuthDecision, RegistryAction } from "../types.js";
import { decidePull, decidePush, GHCR_TEXT, type RegistryTarget } from "./access.js";
import { requestCredential } from "./http.js";
import { type GitHubState, type Repo, type Role, storePath, type Version } from "./state.js";
import type { WorldToken } from "./world.js";

/** A bearer token the emulator issued: who asked, and which repositories and actions it covers. */
interface Session {
  id: string;
  tokenValue: string | undefined;
  scopes: Map<string, Set<string>>;
}

interface RequestContext {
  session: Session | undefined;
}

function registryError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify({ errors: [{ code, message }] });
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    "docker-distribution-api-version": "registry/2.0",
  });
  res.end(text);
}

/** Parses `repository:NAME:pull,push` scopes (several per parameter, space-separated, or repeated parameters). */
function parseScopes(params: URLSearchParams): Map<string, Set<string>> {
  const scopes = new Map<string, Set<string>>();
  for (const value of params.getAll("scope")) {
    for (const item of value.split(" ")) {
      const match = /^repository:([^:]+):([a-z*,]+)$/.exec(item);
      if (!match?.[1] || !match[2]) continue;
      const actions = scopes.get(match[1]) ?? new Set<string>();
      for (const action of match[2].split(",")) actions.add(action);
      scopes.set(match[1], actions);
    }
  }
  return scopes;
}

const encoder = new TextDecoder();

/** The GHCR registry of the emulator. */
export class GhcrRegistry {
  readonly store: GhcrStore;
  readonly #sessions = new Map<string, Session>();
  readonly #context = new AsyncLocalStorage<RequestContext>();
  readonly #handler: (req: IncomingMessage, res: ServerResponse) => void;

  constructor(readonly state: GitHubState) {
    this.store = new GhcrStore(state, () => this.#context.getStore()?.session);
    state.sync = {
      removeManifests: (path, digests) => this.store.removeManifests(path, digests),
      restoreManifests: (path, versions) => this.store.restoreVersions(path, versions),
    };
    this.#handler = createRegistryHandler({ store: this.store, authorize: (access) => this.#authorize(access) });
  }

  /** Puts the world's versions into the store. */
  async seed(): Promise<void> {
    for (const [path, blobs] of this.state.seedBlobs) {
      for (const blob of blobs) await this.store.putBlob(path, blob.digest, blob.bytes.length, blob.bytes);
    }
    for (const pkg of this.state.packages) {
      if (pkg.deletedAt) continue;
      await this.store.restoreVersions(
        storePath(pkg),
        pkg.versions.filter((v) => !v.deletedAt),
      );
    }
  }

  #target(repository: string): RegistryTarget {
    const slash = repository.indexOf("/");
    const ownerLogin = slash < 0 ? repository : repository.slice(0, slash);
    const name = slash < 0 ? "" : repository.slice(slash + 1);
    return { owner: this.state.account(ownerLogin), ownerLogin, name, pkg: this.state.activePackage(ownerLogin, name) };
  }

  #token(session: Session | undefined): { token: WorldToken | undefined; expired: boolean } {
    if (!session?.tokenValue) return { token: undefined, expired: false };
    const found = this.state.token(session.tokenValue);
    return { token: found?.token, expired: found?.expired ?? true };
  }

  /** GET /token: a bearer token for the requested scopes, or GHCR's refusal. */
  handleToken(req: IncomingMessage, res: ServerResponse, url: URL) {
    const credential = requestCredential(req);
    const scopes = parseScopes(url.searchParams);
    let tokenValue: string | undefined;
    if (credential) {
      const found = this.state.token(credential.secret);
      if (!found) return registryError(res, 403, "DENIED", "denied");
      if (found.expired) return registryError(res, 401, "UNAUTHORIZED", GHCR_TEXT.unauthenticated);
      tokenValue = found.token.value;
    }
    const token = tokenValue ? this.state.token(tokenValue)?.token : undefined;
    for (const [repository, actions] of scopes) {
      const target = this.#target(repository);
      if (!token && (actions.has("push") || actions.has("*"))) {
        return registryError(res, 403, "DENIED", "requested access to the resource is denied");
      }
      // An unreadable package of another namespace (a cache or base image of another owner) makes GHCR refuse the
      // whole token request; in the caller's own namespace the refusal comes with the request, with its own text.
      const unreadable = target.pkg && !decidePull(this.state, token, target).allow;
      if (unreadable && !token) return registryError(res, 403, "DENIED", "requested access to the resource is denied");
      if (unreadable && token && !this.#ownNamespace(token, target.ownerLogin)) {
        return registryError(res, 403, "DENIED", "denied");
      }
    }
    const id = `djE6${randomBytes(24).toString("base64url")}`;
    this.#sessions.set(id, { id, tokenValue, scopes });
    const body = JSON.stringify({ token: id, access_token: id, expires_in: 300, issued_at: new Date().toISOString() });
    res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
    res.end(body);
  }

  /** True when the namespace is the token's own: its user (or one of the user's orgs), repository owner or app owner. */
  #ownNamespace(token: WorldToken, ownerLogin: string): boolean {
    const owner = ownerLogin.toLowerCase();
    if (token.kind === "github_token") return token.repository.toLowerCase().startsWith(`${owner}/`);
    if (token.kind === "app_installation") return token.owner.toLowerCase() === owner;
    if (token.user.toLowerCase() === owner) return true;
    return this.state.account(owner)?.org?.members.has(token.user.toLowerCase()) ?? false;
  }

  /** Everything under /v2/. */
  handleRegistry(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? "GET";
    if (url.pathname === "/v2/_catalog") return registryError(res, 404, "NOT_FOUND", "404 page not found");
    if (/^\/v2\/.+\/referrers\/[^/]+$/.test(url.pathname))
      return registryError(res, 404, "NOT_FOUND", "404 page not found");
    if (method === "DELETE") return registryError(res, 405, "UNSUPPORTED", "The operation is unsupported.");
    const header = req.headers.authorization;
    const bearer = header?.toLowerCase().startsWith("bearer ") ? header.slice(7).trim() : undefined;
    const session = bearer ? this.#sessions.get(bearer) : undefined;
    this.#context.run({ session }, () => this.#handler(req, res));
  }

  async #authorize(access: AccessRequest): Promise<AuthDecision> {
    const session = this.#context.getStore()?.session;
    const host = access.request.headers.host ?? "127.0.0.1";
    const wanted = access.actions.filter((a): a is RegistryAction => a !== "delete");
    const challenge = (message: string, code = "UNAUTHORIZED"): AuthDecision => ({
      allow: false,
      status: 401,
      code,
      message,
      headers: {
        "www-authenticate": `Bearer realm="http://${host}/token",service="${host}"${
          access.repository ? `,scope="repository:${access.repository}:${wanted.join(",")}"` : ""
        }`,
      },
    });
    if (!session) return challenge("authentication required");
    const { token, expired } = this.#token(session);
    if (session.tokenValue && expired) return challenge(GHCR_TEXT.unauthenticated);
    if (access.repository === undefined) return { allow: true };
    const granted = session.scopes.get(access.repository);
    if (!wanted.every((action) => granted?.has(action) || granted?.has("*"))) {
      return challenge("authentication required");
    }
    const target = this.#target(access.repository);
    const decision = wanted.includes("push")
      ? decidePush(this.state, token, target, session.id)
      : decidePull(this.state, token, target);
    return decision.allow ? { allow: true } : decision;
  }
}

/** The emulator's store: a memory store that records pushes as package versions and counts downloads. */
export class GhcrStore extends MemoryStore {
  constructor(
    private readonly state: GitHubState,
    private readonly session: () => Session | undefined,
  ) {
    super();
  }

  override async putManifest(repo: string, bytes: Uint8Array, mediaType: string, tag?: string): Promise<string> {
    const digest = await super.putManifest(repo, bytes, mediaType, tag);
    const slash = repo.indexOf("/");
    const owner = this.state.account(repo.slice(0, Math.max(0, slash)));
    if (!owner || slash < 0) return digest;
    const name = repo.slice(slash + 1);
    const pkg =
      this.state.activePackage(owner.login, name) ?? (await this.#create(repo, owner, name, bytes, mediaType));
    this.state.recordManifest(pkg, { digest, mediaType, bytes }, tag);
    return digest;
  }

  override async getManifest(repo: string, reference: string): Promise<StoredManifest> {
    const manifest = await super.getManifest(repo, reference);
    const slash = repo.indexOf("/");
    const pkg = this.state.activePackage(repo.slice(0, slash), repo.slice(slash + 1));
    if (pkg) this.state.recordDownload(pkg, manifest.digest);
    return manifest;
  }

  /** Creates the package a first push makes: linked by its source label, else to the pushing workflow's repository. */
  async #create(
    repo: string,
    owner: NonNullable<ReturnType<GitHubState["account"]>>,
    name: string,
    bytes: Uint8Array,
    mediaType: string,
  ) {
    const session = this.session();
    const token = session?.tokenValue ? this.state.token(session.tokenValue)?.token : undefined;
    const workflowRepo = token?.kind === "github_token" ? this.state.repo(token.repository) : undefined;
    const labelled = await this.#sourceRepository(repo, bytes, mediaType);
    const linked = labelled && labelled.owner === owner ? labelled : (workflowRepo ?? null);
    const actionsAccess = new Map<string, Role>();
    for (const r of [linked, workflowRepo]) if (r) actionsAccess.set(r.fullName.toLowerCase(), "admin");
    const access = new Map<string, Role>();
    if (token && "user" in token) access.set(token.user.toLowerCase(), "admin");
    return this.state.createPackage(owner, name, {
      visibility: workflowRepo ? workflowRepo.visibility : "private",
      repository: linked,
      actionsAccess,
      access,
      createdBy: session?.id ?? "",
    });
  }

  /** The repository named by org.opencontainers.image.source (manifest annotation or config label), if any. */
  async #sourceRepository(repo: string, bytes: Uint8Array, mediaType: string): Promise<Repo | undefined> {
    const key = "org.opencontainers.image.source";
    try {
      const manifest = JSON.parse(encoder.decode(bytes)) as {
        annotations?: Record<string, string>;
        config?: { digest?: string };
      };
      let source = manifest.annotations?.[key];
      if (!source && manifest.config?.digest && mediaType) {
        const blob = await this.getBlob(repo, manifest.config.digest);
        const chunks: Buffer[] = [];
        for await (const chunk of blob.stream as AsyncIterable<Buffer>) chunks.push(chunk);
        const config = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          config?: { Labels?: Record<string, string> };
        };
        source = config.config?.Labels?.[key];
      }
      const match = source ? /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(source) : null;
      return match?.[1] ? this.state.repo(match[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Takes manifests (and their tags) out of a repository after a REST deletion. */
  async removeManifests(path: string, digests: string[]): Promise<void> {
    for (const digest of digests) await super.deleteManifest(path, digest).catch(() => undefined);
  }

  /** Puts versions back (children before indexes, as they were pushed), then their tags, without recording. */
  async restoreVersions(path: string, versions: Version[]): Promise<void> {
    for (const version of versions) await super.putManifest(path, version.bytes, version.mediaType);
    for (const version of versions) {
      for (const tag of version.tags) await super.putManifest(path, version.bytes, version.mediaType, tag);
    }
  }
}
