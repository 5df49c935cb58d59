import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referencesInUse } from "./used.js";

const digest = `sha256:${"a".repeat(64)}`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dockhand-used-"));
  await writeFile(
    join(dir, "compose.yaml"),
    "services:\n  api:\n    image: ghcr.io/acme/app:v1.2.0\n  other:\n    image: ghcr.io/acme/other:v9\n",
  );
  await writeFile(
    join(dir, "deploy.yaml"),
    `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: ghcr.io/acme/app@${digest}\n`,
  );
  await writeFile(join(dir, "README.md"), "Run `docker run ghcr.io/acme/app:latest`.\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("referencesInUse", () => {
  it("collects the tags and digests of the image referenced in a folder, not other images'", async () => {
    const used = await referencesInUse(dir, "ghcr.io/acme/app");
    expect(used).toEqual({ tags: ["latest", "v1.2.0"], digests: [digest] });
  });

  it("reads one file", async () => {
    expect(await referencesInUse(join(dir, "compose.yaml"), "ghcr.io/acme/app")).toEqual({
      tags: ["v1.2.0"],
      digests: [],
    });
  });

  it("refuses a path that does not exist", async () => {
    await expect(referencesInUse(join(dir, "missing"), "ghcr.io/acme/app")).rejects.toThrow(/does not exist/);
  });
});
