/**
 * `dockhand index create|append|remove`: builds multi-arch indexes from per-arch images in a registry, as
 * `docker buildx imagetools create` does, appends images to one, or removes a platform from one.
 */
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions } from "../registry-options.js";
import type { CreateOptions, RemoveOptions } from "./index-cmd-run.js";

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const createExamples = `
Each SOURCE is a per-arch image or an index (flattened into the new one) in TARGET's registry; a bare digest
(sha256:...) means TARGET's repository. Sources in other repositories are mounted into TARGET's repository
first. Platforms come from each image's config; two images with one platform are refused. Attestation manifests
(provenance, SBOM) stay with the images they describe. The result is a Docker manifest list when every image is a
Docker v2 manifest and nothing is annotated, else an OCI index. One index source and no annotations: an exact
copy (same digest).

--annotation index:KEY=VALUE annotates the index, manifest-descriptor[:PLATFORM]:KEY=VALUE its entries
(manifest-descriptor[linux/amd64]:KEY=VALUE for one platform); without a prefix it goes on the index.

Examples:
  $ dockhand index create ghcr.io/owner/app:main ghcr.io/owner/app:main-amd64 ghcr.io/owner/app:main-arm64
  $ dockhand index create ghcr.io/owner/app:1.2.3 --tag 1.2 --tag latest \\
      ghcr.io/owner/app:1.2.3-amd64 ghcr.io/owner/app:1.2.3-arm64
  $ dockhand index create ghcr.io/owner/app:main sha256:<amd64 digest> sha256:<arm64 digest> --dry-run
  $ dockhand index create ghcr.io/owner/app:main ghcr.io/owner/app-build:amd64 ghcr.io/owner/app-build:arm64 \\
      --annotation 'index:org.opencontainers.image.source=https://github.com/owner/app'

Exit codes: 0 pushed (or planned), 1 a source is missing or unusable (duplicate platform, no platform),
2 usage, 3 network or registry failure.`;

const appendExamples = `
Adds SOURCE's images (and their attestations) to the index at TARGET and pushes the result under the same tag;
the index keeps its entries and annotations. A platform already in the index is refused: remove it first.

Examples:
  $ dockhand index append ghcr.io/owner/app:main ghcr.io/owner/app:main-riscv64
  $ dockhand index append ghcr.io/owner/app:main sha256:<digest> --dry-run

Exit codes: 0 pushed (or planned), 1 TARGET or SOURCE missing or a platform duplicated, 2 usage, 3 network.`;

const removeExamples = `
Removes the images of each --platform (and the attestation manifests describing them) from the index at TARGET
and pushes the result under the same tag. The images themselves stay in the registry under their digests.

Examples:
  $ dockhand index remove ghcr.io/owner/app:main --platform linux/arm/v7
  $ dockhand index remove ghcr.io/owner/app:main --platform linux/386 --platform linux/s390x --dry-run --json

Exit codes: 0 pushed (or planned), 1 TARGET missing, not an index, or without that platform, 2 usage, 3 network.`;

/** Registers `dockhand index` and its subcommands. */
export const register: RegisterCommand = (program, context) => {
  const index = program
    .command("index")
    .description("Create multi-arch indexes from per-arch images; append to or remove platforms from one");

  const create = index
    .command("create")
    .description("Combine per-arch images (or indexes) into one multi-arch index, as buildx imagetools create")
    .argument("<target>", "where the index goes, e.g. ghcr.io/owner/app:main")
    .argument("<sources...>", "per-arch images or indexes in the same registry (or bare sha256: digests)")
    .option("--tag <tag>", "another tag for the index: a tag or a reference in the same registry (repeatable)", collect)
    .option(
      "--annotation <annotation>",
      "index:KEY=VALUE or manifest-descriptor[PLATFORM]:KEY=VALUE (repeatable)",
      collect,
    )
    .option("--dry-run", "print the index JSON instead of pushing")
    .option("--json", "print the result as JSON");
  addRegistryOptions(create)
    .addHelpText("after", createExamples)
    .action(async (target: string, sources: string[], opts: CreateOptions) => {
      await context.run(opts.json, async () =>
        (await import("./index-cmd-run.js")).runCreate(target, sources, opts, context),
      );
    });

  const append = index
    .command("append")
    .description("Add images to an existing index under the same tag")
    .argument("<target>", "the index, e.g. ghcr.io/owner/app:main")
    .argument("<sources...>", "images or indexes to add, in the same registry")
    .option(
      "--annotation <annotation>",
      "index:KEY=VALUE or manifest-descriptor[PLATFORM]:KEY=VALUE (repeatable)",
      collect,
    )
    .option("--dry-run", "print the index JSON instead of pushing")
    .option("--json", "print the result as JSON");
  addRegistryOptions(append)
    .addHelpText("after", appendExamples)
    .action(async (target: string, sources: string[], opts: CreateOptions) => {
      await context.run(opts.json, async () =>
        (await import("./index-cmd-run.js")).runAppend(target, sources, opts, context),
      );
    });

  const remove = index
    .command("remove")
    .description("Remove platforms from an index under the same tag")
    .argument("<target>", "the index, e.g. ghcr.io/owner/app:main")
    .option("--platform <platform>", "platform to remove, e.g. linux/arm/v7 (repeatable)", collect)
    .option("--dry-run", "print the index JSON instead of pushing")
    .option("--json", "print the result as JSON");
  addRegistryOptions(remove)
    .addHelpText("after", removeExamples)
    .action(async (target: string, opts: RemoveOptions) => {
      await context.run(opts.json, async () => (await import("./index-cmd-run.js")).runRemove(target, opts, context));
    });
};
