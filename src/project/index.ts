/**
 * Repository scanning: find every reference to one image repository in a checkout, and plan and apply the exact
 * text edits that rename it.
 */
export { type AppliedFiles, applyEdits } from "./apply.js";
export { classifyFile, type FileType } from "./file-format.js";
export { type FileFindings, type FileSearch, findInFile } from "./find-in-file.js";
export { originRepository, repositoryFromUrl } from "./git-remote.js";
export {
  applySplices,
  type FilePlan,
  type PlannedEdit,
  planRename,
  type RenameOptions,
  type RenamePlan,
  type SkippedFinding,
} from "./plan.js";
export { scanProject } from "./scan.js";
export { parseRepository, rewriteName, spellingsOf } from "./target.js";
export { compileFinder, type Spelling, type TextMatch } from "./text-finder.js";
export type * from "./types.js";
export { listProjectFiles, SKIPPED_FOLDERS } from "./walk.js";
