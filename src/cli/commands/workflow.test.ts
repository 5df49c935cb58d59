// biome-ignore-all lint/suspicious/noTemplateCurlyInString: GitHub expressions in expected workflow values are meant literally.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../../test/helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "dockhand-workflow-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(["workflow", ...args]);

describe("dockhand workflow init", () => {
  it("writes the workflow, creating the folders, with no dockhand on its critical path", async () => {
    const file = join(dir, "a", ".github", "workflows", "publish.yml");
    const { code, out } = await run(["init", "--output", file, "--native-runners"]);
    expect(code).toBe(0);
    expect(out).toContain("jobs: build-amd64, build, merge");
    expect(out).toMatch(/linux\/arm64 +ubuntu-24\.04-arm +native/);
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/dockhand@|npx/);
    expect((parse(text) as { env: Record<string, string> }).env).toEqual({
      REGISTRY: "ghcr.io",
      IMAGE_NAME: "${{ github.repository }}",
    });
  });

  it("keeps an existing workflow's triggers, tags, build inputs and platforms with --from, and checks --dockhand-action", async () => {
    const existing = join(dir, "existing.yml");
    writeFileSync(
      existing,
      [
        "name: docker",
        "on:",
        "  release:",
        "    types: [published]",
        "jobs:",
        "  image:",
        "    runs-on: ubuntu-latest",
        "    strategy:",
        "      matrix:",
        "        platform: [linux/amd64, linux/arm64]",
        "    steps:",
        "      - uses: docker/metadata-action@v5",
        "        id: meta",
        "        with:",
        "          images: ghcr.io/acme/app",
        "          tags: |",
        "            type=ref,event=tag",
        "      - uses: docker/build-push-action@v6",
        "        with:",
        "          context: ./service",
        "          build-args: |",
        "            GO_VERSION=1.23",
        "          platforms: ${{ matrix.platform }}",
        "          push: true",
        "          tags: ${{ steps.meta.outputs.tags }}",
        "",
      ].join("\n"),
    );
    const file = join(dir, "from.yml");
    const { code } = await run(["init", "--from", existing, "--output", file, "--dockhand-action", "acme/dockhand@v1"]);
    expect(code).toBe(0);
    const workflow = parse(readFileSync(file, "utf8")) as {
      on: unknown;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(workflow.on).toEqual({ release: { types: ["published"] } });
    const first = workflow.jobs["build-amd64"]?.steps ?? [];
    expect(first.find((s) => s.uses === "docker/metadata-action@v5")?.with?.tags).toBe("type=ref,event=tag");
    expect(first.find((s) => s.uses === "docker/build-push-action@v6")?.with).toMatchObject({
      context: "./service",
      "build-args": "GO_VERSION=1.23\n",
    });
    expect(first.at(-1)?.uses).toBe("acme/dockhand@v1");
    expect((await run(["init", "--output", "-", "--dockhand-action", "latest"])).code).toBe(2);
  });

  it("never replaces an existing file without --force, and leaves no temporary file behind", async () => {
    const folder = join(dir, "b");
    const file = join(folder, "publish.yml");
    expect((await run(["init", "--output", file])).code).toBe(0);
    writeFileSync(file, "# mine\n");
    const refused = await run(["init", "--output", file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${file} already exists`);
    expect(refused.err).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("# mine\n");
    const forced = await run(["init", "--output", file, "--force", "--platforms", "linux/amd64"]);
    expect(forced.code).toBe(0);
    expect(Object.keys((parse(readFileSync(file, "utf8")) as { jobs: object }).jobs)).toEqual(["build-amd64", "merge"]);
    expect(readdirSync(folder)).toEqual(["publish.yml"]);
  });

  it("prints the workflow with --output -, and a summary with --json", async () => {
    const printed = await run(["init", "--output", "-", "--image", "Owner/App"]);
    expect(printed.code).toBe(0);
    expect((parse(printed.out) as { env: { IMAGE_NAME: string } }).env.IMAGE_NAME).toBe("owner/app");
    const file = join(dir, "c.yml");
    const json = await run(["init", "--output", file, "--json"]);
    expect(JSON.parse(json.out)).toMatchObject({
      file,
      registry: "ghcr.io",
      image: "${{ github.repository }}",
      jobs: ["build-amd64", "build", "merge"],
      legs: [
        { platform: "linux/amd64", arch: "amd64", runner: "ubuntu-24.04", qemu: false },
        { platform: "linux/arm64", arch: "arm64", runner: "ubuntu-24.04", qemu: true },
      ],
    });
  });

  it("shows help with examples and exit codes", async () => {
    const { code, out } = await run(["init", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("$ dockhand workflow init --platforms linux/amd64,linux/arm64,linux/arm/v7 --native-runners");
    expect(out).toContain("Exit codes: 0 written, 1 the file exists (use --force), 2 usage.");
  });

  it("exits 2 for a platform the runners cannot build", async () => {
    const { code, err } = await run(["init", "--output", "-", "--platforms", "linux/amd64,windows/amd64"]);
    expect(code).toBe(2);
    expect(err).toContain("cannot build windows/amd64");
  });
});
