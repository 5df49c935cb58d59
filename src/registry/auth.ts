/**
 * Authorization for registry requests: anonymous, Basic, and the bearer token flow. A registry answers 401 with a
 * `WWW-Authenticate` challenge; for Bearer the client asks the challenge's realm for a token for the scopes the
 * request needs (`repository:NAME:pull,push`), with the host's credentials when it has any (anonymous pulls of
 * public GHCR images still need this exchange). Tokens are cached per host and scope set until they expire; a
 * token the registry rejects is dropped and fetched again once.
 */
import { type Challenge, parseChallenge } from "./challenge.js";
import type { Credential, CredentialSource } from "./credentials.js";
import { errorFromResponse, RegistryError } from "./errors.js";

/** The answer of a raw HTTP exchange with a token realm. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** `METHOD URL` for messages. */
  request: string;
}

/** Sends one request without registry authorization logic (used for token realms). */
export type RawSend = (request: {
  host: string;
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal | undefined;
}) => Promise<RawResponse>;

/** Settings of an {@link Authenticator}. */
export interface AuthenticatorOptions {
  credentials: CredentialSource;
  send: RawSend;
  /** Clock in ms (tests move it to expire tokens). */
  now?: () => number;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Token lifetime when the token server does not say (the Docker token spec's default). */
const DEFAULT_EXPIRES_IN = 60;

function basicHeader(credential: Credential): string | undefined {
  if (credential.username === undefined || credential.password === undefined) return undefined;
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
}

/** Remembers each host's challenge and caches its tokens. */
export class Authenticator {
  private readonly challenges = new Map<string, Challenge>();
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<CachedToken>>();
  private readonly now: () => number;

  constructor(private readonly options: AuthenticatorOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The credential source in use (for diagnostics). */
  get credentials(): CredentialSource {
    return this.options.credentials;
  }

  /**
   * The Authorization header to send for `scopes` on `host` before any challenge of this request: a cached or
   * freshly fetched token when the host is known to want one, Basic credentials for a Basic host, else none.
   */
  async authorization(host: string, scopes: string[], signal?: AbortSignal): Promise<string | undefined> {
    const challenge = this.challenges.get(host);
    if (!challenge) return undefined;
    if (challenge.scheme === "basic") {
      const credential = await this.options.credentials(host);
      return credential ? basicHeader(credential) : undefined;
    }
    if (challenge.scheme !== "bearer") return undefined;
    return (await this.token(host, challenge, scopes, signal)).header;
  }

  /**
   * Handles a 401: records the challenge and returns a new Authorization header to retry with, or undefined when
   * there is nothing better to send than `failed` (the header that was just refused).
   */
  async answer(
    host: string,
    header: string | string[] | undefined,
    scopes: string[],
    failed: string | undefined,
    signal?: AbortSignal,
  ): Promise<string | undefined> {
    const challenge = parseChallenge(header);
    if (!challenge) return undefined;
    this.challenges.set(host, challenge);
    if (challenge.scheme === "basic") {
      const credential = await this.options.credentials(host);
      const basic = credential ? basicHeader(credential) : undefined;
      return basic && basic !== failed ? basic : undefined;
    }
    if (challenge.scheme !== "bearer") return undefined;
    const all = withChallengeScope(scopes, challenge);
    const key = cacheKey(host, all);
    if (failed && this.tokens.get(key)?.header === failed) this.tokens.delete(key);
    const token = await this.token(host, challenge, all, signal);
    return token.header === failed ? undefined : token.header;
  }

  private async token(
    host: string,
    challenge: Challenge,
    scopes: string[],
    signal?: AbortSignal,
  ): Promise<CachedToken> {
    const key = cacheKey(host, scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.now()) return cached;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchToken(host, challenge, scopes, signal).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const token = await pending;
    this.tokens.set(key, token);
    return token;
  }

  private async fetchToken(
    host: string,
    challenge: Challenge,
    scopes: string[],
    signal?: AbortSignal,
  ): Promise<CachedToken> {
    const realm = challenge.params.realm;
    const scopeText = scopes.join(" ");
    if (!realm) {
      throw new RegistryError("UNAUTHORIZED", `${host} asked for a bearer token but named no realm to get it from`, {
        host,
        request: `GET ${host}`,
        ...(scopeText ? { scope: scopeText } : {}),
      });
    }
    const credential = await this.options.credentials(host);
    if (credential?.registryToken) {
      return { header: `Bearer ${credential.registryToken}`, expiresAt: Number.POSITIVE_INFINITY };
    }
    const service = challenge.params.service;
    const startedAt = this.now();
    let response: RawResponse;
    if (credential?.identityToken) {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credential.identityToken,
        client_id: "dockhand",
      });
      if (service) form.set("service", service);
      if (scopeText) form.set("scope", scopeText);
      response = await this.options.send({
        host,
        method: "POST",
        url: realm,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form.toString(),
        signal,
      });
    } else {
      const url = new URL(realm);
      if (service) url.searchParams.set("service", service);
      for (const scope of scopes) url.searchParams.append("scope", scope);
      const basic = credential ? basicHeader(credential) : undefined;
      response = await this.options.send({
        host,
        method: "GET",
        url: url.toString(),
        headers: basic ? { authorization: basic } : {},
        signal,
      });
    }
    if (response.status !== 200) {
      throw errorFromResponse(response.status === 404 ? 401 : response.status, response.text, {
        request: response.request,
        host,
        ...(scopeText ? { scope: scopeText } : {}),
        what: `token for ${host}`,
      });
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(response.text) as typeof body;
    } catch {
      body = {};
    }
    const token =
      typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : "";
    if (token === "") {
      throw new RegistryError(
        "UNAUTHORIZED",
        `the token server of ${host} answered without a token (${response.request})`,
        {
          host,
          request: response.request,
          status: response.status,
        },
      );
    }
    const expiresIn = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : DEFAULT_EXPIRES_IN;
    // Renew a little early so a token does not expire between the check and the registry reading it.
    const margin = Math.min(10, expiresIn / 10) * 1000;
    return { header: `Bearer ${token}`, expiresAt: startedAt + expiresIn * 1000 - margin };
  }
}

function cacheKey(host: string, scopes: string[]): string {
  return `${host} ${[...scopes].sort().join(" ")}`;
}

/** Adds the scope a challenge asks for when the request's own scopes do not already name it. */
function withChallengeScope(scopes: string[], challenge: Challenge): string[] {
  const asked = challenge.params.scope;
  if (!asked) return scopes;
  const extra = asked.split(" ").filter((s) => s !== "" && !scopes.includes(s));
  return [...scopes, ...extra];
}
