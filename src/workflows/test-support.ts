import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The directory of a fixture repository under `src/workflows/fixtures/`. */
export function fixtureRepo(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/**
 * A temporary copy of the `malformed` fixture with its broken workflow put in place; the broken
 * file is stored as `.txt` so the project's formatter does not try to parse it.
 */
export async function malformedRepo(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-workflows-"));
  const source = fixtureRepo("malformed");
  await cp(source, dir, { recursive: true });
  const broken = await readFile(path.join(source, "broken-workflow.txt"), "utf8");
  await writeFile(path.join(dir, ".github/workflows/broken.yml"), broken);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
