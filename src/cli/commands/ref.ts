/**
 * `dockhand ref REF`: explains an image reference — its domain, path, tag and digest, the normalised and the
 * familiar form — or says exactly what is wrong with it and how to write it instead.
 */
import { ambiguityNote, explainReference, formatReference, parseDockerRef } from "../../reference/index.js";
import type { RegisterCommand } from "../main.js";
import { printJson } from "../output.js";

const examples = `
A reference is [DOMAIN/]PATH[:TAG][@DIGEST]. Without a domain it is on Docker Hub (docker.io), and a one-part
path there is an official image (library/). The normalised form keeps the tag and digest as written; "pulled
as" shows what Docker would fetch (latest when there is neither tag nor digest; the digest wins over a tag).

Examples:
  $ dockhand ref nginx
  $ dockhand ref ghcr.io/owner/app:v1.0.0
  $ dockhand ref 'localhost:5000/team/app@sha256:<64 hex digits>'
  $ dockhand ref '[::1]:5000/app:dev' --json
  $ dockhand ref https://ghcr.io/Owner/App        # invalid: shows the error and the corrected spelling

Exit codes: 0 valid, 1 invalid reference, 2 usage.`;

/** Registers `dockhand ref`. */
export const register: RegisterCommand = (program, context) => {
  program
    .command("ref")
    .description("Explain an image reference: domain, path, tag, digest, normalised and familiar forms")
    .argument("<reference>", "image reference, e.g. ghcr.io/owner/app:v1")
    .option("--json", "print one JSON object")
    .addHelpText("after", examples)
    .action(async (input: string, options: { json?: boolean }) => {
      await context.run(options.json, () => {
        const explanation = explainReference(input);
        if (options.json) {
          printJson(context.io, explanation);
          return explanation.valid ? 0 : 1;
        }
        if (!explanation.valid) {
          // parseReference throws the same error; context.run prints it with its hint and exits 1.
          parseDockerRef(input);
          return 1;
        }
        const rows: Array<[string, string]> = [
          ["domain", explanation.domain],
          ["path", explanation.path],
          ["tag", explanation.tag ?? "-"],
          ["digest", explanation.digest ?? "-"],
          ["name", explanation.name],
          ["normalized", explanation.normalized],
          ["familiar", explanation.familiar],
          ["pulled as", formatReference(parseDockerRef(input))],
        ];
        const width = Math.max(...rows.map(([key]) => key.length));
        context.io.out(rows.map(([key, value]) => `${key.padEnd(width)}  ${value}\n`).join(""));
        const note = ambiguityNote(input);
        if (note) context.io.err(`note: ${note}\n`);
        return 0;
      });
    });
};
