/**
 * Rename on patterns seen in real repositories (reconstructed in our own files): regular-expression spellings with
 * tails in monitoring rules, short digests and placeholder tags in test data, repository names that are not images
 * (`github.repository ==`, `gh --repo`), and a tracked file under a folder `.gitignore` lists (in scope) beside an
 * untracked ignored one (out). Every edit exact; a second run plans nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const FILES: Record<string, string> = {
  "monitoring/prometheus-rules.yml": [
    "groups:",
    "  - name: app",
    "    rules:",
    "      - alert: AppDown",
    '        expr: up{image=~"ghcr\\\\.io/acme/app:.*"} == 0',
    "      - alert: AppStale",
    '        expr: kube_pod_container_info{image=~"ghcr\\.io/acme/app(:.*)?"} == 1',
    "      - alert: AppUnpinned",
    '        expr: kube_pod_container_info{image=~"ghcr.io/acme/app@sha256:.*"} == 0',
    "",
  ].join("\n"),
  "loki/rules.yaml": 'expr: count_over_time({container_image=~"ghcr\\\\.io/acme/app.*"}[5m])\n',
  "internal/refs_test.go": [
    "package refs",
    'var want = "ghcr.io/acme/app@sha256:deadbeef"',
    'var tmpl = "ghcr.io/acme/app:<tag>"',
    'var helm = "ghcr.io/acme/app:{{ .Values.image.tag }}"',
    "",
  ].join("\n"),
  ".github/workflows/release.yml": [
    "on: push",
    "jobs:",
    "  release:",
    "    if: github.repository == 'acme/app'",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - run: gh release create v1 --repo acme/app",
    "      - run: docker push acme/app:latest",
    "",
  ].join("\n"),
  ".gitignore": "generated/\n",
  "generated/deploy.yaml": "image: ghcr.io/acme/app:1.0\n",
};

async function repository(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-rename-real-"));
  dirs.push(dir);
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
      stdio: "ignore",
    });
  git("init", "-q");
  git("add", "-A");
  git("add", "-f", "generated/deploy.yaml");
  git("commit", "-q", "-m", "init");
  // Untracked and ignored: out of scope.
  await writeFile(path.join(dir, "generated/local.yaml"), "image: ghcr.io/acme/app:dev\n");
  return dir;
}

const run = (args: string[]) => runCli(args, { env: { NO_COLOR: "1" } });

describe("rename on real-world patterns", () => {
  it("renames regex spellings, short digests, placeholders and tracked ignored files; leaves the rest", async () => {
    const dir = await repository();
    const first = await run(["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--apply"]);
    expect(first.code, first.err).toBe(0);
    const read = (file: string) => readFile(path.join(dir, file), "utf8");
    expect(await read("monitoring/prometheus-rules.yml")).toBe(
      FILES["monitoring/prometheus-rules.yml"]?.replaceAll("acme/app", "acme/app-api"),
    );
    expect(await read("loki/rules.yaml")).toBe(FILES["loki/rules.yaml"]?.replace("acme/app", "acme/app-api"));
    expect(await read("internal/refs_test.go")).toBe(
      FILES["internal/refs_test.go"]?.replaceAll("acme/app", "acme/app-api"),
    );
    expect(await read("generated/deploy.yaml")).toBe("image: ghcr.io/acme/app-api:1.0\n");
    expect(await read("generated/local.yaml")).toBe("image: ghcr.io/acme/app:dev\n");
    expect(first.out).toContain("(short digest, not a valid reference)");
    expect(first.out).toContain("(placeholder tag, not a valid reference)");
    expect(first.out).toContain("(regular expression, not a valid reference)");
    const second = await run(["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir]);
    expect(second.out).toContain("nothing to change");
  });

  it("never edits a repository name when renaming the Docker Hub image of the same name", async () => {
    const dir = await repository();
    const result = await run(["rename", "docker.io/acme/app", "docker.io/acme/app-api", "--repo", dir, "--apply"]);
    expect(result.code, result.err).toBe(0);
    const workflow = await readFile(path.join(dir, ".github/workflows/release.yml"), "utf8");
    expect(workflow).toContain("if: github.repository == 'acme/app'");
    expect(workflow).toContain("gh release create v1 --repo acme/app");
    expect(workflow).toContain("docker push acme/app-api:latest");
  });
});
