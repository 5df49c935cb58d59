/**
 * Rename on a corpus of real-world-style repositories: each case under test/rename/corpus/ is a minimal
 * reconstruction, in our own files, of patterns seen in a public repository (its address in case.json). The
 * expected files were written by hand from what the rename must do, not from dockhand's output.
 *
 *   case.json   { source, description, from, to, githubRepo?, untracked?: string[], partial?: { file, line }[] }
 *   repo/       the repository before (every file committed, ignored ones too, except `untracked`)
 *   expected/   each file the rename changes, as it must read after `--apply`; every other file stays byte-equal
 *
 * A case with `partial` has pushes of the old name a rename cannot rewrite: the rename exits 1, names each of them
 * and writes nothing; with --allow-partial it writes the rest.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

interface CorpusCase {
  source: string;
  description: string;
  from: string;
  to: string;
  githubRepo?: string;
  untracked?: string[];
  partial?: { file: string; line: number }[];
}

const corpus = path.join(import.meta.dirname, "corpus");
const cases = existsSync(corpus)
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function filesUnder(root: string, dir = ""): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === ".git" ? [] : filesUnder(root, relative);
    return [relative];
  });
}

async function checkout(name: string, spec: CorpusCase): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `dockhand-corpus-${name}-`));
  dirs.push(dir);
  await cp(path.join(corpus, name, "repo"), dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
      stdio: "ignore",
    });
  git("init", "-q");
  const untracked = new Set(spec.untracked ?? []);
  const tracked = filesUnder(dir).filter((file) => !untracked.has(file));
  git("add", "-f", "--", ...tracked);
  git("commit", "-q", "-m", "init");
  if (spec.githubRepo) git("remote", "add", "origin", `https://github.com/${spec.githubRepo}.git`);
  return dir;
}

const run = (args: string[]) => runCli(args, { env: { NO_COLOR: "1" } });

describe.each(cases)("rename corpus: %s", (name) => {
  const spec = JSON.parse(readFileSync(path.join(corpus, name, "case.json"), "utf8")) as CorpusCase;
  const repoArgs = (dir: string) => [
    "--repo",
    dir,
    ...(spec.githubRepo ? ["--github-repo", spec.githubRepo] : []),
    "--json",
  ];

  it(`${spec.description} (${spec.source})`, async () => {
    const dir = await checkout(name, spec);
    const expectedDir = path.join(corpus, name, "expected");
    const expected = existsSync(expectedDir) ? filesUnder(expectedDir).sort() : [];
    const before = new Map(filesUnder(dir).map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));

    if (spec.partial) {
      const refused = await run(["rename", spec.from, spec.to, ...repoArgs(dir), "--apply"]);
      expect(refused.code, refused.err).toBe(1);
      const report = JSON.parse(refused.out) as { pushes_left: { file: string; line: number }[]; applied: string[] };
      expect(report.pushes_left.map(({ file, line }) => ({ file, line }))).toEqual(spec.partial);
      expect(report.applied).toEqual([]);
      for (const [file, text] of before) expect(await readFile(path.join(dir, file), "utf8")).toBe(text);
    }

    const args = [
      "rename",
      spec.from,
      spec.to,
      ...repoArgs(dir),
      "--apply",
      ...(spec.partial ? ["--allow-partial"] : []),
    ];
    const first = await run(args);
    expect(first.code, first.err).toBe(0);
    const report = JSON.parse(first.out) as { applied: string[] };
    expect([...report.applied].sort()).toEqual(expected);
    for (const [file, text] of before) {
      const want = expected.includes(file) ? readFileSync(path.join(expectedDir, file), "utf8") : text;
      expect(await readFile(path.join(dir, file), "utf8"), file).toBe(want);
    }

    const second = await run([
      "rename",
      spec.from,
      spec.to,
      ...repoArgs(dir),
      ...(spec.partial ? ["--allow-partial"] : []),
    ]);
    expect(second.code, second.err).toBe(0);
    expect((JSON.parse(second.out) as { edits: unknown[] }).edits).toEqual([]);
  });
});
