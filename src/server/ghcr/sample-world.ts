/**
 * The world `dockhand serve --emulate github` starts with when no --world is given, and the demo's: the failure
 * from the design — alice deleted her `app` package and something else re-created it, unlinked, so her workflow's
 * push is refused with `permission_denied: write_package` — plus an organisation, a multi-arch image and tokens.
 */
import type { WorldInput } from "./world.js";

/** The sample world. Its token values are placeholders for local rehearsal, not secrets. */
export const sampleWorld: WorldInput = {
  users: [{ login: "alice" }, { login: "bob" }],
  orgs: [
    {
      login: "acme",
      members: ["alice", "bob"],
      admins: ["alice"],
      package_creation: { public: true, private: true, internal: true },
    },
  ],
  repos: [
    { full_name: "alice/app", visibility: "public", default_workflow_permissions: "read" },
    { full_name: "acme/api", visibility: "private", default_workflow_permissions: "write" },
  ],
  packages: [
    {
      owner: "alice",
      name: "app",
      visibility: "public",
      repository: null,
      actions_access: {},
      downloads: 12,
      versions: [{ tags: ["main-amd64"], created_at: "2026-11-21T09:00:00Z" }],
    },
    {
      owner: "alice",
      name: "app",
      visibility: "public",
      repository: "alice/app",
      deleted_at: "2026-11-20T10:00:00Z",
      versions: [
        { tags: ["v1.0.0", "latest"], platforms: ["linux/amd64", "linux/arm64"], created_at: "2026-10-01T12:00:00Z" },
      ],
    },
    {
      owner: "acme",
      name: "api",
      visibility: "private",
      repository: "acme/api",
      versions: [
        { tags: ["main-amd64"], created_at: "2026-11-27T08:00:00Z" },
        { tags: ["main-arm64"], created_at: "2026-11-27T08:01:00Z" },
        {
          tags: ["main", "latest", "v1.2.0"],
          platforms: ["linux/amd64", "linux/arm64"],
          created_at: "2026-11-27T08:02:00Z",
        },
        { tags: ["hf-amd64-v1.2.0"], created_at: "2026-11-27T08:03:00Z" },
        { tags: [], created_at: "2026-11-01T08:00:00Z" },
      ],
    },
  ],
  tokens: [
    {
      value: "ghs_sample_workflow",
      kind: "github_token",
      repository: "alice/app",
      permissions: { packages: "write", contents: "read" },
      event: "push",
      actor: "alice",
    },
    {
      value: "ghp_sample_alice",
      kind: "classic_pat",
      user: "alice",
      scopes: ["repo", "read:packages", "write:packages", "delete:packages"],
    },
    { value: "github_pat_sample_alice", kind: "fine_grained_pat", user: "alice" },
  ],
  runs: [
    {
      id: 101,
      repository: "alice/app",
      workflow: "docker.yml",
      event: "push",
      conclusion: "failure",
      actor: "alice",
      jobs: [
        {
          id: 201,
          name: "build (linux/amd64)",
          conclusion: "success",
          log: "#12 pushing ghcr.io/alice/app:main-amd64 done\n",
        },
        {
          id: 202,
          name: "build (linux/arm64)",
          conclusion: "failure",
          log: "ERROR: failed to build: failed to solve: failed to push ghcr.io/alice/app:main-arm64: denied: permission_denied: write_package\n",
        },
      ],
    },
  ],
  behaviour: { new_package_write_delay_s: 3 },
};
