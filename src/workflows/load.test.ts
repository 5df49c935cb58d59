import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { loadWorkflows } from "./load.js";
import { findPushSteps } from "./push-steps.js";
import type { WorkflowSet } from "./types.js";

/** The directory of a fixture repository under `src/workflows/fixtures/`. */
function fixtureRepo(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/**
 * A temporary copy of the `malformed` fixture with its broken workflow put in place; the broken
 * file is stored as `.txt` so the project's formatter does not try to parse it.
 */
async function malformedRepo(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-workflows-"));
  const source = fixtureRepo("malformed");
  await cp(source, dir, { recursive: true });
  const broken = await readFile(path.join(source, "broken-workflow.txt"), "utf8");
  await writeFile(path.join(dir, ".github/workflows/broken.yml"), broken);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

describe("loadWorkflows", () => {
  let malformed: Awaited<ReturnType<typeof malformedRepo>>;
  let set: WorkflowSet;
  beforeAll(async () => {
    malformed = await malformedRepo();
    set = await loadWorkflows(malformed.dir);
  });
  afterAll(async () => {
    await malformed.cleanup();
  });

  it("reports a broken file with its line and keeps loading the others", () => {
    expect(set.workflows.map((w) => w.file)).toEqual([".github/workflows/good.yaml", ".github/workflows/shape.yml"]);
    expect(set.errors.map((e) => [e.code, e.file, e.line, e.column])).toEqual([
      ["WORKFLOW_YAML", ".github/workflows/broken.yml", 5, 1],
      ["WORKFLOW_YAML", ".github/workflows/dupe.yml", 5, 3],
      ["WORKFLOW_SHAPE", ".github/workflows/shape.yml", 4, 3],
      ["WORKFLOW_SHAPE", ".github/workflows/shape.yml", 9, 9],
    ]);
    expect(set.errors[0]?.message).toMatch(/end with a \]/);
    expect(set.errors[1]?.message).toBe("Map keys must be unique");
  });

  it("still finds the pushes of the files that parse", () => {
    const images = set.workflows.flatMap((w) => findPushSteps(w).flatMap((p) => p.legs[0]?.images ?? []));
    expect(images.map((i) => i.resolved)).toEqual(["ghcr.io/acme/app:good", "ghcr.io/acme/app:ok"]);
  });

  it("follows local reusable workflows and reports calls to missing files", async () => {
    const reusable = await loadWorkflows(fixtureRepo("reusable"));
    expect(reusable.workflows.map((w) => w.file).sort()).toEqual([
      ".github/workflows/build.yml",
      ".github/workflows/narrow.yml",
      ".github/workflows/release.yml",
    ]);
    expect(reusable.calls.map((c) => [c.jobId, c.target])).toEqual([
      ["publish", ".github/workflows/build.yml"],
      ["publish-readonly", ".github/workflows/build.yml"],
      ["narrowed", ".github/workflows/narrow.yml"],
      ["external", undefined],
      ["broken", ".github/workflows/missing.yml"],
    ]);
    expect(reusable.errors).toEqual([
      {
        code: "WORKFLOW_NOT_FOUND",
        file: ".github/workflows/release.yml",
        line: 28,
        column: 11,
        message:
          'job "broken" calls ./.github/workflows/missing.yml, but .github/workflows/missing.yml does not exist in the repository',
      },
    ]);
  });

  it("returns nothing for a checkout without workflows", async () => {
    const empty = await loadWorkflows(fixtureRepo("metadata/.github"));
    expect(empty).toEqual({ workflows: [], errors: [], calls: [] });
  });

  it("refuses a directory that does not exist (usage error)", async () => {
    const err = await loadWorkflows(fixtureRepo("no-such-repo")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DockhandError);
    expect(err).toMatchObject({ code: "REPO_NOT_FOUND", exit: 2 });
  });
});
