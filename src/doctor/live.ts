/**
 * Live evidence, with a token: the token's kind and scopes, the repository and its default workflow permissions,
 * the package (exists, linked repository, creation time, deleted versions), the failed run and its job logs, the
 * repository's earlier successful runs, and the registry write probe. Each check that cannot run is reported as
 * skipped with the reason; none of them prints or stores the token.
 */
import { DockhandError } from "../errors.js";
import {
  createGitHubClient,
  downloadJobLog,
  type GitHubClient,
  getPackage,
  getRepository,
  getTokenFacts,
  getWorkflowPermissions,
  getWorkflowRun,
  listJobsForRun,
  listPackageVersions,
  listWorkflowRuns,
  type PackageOwner,
  resolvePackageOwner,
  tokenKind,
  versionTags,
} from "../github/index.js";
import { readTextPrefix } from "../registry/body.js";
import {
  parseErrorBody,
  RegistryClient,
  type RegistryClientOptions,
  RegistryError,
  repositoryScope,
} from "../registry/index.js";
import type { LogSource } from "./log.js";
import type { CheckNote, LiveFacts, ProbeFacts } from "./types.js";

/** What the live pass needs. */
export interface LiveOptions {
  apiUrl: string;
  token: string | undefined;
  repository: string | undefined;
  /** The image to check: registry host, owner and package name. */
  image: { host: string; owner: string; name: string } | undefined;
  /** `latest` or a run id: read that failed run and its job logs. */
  run: string | undefined;
  registry: RegistryClientOptions;
  /** Skip the registry write probe. */
  noProbe?: boolean;
}

/** What the live pass found, with its notes. */
export interface LiveResult {
  live: LiveFacts;
  logs: LogSource[];
  checked: CheckNote[];
  skipped: CheckNote[];
}

function reason(error: unknown): string {
  return error instanceof DockhandError ? error.message : error instanceof Error ? error.message : String(error);
}

/** Gathers the live facts. Never throws for a refused check: it becomes a skipped note. */
export async function gatherLive(options: LiveOptions): Promise<LiveResult> {
  const result: LiveResult = { live: { apiUrl: options.apiUrl }, logs: [], checked: [], skipped: [] };
  const { live, checked, skipped } = result;
  if (!options.token) {
    const why = "no token (pass --token, or set GITHUB_TOKEN or GH_TOKEN)";
    for (const check of [
      "token",
      "repository",
      "default workflow permissions",
      "package",
      "runs",
      "registry write probe",
    ]) {
      skipped.push({ check, detail: why });
    }
    return result;
  }
  const token = options.token;
  const client = createGitHubClient({ apiUrl: options.apiUrl, token, rateLimitRetries: 0 });
  let login: string | undefined;
  try {
    const facts = await getTokenFacts(client, token);
    login = facts.login;
    live.token = { kind: facts.kind, login: facts.login, scopes: facts.scopes, expiresAt: facts.expiresAt };
    checked.push({
      check: "token",
      detail: `${facts.kind}${facts.login ? ` of ${facts.login}` : ""}${facts.scopes ? `, scopes: ${facts.scopes.join(", ") || "none"}` : ""}`,
    });
  } catch (error) {
    const code = error instanceof DockhandError ? error.code : "";
    live.token = { kind: tokenKind(token), login: undefined, scopes: undefined, expiresAt: undefined };
    if (code === "GITHUB_UNAUTHORIZED") live.token.rejected = reason(error);
    skipped.push({ check: "token", detail: reason(error) });
  }
  if (live.token?.rejected) {
    for (const check of ["repository", "package", "runs", "registry write probe"]) {
      skipped.push({ check, detail: "GitHub rejected the token" });
    }
    return result;
  }
  if (options.repository) {
    await repositoryChecks(client, options.repository, options.run, result);
  } else {
    skipped.push({ check: "repository", detail: "repository unknown (pass --github-repo OWNER/NAME)" });
  }
  if (options.image) {
    await packageChecks(client, options.image, login, result);
    if (options.noProbe) skipped.push({ check: "registry write probe", detail: "--no-probe" });
    else {
      live.probe = await probeWrite(options.registry, options.image, login, token);
      checked.push({
        check: "registry write probe",
        detail: `${live.probe.request} → ${live.probe.status} ${live.probe.text}`,
      });
    }
  } else {
    skipped.push({ check: "package", detail: "no image (name it, or give a log or workflow that pushes one)" });
    skipped.push({ check: "registry write probe", detail: "no image" });
  }
  return result;
}

async function repositoryChecks(client: GitHubClient, repository: string, run: string | undefined, result: LiveResult) {
  const { live, checked, skipped } = result;
  try {
    const repo = await getRepository(client, repository);
    live.repository = {
      fullName: repo.full_name,
      id: repo.id,
      createdAt: repo.created_at ?? "",
      visibility: repo.visibility,
      ownerType: repo.owner.type,
    };
    checked.push({
      check: "repository",
      detail: `${repo.full_name} (${repo.visibility ?? "?"}, created ${repo.created_at})`,
    });
  } catch (error) {
    skipped.push({ check: "repository", detail: reason(error) });
  }
  try {
    const permissions = await getWorkflowPermissions(client, repository);
    live.defaultPermissions = permissions.default_workflow_permissions;
    checked.push({ check: "default workflow permissions", detail: permissions.default_workflow_permissions });
  } catch (error) {
    skipped.push({ check: "default workflow permissions", detail: `${reason(error)} (needs admin on the repository)` });
  }
  try {
    if (run) {
      const found =
        run === "latest"
          ? (await listWorkflowRuns(client, repository, { status: "failure", limit: 1 }))[0]
          : await getWorkflowRun(client, repository, Number(run));
      if (!found) throw new DockhandError("RUN_NOT_FOUND", `no failed run in ${repository}`);
      live.run = {
        id: found.id,
        event: found.event,
        actor: found.triggering_actor?.login ?? found.actor?.login,
        createdAt: found.run_started_at ?? found.created_at,
        conclusion: found.conclusion,
        headRepository: found.head_repository?.full_name,
        path: found.path,
      };
      for (const job of await listJobsForRun(client, repository, found.id)) {
        if (job.conclusion === "skipped") continue;
        const text = await downloadJobLog(client, repository, job.id);
        result.logs.push({ text, job: job.name, conclusion: job.conclusion });
      }
      checked.push({
        check: "run",
        detail: `run ${found.id} (${found.event}, ${found.conclusion ?? found.status}), ${result.logs.length} job logs`,
      });
    }
    const successes = await listWorkflowRuns(client, repository, { status: "success", limit: 50 });
    live.successfulRuns = successes.map((r) => ({
      id: r.id,
      createdAt: r.run_started_at ?? r.created_at,
      path: r.path,
    }));
    checked.push({ check: "runs", detail: `${successes.length} successful runs` });
  } catch (error) {
    skipped.push({ check: "runs", detail: reason(error) });
  }
}

async function packageChecks(
  client: GitHubClient,
  image: { owner: string; name: string },
  login: string | undefined,
  result: LiveResult,
) {
  const { live, checked, skipped } = result;
  let owner: PackageOwner;
  try {
    owner = await resolvePackageOwner(client, image.owner, login);
  } catch (error) {
    skipped.push({ check: "package", detail: reason(error) });
    return;
  }
  const ownerType = owner.type === "org" ? "org" : "user";
  try {
    const data = await getPackage(client, owner, image.name);
    live.package = { status: "found", owner: image.owner, ownerType, name: image.name, data };
    checked.push({
      check: "package",
      detail: `${image.owner}/${image.name} exists (created ${data.created_at}, linked to ${data.repository?.full_name ?? "no repository"})`,
    });
  } catch (error) {
    const code = error instanceof DockhandError ? error.code : "";
    if (code === "GITHUB_NOT_FOUND") {
      live.package = { status: "missing", owner: image.owner, ownerType, name: image.name };
      checked.push({
        check: "package",
        detail: `${image.owner}/${image.name} not found (absent, deleted, or not visible to the token)`,
      });
    } else {
      const message = reason(error);
      if (/forbids access via a personal access token|SSO|SAML/i.test(message) && live.token)
        live.token.forbidden = message;
      skipped.push({ check: "package", detail: message });
    }
    return;
  }
  try {
    const deleted = await listPackageVersions(client, owner, image.name, { state: "deleted" });
    live.deletedVersions = deleted.map((v) => ({
      id: v.id,
      tags: versionTags(v),
      deletedAt: v.deleted_at ?? undefined,
    }));
    checked.push({ check: "deleted versions", detail: `${deleted.length}` });
  } catch (error) {
    skipped.push({ check: "deleted versions", detail: reason(error) });
  }
}

/**
 * The write probe: opens a blob upload session (`POST /v2/OWNER/NAME/blobs/uploads/`) with the token and cancels it.
 * 202 means the token may push now; anything else carries the registry's refusal. Nothing is written.
 */
export async function probeWrite(
  registry: RegistryClientOptions,
  image: { host: string; owner: string; name: string },
  login: string | undefined,
  token: string,
): Promise<ProbeFacts> {
  const path = `${image.owner}/${image.name}`;
  const request = `POST ${image.host}/v2/${path}/blobs/uploads/`;
  const client = new RegistryClient({
    ...registry,
    credentials: async (host) =>
      host === image.host ? { username: login ?? "dockhand", password: token, source: "--token" } : undefined,
  });
  try {
    const response = await client.transport.send({
      method: "POST",
      host: image.host,
      path: `/v2/${path}/blobs/uploads/`,
      scopes: [repositoryScope(path, ["pull", "push"])],
      headers: { "content-length": "0" },
      ok: "all",
      what: `write probe of ${image.host}/${path}`,
    });
    const body = await readTextPrefix(response.body, 16 * 1024);
    if (response.status === 202) {
      const location = response.header("location");
      if (location) {
        const cancel = await client.transport
          .send({
            method: "DELETE",
            host: image.host,
            url: location,
            scopes: [repositoryScope(path, ["pull", "push"])],
            ok: "all",
          })
          .catch(() => undefined);
        cancel?.body.resume();
      }
      return { request, status: 202, text: "accepted" };
    }
    return { request, status: response.status, text: refusalText(parseErrorBody(body)) || body.trim().slice(0, 200) };
  } catch (error) {
    if (error instanceof RegistryError) {
      return { request, status: error.status ?? 0, text: refusalText(error.errors) || error.message };
    }
    return { request, status: 0, text: reason(error) };
  } finally {
    await client.close();
  }
}

function refusalText(errors: Array<{ code: string; message: string }>): string {
  return errors.map((e) => `${e.code.toLowerCase()}: ${e.message}`).join("; ");
}
