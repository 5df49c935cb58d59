/**
 * Runs the shell steps of the generated workflow in bash, as a runner would, with dockhand itself as $DOCKHAND and
 * the embedded registry as the registry: plan tags, pick a leg's per-arch tags, then merge them. The builds are
 * stood in for by pushing per-arch images under the tags the legs would push.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseManifest } from "../oci/index.js";
import { type RunningRegistry, startRegistry } from "../server/index.js";
import { pushArchImage } from "./index-test-support.js";
import { workflowTemplate } from "./workflow-template.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const haveShellTools = ["bash", "jq", "git"].every(
  (tool) => spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0,
);

interface Step {
  name?: string;
  run?: string;
}

describe.skipIf(!haveShellTools)("the generated workflow's scripts", () => {
  let registry: RunningRegistry;
  const dir = mkdtempSync(join(tmpdir(), "dockhand-workflow-run-"));
  beforeAll(async () => {
    registry = await startRegistry({ storage: "memory" });
  });
  afterAll(async () => {
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function script(job: string, name: string): string {
    const workflow = parse(workflowTemplate({ dockhandVersion: "0.1.0" }).yaml) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const run = workflow.jobs[job]?.steps.find((s) => s.name === name)?.run;
    if (!run) throw new Error(`no script ${job}/${name}`);
    return run;
  }

  /** Runs a script without blocking: the registry answering it runs in this process. */
  async function bash(text: string, env: Record<string, string>): Promise<void> {
    const child = spawn("bash", ["-e", "-c", text], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const status = await new Promise<number | null>((resolve) => child.once("close", resolve));
    if (status !== 0) throw new Error(`script failed (${status}): ${stderr}`);
  }

  function outputs(file: string): Record<string, string> {
    const values: Record<string, string> = {};
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
      values[match[1] as string] = match[3] as string;
    return values;
  }

  it("plans per-arch tags for each leg and merges them into the merged tags", async () => {
    const runner = join(dir, "dockhand.mts");
    writeFileSync(
      runner,
      `import { main } from ${JSON.stringify(join(root, "src/cli/main.ts"))};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
    );
    const eventPath = join(dir, "event.json");
    writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: "main" } }));
    const sha = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
    const env = (extra: Record<string, string>) => ({
      PATH: process.env.PATH ?? "",
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_EVENT_NAME: "push",
      GITHUB_REF: "refs/heads/main",
      GITHUB_SHA: sha,
      GITHUB_EVENT_PATH: eventPath,
      REGISTRY: registry.host,
      IMAGE_NAME: "Owner/App",
      ARCHS: "amd64,arm64",
      DOCKHAND: `${join(root, "node_modules/.bin/tsx")} ${runner}`,
      VERSION: "",
      BRANCH: "",
      ...extra,
    });

    await bash(script("build-amd64", "Plan tags"), env({}));
    const short = sha.slice(0, 7);
    const legTags: Record<string, string[]> = {};
    for (const arch of ["amd64", "arm64"]) {
      const output = join(dir, `output-${arch}`);
      writeFileSync(output, "");
      await bash(script("build", "Per-arch tags of this leg"), env({ ARCH: arch, GITHUB_OUTPUT: output }));
      const values = outputs(output);
      legTags[arch] = (values.tags ?? "").split("\n");
      expect(values.labels).toContain("org.opencontainers.image.revision=");
    }
    const image = `${registry.host}/owner/app`;
    expect(legTags.amd64).toEqual([`${image}:main-amd64`, `${image}:latest-amd64`, `${image}:sha-${short}-amd64`]);
    expect(legTags.arm64).toEqual([`${image}:main-arm64`, `${image}:latest-arm64`, `${image}:sha-${short}-arm64`]);

    // What build-push-action would push on each leg.
    for (const arch of ["amd64", "arm64"]) {
      for (const tag of legTags[arch] ?? []) {
        await pushArchImage(registry.store, "owner/app", `linux/${arch}`, { tag: tag.slice(image.length + 1) });
      }
    }

    await bash(script("merge", "Create the multi-arch tags"), env({}));
    for (const tag of ["main", "latest", `sha-${short}`]) {
      const stored = await registry.store.getManifest("owner/app", tag);
      const index = parseManifest(stored.bytes, stored.mediaType);
      expect(index.kind === "index" && index.manifests.map((d) => d.platform?.architecture)).toEqual([
        "amd64",
        "arm64",
      ]);
    }
  }, 180_000);
});
