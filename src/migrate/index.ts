/**
 * Moving an image to a new name or registry: the project rename (`dockhand rename`: reference edits, the login
 * step for a new registry, the secrets it needs) and the four-phase migration (`dockhand migrate`) with its
 * resumable plan in `.dockhand/migration.yaml`.
 */
export {
  type LoginRewrite,
  type LoginSplice,
  planLoginRewrite,
  type RegistryFamily,
  type RequiredSecret,
  registryFamily,
  secretsFor,
} from "./login.js";
export {
  type CleanupTarget,
  type MigrateContext,
  type MigrationStatus,
  migrationStatus,
  referencesLeft,
  runNext,
  type StepResult,
  startMigration,
} from "./phases.js";
export {
  loadMigration,
  type Migration,
  MigrationSchema,
  migrationPath,
  nextPhase,
  PHASES,
  type Phase,
  saveMigration,
} from "./plan-file.js";
export { type CleanupRoute, cleanupRoute, compareTags, listAllTags, type TagsInStep } from "./registry-state.js";
export {
  DOCKHAND_FILES,
  type EditRecord,
  type ProjectRename,
  type ProjectRenameOptions,
  pathMatcher,
  planProjectRename,
} from "./rename.js";
export { colourDiff, renderRename } from "./render.js";
