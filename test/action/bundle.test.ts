/**
 * The Action runs dist-action/index.js as committed (the runner does not install anything), so the committed bundle
 * must be what a fresh build of the sources gives.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

it("dist-action/index.js is a fresh build of src/ (run `npm run bundle -- action` after changing src/)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dockhand-bundle-"));
  try {
    const outfile = path.join(dir, "index.js");
    execFileSync(process.execPath, ["scripts/bundle.mjs", "action"], {
      cwd: root,
      env: { ...process.env, DOCKHAND_ACTION_OUTFILE: outfile },
    });
    const fresh = readFileSync(outfile, "utf8");
    const committed = readFileSync(path.join(root, "dist-action/index.js"), "utf8");
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
