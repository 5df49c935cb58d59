/**
 * `dockhand packages`: list, inspect, delete and restore GitHub container packages and their versions through
 * GitHub's REST API (`ls`, `versions`, `rm`, `restore`). Deletions ask first, or take --yes; --dry-run shows
 * what would go. GitHub's refusals (the 5,000-download rule, the last-version rules, 404 for a token without
 * delete:packages) come with what to do instead.
 */
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { DockhandError, type ExitCode, UsageError } from "../../errors.js";
import type { GitHubClient } from "../../github/client.js";
import { isGitHubRegistryHost } from "../../github/hosts.js";
import { addGitHubOptions, type GitHubCliOptions, resolveGitHubConnection } from "../../github/options.js";
import {
  deletePackage,
  deletePackageVersion,
  type GitHubPackageVersion,
  getPackage,
  listPackages,
  listPackageVersions,
  type PackageOwner,
  resolvePackageOwner,
  restorePackage,
  restorePackageVersion,
  versionTags,
} from "../../github/packages.js";
import { getTokenFacts, hasScope, type TokenFacts } from "../../github/token.js";
import { parseReferenceStrict } from "../../reference/index.js";
import type { CommandContext, RegisterCommand } from "../main.js";
import { formatTable, printJson } from "../output.js";

interface CommonOptions extends GitHubCliOptions {
  json?: boolean;
}

/** A package named on the command line, with an optional tag, digest or version id. */
export interface PackageTarget {
  owner: string;
  name: string;
  tag?: string;
  digest?: string;
  versionId?: number;
}

/**
 * Parses `[HOST/]OWNER/NAME[:TAG|@DIGEST|@VERSION_ID]`. A host must be one of GitHub's registries (ghcr.io,
 * the GHES registry, DOCKHAND_GITHUB_REGISTRY).
 */
export function parsePackageTarget(input: string, env: NodeJS.ProcessEnv): PackageTarget {
  const idMatch = /^(.*)@(\d+)$/.exec(input);
  const written = parseReferenceStrict(idMatch?.[1] ?? input);
  // As written, "acme/app" has the "domain" acme; only a component that looks like a host is one here.
  const host = /[.:]/.test(written.domain) || written.domain === "localhost";
  const parts = host
    ? written
    : { ...written, domain: "", path: [written.domain, written.path].filter(Boolean).join("/") };
  if (parts.domain && !isGitHubRegistryHost(parts.domain, env)) {
    throw new UsageError(
      `${parts.domain} is not a GitHub container registry`,
      "GitHub packages live on ghcr.io (or containers.HOST on GitHub Enterprise Server); name the image as ghcr.io/OWNER/NAME or OWNER/NAME",
    );
  }
  const slash = parts.path.indexOf("/");
  if (slash < 0) throw new UsageError(`${input} names no owner`, "write OWNER/NAME, e.g. ghcr.io/octocat/app");
  return {
    owner: parts.path.slice(0, slash),
    name: parts.path.slice(slash + 1),
    ...(parts.tag ? { tag: parts.tag } : {}),
    ...(parts.digest ? { digest: parts.digest } : {}),
    ...(idMatch ? { versionId: Number(idMatch[2]) } : {}),
  };
}

interface Session {
  client: GitHubClient;
  facts: TokenFacts | undefined;
}

async function connect(options: CommonOptions, context: CommandContext): Promise<Session> {
  const connection = resolveGitHubConnection(options, context.env);
  if (!connection.token) {
    throw new UsageError(
      "a GitHub token is needed for the Packages API",
      "pass --token, or set GITHUB_TOKEN or GH_TOKEN (a classic PAT with read:packages; delete:packages to delete)",
    );
  }
  // Octokit loads only when a subcommand talks to GitHub, so the CLI starts fast.
  const { createGitHubClient } = await import("../../github/client.js");
  const client = createGitHubClient({ apiUrl: connection.apiUrl, token: connection.token });
  return { client, facts: await getTokenFacts(client, connection.token) };
}

async function ownerOf(session: Session, login: string): Promise<PackageOwner> {
  return resolvePackageOwner(session.client, login, session.facts?.login);
}

/** Adds what to do next to GitHub's known refusals. */
function explainRefusal(
  error: unknown,
  session: Session,
  what: string,
  operation: "read" | "delete" | "restore",
): never {
  if (!(error instanceof DockhandError)) throw error;
  const message = error.message;
  let hint: string | undefined;
  if (message.includes("more than 5000 downloads")) {
    hint =
      "GitHub does not delete public package versions downloaded more than 5,000 times; contact GitHub support (users report that making the package private first lets the deletion through)";
  } else if (message.includes("last tagged version") || message.includes("last version of a package")) {
    hint = `delete the whole package instead: dockhand packages rm ${what} --all`;
  } else if (message.includes("Resource not accessible by integration")) {
    hint =
      "a workflow's GITHUB_TOKEN cannot list packages, and deletes or restores only packages whose Manage Actions access gives its repository the admin role; use a classic PAT for the rest";
  } else if (message.includes("Resource not accessible by personal access token")) {
    hint = "the Packages API accepts classic personal access tokens, not fine-grained ones";
  } else if (message.includes("You need at least")) {
    hint = "use a classic PAT with read:packages (write:packages to restore, delete:packages to delete)";
  } else if (error.code === "GITHUB_NOT_FOUND" && operation === "delete") {
    const scopes = session.facts?.scopes;
    hint =
      scopes && !hasScope(scopes, "delete:packages")
        ? `the token lacks the delete:packages scope (it has: ${scopes.join(", ") || "none"}); GitHub answers 404, not 403, for that`
        : "GitHub answers 404 when the name is wrong, when the token cannot see the package, and when it lacks delete:packages or admin rights on the package";
  } else if (error.code === "GITHUB_NOT_FOUND" && operation === "restore") {
    hint = `nothing restorable: GitHub restores within 30 days of the deletion (see: dockhand packages versions ${what} --deleted)`;
  }
  throw new DockhandError(error.code, message, {
    exit: error.exit,
    details: error.details,
    ...(hint ? { hint } : error.hint ? { hint: error.hint } : {}),
  });
}

async function confirm(context: CommandContext, question: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!context.io.tty || !process.stdin.isTTY) {
    throw new UsageError(
      "refusing to delete without confirmation",
      "pass --yes, or --dry-run to see what would be deleted",
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

function short(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}

function versionJson(version: GitHubPackageVersion) {
  return {
    id: version.id,
    digest: version.name,
    tags: versionTags(version),
    created_at: version.created_at,
    updated_at: version.updated_at,
    ...(version.deleted_at ? { deleted_at: version.deleted_at } : {}),
  };
}

/** Finds the version a tag or digest names. */
function findVersion(versions: GitHubPackageVersion[], target: PackageTarget, label: string): GitHubPackageVersion {
  const found = versions.find((v) =>
    target.digest
      ? v.name === target.digest
      : target.versionId
        ? v.id === target.versionId
        : versionTags(v).includes(target.tag ?? ""),
  );
  if (!found) {
    const which = target.digest ?? (target.versionId ? `version ${target.versionId}` : `tag ${target.tag}`);
    throw new DockhandError("VERSION_NOT_FOUND", `${label} has no active version with ${which}`, {
      hint: `list them with: dockhand packages versions ${label}`,
    });
  }
  return found;
}

const lsHelp = `
Examples:
  $ dockhand packages ls                 # the token's own packages
  $ dockhand packages ls acme --json     # an organisation's packages
  $ GITHUB_API_URL=http://127.0.0.1:8080/api/v3 dockhand packages ls alice   # against the emulator

Exit codes: 0 listed, 1 owner not found, 2 usage, 3 GitHub refused or unreachable.`;

const versionsHelp = `
Examples:
  $ dockhand packages versions ghcr.io/acme/app
  $ dockhand packages versions acme/tools/cli --deleted     # deleted versions (restorable for 30 days)

Exit codes: 0 listed, 1 package not found, 2 usage, 3 GitHub refused or unreachable.`;

const rmHelp = `
Deleting a container version deletes the manifest and every tag on it. GitHub refuses to delete the last
(tagged) version of a package (delete the package with --all) and public versions with more than 5,000
downloads. A token without delete:packages gets 404 from GitHub. Deleted versions and packages can be
restored for 30 days (dockhand packages restore).

Examples:
  $ dockhand packages rm ghcr.io/acme/app:pr-42 --dry-run
  $ dockhand packages rm ghcr.io/acme/app@sha256:<digest> --yes
  $ dockhand packages rm ghcr.io/acme/app --all --yes        # the whole package

Exit codes: 0 deleted (or planned with --dry-run, or declined), 1 not found, 2 usage, 3 GitHub refused.`;

const restoreHelp = `
Examples:
  $ dockhand packages restore ghcr.io/acme/app               # the whole package (if its name is still free)
  $ dockhand packages restore ghcr.io/acme/app@123456        # one version, by the id "versions --deleted" shows

Exit codes: 0 restored, 1 nothing to restore, 2 usage, 3 GitHub refused.`;

/** Registers `dockhand packages` and its subcommands. */
export const register: RegisterCommand = (program, context) => {
  const packages = program
    .command("packages")
    .description("List, delete and restore GitHub container packages and their versions");
  const withCommon = (command: Command) => addGitHubOptions(command).option("--json", "print one JSON document");

  withCommon(
    packages
      .command("ls")
      .description("List container packages of a user or an organisation")
      .argument("[owner]", "user or organisation (default: the token's user)"),
  )
    .option("--visibility <visibility>", "only public, private or internal packages")
    .addHelpText("after", lsHelp)
    .action(async (login: string | undefined, options: CommonOptions & { visibility?: string }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const visibility = options.visibility;
        if (visibility && !["public", "private", "internal"].includes(visibility)) {
          throw new UsageError(`--visibility must be public, private or internal, not ${visibility}`);
        }
        const session = await connect(options, context);
        const name = login ?? session.facts?.login;
        if (!name) throw new UsageError("name the owner: this token has no user (GITHUB_TOKEN cannot list packages)");
        const owner = await ownerOf(session, name);
        const list = await listPackages(
          session.client,
          owner,
          visibility ? { visibility: visibility as "public" } : {},
        ).catch((e) => explainRefusal(e, session, owner.login, "read"));
        if (options.json) {
          printJson(context.io, {
            owner: owner.login,
            packages: list.map((p) => ({
              name: p.name,
              visibility: p.visibility,
              version_count: p.version_count,
              repository: p.repository?.full_name ?? null,
              updated_at: p.updated_at,
              html_url: p.html_url,
            })),
          });
          return 0;
        }
        if (list.length === 0) {
          context.io.out(`${owner.login} has no container packages this token can see\n`);
          return 0;
        }
        const rows = list.map((p) => [
          p.name,
          p.visibility,
          String(p.version_count),
          p.repository?.full_name ?? "-",
          p.updated_at,
        ]);
        context.io.out(`${formatTable(["NAME", "VISIBILITY", "VERSIONS", "REPOSITORY", "UPDATED"], rows)}\n`);
        return 0;
      });
    });

  withCommon(
    packages
      .command("versions")
      .description("List the versions (digests and tags) of a package")
      .argument("<image>", "ghcr.io/OWNER/NAME"),
  )
    .option("--deleted", "list deleted versions instead (restorable for 30 days)")
    .addHelpText("after", versionsHelp)
    .action(async (image: string, options: CommonOptions & { deleted?: boolean }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const target = parsePackageTarget(image, context.env);
        const session = await connect(options, context);
        const owner = await ownerOf(session, target.owner);
        const state = options.deleted ? "deleted" : "active";
        const versions = await listPackageVersions(session.client, owner, target.name, { state }).catch((e) =>
          explainRefusal(e, session, `${target.owner}/${target.name}`, "read"),
        );
        const label = `${target.owner}/${target.name}`;
        if (options.json) {
          printJson(context.io, { package: label, state, versions: versions.map(versionJson) });
          return 0;
        }
        if (versions.length === 0) {
          context.io.out(`${label} has no ${state} versions\n`);
          return 0;
        }
        const header = ["ID", "DIGEST", "TAGS", "CREATED", ...(options.deleted ? ["DELETED"] : [])];
        const rows = versions.map((v) => [
          String(v.id),
          short(v.name),
          versionTags(v).join(", ") || "-",
          v.created_at,
          ...(options.deleted ? [v.deleted_at ?? "-"] : []),
        ]);
        context.io.out(`${formatTable(header, rows)}\n`);
        return 0;
      });
    });

  withCommon(
    packages
      .command("rm")
      .description("Delete a package version (by tag or digest) or, with --all, the whole package")
      .argument("<image>", "ghcr.io/OWNER/NAME:TAG, ghcr.io/OWNER/NAME@DIGEST, or ghcr.io/OWNER/NAME with --all"),
  )
    .option("--all", "delete the whole package")
    .option("--yes", "do not ask")
    .option("--dry-run", "show what would be deleted, delete nothing")
    .addHelpText("after", rmHelp)
    .action(async (image: string, options: CommonOptions & { all?: boolean; yes?: boolean; dryRun?: boolean }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const target = parsePackageTarget(image, context.env);
        const label = `${target.owner}/${target.name}`;
        const named = Boolean(target.tag || target.digest || target.versionId);
        if (options.all && named)
          throw new UsageError("--all deletes the whole package: name it without a tag or digest");
        if (!options.all && !named) {
          throw new UsageError(`name a version of ${label} (:TAG or @DIGEST), or pass --all for the whole package`);
        }
        const session = await connect(options, context);
        const owner = await ownerOf(session, target.owner);
        if (options.all) {
          const pkg = await getPackage(session.client, owner, target.name);
          const plan = { action: "delete-package", package: label, version_count: pkg.version_count };
          if (options.dryRun)
            return report(
              context,
              options,
              { ...plan, dryRun: true, deleted: false },
              `would delete ${label} (${pkg.version_count} versions)`,
            );
          if (
            !(await confirm(context, `Delete the package ${label} and its ${pkg.version_count} versions?`, options.yes))
          ) {
            return report(context, options, { ...plan, dryRun: false, deleted: false }, "nothing deleted");
          }
          await deletePackage(session.client, owner, target.name).catch((e) =>
            explainRefusal(e, session, image, "delete"),
          );
          return report(
            context,
            options,
            { ...plan, dryRun: false, deleted: true },
            `deleted ${label} (restorable for 30 days)`,
          );
        }
        const versions = await listPackageVersions(session.client, owner, target.name);
        const version = findVersion(versions, target, label);
        const tags = versionTags(version);
        const plan = { action: "delete-version", package: label, version: versionJson(version) };
        const text = `version ${version.id} of ${label} (${short(version.name)}${tags.length ? `, tags: ${tags.join(", ")}` : ", untagged"})`;
        if (options.dryRun)
          return report(context, options, { ...plan, dryRun: true, deleted: false }, `would delete ${text}`);
        const also =
          target.tag && tags.length > 1
            ? ` Its other tags go with it: ${tags.filter((t) => t !== target.tag).join(", ")}.`
            : "";
        if (!(await confirm(context, `Delete ${text}?${also}`, options.yes))) {
          return report(context, options, { ...plan, dryRun: false, deleted: false }, "nothing deleted");
        }
        await deletePackageVersion(session.client, owner, target.name, version.id).catch((e) =>
          explainRefusal(e, session, label, "delete"),
        );
        return report(context, options, { ...plan, dryRun: false, deleted: true }, `deleted ${text}`);
      });
    });

  withCommon(
    packages
      .command("restore")
      .description("Restore a deleted package, or one deleted version of it (within 30 days)")
      .argument("<image>", "ghcr.io/OWNER/NAME, or ghcr.io/OWNER/NAME@VERSION_ID"),
  )
    .addHelpText("after", restoreHelp)
    .action(async (image: string, options: CommonOptions) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const target = parsePackageTarget(image, context.env);
        if (target.tag || target.digest) {
          throw new UsageError(
            "restore takes a version id (OWNER/NAME@123), not a tag or digest",
            "find it with: dockhand packages versions IMAGE --deleted",
          );
        }
        const label = `${target.owner}/${target.name}`;
        const session = await connect(options, context);
        const owner = await ownerOf(session, target.owner);
        if (target.versionId !== undefined) {
          await restorePackageVersion(session.client, owner, target.name, target.versionId).catch((e) =>
            explainRefusal(e, session, label, "restore"),
          );
          return report(
            context,
            options,
            { package: label, version: target.versionId, restored: true },
            `restored version ${target.versionId} of ${label}`,
          );
        }
        await restorePackage(session.client, owner, target.name).catch((e) =>
          explainRefusal(e, session, label, "restore"),
        );
        return report(context, options, { package: label, restored: true }, `restored ${label}`);
      });
    });
};

function report(context: CommandContext, options: { json?: boolean }, value: Record<string, unknown>, text: string): 0 {
  if (options.json) printJson(context.io, value);
  else context.io.out(`${text}\n`);
  return 0;
}
