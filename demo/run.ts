/**
 * `npm run demo`: the story of DESIGN.md on this machine, act by act, with the real `dockhand` command line
 * against the embedded registry (and, as the capabilities land, the GitHub/GHCR emulator). Needs no network.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { RegistryClient, RegistryStore } from "../src/registry/index.js";
import { buildSampleImage, pushPlatformImage, pushSampleImage } from "../src/sample/image.js";
import { startGitHubEmulator } from "../src/server/ghcr/index.js";
import { sampleWorld } from "../src/server/ghcr/sample-world.js";
import { startRegistry } from "../src/server/index.js";
import { storyActs } from "./story.js";

// The CLI's output is captured, so tell it whether the person watching sees colour.
const colour: NodeJS.ProcessEnv = process.stdout.isTTY ? { FORCE_COLOR: "1" } : { NO_COLOR: "1" };
const bin = fileURLToPath(new URL("../bin/dockhand.js", import.meta.url));

function act(title: string, text: string): void {
  process.stdout.write(`\n${pc.bold(pc.cyan(`== ${title}`))}\n${pc.dim(text)}\n`);
}

/** Runs the real CLI (asynchronously: the registry it talks to lives in this process) and shows its output. */
async function dockhand(args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const shown = args.map((a) => (/[\s{}'"$]/.test(a) ? `'${a}'` : a)).join(" ");
  process.stdout.write(`\n${pc.green("$")} dockhand ${shown}\n`);
  await new Promise<void>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...colour, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        process.stdout.write(stdout);
        process.stdout.write(stderr);
        if (error && typeof error.code === "number") process.stdout.write(pc.dim(`(exit ${error.code})\n`));
        resolve();
      },
    );
  });
}

async function referencesAct(): Promise<void> {
  act(
    "1. Image references",
    "Every command starts by reading a reference. dockhand explains one, and says how to fix a wrong one.",
  );
  await dockhand(["ref", "ghcr.io/acme/app:main-amd64"]);
  await dockhand(["ref", "ghcr.io/Acme/App:main"]);
  await dockhand(["ref", "https://ghcr.io/acme/app:v1.0.0"]);
  await dockhand(["ref", "--json", "nginx"]);
}

async function registryAct(): Promise<void> {
  act(
    "2. A local registry",
    "The embedded OCI registry starts in memory; a two-platform sample image is pushed to it over HTTP.",
  );
  const registry = await startRegistry({ storage: "memory" });
  const client = new RegistryClient();
  try {
    const image = buildSampleImage({ platforms: ["linux/amd64", "linux/arm64"] });
    await pushSampleImage(new RegistryStore(client, registry.host), "acme/app", image, ["main", "v1.0.0"]);
    process.stdout.write(`registry at ${registry.url}; pushed acme/app:main and acme/app:v1.0.0\n`);
    const repo = `${registry.host}/acme/app`;
    await dockhand(["ls", repo]);
    await dockhand(["inspect", `${repo}:main`]);
    await dockhand(["inspect", `${repo}@${image.images[1]?.manifest.digest}`]);
    await dockhand(["digest", `${repo}:v1.0.0`]);

    act(
      "2b. Copy",
      "Every tag to a second name in the same registry: blobs are mounted, not uploaded; a re-run moves nothing.",
    );
    await dockhand(["copy", "--all-tags", repo, `${registry.host}/acme/app-mirror`]);
    await dockhand(["copy", "--all-tags", repo, `${registry.host}/acme/app-mirror`]);

    act(
      "2c. Merge per-arch images",
      "Per-arch tags as CI legs push them, then one multi-arch index made from them, as imagetools create does.",
    );
    const store = new RegistryStore(client, registry.host);
    for (const platformImage of image.images) {
      const arch = platformImage.platform.architecture;
      await pushPlatformImage(store, "acme/app", platformImage, [`v1.1.0-${arch}`]);
    }
    await dockhand(["index", "create", `${repo}:v1.1.0`, `${repo}:v1.1.0-amd64`, `${repo}:v1.1.0-arm64`]);
    await dockhand(["inspect", `${repo}:v1.1.0`]);
    await exploreAct(client, registry.host);
  } finally {
    await client.close();
    await registry.close();
  }
}

/** The explorer over the demo's registry, its pages fetched as a browser would and summed up in a line each. */
async function exploreAct(client: RegistryClient, host: string): Promise<void> {
  act(
    "2d. Explore",
    "The same registry as web pages (dockhand serve --ui, or dockhand explore HOST): tags, an index with its\n" +
      "platforms and every digest a link, and a clean-up plan drawn over the manifest graph (asked to delete the\n" +
      "per-arch tags, it keeps them: the v1.1.0 index uses them). Fetched here:",
  );
  const { remoteSource, startExplorer } = await import("../src/explore/index.js");
  const explorer = await startExplorer({
    sources: new Map([[host, remoteSource(host, { registry: client, env: {} }, true)]]),
  });
  try {
    for (const page of [`r/${host}/acme/app`, `i/${host}/acme/app:v1.1.0`, `plan/${host}/acme/app?include=v1.1.0-*`]) {
      const response = await fetch(`${explorer.url}${page}`);
      const text = await response.text();
      const title = /<h1>([^<]*)<\/h1>/.exec(text)?.[1] ?? "";
      const summary = /<strong>(\d+)<\/strong> of (\d+) manifests would be deleted/.exec(text);
      const extra = summary ? ` — ${summary[1]} of ${summary[2]} manifests would go` : "";
      process.stdout.write(`GET ${explorer.url}${page} → ${response.status} "${title}"${extra}\n`);
    }
  } finally {
    await explorer.close();
  }
}

async function tagsAct(): Promise<void> {
  act(
    "3. The right tags",
    "metadata-action's rules, plus per-arch tags and the plan that merges them into multi-arch tags: a push to main,\n" +
      "then the tag v1.0.0, with an HF deployment template.",
  );
  for (const ref of ["refs/heads/main", "refs/tags/v1.0.0"]) {
    await dockhand([
      "tags",
      "--no-env",
      "--images",
      "ghcr.io/acme/app",
      "--tags",
      "type=ref,event=branch\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}",
      "--arch",
      "amd64,arm64",
      "--extra",
      "hf-{{arch}}-{{version}}",
      "--event",
      "push",
      "--ref",
      ref,
      "--default-branch",
      "main",
      "--sha",
      "0123456789abcdef0123456789abcdef01234567",
    ]);
  }
}

async function githubAct(): Promise<void> {
  act(
    "4. GitHub, emulated",
    "GitHub cannot be reached here, so dockhand ships an emulator of the parts it talks to: the REST API and GHCR\n" +
      "on one port, from a world file. Its sample world holds the failure of DESIGN.md: alice deleted her app package,\n" +
      "something re-created it unlinked, and her workflow's push is refused.",
  );
  const emulator = await startGitHubEmulator({ world: sampleWorld });
  const client = new RegistryClient({
    resolve: { "ghcr.io": emulator.url },
    credentials: async () => ({ username: "alice", password: "ghs_sample_workflow", source: "demo workflow token" }),
  });
  const env = { GITHUB_API_URL: emulator.apiUrl, GITHUB_TOKEN: "ghp_sample_alice" };
  try {
    process.stdout.write(`emulator at ${emulator.url} (REST API ${emulator.apiUrl})\n`);
    const image = buildSampleImage({ platforms: ["linux/arm64"] });
    await pushSampleImage(new RegistryStore(client, "ghcr.io"), "alice/app", image, ["main-arm64"]).then(
      () => process.stdout.write("push of ghcr.io/alice/app:main-arm64 succeeded\n"),
      (error: Error) => process.stdout.write(`push of ghcr.io/alice/app:main-arm64 failed: ${error.message}\n`),
    );
    await dockhand(["packages", "ls", "alice"], env);
    await dockhand(["packages", "versions", "ghcr.io/alice/app"], env);
    await dockhand(["packages", "versions", "ghcr.io/acme/api"], env);
    await dockhand(["packages", "rm", "ghcr.io/acme/api:hf-amd64-v1.2.0", "--dry-run"], env);
  } finally {
    await client.close();
    await emulator.close();
  }
}

await referencesAct();
await registryAct();
await tagsAct();
await githubAct();
await storyActs({ act, dockhand, say: (text) => process.stdout.write(`${text}\n`) });
process.stdout.write(`\n${pc.bold("Done.")} See README.md for every command.\n`);
