// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow expressions are meant literally
/**
 * After a rename, no workflow may still push the old name unnoticed. A name built in shell and written to
 * $GITHUB_ENV (`IMAGE=ghcr.io/$(echo ${{ github.repository }} | tr …)`) is renamed where it is defined; a rename
 * that leaves a push of the old name (here, a gradual one limited to k8s/) lists it with what the name is built from.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pushesLeft } from "../../src/migrate/pushes-left.js";
import { planProjectRename } from "../../src/migrate/rename.js";
import { runCli } from "../helpers/cli.js";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const WORKFLOW = [
  "on: push",
  "permissions:",
  "  contents: read",
  "  packages: write",
  "jobs:",
  "  image:",
  "    runs-on: ubuntu-latest",
  "    steps:",
  "      - uses: actions/checkout@v4",
  `      - run: echo "IMAGE=ghcr.io/$(echo \${{ github.repository }} | tr '[:upper:]' '[:lower:]')" >> "$GITHUB_ENV"`,
  '      - run: echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u ${{ github.actor }} --password-stdin',
  "      - run: |",
  '          docker build -t "$IMAGE:latest" .',
  '          docker push "$IMAGE:latest"',
  "",
].join("\n");

async function repository(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-pushes-left-"));
  dirs.push(dir);
  await mkdir(path.join(dir, ".github/workflows"), { recursive: true });
  await mkdir(path.join(dir, "k8s"), { recursive: true });
  await writeFile(path.join(dir, ".github/workflows/release.yml"), WORKFLOW);
  await writeFile(path.join(dir, "k8s/deploy.yaml"), "image: ghcr.io/acme/app:1.0\n");
  execFileSync("git", ["-C", dir, "init", "-q"]);
  return dir;
}

describe("pushes left after a rename", () => {
  it("renames a name built in shell and written to $GITHUB_ENV where it is defined; nothing is left", async () => {
    const dir = await repository();
    const result = await runCli(
      ["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--github-repo", "Acme/App", "--apply"],
      { env: { NO_COLOR: "1" } },
    );
    expect(result.code, result.err).toBe(0);
    expect(await readFile(path.join(dir, ".github/workflows/release.yml"), "utf8")).toContain(
      `tr '[:upper:]' '[:lower:]')-api" >> "$GITHUB_ENV"`,
    );
    const again = await runCli([
      "rename",
      "ghcr.io/acme/app",
      "ghcr.io/acme/app-api",
      "--repo",
      dir,
      "--github-repo",
      "Acme/App",
    ]);
    expect(again.out).toContain("nothing to change");
  });

  it("lists a push that still writes the old name, with what its name is built from", async () => {
    const dir = await repository();
    const rename = await planProjectRename(dir, "ghcr.io/acme/app", "ghcr.io/acme/app-api", {
      githubRepo: "Acme/App",
      only: ["k8s/**"],
    });
    const { left } = await pushesLeft(dir, rename);
    expect(left).toEqual([
      {
        file: ".github/workflows/release.yml",
        line: 14,
        text: "$IMAGE:latest",
        from: ["github-env IMAGE", "github.repository"],
      },
    ]);
  });

  it("names pushes whose name the workflow does not say, unless another image's or a Docker Hub user's", async () => {
    const dir = await repository();
    const workflow = [
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          push: true",
      "          tags: |",
      "            ghcr.io/${{ vars.IMAGE }}:latest",
      "            ${{ secrets.DOCKERHUB_USER }}/tool:latest",
      "            ${{ secrets.DOCKER_USERNAME }}/app:latest",
      "            ghcr.io/acme/app:${{ github.sha }}",
      "",
    ].join("\n");
    await writeFile(path.join(dir, ".github/workflows/release.yml"), workflow);
    const result = await runCli(
      ["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--github-repo", "acme/app", "--json"],
      { env: { NO_COLOR: "1" } },
    );
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(result.out) as { pushes_left: unknown[]; pushes_unknown: unknown[] };
    expect(report.pushes_left).toEqual([]);
    expect(report.pushes_unknown).toEqual([
      {
        file: ".github/workflows/release.yml",
        line: 10,
        text: "ghcr.io/${{ vars.IMAGE }}:latest",
        from: ["vars.IMAGE"],
      },
    ]);
  });

  it("reads a reusable workflow's input from its callers: renamed at the caller, nothing left or unknown", async () => {
    const dir = await repository();
    const caller = [
      "on: push",
      "jobs:",
      "  image:",
      "    uses: ./.github/workflows/build.yml",
      "    with:",
      "      image: ghcr.io/acme/app",
      "",
    ].join("\n");
    const callee = [
      "on:",
      "  workflow_call:",
      "    inputs:",
      "      image:",
      "        type: string",
      "jobs:",
      "  push:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: docker push ${{ inputs.image }}:edge",
      "",
    ].join("\n");
    await writeFile(path.join(dir, ".github/workflows/release.yml"), caller);
    await writeFile(path.join(dir, ".github/workflows/build.yml"), callee);
    const rename = await planProjectRename(dir, "ghcr.io/acme/app", "ghcr.io/acme/app-api", { githubRepo: "acme/app" });
    expect(rename.edits.map((edit) => `${edit.file}:${edit.line}`)).toContain(".github/workflows/release.yml:6");
    expect(await pushesLeft(dir, rename)).toEqual({ left: [], unknown: [] });
  });
});
