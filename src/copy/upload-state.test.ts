/**
 * The open-upload state file: entries survive a new process (a new UploadState on the same file), a deleted
 * entry is gone, week-old and malformed entries are ignored, and the file is replaced, never left half-written.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { UploadState, uploadKey, uploadStatePath } from "./upload-state.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function stateFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dockhand-upload-state-"));
  dirs.push(dir);
  return join(dir, "nested", "uploads.json");
}

const entry = { location: "/v2/a/blobs/uploads/1", digest: `sha256:${"a".repeat(64)}`, size: 10, offset: 4 };

describe("UploadState", () => {
  it("keeps a session across instances until it is deleted", async () => {
    const path = await stateFile();
    const key = uploadKey("r.example", "a", entry.digest);
    await new UploadState(path, () => 1000).set(key, entry);
    expect(await new UploadState(path, () => 2000).get(key)).toEqual({ ...entry, updated: 1000 });
    const state = new UploadState(path, () => 3000);
    await state.delete(key);
    expect(await new UploadState(path).get(key)).toBeUndefined();
    expect(await readdir(join(path, ".."))).toEqual(["uploads.json"]); // no temporary file left
  });

  it("ignores entries older than a week and malformed ones, and replaces a broken file", async () => {
    const path = await stateFile();
    const week = 7 * 24 * 3600 * 1000;
    await new UploadState(path, () => 0).set("old", entry);
    await new UploadState(path, () => 0).set("fresh", entry);
    const later = new UploadState(path, () => week + 1);
    expect(await later.get("old")).toBeUndefined();
    await writeFile(path, "{ not json");
    const fresh = new UploadState(path, () => 5);
    expect(await fresh.get("fresh")).toBeUndefined();
    await fresh.set("k", entry);
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({ k: { ...entry, updated: 5 } });
    await writeFile(path, JSON.stringify({ bad: { location: 1 }, k: { ...entry, updated: 5 } }));
    expect(await new UploadState(path, () => 6).get("bad")).toBeUndefined();
  });

  it("lives in DOCKHAND_STATE_DIR, else XDG_STATE_HOME/dockhand", () => {
    expect(uploadStatePath({ DOCKHAND_STATE_DIR: "/s" })).toBe("/s/uploads.json");
    expect(uploadStatePath({ XDG_STATE_HOME: "/x" })).toBe("/x/dockhand/uploads.json");
  });
});
