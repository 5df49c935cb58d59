/**
 * `dockhand inspect REF`: what a reference points at — media type, digest and size; for an index the platforms
 * it holds, for an image its config (platform, creation time) and layers. `--raw` prints the manifest's exact
 * bytes, `--json` one object.
 */
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions } from "../registry-options.js";
import type { InspectOptions } from "./inspect-run.js";

const examples = `
A reference without tag or digest means :latest.

Examples:
  $ dockhand inspect ghcr.io/owner/app:v1.0.0          # platforms of a multi-arch image
  $ dockhand inspect ghcr.io/owner/app@sha256:<digest> # config and layers of one image
  $ dockhand inspect localhost:5000/team/app --raw     # the manifest bytes exactly as stored
  $ dockhand inspect localhost:5000/team/app --json

Exit codes: 0 shown, 1 invalid reference, no such manifest or an invalid manifest, 2 usage,
3 network or registry failure.`;

/** Registers `dockhand inspect`. */
export const register: RegisterCommand = (program, context) => {
  const command = program
    .command("inspect")
    .description("Show an image's manifest: platforms of an index, config and layers of an image")
    .argument("<reference>", "image reference, e.g. ghcr.io/owner/app:v1")
    .option("--raw", "print the manifest bytes exactly as the registry stores them")
    .option("--json", "print one JSON object");
  addRegistryOptions(command)
    .addHelpText("after", examples)
    .action(async (input: string, options: InspectOptions) => {
      await context.run(options.json, async () => {
        const { runInspect } = await import("./inspect-run.js");
        return await runInspect(input, options, context);
      });
    });
};
