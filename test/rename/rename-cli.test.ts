// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub Actions expressions
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProjectFiles } from "../../src/project/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { type RunningRegistry, startRegistry } from "../../src/server/index.js";
import { runCli } from "../helpers/cli.js";

const fixtures = new URL("../fixtures/project/", import.meta.url).pathname;
const temporary: string[] = [];

async function checkout(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-rename-"));
  temporary.push(dir);
  await cp(path.join(fixtures, "repo"), dir, { recursive: true });
  return dir;
}

const run = (args: string[]) => runCli(args, { env: { NO_COLOR: "1" } });

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listProjectFiles(dir))
    files[file] = (await readFile(path.join(dir, file))).toString("base64");
  return files;
}

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

describe("dockhand rename on the fixture repository", () => {
  for (const [golden, to, changed] of [
    ["app-api", "ghcr.io/acme/app-api", "+  IMAGE_NAME: ${{ github.repository }}-api"],
    ["docker-hub", "docker.io/acme/app", "+  REGISTRY: docker.io"],
  ] as const) {
    it(`renames to ${to} file by file as the expected files, and a second run changes nothing`, async () => {
      const dir = await checkout();
      const before = await snapshot(dir);
      const args = ["rename", "ghcr.io/acme/app", to, "--repo", dir, "--github-repo", "acme/app"];
      const dry = await run(args);
      expect(dry.code).toBe(0);
      expect(await snapshot(dir)).toEqual(before);
      expect(dry.out).toContain("## ci:");
      expect(dry.out).toContain(changed);
      expect(dry.out).toContain("run again with --apply");

      const applied = await run([...args, "--apply"]);
      expect(applied.code, applied.err).toBe(0);
      const expectedDir = path.join(fixtures, "expected", golden);
      const goldenFiles = await listProjectFiles(expectedDir);
      const after = await snapshot(dir);
      for (const [file, bytes] of Object.entries(after)) {
        const expected = goldenFiles.includes(file)
          ? (await readFile(path.join(expectedDir, file))).toString("base64")
          : before[file];
        expect(bytes, file).toBe(expected);
      }

      const again = await run([...args, "--apply", "--json"]);
      expect(again.code).toBe(0);
      const report = JSON.parse(again.out);
      expect(report.edits).toEqual([]);
      expect(report.applied).toEqual([]);
      expect(await snapshot(dir)).toEqual(after);
    });
  }

  it("prints the plan as JSON with every edit's position, kind, before and after", async () => {
    const dir = await checkout();
    const result = await run(["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.from).toBe("ghcr.io/acme/app");
    expect(report.to).toBe("ghcr.io/acme/app-api");
    expect(report.edits).toContainEqual({
      file: "deploy/k8s/deployment.yaml",
      line: 10,
      column: 34,
      kind: "deployment",
      before: "ghcr.io/acme/app:1.2.3",
      after: "ghcr.io/acme/app-api:1.2.3",
    });
    expect(new Set(report.edits.map((edit: { kind: string }) => edit.kind))).toEqual(
      new Set(["ci", "deployment", "script", "docs", "monitoring", "build"]),
    );
    expect(report.unparsed).toEqual([
      { file: "charts/app/templates/deployment.yaml", reason: expect.stringContaining("searched as text") },
    ]);
    expect(report.secrets).toEqual([]);
  });

  it("edits only the paths --only names", async () => {
    const dir = await checkout();
    const result = await run([
      "rename",
      "ghcr.io/acme/app",
      "ghcr.io/acme/app-api",
      "--repo",
      dir,
      "--only",
      "deploy/k8s/**",
      "--apply",
      "--json",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).applied).toEqual(["deploy/k8s/deployment.yaml"]);
    expect(await readFile(path.join(dir, "Dockerfile"), "utf8")).toBe(
      await readFile(path.join(fixtures, "repo/Dockerfile"), "utf8"),
    );
  });

  it("searches a file that does not parse as text, edits it, and says so", async () => {
    const dir = await checkout();
    await mkdir(path.join(dir, "deploy/broken"), { recursive: true });
    const broken = "spec:\n  image: ghcr.io/acme/app:2.0\n   bad: [unclosed\n";
    await writeFile(path.join(dir, "deploy/broken/app.yaml"), broken);
    const result = await run([
      "rename",
      "ghcr.io/acme/app",
      "ghcr.io/acme/app-api",
      "--repo",
      dir,
      "--apply",
      "--json",
    ]);
    expect(result.code, result.out).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.unparsed.map((entry: { file: string }) => entry.file)).toContain("deploy/broken/app.yaml");
    expect(await readFile(path.join(dir, "deploy/broken/app.yaml"), "utf8")).toBe(
      broken.replace("acme/app:2.0", "acme/app-api:2.0"),
    );
    const text = await run(["rename", "ghcr.io/acme/app-api", "ghcr.io/acme/app-v2", "--repo", dir]);
    expect(text.out).toMatch(/searched as plain text[\s\S]*deploy\/broken\/app\.yaml/);
  });
});

const loginWorkflow = `name: release
on: push
env:
  REGISTRY: ghcr.io
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # log in before pushing
      - name: Log in
        uses: docker/login-action@v3
        with:
          registry: \${{ env.REGISTRY }}
          username: \${{ github.actor }}
          password: "\${{ secrets.GITHUB_TOKEN }}"
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: \${{ env.REGISTRY }}/acme/app:latest
`;

describe("dockhand rename across registries", () => {
  async function workflowCheckout(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-rename-login-"));
    temporary.push(dir);
    await mkdir(path.join(dir, ".github/workflows"), { recursive: true });
    await writeFile(path.join(dir, ".github/workflows/release.yml"), loginWorkflow);
    return dir;
  }

  it("rewrites the docker/login-action inputs for Docker Hub and lists the secrets", async () => {
    const dir = await workflowCheckout();
    const result = await run(["rename", "ghcr.io/acme/app", "docker.io/acme/app", "--repo", dir, "--apply", "--json"]);
    expect(result.code, result.out).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.secrets.map((secret: { name: string }) => secret.name)).toEqual([
      "DOCKERHUB_USERNAME",
      "DOCKERHUB_TOKEN",
    ]);
    expect(report.edits).toContainEqual({
      file: ".github/workflows/release.yml",
      line: 16,
      column: 21,
      kind: "ci",
      before: '"${{ secrets.GITHUB_TOKEN }}"',
      after: '"${{ secrets.DOCKERHUB_TOKEN }}"',
    });
    expect(await readFile(path.join(dir, ".github/workflows/release.yml"), "utf8")).toBe(
      loginWorkflow
        .replace("REGISTRY: ghcr.io", "REGISTRY: docker.io")
        .replace("username: ${{ github.actor }}", "username: ${{ secrets.DOCKERHUB_USERNAME }}")
        .replace('password: "${{ secrets.GITHUB_TOKEN }}"', 'password: "${{ secrets.DOCKERHUB_TOKEN }}"'),
    );
    const text = await run(["rename", "docker.io/acme/app", "quay.io/acme/app", "--repo", dir]);
    expect(text.out).toContain("QUAY_ROBOT_TOKEN");
    expect(text.out).toContain('+          password: "${{ secrets.QUAY_ROBOT_TOKEN }}"');
  });

  it("replaces the login step with the AWS steps for ECR, keeping every other byte", async () => {
    const dir = await workflowCheckout();
    const ecr = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/app";
    const result = await run(["rename", "ghcr.io/acme/app", ecr, "--repo", dir, "--apply", "--json"]);
    expect(result.code, result.out).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.secrets.map((secret: { name: string }) => secret.name)).toEqual(["AWS_ROLE_ARN"]);
    expect(report.notes.join("\n")).toContain("id-token: write");
    const text = await readFile(path.join(dir, ".github/workflows/release.yml"), "utf8");
    expect(text).toContain(
      [
        "      # log in before pushing",
        "      - name: Configure AWS credentials",
        "        uses: aws-actions/configure-aws-credentials@v4",
        "        with:",
        "          role-to-assume: ${{ secrets.AWS_ROLE_ARN }}",
        "          aws-region: eu-west-1",
        "      - name: Log in to Amazon ECR",
        "        uses: aws-actions/amazon-ecr-login@v2",
        "      - uses: docker/build-push-action@v6",
      ].join("\n"),
    );
    expect(text).toContain("REGISTRY: 123456789012.dkr.ecr.eu-west-1.amazonaws.com\n");
    expect(text).not.toContain("docker/login-action");
  });
});

describe("dockhand rename --copy", () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ storage: "memory" });
    const image = buildSampleImage({ seed: "rename" });
    await pushSampleImage(registry.store, "acme/app", image, ["1.2.3", "latest", "main"]);
  });
  afterAll(async () => {
    await registry.close();
  });

  it("copies every tag to the new name with equal digests, after the edits", async () => {
    const dir = await checkout();
    const resolve = ["--resolve", `ghcr.io=${registry.url}`];
    const dry = await run(["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--copy", ...resolve]);
    expect(dry.code, dry.err).toBe(0);
    expect((await registry.store.listTags("acme/app-api").catch(() => ({ tags: [] }))).tags).toEqual([]);
    const args = ["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--copy", "--apply"];
    const result = await run([...args, "--json", ...resolve]);
    expect(result.code, result.out + result.err).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.copy.tags).toHaveLength(3);
    const copied = (await registry.store.listTags("acme/app-api")).tags.sort();
    expect(copied).toEqual(["1.2.3", "latest", "main"]);
    for (const tag of copied) {
      const source = await registry.store.statManifest("acme/app", tag);
      const target = await registry.store.statManifest("acme/app-api", tag);
      expect(target?.digest).toBe(source?.digest);
    }
    const text = await run([
      "rename",
      "ghcr.io/acme/app",
      "ghcr.io/acme/app-api",
      "--repo",
      dir,
      "--copy",
      "--apply",
      ...resolve,
    ]);
    expect(text.out).toContain("nothing to change");
    expect(text.out).toMatch(/copy ghcr\.io\/acme\/app → ghcr\.io\/acme\/app-api: 3 tags/);
  });
});

describe("rename and migrate usage", () => {
  it("notes when NEW already names an image in the repository (two images would share one name)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-rename-taken-"));
    temporary.push(dir);
    await writeFile(
      path.join(dir, "compose.yaml"),
      "services:\n  web:\n    image: ghcr.io/acme/app:1.0\n  api:\n    image: ghcr.io/acme/app-api:1.0\n",
    );
    const result = await run(["rename", "ghcr.io/acme/app", "ghcr.io/acme/app-api", "--repo", dir, "--json"]);
    expect(result.code, result.err).toBe(0);
    expect((JSON.parse(result.out) as { notes: string[] }).notes).toEqual([
      "ghcr.io/acme/app-api is already named in 1 place (compose.yaml:5): if that is another image, this rename puts two images under one name",
    ]);
  });

  it("prints help with examples and exits 0", async () => {
    for (const args of [
      ["rename", "--help"],
      ["migrate", "--help"],
      ["migrate", "next", "--help"],
    ]) {
      const result = await run(args);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.out, args.join(" ")).toContain("Examples:");
    }
  });

  it("exits 2 for a missing argument and for a name that is not a repository", async () => {
    expect((await run(["rename", "ghcr.io/acme/app"])).code).toBe(2);
    const dir = await checkout();
    const tagged = await run(["rename", "ghcr.io/acme/app:1", "ghcr.io/acme/app-api", "--repo", dir, "--json"]);
    expect(tagged.code).toBe(2);
    expect(JSON.parse(tagged.out).error.code).toBe("PROJECT_NOT_A_REPOSITORY");
  });
});
