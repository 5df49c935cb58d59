/**
 * The demo's story on the GitHub/GHCR emulator: the push refused with `write_package`, `doctor` naming the cause,
 * `fix` fixing the workflow, the push going through, `rename` moving the image everywhere with its tags, and
 * `cleanup` tidying the old name.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RegistryClient, RegistryStore } from "../src/registry/index.js";
import { buildSampleImage, pushPlatformImage, type SamplePlatformImage } from "../src/sample/image.js";
import { loadWorld, startGitHubEmulator } from "../src/server/ghcr/index.js";

/** How the demo shows a step and runs the real CLI. */
export interface Stage {
  act: (title: string, text: string) => void;
  say: (text: string) => void;
  dockhand: (args: string[], env?: NodeJS.ProcessEnv) => Promise<void>;
}

const examples = fileURLToPath(new URL("../examples", import.meta.url));
const worldFile = fileURLToPath(new URL("./world.yaml", import.meta.url));

/** Pushes one leg's image as a workflow token would, and says what the registry answered. */
async function pushLeg(
  url: string,
  token: string,
  image: SamplePlatformImage,
  tag: string,
  say: (text: string) => void,
): Promise<void> {
  const client = new RegistryClient({
    resolve: { "ghcr.io": url },
    credentials: async () => ({ username: "alice", password: token, source: "the leg's GITHUB_TOKEN" }),
    retry: { retries: 0 },
  });
  try {
    await pushPlatformImage(new RegistryStore(client, "ghcr.io"), "alice/app", image, [tag]);
    say(`push ghcr.io/alice/app:${tag}: ok`);
  } catch (error) {
    say(`push ghcr.io/alice/app:${tag}: ${(error as Error).message}`);
  } finally {
    await client.close();
  }
}

/** Runs the story; the sample repository is copied to a temporary folder so `examples/` stays as it is. */
export async function storyActs(stage: Stage): Promise<void> {
  const { act, say, dockhand } = stage;
  // The emulator's clock starts at the moment the world's failed run happened, so the pushes below line up with
  // the run's logs as they would on GitHub.
  const start = Date.now();
  const now = () => new Date(Date.parse("2026-11-29T12:00:00Z") + Date.now() - start);
  const emulator = await startGitHubEmulator({ world: await loadWorld(worldFile), now });
  const repo = await mkdtemp(join(tmpdir(), "dockhand-demo-"));
  await cp(examples, repo, { recursive: true });
  const env = {
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_TOKEN: "ghp_alice_admin",
    DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
  };
  const where = ["--repo", repo, "--github-repo", "alice/app"];
  try {
    act(
      "5. The failed push",
      "alice deleted her ghcr.io/alice/app package five days ago. Her workflow builds amd64 and arm64 in parallel:\n" +
        "the amd64 leg re-creates the package, and the arm64 leg is refused seconds later.",
    );
    say(`GitHub emulator at ${emulator.url} (REST API ${emulator.apiUrl}); sample repository copied to ${repo}`);
    const [amd64, arm64] = buildSampleImage({ platforms: ["linux/amd64", "linux/arm64"], seed: "story" }).images;
    if (!amd64 || !arm64) throw new Error("the sample image has two platforms");
    await pushLeg(emulator.url, "ghs_amd64_leg", amd64, "main-amd64", say);
    await pushLeg(emulator.url, "ghs_arm64_leg", arm64, "main-arm64", say);

    act("6. doctor", "Reads the workflow, the failed run's logs, the package and the registry; names the cause.");
    await dockhand(["doctor", "ghcr.io/alice/app", ...where, "--run", "latest"], env);

    act("7. fix", "Plans the workflow edit as a diff, then applies it; the untouched bytes stay as they were.");
    await dockhand(["fix", ...where, "--run", "latest"], env);
    await dockhand(["fix", ...where, "--run", "latest", "--apply"], env);
    await dockhand(["workflow", "check", "--repo", repo], env);
    say("the package is now a few seconds old; the arm64 leg runs again:");
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await pushLeg(emulator.url, "ghs_arm64_leg", arm64, "main-arm64", say);
    await dockhand(["packages", "versions", "ghcr.io/alice/app"], env);

    act(
      "8. rename",
      "Move the image to ghcr.io/alice/app-api: every reference in the repository, grouped by kind, then every tag.",
    );
    await dockhand(["rename", "ghcr.io/alice/app", "ghcr.io/alice/app-api", ...where]);
    await dockhand(["rename", "ghcr.io/alice/app", "ghcr.io/alice/app-api", ...where, "--apply", "--copy"], env);
    await dockhand(["rename", "ghcr.io/alice/app", "ghcr.io/alice/app-api", ...where]);
    await dockhand(["ls", "ghcr.io/alice/app-api"], env);
    await dockhand(["migrate", "plan", "ghcr.io/alice/app", "ghcr.io/alice/app-api", ...where], env);
    await dockhand(["migrate", "status", "--repo", repo], env);

    act("9. cleanup", "The old name's retagged leftovers: planned as a table (a dry run), applied, then validated.");
    await pushLeg(emulator.url, "ghs_arm64_leg", amd64, "main-arm64", say);
    await dockhand(["cleanup", "ghcr.io/alice/app", "--untagged"], env);
    await dockhand(["cleanup", "ghcr.io/alice/app", "--untagged", "--apply"], env);
    await dockhand(["cleanup", "validate", "ghcr.io/alice/app"], env);
  } finally {
    await emulator.close();
    await rm(repo, { recursive: true, force: true });
  }
}
