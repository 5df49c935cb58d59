// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub and shell expressions from the fixture
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits, type Finding, listProjectFiles, planRename, scanProject } from "../../src/project/index.js";

const fixtures = new URL("../fixtures/project/", import.meta.url).pathname;
let root: string;

/** The fixture repository plus what git cannot hold: a .git folder, ignored files and dependency folders. */
async function makeCheckout(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-project-"));
  await cp(path.join(fixtures, "repo"), dir, { recursive: true });
  const extras: Record<string, string> = {
    ".git/config": '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/app.git\n',
    ".git/description": "image ghcr.io/acme/app\n",
    "local/override.yml": "services:\n  app:\n    image: ghcr.io/acme/app:dev\n",
    "deploy/dev.local.yml": "image: ghcr.io/acme/app:dev\n",
    "node_modules/some-package/index.js": 'export const image = "ghcr.io/acme/app:1";\n',
    "vendor/github.com/acme/lib/Dockerfile": "FROM ghcr.io/acme/app:1\n",
  };
  for (const [file, text] of Object.entries(extras)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

function summary(finding: Finding): string {
  const flags = `${finding.comment ? " comment" : ""}${finding.escape ? " escaped" : ""}`;
  return `${finding.file}:${finding.line}:${finding.column} ${finding.kind} ${finding.text} [${finding.context}]${flags}`;
}

const expectedFindings = [
  ".env.example:1:11 deployment ghcr.io/acme/app:1.2.3 [APP_IMAGE]",
  ".github/workflows/build.yml:1:24 ci ghcr.io/acme/app [comment] comment",
  ".github/workflows/build.yml:9:15 ci ${{ github.repository }} [env.IMAGE_NAME]",
  ".github/workflows/build.yml:30:13 ci ghcr.io/acme/app:main [jobs.build.steps[3].with.tags (docker/build-push-action)]",
  ".github/workflows/build.yml:32:41 ci ghcr.io/acme/app:buildcache [jobs.build.steps[3].with.cache-from (docker/build-push-action)]",
  ".github/workflows/build.yml:35:23 ci ghcr.io/acme/app:main [jobs.build.steps[4].run]",
  ".github/workflows/build.yml:40:16 ci ghcr.io/acme/app:ci [jobs.test.container]",
  ".github/workflows/build.yml:43:17 ci ghcr.io/acme/app:1.2.3 [jobs.test.services.app.image]",
  ".github/workflows/build.yml:47:24 ci ghcr.io/acme/app:tools [jobs.test.steps[0].uses]",
  "Dockerfile:2:10 build ghcr.io/acme/app:base [ARG default]",
  "Dockerfile:6:32 build ghcr.io/acme/app:builder [FROM]",
  "Dockerfile:7:13 build ghcr.io/acme/app:assets [COPY --from]",
  "Dockerfile:9:8 build ghcr.io/acme/app:old [comment] comment",
  "Dockerfile:13:17 build /acme/app [FROM]",
  "Makefile:1:10 script ghcr.io/acme/app [IMAGE=]",
  "Makefile:7:14 script ghcr.io/acme/app:$(VERSION) [docker push]",
  "README.md:3:34 docs ghcr.io/acme/app:latest [inline code]",
  "README.md:4:16 docs ghcr.io/acme/app [text]",
  "README.md:7:17 docs ghcr.io/acme/app:1.2.3 [code block]",
  "README.md:10:60 docs GHCR.IO/acme/app:1.2.3 [text]",
  "charts/app/templates/deployment.yaml:13:18 deployment ghcr.io/acme/app:debug [text]",
  "charts/app/values.yaml:4:15 deployment acme/app [image.repository (with image.registry)]",
  "charts/app/values.yaml:9:10 deployment ghcr.io/acme/app:sidecar [sidecar.image]",
  "deploy/ecs/task.json:4:32 deployment ghcr.io/acme/app:1.2.3 [image]",
  "deploy/k8s/deployment.yaml:10:18 deployment ghcr.io/acme/app:1.2.3 [spec.template.spec.initContainers[0].image]",
  "deploy/k8s/deployment.yaml:13:18 deployment ghcr.io/acme/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef [spec.template.spec.containers[0].image]",
  "deploy/k8s/deployment.yaml:35:15 deployment ghcr.io/acme/app:nightly [spec.containers[0].image]",
  "deploy/kustomize/kustomization.yaml:4:11 deployment ghcr.io/acme/app [images[0].name]",
  "deploy/kustomize/kustomization.yaml:7:14 deployment ghcr.io/acme/app [images[1].newName]",
  "docker-compose.yml:1:27 deployment ghcr.io/acme/app [comment] comment",
  "docker-compose.yml:8:13 deployment ghcr.io/acme/app:1.2.3 [services.app.image]",
  "docker-compose.yml:11:25 deployment ghcr.io/acme/app:latest [services.api.image]",
  "docker-compose.yml:17:24 deployment ghcr.io}/acme/app [services.cron.image]",
  "infra/main.tf:2:11 deployment ghcr.io/acme/app [comment] comment",
  "infra/main.tf:5:16 deployment ghcr.io/acme/app:1.2.3 [image]",
  "monitoring/grafana/dashboard.json:7:59 monitoring ghcr\\\\\\\\.io/acme/app [expr] escaped",
  "monitoring/grafana/dashboard.json:7:105 monitoring ghcr.io/acme/app [legendFormat]",
  "monitoring/prometheus/rules.yml:5:34 monitoring ghcr.io/acme/app [comment] comment",
  "monitoring/prometheus/rules.yml:7:50 monitoring ghcr\\\\.io/acme/app [groups[0].rules[0].expr] escaped",
  "monitoring/prometheus/rules.yml:10:46 monitoring ghcr.io/acme/app:1.0.0 [groups[0].rules[1].expr]",
  "scripts/release.sh:3:15 script ghcr.io/acme/app [comment] comment",
  "scripts/release.sh:5:36 script ghcr.io/acme/app [docker buildx imagetools create]",
  "scripts/release.sh:6:3 script ghcr.io/acme/app:main-amd64 [docker buildx imagetools create]",
  "scripts/release.sh:7:3 script ghcr.io/acme/app:main-arm64 [docker buildx imagetools create]",
  "scripts/release.sh:12:17 script /acme/app [IMAGE=]",
];

beforeAll(async () => {
  root = await makeCheckout();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("scanProject on the fixture repository", () => {
  it("walks only the files a scan should read", async () => {
    const files = await listProjectFiles(root);
    expect(files).toContain("assets/logo.bin");
    expect(files).toContain(".github/workflows/build.yml");
    for (const file of files) {
      expect(file).not.toMatch(/^(\.git|node_modules|vendor|local)\/|\.local\.yml$/);
    }
  });

  it("finds every reference to the image, and nothing else", async () => {
    // No githubRepo option and no GITHUB_REPOSITORY: the origin remote in .git/config names the repository.
    const scan = await scanProject(root, "ghcr.io/acme/app", { env: {} });
    expect(scan.githubRepo).toBe("acme/app");
    expect(scan.target).toBe("ghcr.io/acme/app");
    expect(scan.findings.map(summary)).toEqual(expectedFindings);
    expect(scan.unparsed).toEqual([
      {
        file: "charts/app/templates/deployment.yaml",
        reason: "Helm template (Go template, not YAML); searched as text",
      },
    ]);
  });

  it("finds the same with git picking the files to read as when reading every file", async () => {
    const checkout = await makeCheckout();
    try {
      await rm(path.join(checkout, ".git"), { recursive: true });
      execFileSync("git", ["init", "-q"], { cwd: checkout });
      execFileSync("git", ["remote", "add", "origin", "https://github.com/acme/app.git"], { cwd: checkout });
      execFileSync("git", ["add", "Dockerfile", "README.md"], { cwd: checkout });
      const viaGit = await scanProject(checkout, "ghcr.io/acme/app", { env: {} });
      const everyFile = await scanProject(checkout, "ghcr.io/acme/app", { env: {}, useGit: false });
      expect(viaGit.filesScanned).toBeLessThan(everyFile.filesScanned);
      expect(viaGit.findings).toEqual(everyFile.findings);
      expect(viaGit.findings.map(summary)).toEqual(expectedFindings);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it("refuses a root that is not a folder and a target with a tag", async () => {
    await expect(scanProject(path.join(root, "missing"), "ghcr.io/acme/app")).rejects.toMatchObject({
      code: "PROJECT_ROOT_MISSING",
      exit: 2,
    });
    await expect(scanProject(root, "ghcr.io/acme/app:1")).rejects.toMatchObject({ code: "PROJECT_NOT_A_REPOSITORY" });
  });

  it("skips large files, excluded paths and symbolic links", async () => {
    const checkout = await makeCheckout();
    try {
      await writeFile(path.join(checkout, "big.txt"), `ghcr.io/acme/app\n${"x".repeat(2 * 1024 * 1024)}`);
      await symlink(path.join(checkout, "Dockerfile"), path.join(checkout, "Dockerfile.link"));
      const scan = await scanProject(checkout, "ghcr.io/acme/app", {
        githubRepo: "acme/app",
        exclude: ["docs/**", "**/*.md"],
      });
      const files = new Set(scan.findings.map((finding) => finding.file));
      expect(files.has("big.txt")).toBe(false);
      expect(files.has("Dockerfile.link")).toBe(false);
      expect(files.has("README.md")).toBe(false);
      expect(files.has("Dockerfile")).toBe(true);
      const bigger = await scanProject(checkout, "ghcr.io/acme/app", { maxFileSize: 4 * 1024 * 1024 });
      expect(bigger.findings.some((finding) => finding.file === "big.txt")).toBe(true);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it("gives each finding its exact character and byte range", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { env: {} });
    for (const finding of scan.findings) {
      const bytes = await readFile(path.join(root, finding.file));
      const text = bytes.toString("utf8");
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(bytes.subarray(finding.byteStart, finding.byteEnd).toString("utf8")).toBe(finding.text);
      const lines = text.slice(0, finding.start).split("\n");
      expect([lines.length, (lines[lines.length - 1]?.length ?? 0) + 1]).toEqual([finding.line, finding.column]);
    }
    // The README line holds an em dash before the match: bytes and characters differ there.
    const readme = scan.findings.find((finding) => finding.file === "README.md" && finding.line === 10);
    expect(readme && readme.byteStart - readme.start).toBe(2);
  });

  it("points an expression-built name at its definition and lists the uses", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { githubRepo: "acme/app" });
    const definition = scan.findings.find((finding) => finding.context === "env.IMAGE_NAME");
    expect(definition?.name).toBe("ghcr.io/acme/app");
    expect(definition?.uses?.map((use) => [use.line, use.text, use.resolved])).toEqual([
      [24, "${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}", "ghcr.io/acme/app"],
      [29, "${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:main-amd64", "ghcr.io/acme/app:main-amd64"],
      [36, "${REGISTRY}/${IMAGE_NAME}:main", "ghcr.io/acme/app:main"],
    ]);
  });

  it("finds no expression-built names when the repository is a different one", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { githubRepo: "acme/other" });
    expect(scan.findings.some((finding) => finding.context === "env.IMAGE_NAME")).toBe(false);
    expect(scan.warnings).toEqual([]);
  });

  it("warns when workflows need the repository and none is known", async () => {
    const checkout = await makeCheckout();
    try {
      await rm(path.join(checkout, ".git"), { recursive: true });
      const scan = await scanProject(checkout, "ghcr.io/acme/app", { env: {}, useGit: false });
      expect(scan.githubRepo).toBeUndefined();
      expect(scan.findings.some((finding) => finding.context === "env.IMAGE_NAME")).toBe(false);
      expect(scan.warnings).toEqual([expect.stringMatching(/^\.github\/workflows\/build\.yml builds names from/)]);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it("matches Docker Hub spellings as one image and rejects action references and URLs", async () => {
    const scan = await scanProject(root, "acme/app", { githubRepo: "acme/app" });
    expect(scan.target).toBe("docker.io/acme/app");
    expect(scan.findings.map(summary)).toEqual([
      "Makefile:2:10 script index.docker.io/acme/app:2 [LEGACY=]",
      "docker-compose.yml:15:12 deployment acme/app:1.0 [services.legacy.image]",
      "scripts/release.sh:8:5 script docker.io/acme/app [HUB=]",
    ]);
  });
});

describe("planRename and applyEdits on the fixture repository", () => {
  for (const [golden, to] of [
    ["app-api", "ghcr.io/acme/app-api"],
    ["docker-hub", "docker.io/acme/app"],
  ] as const) {
    it(`renames to ${to}: byte-exact golden files, nothing else touched`, async () => {
      const checkout = await makeCheckout();
      try {
        const before = await snapshot(checkout);
        const scan = await scanProject(checkout, "ghcr.io/acme/app", { githubRepo: "acme/app" });
        const plan = planRename(scan, to);
        expect(plan.files.every((file) => file.problem === undefined)).toBe(true);
        expect(plan.skipped.map((skipped) => `${skipped.file}:${skipped.line} ${skipped.reason}`)).toEqual([
          ".github/workflows/build.yml:1 in a comment",
          "Dockerfile:9 in a comment",
          "docker-compose.yml:1 in a comment",
          "infra/main.tf:2 in a comment",
          "monitoring/prometheus/rules.yml:5 in a comment",
          "scripts/release.sh:3 in a comment",
        ]);
        const modeBefore = (await stat(path.join(checkout, "scripts/release.sh"))).mode;
        const applied = await applyEdits(checkout, plan);
        expect((await stat(path.join(checkout, "scripts/release.sh"))).mode).toBe(modeBefore);
        const expectedDir = path.join(fixtures, "expected", golden);
        const goldenFiles = (await listProjectFiles(expectedDir)).sort();
        expect(applied.files.sort()).toEqual(goldenFiles);
        const after = await snapshot(checkout);
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
        for (const [file, bytes] of Object.entries(after)) {
          const expected = goldenFiles.includes(file) ? await readFile(path.join(expectedDir, file)) : before[file];
          expect(bytes.equals(expected ?? Buffer.alloc(0)), file).toBe(true);
        }
        // Running the same rename again finds only the comments it leaves alone.
        const again = planRename(await scanProject(checkout, "ghcr.io/acme/app", { githubRepo: "acme/app" }), to);
        expect(again.files).toEqual([]);
      } finally {
        await rm(checkout, { recursive: true, force: true });
      }
    });
  }

  it("shows a unified diff per file", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { githubRepo: "acme/app" });
    const plan = planRename(scan, "ghcr.io/acme/app-api");
    const workflow = plan.files.find((file) => file.file === ".github/workflows/build.yml");
    expect(workflow?.diff).toContain("--- a/.github/workflows/build.yml\n+++ b/.github/workflows/build.yml\n");
    expect(workflow?.diff).toContain(
      "-  IMAGE_NAME: ${{ github.repository }}\n+  IMAGE_NAME: ${{ github.repository }}-api\n",
    );
    const edit = workflow?.edits.find((candidate) => candidate.line === 9);
    expect(edit).toMatchObject({ column: 39, text: "-api", before: "ghcr.io/acme/app", after: "ghcr.io/acme/app-api" });
  });

  it("plans only the chosen paths, and comments when asked", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { githubRepo: "acme/app" });
    const gradual = planRename(scan, "ghcr.io/acme/app-api", {
      filter: (finding) => finding.file.startsWith("deploy/k8s/"),
    });
    expect(gradual.files.map((file) => [file.file, file.edits.length])).toEqual([["deploy/k8s/deployment.yaml", 3]]);
    expect(gradual.skipped).toEqual([]);
    const withComments = planRename(scan, "ghcr.io/acme/app-api", { includeComments: true });
    expect(withComments.skipped).toEqual([]);
    const dockerfile = withComments.files.find((file) => file.file === "Dockerfile");
    expect(dockerfile?.after).toContain("# FROM ghcr.io/acme/app-api:old\n");
  });

  it("notes the edits that change a definition other references may share", async () => {
    const scan = await scanProject(root, "ghcr.io/acme/app", { githubRepo: "acme/app" });
    const notes = (to: string) =>
      planRename(scan, to)
        .files.flatMap((file) => file.edits)
        .filter((edit) => edit.note?.startsWith("changes the definition"))
        .map((edit) => `${edit.file}:${edit.line} ${edit.note}`);
    expect(notes("ghcr.io/acme/app-api")).toEqual([]);
    expect(notes("docker.io/acme/app")).toEqual([
      ".github/workflows/build.yml:8 changes the definition of env.REGISTRY, which all its uses share",
      "Dockerfile:12 changes the definition of REGISTRY, which all its uses share",
      "scripts/release.sh:11 changes the definition of REGISTRY, which all its uses share",
    ]);
  });

  it("refuses to write when any file changed since the scan, and writes nothing", async () => {
    const checkout = await makeCheckout();
    try {
      const scan = await scanProject(checkout, "ghcr.io/acme/app", { githubRepo: "acme/app" });
      const plan = planRename(scan, "ghcr.io/acme/app-api");
      const before = await snapshot(checkout);
      await writeFile(path.join(checkout, "scripts/release.sh"), "#!/bin/sh\necho changed\n");
      await expect(applyEdits(checkout, plan)).rejects.toMatchObject({ code: "PROJECT_FILE_CHANGED" });
      const after = await snapshot(checkout);
      for (const [file, bytes] of Object.entries(after)) {
        if (file !== "scripts/release.sh") expect(bytes.equals(before[file] ?? Buffer.alloc(0)), file).toBe(true);
      }
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });
});

async function snapshot(dir: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const file of await listProjectFiles(dir)) files[file] = await readFile(path.join(dir, file));
  return files;
}
