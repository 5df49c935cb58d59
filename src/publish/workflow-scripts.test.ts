/**
 * Runs the generated workflow's own shell step — the merge — in bash, as a runner would, against the embedded
 * registry. What the published actions do is played by their equivalents here: docker/metadata-action by
 * `dockhand tags` (which passes metadata-action's own test cases) with the leg's suffix flavor, build-push-action
 * by pushing per-arch images under those tags, and `docker buildx imagetools create` (buildx is not packaged for
 * this machine) by a `docker` stand-in on PATH that runs `dockhand index create` with the same arguments.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runProcess } from "../../test/helpers/process.js";
import { parseManifest } from "../oci/index.js";
import { type RunningRegistry, startRegistry } from "../server/index.js";
import { pushArchImage } from "./index-test-support.js";
import { workflowTemplate } from "./workflow-template.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const haveShellTools = ["bash", "git"].every(
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

  function script(job: string, name: string): { run: string; env: Record<string, string> } {
    const workflow = parse(workflowTemplate({}).yaml) as {
      jobs: Record<string, { steps: (Step & { env?: Record<string, string> })[] }>;
    };
    const step = workflow.jobs[job]?.steps.find((s) => s.name === name);
    if (!step?.run) throw new Error(`no script ${job}/${name}`);
    return { run: step.run, env: step.env ?? {} };
  }

  /** Runs a script without blocking: the registry answering it runs in this process. */
  async function bash(text: string, env: Record<string, string>): Promise<string> {
    const { code, out, err } = await runProcess("bash", ["-e", "-c", text], { cwd: root, env });
    if (code !== 0) throw new Error(`script failed (${code}): ${err}`);
    return out;
  }

  it("merges every leg's suffixed tags into the merged tags", async () => {
    const runner = join(dir, "dockhand.mts");
    writeFileSync(
      runner,
      `import { main } from ${JSON.stringify(join(root, "src/cli/main.ts"))};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
    );
    const dockhand = `${join(root, "node_modules/.bin/tsx")} ${runner}`;
    // `docker buildx imagetools create -t TARGET SOURCE...` → `dockhand index create TARGET SOURCE...`
    const bin = join(dir, "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, "docker"),
      `#!/usr/bin/env bash\nset -e\n[ "$1 $2 $3 $4" = "buildx imagetools create -t" ] || { echo "unexpected: docker $*" >&2; exit 2; }\nexec ${dockhand} index create "$5" "\${@:6}"\n`,
    );
    chmodSync(join(bin, "docker"), 0o755);
    const sha = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
    const image = `${registry.host}/owner/app`;
    const context = [
      "--no-env",
      "--event",
      "push",
      "--ref",
      "refs/heads/main",
      "--sha",
      sha,
      "--default-branch",
      "main",
    ];
    const tagArgs = (flavor?: string) => [
      "--images",
      image,
      "--tags",
      "type=ref,event=branch\ntype=raw,value=latest,enable={{is_default_branch}}\ntype=sha",
      ...(flavor ? ["--flavor", flavor] : []),
      ...context,
      "--json",
    ];
    const env = { PATH: `${bin}:${process.env.PATH ?? ""}`, HOME: dir };
    const quoted = (args: string[]) =>
      args.map((a) => `$'${a.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll("\n", "\\n")}'`).join(" ");
    const short = sha.slice(0, 7);

    // metadata-action on each leg, then build-push-action pushing that leg's image under its tags.
    for (const arch of ["amd64", "arm64"]) {
      const planned = JSON.parse(
        await bash(`${dockhand} tags ${quoted(tagArgs(`suffix=-${arch},onlatest=true`))}`, env),
      ) as {
        tags: string[];
      };
      expect(planned.tags).toEqual([
        `${image}:main-${arch}`,
        `${image}:latest-${arch}`,
        `${image}:sha-${short}-${arch}`,
      ]);
      for (const tag of planned.tags) {
        await pushArchImage(registry.store, "owner/app", `linux/${arch}`, { tag: tag.slice(image.length + 1) });
      }
    }

    // The merge job: metadata-action without the suffix, then the workflow's own script.
    const merged = JSON.parse(await bash(`${dockhand} tags ${quoted(tagArgs())}`, env)) as { tags: string[] };
    const merge = script("merge", "Create the multi-arch tags");
    expect(merge.env.ARCHS).toBe("amd64 arm64");
    await bash(merge.run, { ...env, TAGS: merged.tags.join("\n"), ARCHS: merge.env.ARCHS ?? "" });
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
