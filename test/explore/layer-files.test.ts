/** The explorer's tar reader over real archives: dockhand's sample layers, GNU tar's and a PAX long name. */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLayer } from "../../src/explore/layer-files.js";
import { createTar } from "../../src/sample/tar.js";

const chunked = (bytes: Uint8Array, size = 777) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
    })(),
  );

describe("listLayer", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dockhand-tar-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists a gzip layer made by dockhand's tar writer, read in odd-sized chunks", async () => {
    const tar = createTar([{ path: "etc/" }, { path: "etc/hello.txt", content: "hello\n" }]);
    const listing = await listLayer(chunked(zlib.gzipSync(tar), 100));
    expect(listing.compression).toBe("gzip");
    expect(listing.entries.map((e) => [e.path, e.type])).toEqual([
      ["etc/", "dir"],
      ["etc/hello.txt", "file"],
    ]);
    expect(listing.entries[1]?.size).toBe(6);
  });

  it("reads GNU tar's output: long names, symlinks, hard links, a whiteout, plain and gzip", async () => {
    const root = path.join(dir, "root");
    const long = `${"d".repeat(120)}/${"f".repeat(130)}.txt`;
    await mkdir(path.join(root, path.dirname(long)), { recursive: true });
    await writeFile(path.join(root, long), Buffer.alloc(1500, 7));
    await writeFile(path.join(root, "a.txt"), "a");
    await writeFile(path.join(root, ".wh.gone"), "");
    await symlink("a.txt", path.join(root, "link"));
    spawnSync("ln", [path.join(root, "a.txt"), path.join(root, "hard")]);
    for (const format of ["gnu", "pax"]) {
      const file = path.join(dir, `${format}.tar`);
      const made = spawnSync("tar", [`--format=${format}`, "-cf", file, "-C", root, "."]);
      expect(made.status).toBe(0);
      const bytes = await readFile(file);
      for (const body of [bytes, zlib.gzipSync(bytes)]) {
        const listing = await listLayer(chunked(body));
        const byPath = new Map(listing.entries.map((e) => [e.path, e]));
        expect(byPath.get(long)).toMatchObject({ type: "file", size: 1500 });
        expect(byPath.get("link")).toMatchObject({ type: "symlink", linkTarget: "a.txt" });
        expect([byPath.get("hard")?.type, byPath.get("a.txt")?.type].sort()).toEqual(["file", "hardlink"]);
        expect(byPath.get(".wh.gone")?.whiteout).toBe(true);
        expect(listing.total).toBe(listing.entries.length);
      }
    }
  });

  it("keeps the first N entries and counts them all", async () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({ path: `f${i}`, content: String(i) }));
    const listing = await listLayer(chunked(createTar(entries)), 10);
    expect(listing.entries).toHaveLength(10);
    expect(listing.total).toBe(30);
  });
});
