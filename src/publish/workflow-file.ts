/**
 * Writing a generated workflow: atomically (a temporary file in the same directory, then a link or rename, so a
 * reader never sees half a file), and never over an existing file unless forced.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DockhandError } from "../errors.js";

/** Writes `text` to `path`; throws WORKFLOW_EXISTS (exit 1) when the file exists and `force` is not set. */
export async function writeFileAtomic(path: string, text: string, options: { force?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temporary, text, { flag: "wx" });
  try {
    if (options.force) {
      await rename(temporary, path);
      return;
    }
    // link() fails when the target exists, so the check and the write are one step: no race with another writer.
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new DockhandError("WORKFLOW_EXISTS", `${path} already exists`, {
        hint: "pass --force to replace it, or --output to write elsewhere",
        details: { path },
      });
    }
    throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
}
