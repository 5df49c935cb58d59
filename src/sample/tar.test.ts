import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTar } from "./tar.js";

function tar(args: string[]): string {
  const result = spawnSync("tar", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe("createTar", () => {
  it("writes an archive GNU tar lists and extracts byte for byte", () => {
    const longName = `${"deep/".repeat(25)}file.txt`;
    const archive = createTar([
      { path: "etc/" },
      { path: "etc/hello.txt", content: "hello\n" },
      { path: longName, content: "x".repeat(1000) },
    ]);
    expect(archive.length % 512).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), "dockhand-tar-")), "layer.tar");
    writeFileSync(file, archive);
    expect(tar(["-tf", file]).trim().split("\n")).toEqual(["etc/", "etc/hello.txt", longName]);
    expect(tar(["-xOf", file, "etc/hello.txt"])).toBe("hello\n");
    expect(tar(["-xOf", file, longName])).toBe("x".repeat(1000));
  });

  it("is reproducible: the same entries give the same bytes", () => {
    const entries = [{ path: "a.txt", content: "a" }];
    expect(Buffer.from(createTar(entries)).equals(Buffer.from(createTar(entries)))).toBe(true);
  });
});
