/**
 * The emulator's world file: the users, organisations, repositories, packages, tokens and workflow runs the
 * GitHub/GHCR emulator starts with. YAML or JSON, validated with zod; every error names the field.
 */
import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { DockhandError } from "../../errors.js";

const login = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?$/, "not a GitHub login");
const fullName = z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "not an OWNER/REPO name");
const timestamp = z.iso.datetime({ offset: true });
const visibility = z.enum(["public", "private", "internal"]);
const role = z.enum(["read", "write", "admin"]);
const level = z.enum(["read", "write", "none"]);

const userSchema = z.strictObject({
  login,
  id: z.number().int().positive().optional(),
  name: z.string().optional(),
  created_at: timestamp.optional(),
});

const orgSchema = z.strictObject({
  login,
  id: z.number().int().positive().optional(),
  /** Members of the organisation. */
  members: z.array(login).default([]),
  /** Owners (admins) of the organisation; defaults to every member. */
  admins: z.array(login).optional(),
  /** Settings → Packages → Package creation: which visibilities members and workflows may create. */
  package_creation: z
    .strictObject({
      public: z.boolean().default(true),
      private: z.boolean().default(true),
      internal: z.boolean().default(true),
    })
    .default({ public: true, private: true, internal: true }),
  /** The organisation forbids access via classic personal access tokens. */
  forbid_classic_pats: z.boolean().default(false),
  /** Settings → Actions → Workflow permissions of the organisation. */
  default_workflow_permissions: z.enum(["read", "write"]).default("read"),
  can_approve_pull_request_reviews: z.boolean().default(false),
  created_at: timestamp.optional(),
});

const repoSchema = z.strictObject({
  full_name: fullName,
  id: z.number().int().positive().optional(),
  visibility: visibility.default("public"),
  default_workflow_permissions: z.enum(["read", "write"]).default("read"),
  can_approve_pull_request_reviews: z.boolean().default(false),
  default_branch: z.string().default("main"),
  created_at: timestamp.optional(),
});

const versionSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  tags: z.array(z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, "not a valid tag")).default([]),
  /** Makes the version a multi-arch index with one untagged child version per platform (os/arch[/variant]). */
  platforms: z.array(z.string().regex(/^[a-z0-9]+\/[a-z0-9]+(?:\/[a-z0-9]+)?$/, "not os/arch[/variant]")).optional(),
  created_at: timestamp.optional(),
  deleted_at: timestamp.optional(),
  downloads: z.number().int().nonnegative().default(0),
});

const packageSchema = z.strictObject({
  owner: login,
  /** The container name under the owner; may contain "/". */
  name: z
    .string()
    .regex(
      /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/,
      "not a lower-case repository name",
    ),
  id: z.number().int().positive().optional(),
  visibility: visibility.default("private"),
  /** The linked repository (Repository source), or null. */
  repository: fullName.nullable().default(null),
  /** Manage Actions access: repository → role. Defaults to admin for the linked repository. */
  actions_access: z.record(fullName, role).optional(),
  /** Manage access: user → role (the owner and organisation admins are always admins). */
  access: z.record(login, role).default({}),
  created_at: timestamp.optional(),
  deleted_at: timestamp.optional(),
  /** Downloads of the package; the 5,000-download rule uses the larger of this and any version's count. */
  downloads: z.number().int().nonnegative().default(0),
  versions: z.array(versionSchema).default([]),
});

const expiry = { expires_at: timestamp.optional() };
const tokenSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("github_token"),
    value: z.string().min(1),
    repository: fullName,
    /** The job's effective permissions (the `permissions:` block, or the repository default when absent). */
    permissions: z.record(z.string(), level).optional(),
    event: z.string().default("push"),
    actor: login.optional(),
    /** A pull request from a fork: the token is read-only whatever the workflow asks. */
    fork: z.boolean().default(false),
    ...expiry,
  }),
  z.strictObject({
    kind: z.literal("app_installation"),
    value: z.string().min(1),
    owner: login,
    permissions: z.record(z.string(), level).default({}),
    ...expiry,
  }),
  z.strictObject({
    kind: z.literal("classic_pat"),
    value: z.string().min(1),
    user: login,
    scopes: z.array(z.string()).default([]),
    ...expiry,
  }),
  z.strictObject({
    kind: z.literal("oauth"),
    value: z.string().min(1),
    user: login,
    scopes: z.array(z.string()).default([]),
    ...expiry,
  }),
  z.strictObject({ kind: z.literal("fine_grained_pat"), value: z.string().min(1), user: login, ...expiry }),
]);

const jobSchema = z.strictObject({
  id: z.number().int().positive(),
  name: z.string(),
  status: z.enum(["queued", "in_progress", "completed"]).default("completed"),
  conclusion: z.enum(["success", "failure", "cancelled", "skipped"]).nullable().default("success"),
  log: z.string().default(""),
});

const runSchema = z.strictObject({
  id: z.number().int().positive(),
  repository: fullName,
  workflow: z.string(),
  name: z.string().optional(),
  event: z.string().default("push"),
  status: z.enum(["queued", "in_progress", "completed"]).default("completed"),
  conclusion: z.enum(["success", "failure", "cancelled", "skipped"]).nullable().default("success"),
  head_branch: z.string().default("main"),
  head_sha: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  actor: login.optional(),
  created_at: timestamp.optional(),
  jobs: z.array(jobSchema).default([]),
});

/** The world file's schema. */
export const worldSchema = z.strictObject({
  users: z.array(userSchema).default([]),
  orgs: z.array(orgSchema).default([]),
  repos: z.array(repoSchema).default([]),
  packages: z.array(packageSchema).default([]),
  tokens: z.array(tokenSchema).default([]),
  runs: z.array(runSchema).default([]),
  behaviour: z
    .strictObject({
      /** Seconds a just-created package refuses writes from other pushes (GHCR's observed race). */
      new_package_write_delay_s: z.number().nonnegative().default(0),
      /** Requests per hour for an authenticated token (GitHub: 5,000); anonymous callers get 60. */
      rate_limit: z.number().int().positive().default(5000),
    })
    .default({ new_package_write_delay_s: 0, rate_limit: 5000 }),
});

/** A validated world. */
export type World = z.output<typeof worldSchema>;
/** A world as written in a file (defaults not yet applied). */
export type WorldInput = z.input<typeof worldSchema>;
export type WorldToken = World["tokens"][number];
export type WorldPackage = World["packages"][number];
export type WorldVersion = WorldPackage["versions"][number];
export type WorldRun = World["runs"][number];

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

/** Validates a parsed world object; `source` names the file in messages. Checks references between entries too. */
export function parseWorld(value: unknown, source = "world"): World {
  const result = worldSchema.safeParse(value ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${fieldPath(issue.path) || "(top level)"}: ${issue.message}`);
    throw new DockhandError("WORLD_INVALID", `${source} is not a valid emulator world:\n  ${problems.join("\n  ")}`, {
      exit: 2,
      details: { source, problems },
    });
  }
  const world = result.data;
  const problems = crossCheck(world);
  if (problems.length > 0) {
    throw new DockhandError("WORLD_INVALID", `${source} is not a valid emulator world:\n  ${problems.join("\n  ")}`, {
      exit: 2,
      details: { source, problems },
    });
  }
  return world;
}

function crossCheck(world: World): string[] {
  const problems: string[] = [];
  const accounts = new Set<string>();
  const users = new Set(world.users.map((user) => user.login.toLowerCase()));
  for (const [i, account] of [...world.users, ...world.orgs].entries()) {
    const key = account.login.toLowerCase();
    const field = i < world.users.length ? `users[${i}].login` : `orgs[${i - world.users.length}].login`;
    if (accounts.has(key)) problems.push(`${field}: ${account.login} is defined twice`);
    accounts.add(key);
  }
  for (const [i, org] of world.orgs.entries()) {
    for (const [j, member] of [...org.members, ...(org.admins ?? [])].entries()) {
      if (!users.has(member.toLowerCase())) problems.push(`orgs[${i}].members[${j}]: no user ${member}`);
    }
  }
  const repos = new Set<string>();
  for (const [i, repo] of world.repos.entries()) {
    const [owner] = repo.full_name.split("/");
    if (!accounts.has((owner ?? "").toLowerCase())) problems.push(`repos[${i}].full_name: no user or org ${owner}`);
    if (repos.has(repo.full_name.toLowerCase()))
      problems.push(`repos[${i}].full_name: ${repo.full_name} is defined twice`);
    repos.add(repo.full_name.toLowerCase());
  }
  const needRepo = (field: string, name: string | null | undefined) => {
    if (name && !repos.has(name.toLowerCase())) problems.push(`${field}: no repository ${name} in repos`);
  };
  const activeNames = new Set<string>();
  for (const [i, pkg] of world.packages.entries()) {
    if (!accounts.has(pkg.owner.toLowerCase())) problems.push(`packages[${i}].owner: no user or org ${pkg.owner}`);
    needRepo(`packages[${i}].repository`, pkg.repository);
    for (const repo of Object.keys(pkg.actions_access ?? {})) needRepo(`packages[${i}].actions_access`, repo);
    const key = `${pkg.owner}/${pkg.name}`.toLowerCase();
    if (!pkg.deleted_at) {
      if (activeNames.has(key)) problems.push(`packages[${i}]: ${key} is defined twice (only one may be active)`);
      activeNames.add(key);
    }
    const tags = new Set<string>();
    for (const [j, version] of pkg.versions.entries()) {
      for (const tag of version.deleted_at ? [] : version.tags) {
        if (tags.has(tag)) problems.push(`packages[${i}].versions[${j}].tags: ${tag} is on two active versions`);
        tags.add(tag);
      }
    }
  }
  for (const [i, token] of world.tokens.entries()) {
    if (token.kind === "github_token") needRepo(`tokens[${i}].repository`, token.repository);
    if ("user" in token && !users.has(token.user.toLowerCase()))
      problems.push(`tokens[${i}].user: no user ${token.user}`);
  }
  const values = world.tokens.map((token) => token.value);
  if (new Set(values).size !== values.length) problems.push("tokens: two tokens have the same value");
  for (const [i, run] of world.runs.entries()) needRepo(`runs[${i}].repository`, run.repository);
  return problems;
}

/** Reads and validates a world file (`.json`, or YAML for anything else). */
export async function loadWorld(path: string): Promise<World> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new DockhandError("WORLD_UNREADABLE", `cannot read the world file ${path}: ${(error as Error).message}`, {
      exit: 2,
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new DockhandError(
      "WORLD_INVALID",
      `${path} is not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`,
      {
        exit: 2,
        cause: error,
      },
    );
  }
  return parseWorld(value, path);
}
