/**
 * `dockhand rm REF`: deletes a tag (`REPO:TAG`: only that tag, where the registry can) or a manifest
 * (`REPO@DIGEST`: the manifest and every tag pointing at it), and says which it did.
 */
import { DockhandError, type ExitCode, UsageError } from "../../errors.js";
import { isGitHubRegistryHost } from "../../github/hosts.js";
import { formatReference, parseReference } from "../../reference/index.js";
import { RegistryError } from "../../registry/errors.js";
import type { RegisterCommand } from "../main.js";
import { printJson } from "../output.js";
import { addRegistryOptions, type RegistryCliOptions, withClient } from "../registry-options.js";

const examples = `
REPO:TAG deletes one tag; the manifest stays while other tags or digests use it. Registries without tag
deletes (CNCF distribution 2.x) refuse this: delete by digest instead, which removes the manifest and every
tag pointing at it. REPO@DIGEST deletes the manifest. The registry must allow deletes; GHCR refuses all
registry deletes (use the GitHub Packages API: dockhand packages).

Examples:
  $ dockhand rm localhost:5000/team/app:old-tag
  $ dockhand rm localhost:5000/team/app@sha256:<digest>
  $ dockhand rm localhost:5000/team/app:old-tag --json

Exit codes: 0 deleted, 1 invalid reference or nothing to delete, 2 usage, 3 network or registry failure
(including a registry that refuses deletes).`;

/** Registry answers that mean "this registry does not delete tags on their own". */
function refusesTagDelete(error: unknown): boolean {
  return (
    error instanceof RegistryError &&
    (error.status === 400 || error.status === 405 || error.code === "UNSUPPORTED" || error.code === "DIGEST_INVALID")
  );
}

/** Registers `dockhand rm`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("rm")
    .description("Delete a tag or a manifest from a registry")
    .argument("<reference>", "REPO:TAG or REPO@DIGEST")
    .option("--json", "print {deleted, reference, digest}");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(async (input: string, options: RegistryCliOptions & { json?: boolean }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const ref = parseReference(input);
        if (ref.tag === undefined && ref.digest === undefined) {
          throw new UsageError(
            `name the tag or digest to delete: "${input}"`,
            `dockhand rm ${input}:TAG or ${input}@DIGEST`,
          );
        }
        const shown = formatReference(ref);
        const repository = `${ref.domain}/${ref.path}`;
        const github = isGitHubRegistryHost(ref.domain, context.env);
        const result = await withClient(options, context.env, context.io, async (client) => {
          if (ref.digest !== undefined) {
            try {
              await client.deleteManifest(ref, ref.digest);
            } catch (error) {
              if (!(error instanceof RegistryError && error.status === 405 && github)) throw error;
              throw new DockhandError(
                "DELETE_UNSUPPORTED",
                `${ref.domain} does not delete through the registry API: ${error.message}`,
                {
                  exit: 3,
                  hint: "GitHub's registry deletes package versions through the Packages API: dockhand packages",
                  cause: error,
                },
              );
            }
            return { deleted: "manifest" as const, reference: shown, digest: ref.digest };
          }
          const tag = ref.tag as string;
          const descriptor = await client.headManifest(ref, tag);
          if (!descriptor) {
            throw new DockhandError("MANIFEST_UNKNOWN", `${shown} not found: there is no tag ${tag} to delete`, {
              hint: `dockhand ls ${repository} lists the tags that exist`,
            });
          }
          try {
            await client.deleteManifest(ref, tag);
          } catch (error) {
            if (!refusesTagDelete(error)) throw error;
            throw new DockhandError(
              "TAG_DELETE_UNSUPPORTED",
              `${ref.domain} refused to delete the tag ${tag} on its own: ${(error as Error).message}`,
              {
                exit: 3,
                hint: github
                  ? "GitHub's registry deletes through the Packages API: dockhand packages"
                  : `dockhand rm ${repository}@${descriptor.digest} deletes the manifest and every tag pointing at it`,
                details: { reference: shown, digest: descriptor.digest },
                cause: error,
              },
            );
          }
          return { deleted: "tag" as const, reference: shown, digest: descriptor.digest };
        });
        if (options.json) printJson(context.io, result);
        else if (result.deleted === "manifest")
          context.io.out(`deleted manifest ${shown} and every tag pointing at it\n`);
        else context.io.out(`deleted tag ${shown} (manifest ${result.digest} stays)\n`);
        return 0;
      });
    });
};
