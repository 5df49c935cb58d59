/**
 * skopeo (containers/image) pushing to and pulling from the emulator's registry: GHCR's token flow and refusal
 * texts as a real client sees them.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasTool } from "../../../test/helpers/tools.js";
import { GHCR_TEXT } from "./access.js";
import { type GitHubEmulator, startGitHubEmulator } from "./index.js";

/** Runs skopeo without blocking: the emulator answers it from this same process. */
function skopeo(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("skopeo", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

describe.skipIf(!hasTool("skopeo"))("skopeo against the emulator", () => {
  let emulator: GitHubEmulator;
  beforeAll(async () => {
    emulator = await startGitHubEmulator({
      world: {
        users: [{ login: "alice" }],
        repos: [{ full_name: "alice/app" }],
        packages: [
          {
            owner: "alice",
            name: "base",
            visibility: "public",
            versions: [{ tags: ["v1"], platforms: ["linux/amd64", "linux/arm64"] }],
          },
        ],
        tokens: [
          { value: "ghs_write", kind: "github_token", repository: "alice/app", permissions: { packages: "write" } },
          { value: "ghs_read", kind: "github_token", repository: "alice/app", permissions: { contents: "read" } },
        ],
      },
    });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  const copy = (token: string, to: string) =>
    skopeo([
      "copy",
      "--all",
      "--src-tls-verify=false",
      "--dest-tls-verify=false",
      "--dest-creds",
      `alice:${token}`,
      `docker://${emulator.registryHost}/alice/base:v1`,
      `docker://${emulator.registryHost}/${to}`,
    ]);

  it("is refused with GHCR's text when the workflow lacks packages: write", async () => {
    const result = await copy("ghs_read", "alice/app:main");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(GHCR_TEXT.writePackage);
  });

  it("pushes a multi-arch image that then shows up as package versions", async () => {
    const result = await copy("ghs_write", "alice/app:main");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const pkg = emulator.state.activePackage("alice", "app");
    expect(pkg?.repository?.fullName).toBe("alice/app");
    expect(pkg?.versions.map((v) => v.tags)).toEqual([[], [], ["main"]]);
  });
});
