/**
 * `dockhand ls REPO`: lists the tags of a repository (every page), in lexical order.
 */
import { type ExitCode, UsageError } from "../../errors.js";
import { parseReference } from "../../reference/index.js";
import type { RegisterCommand } from "../main.js";
import { printJson } from "../output.js";
import { addRegistryOptions, type RegistryCliOptions, withClient } from "../registry-options.js";

const examples = `
Examples:
  $ dockhand ls ghcr.io/owner/app
  $ dockhand ls localhost:5000/team/app --json
  $ dockhand ls ghcr.io/owner/app --resolve ghcr.io=http://127.0.0.1:5000

Credentials come from Docker's config.json (docker login, credential helpers) and, for ghcr.io, GITHUB_TOKEN
or GH_TOKEN.

Exit codes: 0 listed, 1 invalid reference or no such repository, 2 usage, 3 network or registry failure.`;

/** Registers `dockhand ls`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("ls")
    .description("List the tags of an image repository")
    .argument("<repository>", "repository, e.g. ghcr.io/owner/app")
    .option("--json", "print {repository, tags}");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(async (input: string, options: RegistryCliOptions & { json?: boolean }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const ref = parseReference(input);
        if (ref.tag !== undefined || ref.digest !== undefined) {
          throw new UsageError(
            `ls takes a repository, not an image: "${input}"`,
            `dockhand ls ${ref.domain}/${ref.path}`,
          );
        }
        const tags = await withClient(options, context.env, context.io, (client) => client.listAllTags(ref));
        const repository = `${ref.domain}/${ref.path}`;
        if (options.json) printJson(context.io, { repository, tags });
        else if (tags.length === 0) context.io.err(`${repository} has no tags\n`);
        else context.io.out(`${tags.join("\n")}\n`);
        return 0;
      });
    });
};
