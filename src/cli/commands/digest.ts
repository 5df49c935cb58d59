/**
 * `dockhand digest REF`: prints the manifest digest a tag (or digest) resolves to, and nothing else, for scripts.
 */
import { DockhandError, type ExitCode } from "../../errors.js";
import { formatReference, parseReference } from "../../reference/index.js";
import type { RegisterCommand } from "../main.js";
import { printJson } from "../output.js";
import { addRegistryOptions, type RegistryCliOptions, withClient } from "../registry-options.js";

const examples = `
A reference without tag or digest means :latest. For an index (multi-platform image) this is the index's digest.

Examples:
  $ dockhand digest ghcr.io/owner/app:v1.0.0
  $ dockhand digest localhost:5000/team/app --json
  $ docker pull "ghcr.io/owner/app@$(dockhand digest ghcr.io/owner/app:main)"

Exit codes: 0 printed, 1 invalid reference or no such manifest, 2 usage, 3 network or registry failure.`;

/** Registers `dockhand digest`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("digest")
    .description("Print the digest an image reference resolves to")
    .argument("<reference>", "image reference, e.g. ghcr.io/owner/app:v1")
    .option("--json", "print {reference, digest, mediaType, size}");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(async (input: string, options: RegistryCliOptions & { json?: boolean }) => {
      await context.run(options.json, async (): Promise<ExitCode> => {
        const ref = parseReference(input);
        const reference = ref.digest ?? ref.tag ?? "latest";
        const shown = formatReference({ ...ref, ...(ref.digest || ref.tag ? {} : { tag: "latest" }) });
        const descriptor = await withClient(options, context.env, context.io, (client) =>
          client.headManifest(ref, reference),
        );
        if (!descriptor) {
          throw new DockhandError("MANIFEST_UNKNOWN", `${shown} not found`, {
            hint: `dockhand ls ${ref.domain}/${ref.path} lists the tags that exist`,
            details: { reference: shown },
          });
        }
        if (options.json) printJson(context.io, { reference: shown, ...descriptor });
        else context.io.out(`${descriptor.digest}\n`);
        return 0;
      });
    });
};
