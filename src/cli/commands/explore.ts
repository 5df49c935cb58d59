/**
 * `dockhand explore`: the web explorer for any registry the user's credentials reach. Registry calls happen in this
 * process with the Docker config's credentials and the GitHub token; the browser sees only HTML.
 */
import { type ExitCode, UsageError } from "../../errors.js";
import { addGitHubOptions, type GitHubCliOptions, resolveGitHubConnection } from "../../github/options.js";
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions, clientFromOptions, type RegistryCliOptions } from "../registry-options.js";
import { parseAddr } from "./serve.js";

const help = `
Opens a web page per registry, repository, tag, platform and layer, with every digest a link, the referrers
(signatures, SBOMs, attestations) drawn under their subject, and /ui/plan/REGISTRY/REPO?keep-tagged=5 showing what
\`dockhand cleanup\` would delete, drawn over the manifest graph. Only the registries named here are reachable from
the pages. It binds 127.0.0.1 unless --addr names another address; deleting a tag asks first, and --read-only
turns deleting off. GitHub's registries have no catalog: open a repository by name (ghcr.io/OWNER/NAME).

Examples:
  $ dockhand explore 127.0.0.1:5000
  $ dockhand explore ghcr.io --token "$(gh auth token)" --read-only
  $ dockhand explore ghcr.io --resolve ghcr.io=http://127.0.0.1:8080 --github-api http://127.0.0.1:8080/api/v3

Exit codes: 0 stopped by SIGINT/SIGTERM, 1 could not start (address in use), 2 usage.`;

interface ExploreOptions extends RegistryCliOptions, GitHubCliOptions {
  addr: string;
  readOnly?: boolean;
  json?: boolean;
}

/** Registers `dockhand explore`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("explore")
    .description("Browse registries in a web page: tags, manifests, layers, referrers and clean-up plans")
    .argument("<registry...>", "registry hosts to explore (127.0.0.1:5000, ghcr.io)")
    .option("--addr <host:port>", "address to serve the pages on", "127.0.0.1:8080")
    .option("--read-only", "never delete (the delete buttons are gone)")
    .option("--json", "print the listening event as JSON");
  addRegistryOptions(command);
  addGitHubOptions(command);
  command.addHelpText("after", help).action(async (registries: string[], options: ExploreOptions) => {
    await context.run(options.json, async (): Promise<ExitCode> => {
      const { host, port } = parseAddr(options.addr);
      for (const r of registries) {
        if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:]+\](:\d+)?$/i.test(r)) {
          throw new UsageError(`"${r}" is not a registry host`, "name hosts only: 127.0.0.1:5000, ghcr.io");
        }
      }
      const connection = resolveGitHubConnection(options, context.env);
      const env = connection.token ? { ...context.env, GITHUB_TOKEN: connection.token } : context.env;
      const registry = await clientFromOptions(options, env, context.io);
      const github = connection.token
        ? {
            client: (await import("../../github/client.js")).createGitHubClient({
              apiUrl: connection.apiUrl,
              token: connection.token,
            }),
          }
        : undefined;
      const { remoteSource, startExplorer } = await import("../../explore/index.js");
      const environment = { registry, env, ...(github ? { github } : {}) };
      const sources = new Map(registries.map((r) => [r, remoteSource(r, environment, options.readOnly === true)]));
      const explorer = await startExplorer({ sources, host, port });
      context.io.out(
        options.json
          ? `${JSON.stringify({ event: "listening", url: explorer.url, registries })}\n`
          : `dockhand explore serving ${explorer.url} for ${registries.join(", ")}; Ctrl-C stops it\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await explorer.close();
      await registry.close();
      return 0;
    });
  });
};
