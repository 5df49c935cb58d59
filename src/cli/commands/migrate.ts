// biome-ignore-all lint/suspicious/noTemplateCurlyInString: help text names a GitHub expression
/**
 * `dockhand migrate plan|next|status`: moves consumers from one image repository to another in four phases
 * (parallel run, gradual switch, full switch, clean-up) with a resumable plan in `.dockhand/migration.yaml`.
 */
import type { Command } from "commander";
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions, type RegistryCliOptions, registryClientOptions } from "../registry-options.js";

const examples = `
Phases, one per dockhand migrate next (the plan lives in .dockhand/migration.yaml; commit it):
  1 parallel run   copy every tag of OLD to NEW (all platforms and referrers); keep them in step with
                   dockhand sync .dockhand/sync.yaml --watch 5m while consumers still pull OLD
  2 gradual switch rewrite only the paths chosen: migrate next --only 'k8s/staging/**' (repeat; --skip goes on)
  3 full switch    rewrite every reference, then verify nothing in the repository still names OLD
  4 clean-up       plan the deletion of OLD (registry API, or GitHub's Packages API for ghcr.io);
                   nothing is deleted without --apply, nor while NEW lacks a tag or a file still names OLD

Examples:
  $ dockhand migrate plan ghcr.io/acme/app ghcr.io/acme/app-api
  $ dockhand migrate next
  $ dockhand migrate next --only 'k8s/staging/**'
  $ dockhand migrate next --skip
  $ dockhand migrate status --json
  $ dockhand migrate next --apply

Exit codes: 0 done, 1 a check failed (references left, tags not in step, a file would not parse), 2 usage,
3 network or registry failure.`;

interface MigrateCliOptions extends RegistryCliOptions {
  repo: string;
  json?: boolean;
  githubRepo?: string;
  force?: boolean;
  only?: string[];
  skip?: boolean;
  apply?: boolean;
  githubApi?: string;
  token?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function common(command: Command): Command {
  return addRegistryOptions(
    command.option("--repo <dir>", "the checkout holding .dockhand/migration.yaml", ".").option("--json", "print JSON"),
  );
}

/** Registers `dockhand migrate`. */
export const register: RegisterCommand = (program, context) => {
  const migrate = program
    .command("migrate")
    .description("Move an image to a new name or registry in phases: parallel run, switch, clean-up")
    .addHelpText("after", examples);
  const settings = (options: MigrateCliOptions) => ({
    io: context.io,
    root: options.repo,
    json: options.json === true,
    env: context.env,
    clientOptions: {
      ...registryClientOptions(options, context.env),
      onWarning: (w: { host: string; text: string }) => context.io.err(`warning: ${w.host}: ${w.text}\n`),
    },
    ...(options.githubApi ? { githubApi: options.githubApi } : {}),
    ...(options.token ? { token: options.token } : {}),
  });
  common(
    migrate
      .command("plan")
      .description("Start a migration: write .dockhand/migration.yaml")
      .argument("<old>", "repository consumers use now")
      .argument("<new>", "repository to move to")
      .option("--github-repo <owner/name>", "the GitHub repository for ${{ github.repository }} in workflows")
      .option("--force", "replace a migration in progress"),
  )
    .addHelpText("after", examples)
    .action(async (from: string, to: string, options: MigrateCliOptions) => {
      await context.run(options.json, async () => {
        const { migratePlanCommand } = await import("./migrate-run.js");
        return await migratePlanCommand(from, to, {
          ...settings(options),
          ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
          ...(options.force ? { force: true } : {}),
        });
      });
    });
  common(
    migrate
      .command("next")
      .description("Run the current phase and move on")
      .option("--only <glob>", "gradual switch: rewrite only files matching (repeatable)", collect)
      .option("--skip", "gradual switch: go on to the full switch")
      .option("--apply", "clean-up: delete OLD")
      .option("--github-api <url>", "GitHub REST API base URL for deleting a package (default: $GITHUB_API_URL)")
      .option("--token <token>", "GitHub token for deleting a package (default: $GITHUB_TOKEN or $GH_TOKEN)"),
  )
    .addHelpText("after", examples)
    .action(async (options: MigrateCliOptions) => {
      await context.run(options.json, async () => {
        const { migrateNextCommand } = await import("./migrate-run.js");
        return await migrateNextCommand({
          ...settings(options),
          ...(options.only ? { only: options.only } : {}),
          ...(options.skip ? { skip: true } : {}),
          ...(options.apply ? { apply: true } : {}),
        });
      });
    });
  common(migrate.command("status").description("Phase, tags in step between OLD and NEW, references left"))
    .option("--html <file>", "also write the status as a self-contained HTML page")
    .addHelpText("after", examples)
    .action(async (options: MigrateCliOptions & { html?: string }) => {
      await context.run(options.json, async () => {
        const { migrateStatusCommand } = await import("./migrate-run.js");
        return await migrateStatusCommand({ ...settings(options), ...(options.html ? { html: options.html } : {}) });
      });
    });
};
