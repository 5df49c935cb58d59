// biome-ignore-all lint/suspicious/noTemplateCurlyInString: help text names a GitHub expression
/**
 * `dockhand rename OLD NEW`: rewrites every reference to an image repository in a checkout (workflows, Compose,
 * Kubernetes, Helm, kustomize, Dockerfiles, scripts, docs, monitoring), shows the diff grouped by kind, and with
 * `--copy` copies every tag to the new name. The work loads only when the command runs.
 */
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions, type RegistryCliOptions, registryClientOptions } from "../registry-options.js";

const examples = `
Nothing is written without --apply; running the same rename again finds nothing left to change. References in
comments are reported and left alone unless --include-comments. Files that do not parse are searched as text.
When the registry changes, the workflow's docker/login-action step is rewritten for the new registry and the
secrets to create are listed. --copy copies every tag (all platforms, signatures and SBOMs) from OLD to NEW;
without --apply it is a dry run.

Examples:
  $ dockhand rename ghcr.io/acme/app ghcr.io/acme/app-api
  $ dockhand rename ghcr.io/acme/app ghcr.io/acme/app-api --apply --copy
  $ dockhand rename ghcr.io/acme/app docker.io/acme/app --repo ../app --github-repo acme/app
  $ dockhand rename ghcr.io/acme/app ghcr.io/acme/app-api --only 'k8s/staging/**' --apply
  $ dockhand rename ghcr.io/acme/app ghcr.io/acme/app-api --json

--json prints { from, to, edits: [{ file, line, column, kind, before, after }], unparsed, skipped, secrets,
notes, problems, applied, copy }.

Exit codes: 0 planned or applied, 1 an edited file would not parse or a source image is missing, 2 usage,
3 network or registry failure.`;

interface RenameCliOptions extends RegistryCliOptions {
  repo: string;
  apply?: boolean;
  copy?: boolean;
  only?: string[];
  includeComments?: boolean;
  allowPartial?: boolean;
  githubRepo?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Registers `dockhand rename`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("rename")
    .description("Rename an image everywhere in a repository (diff first), and copy its tags")
    .argument("<old>", "image repository to rename (ghcr.io/owner/app)")
    .argument("<new>", "new repository (ghcr.io/owner/app-api, docker.io/owner/app)")
    .option("--repo <dir>", "the checkout to edit", ".")
    .option("--apply", "write the edits (and copy for real with --copy)")
    .option("--copy", "copy every tag, all platforms and referrers, from OLD to NEW")
    .option("--only <glob>", "edit only files matching (gitignore-style; repeatable)", collect)
    .option("--include-comments", "also rewrite references in comments")
    .option("--allow-partial", "accept (and with --apply write) a rename after which a workflow still pushes OLD")
    .option("--github-repo <owner/name>", "the GitHub repository for ${{ github.repository }} (default: origin)")
    .option("--json", "print the plan as JSON");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(async (from: string, to: string, options: RenameCliOptions) => {
      await context.run(options.json, async () => {
        const { renameCommand } = await import("../../migrate/rename-cli.js");
        return await renameCommand(from, to, {
          io: context.io,
          root: options.repo,
          json: options.json === true,
          apply: options.apply === true,
          copy: options.copy === true,
          only: options.only ?? [],
          includeComments: options.includeComments === true,
          allowPartial: options.allowPartial === true,
          ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
          env: context.env,
          clientOptions: {
            ...registryClientOptions(options, context.env),
            onWarning: (w) => context.io.err(`warning: ${w.host}: ${w.text}\n`),
          },
        });
      });
    });
};
