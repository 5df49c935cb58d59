/**
 * The emulator's REST bodies validated against GitHub's published OpenAPI description (@octokit/openapi): each
 * served endpoint's documented response schema, converted with zod's JSON-Schema reader.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type GitHubEmulator, startGitHubEmulator } from "./index.js";

type Json = Record<string, unknown>;
let spec: Json;
let emulator: GitHubEmulator;

/** Replaces `#/components/...` references with their targets (the schemas used here have no cycles we reach). */
function deref(node: unknown, depth = 0): unknown {
  if (depth > 40 || node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map((item) => deref(item, depth + 1));
  const ref = (node as Json).$ref;
  if (typeof ref === "string") {
    const target = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((value, key) => (value as Json)[key], spec);
    return deref(target, depth + 1);
  }
  return Object.fromEntries(Object.entries(node as Json).map(([key, value]) => [key, deref(value, depth + 1)]));
}

function responseSchema(path: string, method: string, status: number): z.ZodType {
  const operation = ((spec.paths as Json)[path] as Json | undefined)?.[method] as Json | undefined;
  if (!operation) throw new Error(`${method} ${path} is not in the OpenAPI description`);
  const response = deref((operation.responses as Json)[String(status)]) as Json | undefined;
  let schema = ((response?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
  // Statuses an operation does not list answer with GitHub's generic error body.
  if (!schema && status >= 400) schema = deref({ $ref: "#/components/schemas/basic-error" });
  if (!schema) throw new Error(`${method} ${path} documents no JSON body for ${status}`);
  return z.fromJSONSchema(schema as z.core.JSONSchema.JSONSchema, { defaultTarget: "openapi-3.0" });
}

const cases: [string, string, string, number, string?][] = [
  // [template, method, URL path, status, token]
  ["/user", "get", "/user", 200],
  ["/users/{username}", "get", "/users/alice", 200],
  ["/users/{username}", "get", "/users/acme", 200],
  ["/user/packages", "get", "/user/packages?package_type=container", 200],
  ["/users/{username}/packages", "get", "/users/alice/packages?package_type=container", 200],
  ["/orgs/{org}/packages", "get", "/orgs/acme/packages?package_type=container", 200],
  ["/user/packages/{package_type}/{package_name}", "get", "/user/packages/container/app", 200],
  ["/users/{username}/packages/{package_type}/{package_name}", "get", "/users/alice/packages/container/app", 200],
  ["/orgs/{org}/packages/{package_type}/{package_name}", "get", "/orgs/acme/packages/container/tools%2Fcli", 200],
  [
    "/user/packages/{package_type}/{package_name}/versions",
    "get",
    "/user/packages/container/app/versions?state=deleted",
    200,
  ],
  [
    "/orgs/{org}/packages/{package_type}/{package_name}/versions",
    "get",
    "/orgs/acme/packages/container/tools%2Fcli/versions",
    200,
  ],
  [
    "/users/{username}/packages/{package_type}/{package_name}/versions",
    "get",
    "/users/alice/packages/container/app/versions",
    200,
  ],
  [
    "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}",
    "get",
    "/orgs/acme/packages/container/tools%2Fcli/versions/VERSION",
    200,
  ],
  ["/repos/{owner}/{repo}", "get", "/repos/alice/app", 200],
  ["/repos/{owner}/{repo}/actions/permissions/workflow", "get", "/repos/alice/app/actions/permissions/workflow", 200],
  ["/orgs/{org}/actions/permissions/workflow", "get", "/orgs/acme/actions/permissions/workflow", 200, "ghp_admin"],
  ["/repos/{owner}/{repo}/actions/runs", "get", "/repos/alice/app/actions/runs", 200],
  ["/repos/{owner}/{repo}/actions/runs/{run_id}", "get", "/repos/alice/app/actions/runs/101", 200],
  ["/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "get", "/repos/alice/app/actions/runs/101/jobs", 200],
  ["/repos/{owner}/{repo}/actions/jobs/{job_id}", "get", "/repos/alice/app/actions/jobs/202", 200],
  // Refusals have GitHub's basic-error shape.
  ["/user/packages/{package_type}/{package_name}", "get", "/user/packages/container/missing", 404],
  ["/orgs/{org}/packages", "get", "/orgs/acme/packages?package_type=container&per_page=100&page=101", 400],
  ["/repos/{owner}/{repo}/actions/runs/{run_id}", "get", "/repos/alice/app/actions/runs/999", 404],
  ["/user", "get", "/user", 401, "ghp_bogus"],
  ["/user", "get", "/user", 403, "ghs_wf"],
];

beforeAll(async () => {
  const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
  spec = JSON.parse(await readFile(file, "utf8")) as Json;
  emulator = await startGitHubEmulator({
    world: {
      users: [{ login: "alice" }],
      orgs: [{ login: "acme", members: ["alice"] }],
      repos: [{ full_name: "alice/app" }, { full_name: "acme/tools", visibility: "private" }],
      packages: [
        {
          owner: "alice",
          name: "app",
          visibility: "public",
          repository: "alice/app",
          versions: [{ tags: ["v1"] }, { tags: ["v2"] }, { tags: ["old"], deleted_at: "2026-11-28T00:00:00Z" }],
        },
        {
          owner: "acme",
          name: "tools/cli",
          repository: "acme/tools",
          versions: [{ tags: ["latest"], platforms: ["linux/amd64", "linux/arm64"] }],
        },
      ],
      tokens: [
        { value: "ghp_alice", kind: "classic_pat", user: "alice", scopes: ["repo", "read:packages"] },
        { value: "ghs_wf", kind: "github_token", repository: "alice/app" },
        {
          value: "ghp_admin",
          kind: "classic_pat",
          user: "alice",
          scopes: ["repo", "admin:org", "write:packages", "delete:packages"],
        },
      ],
      runs: [
        {
          id: 101,
          repository: "alice/app",
          workflow: "docker.yml",
          actor: "alice",
          jobs: [{ id: 202, name: "build" }],
        },
      ],
    },
  });
});
afterAll(async () => {
  await emulator?.close();
});

describe("statuses without a body are ones GitHub documents", () => {
  const documented = (path: string, method: string) =>
    Object.keys(((((spec.paths as Json)[path] as Json)[method] as Json).responses as Json) ?? {});

  it.each([
    [
      "delete",
      "/user/packages/{package_type}/{package_name}/versions/{package_version_id}",
      "DELETE",
      "/user/packages/container/app/versions/ID",
      204,
    ],
    [
      "post",
      "/user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore",
      "POST",
      "/user/packages/container/app/versions/ID/restore",
      204,
    ],
    [
      "put",
      "/repos/{owner}/{repo}/actions/permissions/workflow",
      "PUT",
      "/repos/alice/app/actions/permissions/workflow",
      204,
    ],
    ["get", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", "GET", "/repos/alice/app/actions/jobs/202/logs", 302],
  ] as const)("%s %s → %d", async (method, template, verb, path, status) => {
    const pkg = emulator.state.activePackage("alice", "app");
    const tagged = pkg?.versions.find((v) => v.tags.includes("v1"));
    const id = verb === "DELETE" ? tagged?.id : pkg?.versions.find((v) => v.deletedAt)?.id;
    const response = await fetch(`${emulator.apiUrl}${path.replace("ID", String(id))}`, {
      method: verb,
      redirect: "manual",
      headers: { authorization: "token ghp_admin", "content-type": "application/json" },
      ...(verb === "PUT" ? { body: JSON.stringify({ default_workflow_permissions: "write" }) } : {}),
    });
    expect(response.status).toBe(status);
    expect(documented(template, method)).toContain(String(status));
  });
});

describe("REST bodies match GitHub's OpenAPI description", () => {
  it("the converted schemas do reject wrong bodies", () => {
    const schema = responseSchema("/orgs/{org}/packages/{package_type}/{package_name}", "get", 200);
    expect(schema.safeParse({ id: 1, name: "x" }).success).toBe(false);
    expect(
      schema.safeParse({
        id: "1",
        name: "x",
        package_type: "container",
        visibility: "private",
        url: "u",
        html_url: "h",
        version_count: 1,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
      }).success,
    ).toBe(false);
  });

  it.each(cases)("%s (%s %s → %d)", async (template, method, path, status, token = "ghp_alice") => {
    let url = path;
    if (url.includes("VERSION")) {
      const pkg = emulator.state.activePackage("acme", "tools/cli");
      url = url.replace("VERSION", String(pkg?.versions.at(-1)?.id));
    }
    const response = await fetch(`${emulator.apiUrl}${url}`, {
      method: method.toUpperCase(),
      headers: { authorization: `token ${token}`, accept: "application/vnd.github+json" },
    });
    expect(response.status).toBe(status);
    const body: unknown = await response.json();
    const result = responseSchema(template, method, status).safeParse(body);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
