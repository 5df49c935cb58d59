/**
 * The migration's steps. `startMigration` writes the plan; `runNext` does the current phase and moves on:
 * 1. parallel run — one sync pass copies every tag of OLD to NEW (`dockhand sync --watch` keeps it in step);
 * 2. gradual switch — rewrites only the chosen paths (`--only k8s/staging/**`), after a sync pass;
 * 3. full switch — rewrites everything, then scans again: nothing outside comments may still name OLD;
 * 4. clean-up — plans OLD's deletion (the Packages API for a GitHub registry, else the clean-up planner's waves
 *    over the registry API); deletes only with `apply`, and only when NEW is in step and nothing names OLD.
 * `migrationStatus` reports the phase, the tags in step and the references left.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { executePlan } from "../cleanup/execute.js";
import { type CleanupPlan, planCleanup } from "../cleanup/plan.js";
import { registryDeleter, registryInventory } from "../cleanup/registry.js";
import { syncOnce } from "../copy/sync.js";
import { DockhandError } from "../errors.js";
import type { GitHubClient } from "../github/client.js";
import { deletePackage, resolvePackageOwner } from "../github/packages.js";
import { applyEdits, parseRepository, repositoryFromUrl, scanProject } from "../project/index.js";
import { repositoryName } from "../reference/index.js";
import { type RegistryClient, RegistryStore } from "../registry/index.js";
import { loadMigration, type Migration, nextPhase, type Phase, saveMigration } from "./plan-file.js";
import { type CleanupRoute, cleanupRoute, compareTags, type TagsInStep } from "./registry-state.js";
import { DOCKHAND_FILES, planProjectRename } from "./rename.js";

/** What the steps need from outside. */
export interface MigrateContext {
  root: string;
  client: RegistryClient;
  env: NodeJS.ProcessEnv;
  /** A GitHub client, for deleting a package in the clean-up. */
  github?: () => GitHubClient;
  now?: () => Date;
}

/** The clean-up as planned (and done): for a registry, the manifests in deletion order. */
export type CleanupTarget = CleanupRoute & {
  applied: boolean;
  manifests?: { digest: string; tags: string[]; role: string }[];
};

/** The result of one `migrate next`. */
export interface StepResult {
  phase: Phase;
  /** The phase the plan is in afterwards. */
  nowIn: Phase;
  lines: string[];
  /** Files written by a switch. */
  written?: string[];
  tags?: TagsInStep;
  cleanup?: CleanupTarget;
  exitCode: 0 | 1;
}

function stamp(context: MigrateContext): string {
  return (context.now?.() ?? new Date()).toISOString();
}

function storeOf(client: RegistryClient, name: string): { store: RegistryStore; repository: string } {
  const reference = parseRepository(name, "repository");
  return { store: new RegistryStore(client, reference.domain), repository: reference.path };
}

/** Creates the plan file for OLD → NEW (refusing to overwrite a plan in progress unless `force`). */
export async function startMigration(
  root: string,
  from: string,
  to: string,
  options: { githubRepo?: string; force?: boolean; now?: () => Date } = {},
): Promise<Migration> {
  const fromName = repositoryName(parseRepository(from, "old repository"));
  const toName = repositoryName(parseRepository(to, "new repository"));
  if (!options.force) {
    const existing = await loadMigration(root).catch(() => undefined);
    if (existing && existing.phase !== "done") {
      throw new DockhandError(
        "MIGRATION_EXISTS",
        `a migration ${existing.from} → ${existing.to} is in progress (${existing.phase})`,
        { exit: 2, hint: "finish it with dockhand migrate next, or pass --force to start over" },
      );
    }
  }
  const at = (options.now?.() ?? new Date()).toISOString();
  const migration: Migration = {
    version: 1,
    from: fromName,
    to: toName,
    ...(options.githubRepo ? { githubRepo: repositoryFromUrl(options.githubRepo) ?? options.githubRepo } : {}),
    phase: "parallel-run",
    switched: [],
    createdAt: at,
    updatedAt: at,
    history: [],
  };
  await saveMigration(root, migration);
  return migration;
}

/** The sync config before the switch (OLD → NEW) and after it (NEW → OLD, for consumers still pulling OLD). */
const SYNC_FORWARD = path.join(".dockhand", "sync.yaml");
const SYNC_BACK = path.join(".dockhand", "sync-back.yaml");

/** Writes a sync config of one pair for `dockhand sync --watch`; returns its path relative to the root. */
async function writeSyncConfig(root: string, relative: string, source: string, target: string): Promise<string> {
  await mkdir(path.join(root, ".dockhand"), { recursive: true });
  const config = { defaults: { referrers: true }, sync: [{ source, target }] };
  await writeFile(path.join(root, relative), stringify(config));
  return relative;
}

/** One sync pass OLD → NEW; throws the first pair's error. */
async function syncPass(context: MigrateContext, migration: Migration): Promise<string> {
  const pass = await syncOnce(
    { defaults: { referrers: true }, sync: [{ source: migration.from, target: migration.to }] },
    { client: context.client },
  );
  const failed = pass.pairs.find((pair) => !pair.ok);
  if (failed && !failed.ok) throw failed.error;
  const { describeSummary } = await import("../copy/events.js");
  return `sync ${migration.from} → ${migration.to}: ${pass.summary.images} image(s); ${describeSummary(pass.summary)}`;
}

async function switchPaths(
  context: MigrateContext,
  migration: Migration,
  only: string[],
): Promise<{ written: string[]; lines: string[] }> {
  const rename = await planProjectRename(context.root, migration.from, migration.to, {
    ...(migration.githubRepo ? { githubRepo: migration.githubRepo } : {}),
    only,
    env: context.env,
  });
  const problems = rename.files.filter((file) => file.problem);
  if (problems.length > 0) {
    throw new DockhandError(
      "PROJECT_EDIT_INVALID",
      `${problems.map((file) => `${file.file}: ${file.problem}`).join("; ")}`,
      { hint: "nothing was written; edit these files by hand, then run dockhand migrate next again" },
    );
  }
  const written = rename.files.length > 0 ? (await applyEdits(context.root, rename)).files : [];
  const lines = [`rewrote ${rename.edits.length} reference(s) in ${written.length} file(s)`];
  for (const file of written) lines.push(`  ${file}`);
  for (const secret of rename.secrets) lines.push(`create the secret ${secret.name}: ${secret.value}`);
  for (const note of rename.notes) lines.push(`note: ${note}`);
  return { written, lines };
}

/** References to OLD left in the checkout, outside comments. */
export async function referencesLeft(
  root: string,
  migration: Migration,
  env: NodeJS.ProcessEnv,
): Promise<{ file: string; line: number; text: string }[]> {
  const scan = await scanProject(root, migration.from, {
    exclude: [...DOCKHAND_FILES],
    ...(migration.githubRepo ? { githubRepo: migration.githubRepo } : {}),
    env,
  });
  return scan.findings
    .filter((finding) => !finding.comment)
    .map((finding) => ({ file: finding.file, line: finding.line, text: finding.text }));
}

/** Runs the current phase; `only` picks the paths of a gradual switch, `skip` passes it by, `apply` deletes. */
export async function runNext(
  context: MigrateContext,
  options: { only?: string[]; skip?: boolean; apply?: boolean } = {},
): Promise<StepResult> {
  const migration = await loadMigration(context.root);
  const phase = migration.phase;
  const lines: string[] = [];
  const advance = async (result: string): Promise<Phase> => {
    const at = stamp(context);
    migration.history.push({ phase, at, result });
    migration.phase = nextPhase(phase);
    migration.updatedAt = at;
    await saveMigration(context.root, migration);
    return migration.phase;
  };
  switch (phase) {
    case "parallel-run": {
      lines.push(await syncPass(context, migration));
      const config = await writeSyncConfig(context.root, SYNC_FORWARD, migration.from, migration.to);
      lines.push(
        `keep ${migration.to} in step while consumers still pull ${migration.from}:`,
        `  dockhand sync ${config} --watch 5m`,
      );
      const { digests: _digests, ...tags } = await compareTags(
        storeOf(context.client, migration.from),
        storeOf(context.client, migration.to),
      );
      lines.push(`tags in step: ${tags.inStep.length} of ${tags.total}`);
      return { phase, nowIn: await advance(lines[0] ?? "synced"), lines, tags, exitCode: 0 };
    }
    case "gradual-switch": {
      if (options.skip) {
        lines.push("gradual switch skipped");
        return { phase, nowIn: await advance("skipped"), lines, exitCode: 0 };
      }
      if (!options.only || options.only.length === 0) {
        throw new DockhandError("USAGE", "the gradual switch needs the paths to switch: --only GLOB", {
          exit: 2,
          hint: "e.g. dockhand migrate next --only 'k8s/staging/**' (repeat for more), or --skip to switch everything at once",
        });
      }
      lines.push(await syncPass(context, migration));
      const switched = await switchPaths(context, migration, options.only);
      lines.push(...switched.lines);
      migration.switched.push(...options.only.filter((glob) => !migration.switched.includes(glob)));
      const result = `switched ${options.only.join(", ")} (${switched.written.length} file(s))`;
      // The gradual phase may take several steps: it ends when the full switch starts.
      const at = stamp(context);
      migration.history.push({ phase, at, result });
      migration.updatedAt = at;
      await saveMigration(context.root, migration);
      lines.push("switch more paths with --only, or go on to the full switch with: dockhand migrate next --skip");
      return { phase, nowIn: phase, lines, written: switched.written, exitCode: 0 };
    }
    case "full-switch": {
      lines.push(await syncPass(context, migration));
      const switched = await switchPaths(context, migration, []);
      lines.push(...switched.lines);
      const left = await referencesLeft(context.root, migration, context.env);
      if (left.length > 0) {
        lines.push(`${left.length} reference(s) still name ${migration.from}:`);
        for (const item of left) lines.push(`  ${item.file}:${item.line} ${item.text}`);
        lines.push("edit them by hand (or pass --github-repo to dockhand migrate plan), then run migrate next again");
        return { phase, nowIn: phase, lines, written: switched.written, exitCode: 1 };
      }
      lines.push(`verified: nothing in the repository names ${migration.from} any more (comments aside)`);
      // From here on the repository's CI pushes to NEW. Syncing OLD → NEW now would copy OLD's older tags over
      // NEW's; consumers outside the repository that still pull OLD need the other direction until the clean-up.
      const back = await writeSyncConfig(context.root, SYNC_BACK, migration.to, migration.from);
      lines.push(
        `from now on pushes go to ${migration.to}: stop any sync of ${SYNC_FORWARD} (it would copy ${migration.from}'s`,
        `older tags over ${migration.to}'s), and keep ${migration.from} in step for consumers that still pull it:`,
        `  dockhand sync ${back} --watch 5m`,
      );
      return { phase, nowIn: await advance("switched everything"), lines, written: switched.written, exitCode: 0 };
    }
    case "clean-up":
      return await cleanUp(context, migration, options.apply === true, lines, advance);
    case "done":
      lines.push(`the migration ${migration.from} → ${migration.to} is done`);
      return { phase, nowIn: phase, lines, exitCode: 0 };
  }
}

async function cleanUp(
  context: MigrateContext,
  migration: Migration,
  apply: boolean,
  lines: string[],
  advance: (result: string) => Promise<Phase>,
): Promise<StepResult> {
  const phase: Phase = "clean-up";
  const { digests: _digests, ...tags } = await compareTags(
    storeOf(context.client, migration.from),
    storeOf(context.client, migration.to),
  );
  const left = await referencesLeft(context.root, migration, context.env);
  const route = cleanupRoute(migration.from, context.env);
  lines.push(`tags in step: ${tags.inStep.length} of ${tags.total}`);
  let registryPlan: CleanupPlan | undefined;
  let target: CleanupTarget;
  if (route.via === "packages-api") {
    target = { ...route, applied: false };
    lines.push(`plan: delete the package ${route.owner}/${route.packageName} through GitHub's Packages API`);
    lines.push("  (restorable for 30 days: dockhand packages restore)");
  } else {
    // Everything goes: every tagged image with its platform manifests, attestations and referrers, in waves.
    const { store } = storeOf(context.client, migration.from);
    const inventory = await registryInventory(store, route.repository, route.label);
    registryPlan = planCleanup(inventory, { include: ["*"], untagged: true }, { now: Date.now() });
    const doomed = registryPlan.waves.flat();
    target = {
      ...route,
      applied: false,
      manifests: doomed.map((version) => ({ digest: version.digest, tags: version.tags, role: version.role })),
    };
    lines.push(`plan: delete ${doomed.length} manifest(s) of ${route.label} through the registry API:`);
    for (const version of doomed) {
      lines.push(
        `  ${version.digest} ${version.role}${version.tags.length > 0 ? ` (${version.tags.join(", ")})` : ""}`,
      );
    }
    if (!registryPlan.complete) lines.push("  not every manifest could be read: nothing will be deleted");
  }
  const blockers = [
    ...tags.missing.map((tag) => `${migration.to} lacks the tag ${tag}`),
    ...tags.differing.map(
      (tag) =>
        `${migration.to}:${tag} differs from ${migration.from}:${tag} (bring ${migration.from} in step with dockhand sync ${SYNC_BACK}, or find what still pushes to it)`,
    ),
    ...left.map((item) => `${item.file}:${item.line} still names ${migration.from}`),
  ];
  if (blockers.length > 0) {
    lines.push("not deleting while:", ...blockers.map((blocker) => `  ${blocker}`));
    return { phase, nowIn: phase, lines, tags, cleanup: target, exitCode: 1 };
  }
  if (!apply) {
    lines.push("nothing deleted: run dockhand migrate next --apply to delete");
    return { phase, nowIn: phase, lines, tags, cleanup: target, exitCode: 0 };
  }
  if (route.via === "packages-api") {
    if (!context.github) throw new DockhandError("USAGE", "deleting a package needs a GitHub token", { exit: 2 });
    const github = context.github();
    const owner = await resolvePackageOwner(github, route.owner);
    await deletePackage(github, owner, route.packageName);
    lines.push(`deleted the package ${route.owner}/${route.packageName}`);
  } else if (registryPlan) {
    const { store } = storeOf(context.client, migration.from);
    const result = await executePlan(registryPlan, registryDeleter(store, route.repository));
    lines.push(`deleted ${result.deleted.length} manifest(s) of ${route.label}`);
    if (result.refused.length > 0 || result.skipped.length > 0) {
      for (const { version, refusal } of result.refused) lines.push(`  refused ${version.digest}: ${refusal.message}`);
      for (const { version, because } of result.skipped) lines.push(`  skipped ${version.digest}: ${because}`);
      return { phase, nowIn: phase, lines, tags, cleanup: target, exitCode: 1 };
    }
  }
  target.applied = true;
  return { phase, nowIn: await advance("deleted OLD"), lines, tags, cleanup: target, exitCode: 0 };
}

/** What `migrate status` reports. */
export interface MigrationStatus {
  migration: Migration;
  tags: TagsInStep;
  referencesLeft: { file: string; line: number; text: string }[];
}

/** The phase, the tags in step and the references left. */
export async function migrationStatus(context: MigrateContext): Promise<MigrationStatus> {
  const migration = await loadMigration(context.root);
  const { digests: _digests, ...tags } = await compareTags(
    storeOf(context.client, migration.from),
    storeOf(context.client, migration.to),
  );
  const left = await referencesLeft(context.root, migration, context.env);
  return { migration, tags, referencesLeft: left };
}
