import { randomBytes } from "node:crypto";
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { DockhandError } from "../errors.js";
import type { RenamePlan } from "./plan.js";
import { hashBytes } from "./walk.js";

/** What {@link applyEdits} wrote. */
export interface AppliedFiles {
  files: string[];
}

/**
 * Writes a planned rename. Every file is checked first: if any changed since it was scanned (its sha256 differs)
 * or its plan has a problem, nothing is written. Each file is then written to a temporary file beside it and
 * renamed over the original, so no file is ever half-written; permissions are kept.
 */
export async function applyEdits(root: string, plan: Pick<RenamePlan, "files">): Promise<AppliedFiles> {
  for (const file of plan.files) {
    if (file.problem) {
      throw new DockhandError("PROJECT_EDIT_INVALID", `${file.file}: ${file.problem}`, {
        hint: "nothing was written; report this file, or edit it by hand",
        details: { file: file.file },
      });
    }
    const current = await readFile(path.join(root, file.file)).catch(() => undefined);
    if (!current || hashBytes(current) !== file.hash) {
      throw new DockhandError("PROJECT_FILE_CHANGED", `${file.file} changed since it was scanned`, {
        hint: "nothing was written; scan again and re-plan",
        details: { file: file.file },
      });
    }
  }
  const written: string[] = [];
  for (const file of plan.files) {
    const target = path.join(root, file.file);
    const { mode } = await stat(target);
    const temporary = path.join(
      path.dirname(target),
      `.${path.basename(target)}.dockhand-${randomBytes(6).toString("hex")}.tmp`,
    );
    try {
      await writeFile(temporary, file.after, { encoding: "utf8", mode, flag: "wx" });
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw new DockhandError("PROJECT_WRITE_FAILED", `could not write ${file.file}: ${(error as Error).message}`, {
        details: { file: file.file, written },
        cause: error,
      });
    }
    written.push(file.file);
  }
  return { files: written };
}
