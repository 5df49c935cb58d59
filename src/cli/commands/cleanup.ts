/**
 * `dockhand cleanup IMAGE`: retention that never breaks a multi-arch image. Plans over the manifest graph (a dry
 * run by default: what would go and why), deletes with --apply through GitHub's Packages API (ghcr.io) or the
 * Distribution API (any other registry), then validates. `--policy FILE` cleans many images;
 * `dockhand cleanup validate IMAGE` finds broken images.
 */
import type { Command } from "commander";
import { addGitHubOptions } from "../../github/options.js";
import type { RegisterCommand } from "../main.js";
import { addRegistryOptions } from "../registry-options.js";
import type { CleanupOptions } from "./cleanup-run.js";

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const cleanupHelp = `
Top-level images are tagged images, and untagged manifests that are neither an index entry nor a signature or
referrer of a manifest still there. Rules select them; everything a kept image reaches (platform manifests, attestations, signatures, referrers) stays; what a
deleted image carries goes with it. Tagged images are selected by --include (every tag must match) or, without
it, by --keep-tagged. With no rule at all, untagged top-level images are selected. Ages come from GitHub's
created_at, or the org.opencontainers.image.created annotation on other registries (unknown ages never delete).
If any manifest cannot be read, nothing is deleted.

What --keep-tagged N counts: with --include, every image that carries at least one matching tag (as
ghcr-cleanup-action counts), newest first; the N newest of those stay, and of the rest only images whose every tag
matches are deleted (an image that also carries another tag is never deleted). Without --include, every tagged
image not excluded is counted. Example: images v1.0, v1.1+latest, v1.2 with --include '/^v1.d+$/'
--keep-tagged 2 keep v1.2 and v1.1 and delete v1.0.

Untagging (--untag): with --include, an image some of whose tags match and some do not is kept whole by
default. With --untag the matching tags are removed and the image stays with its other tags, wherever the rules
would have deleted it had every tag matched (keep-N, --older-than, --exclude and --keep-used-by protect it as
from deletion). GitHub's API deletes versions, not tags, so dockhand pushes an empty placeholder index under the
tag (the tag moves to it) and deletes the placeholder's version, as ghcr-cleanup-action's delete-tags does; the
image, its platform manifests and its other tags are never touched. A tag carried only by the image it names is
removed by deleting the image (the usual deletion). Needs write:packages and delete:packages on GitHub.
Example: an index tagged v2.0 and legacy, with --include legacy --untag: "untag legacy from sha256:… (keeps v2.0)".

Many packages (--owner OWNER --packages PATTERN…): the owner's container packages are listed through the Packages
API (all pages); names, globs and /regex/ select some; each is planned with the same rules, and a table shows per
package the versions, how many stay, are deleted and untagged. --apply goes package by package and stops cleanly
before GitHub's rate limit is spent (or on Ctrl-C); running it again after the reset continues where it stopped
(deleted versions are not listed again; a version already gone counts as deleted). Reads are conditional
requests (ETags cached in ~/.cache/dockhand): an unchanged package answers 304, which GitHub does not count.

Repair: --delete-ghost-images, --delete-partial-images and --delete-orphaned-images delete the broken images
\`cleanup validate\` reports (whatever their tags), planned and shown like every other deletion.

Patterns: globs (pr-*, v1.?) match the whole tag; /regex/flags match anywhere in it; a digest (sha256:…) among
the --include patterns selects that image whatever its tags. --older-than takes s, m, h, d, w and y (1y = 365d).

Policy file (--policy FILE), one entry per image:
  images:
    - image: ghcr.io/acme/app
      keep-tagged: 10
      include: ["pr-*"]
      exclude: [latest]
      untagged: true
      older-than: 30d
      keep-semver: major
      keep-used-by: ./deploy   # relative to the policy file
      untag: true

Examples:
  $ dockhand cleanup ghcr.io/acme/app --untagged                       # dry run: what would go and why
  $ dockhand cleanup ghcr.io/acme/app --include 'pr-*' --older-than 14d --apply
  $ dockhand cleanup ghcr.io/acme/app --keep-tagged 20 --keep-semver major --keep-used-by . --json
  $ dockhand cleanup ghcr.io/acme/app --include legacy --untag --apply  # legacy leaves the images also tagged otherwise
  $ dockhand cleanup --owner acme --packages 'svc-*' --packages api --untagged --older-than 30d --json
  $ dockhand cleanup --policy cleanup.yml --apply
  $ dockhand cleanup validate ghcr.io/acme/app

Exit codes: 0 planned or applied, 1 the run left an image broken that was whole before, 2 usage, 3 a manifest could not be read
(nothing deleted) or a deletion was refused.`;

const validateHelp = `
Finds broken images: an index whose entries are gone (ghost or partial), a tag pointing at no manifest, a
signature or referrer whose subject is gone, manifests that cannot be read.

Examples:
  $ dockhand cleanup validate ghcr.io/acme/app
  $ dockhand cleanup validate 127.0.0.1:5000/app --json

Exit codes: 0 nothing broken, 1 broken images found, 2 usage, 3 registry or GitHub unreachable.`;

/** Registers `dockhand cleanup` and `dockhand cleanup validate`. */
export const register: RegisterCommand = (program, context) => {
  const withShared = (command: Command) =>
    addRegistryOptions(addGitHubOptions(command))
      .option("--concurrency <n>", "manifest fetches and deletions in flight (default 8 and 4)")
      .option("--json", "print one JSON document");

  const cleanup = withShared(
    program
      .command("cleanup")
      .description("Delete old image versions by policy without breaking multi-arch images (dry run by default)")
      .argument("[image]", "repository: ghcr.io/OWNER/NAME or HOST/NAME"),
  )
    .option("--keep-tagged <n>", "keep the N newest selected tagged images")
    .option("--keep-untagged <n>", "keep the N newest untagged images, delete the rest")
    .option("--untagged", "delete untagged top-level images")
    .option("--older-than <duration>", "only delete images older than this (30d, 12h, 2w)")
    .option("--include <pattern>", "select tagged images whose every tag matches (repeatable)", collect)
    .option("--exclude <pattern>", "keep images with a tag matching (repeatable)", collect)
    .option("--keep-semver <major|minor>", "keep the newest release of every major or minor version")
    .option("--keep-used-by <path>", "keep tags and digests referenced in this folder or file")
    .option("--html <file>", "also write the plan as a self-contained HTML page (the manifest graph, KEEP or DELETE)")
    .option("--delete-ghost-images", "delete indexes whose platform manifests are all gone")
    .option("--delete-partial-images", "delete indexes some of whose platform manifests are gone")
    .option("--delete-orphaned-images", "delete signatures and other referrers whose subject is gone")
    .option("--untag", "remove the matching tags from images that keep other tags (default: keep such images whole)")
    .option("--owner <login>", "clean many packages of this user or organisation (with --packages)")
    .option(
      "--packages <pattern>",
      "with --owner: package names or globs (svc-*, /regex/) to clean (repeatable)",
      collect,
    )
    .option("--policy <file>", "YAML policy file for many images")
    .option("--apply", "delete (default: dry run)")
    .addHelpText("after", cleanupHelp)
    .action(async (image: string | undefined, options: CleanupOptions) => {
      await context.run(options.json, async () => {
        const { runCleanup } = await import("./cleanup-run.js");
        return await runCleanup(image, options, context);
      });
    });

  withShared(
    cleanup
      .command("validate")
      .description("Find broken images: missing index entries, tags pointing nowhere, orphan signatures")
      .argument("<image>", "repository: ghcr.io/OWNER/NAME or HOST/NAME"),
  )
    .addHelpText("after", validateHelp)
    .action(async (image: string, _options: CleanupOptions, command: Command) => {
      // Options the parent also defines (--json, --token, --resolve) land on whichever command they follow.
      const options = command.optsWithGlobals<CleanupOptions>();
      await context.run(options.json, async () => {
        const { runValidate } = await import("./cleanup-run.js");
        return await runValidate(image, options, context);
      });
    });
};
