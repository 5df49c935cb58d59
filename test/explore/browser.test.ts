/**
 * The explorer in a real browser: Debian's chromium driven by playwright-core. `serve --ui` (the embedded registry,
 * as a process), `explore` over the reference registry, and `explore` over the GHCR emulator with a token. Clicks
 * registry → repository → tag → platform → layer, the clean-up plan (compared with the CLI's dry run), and a tag
 * deletion with its confirmation. Screenshots are kept in .tmp/screenshots/ as test artefacts.
 */
import { mkdir } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remoteSource, startExplorer } from "../../src/explore/index.js";
import { createGitHubClient } from "../../src/github/client.js";
import { OCI_INDEX } from "../../src/oci/index.js";
import { RegistryClient, RegistryStore } from "../../src/registry/index.js";
import { buildSampleImage, pushSampleImage } from "../../src/sample/image.js";
import { startGitHubEmulator } from "../../src/server/ghcr/index.js";
import type { ImageStore } from "../../src/store/types.js";
import { pushArtifact } from "../copy/fixtures.js";
import { runCli } from "../helpers/cli.js";
import { startReferenceRegistry } from "../helpers/reference-registry.js";
import { hasTool } from "../helpers/tools.js";
import { startServeProcess } from "../interop/serve-process.js";

const SHOTS = fileURLToPath(new URL("../../.tmp/screenshots/", import.meta.url));

/** A two-platform image tagged v1 and latest with a signature and an SBOM on its index, an older `pr-1` image. */
async function seed(store: ImageStore, repo: string): Promise<string> {
  await pushSampleImage(store, repo, buildSampleImage({ seed: "old" }), ["pr-1"]);
  const image = buildSampleImage({ seed: "current" });
  await pushSampleImage(store, repo, image, ["v1", "latest"]);
  const subject = { digest: image.index.digest, mediaType: OCI_INDEX, size: image.index.bytes.length };
  await pushArtifact(store, repo, subject, "signature", undefined, "application/vnd.dev.cosign.artifact.sig.v1+json");
  await pushArtifact(store, repo, subject, '{"spdxVersion":"SPDX-2.3"}', undefined, "application/spdx+json");
  return image.index.digest;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Clicks from the registry list down to a layer's files; returns the layer page's text. */
async function clickThrough(
  page: Page,
  base: string,
  host: string,
  repo: string,
  prefix: string,
  referrers = true,
): Promise<string> {
  await page.goto(`${base}/ui/`);
  await follow(page, page.getByRole("link", { name: host }));
  if (await page.getByLabel("List an owner's packages").count()) {
    await page.getByLabel("List an owner's packages").fill(repo.split("/")[0] ?? "");
    await follow(page, page.getByRole("button", { name: "List" }));
  }
  if (await page.getByRole("link", { name: repo, exact: true }).count()) {
    await follow(page, page.getByRole("link", { name: repo, exact: true }));
  } else {
    await page.getByLabel("Open a repository").fill(repo);
    await follow(page, page.getByRole("button", { name: "Open" }));
  }
  expect(await heading(page)).toBe(repo);
  await shot(page, `${prefix}-1-tags`);
  await follow(page, page.getByRole("link", { name: "v1", exact: true }));
  await page.getByRole("heading", { name: "Platforms" }).waitFor();
  if (referrers) {
    const graph = (await page.locator("ul.graph").textContent()) ?? "";
    expect(graph).toContain("application/spdx+json");
    expect(graph).toContain("cosign");
  }
  await shot(page, `${prefix}-2-index`);
  await follow(page, page.getByRole("row", { name: /linux\/arm64/ }).getByRole("link"));
  await page.getByRole("heading", { name: "Layers" }).waitFor();
  await page.getByRole("heading", { name: "Config" }).waitFor();
  await shot(page, `${prefix}-3-image`);
  await follow(page, page.getByRole("table").last().getByRole("link").first());
  await shot(page, `${prefix}-4-layer`);
  return (await page.locator("main").textContent()) ?? "";
}

/** Clicks a link or button that loads another page, and waits for that page. */
async function follow(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForNavigation(), target.click()]);
}

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
}

describe.skipIf(!hasTool("chromium"))("dockhand explore in a browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: process.env.DOCKHAND_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("serve --ui: registry → repository → tag → platform → layer, the clean-up plan, and deleting a tag", async () => {
    const serve = await startServeProcess(["--memory", "--ui"]);
    const client = new RegistryClient();
    try {
      const store = new RegistryStore(client, serve.host);
      await seed(store, "acme/app");
      const page = await browser.newPage();
      const layer = await clickThrough(page, serve.url, serve.host, "acme/app", "serve");
      expect(layer).toMatch(/entries; compression: gzip/);

      // The plan page draws what `dockhand cleanup --untagged` would delete.
      await page.goto(`${serve.url}/ui/plan/${serve.host}/acme/app?include=pr-*`);
      await shot(page, "serve-5-plan");
      const drawn = await page
        .locator('.card[data-action="delete"]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-digest")));
      const dry = await runCli(["cleanup", `${serve.host}/acme/app`, "--include", "pr-*", "--json"]);
      const planned = JSON.parse(dry.out) as { plan: { deletions: { digest: string }[] } };
      const deletions = planned.plan.deletions.map((d) => d.digest);
      expect(deletions.length).toBeGreaterThan(0);
      expect(drawn.sort()).toEqual(deletions.sort());

      // Deleting a tag asks first.
      await page.goto(`${serve.url}/ui/r/${serve.host}/acme/app`);
      await follow(page, page.getByRole("row", { name: /^latest/ }).getByRole("link", { name: "Delete tag…" }));
      expect(await heading(page)).toBe("Delete acme/app:latest?");
      await shot(page, "serve-6-confirm");
      await follow(page, page.getByRole("button", { name: "Delete the tag" }));
      expect(await page.getByRole("link", { name: "latest", exact: true }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "v1", exact: true }).count()).toBe(1);
      await page.close();
    } finally {
      await client.close();
      await serve.stop();
    }
  });

  it("refuses a deletion without the page's token, a foreign Host header, and deletes nothing in --read-only", async () => {
    const serve = await startServeProcess(["--memory", "--ui", "--read-only"]);
    try {
      const post = await fetch(`${serve.url}/ui/delete/${serve.host}/acme/app:v1`, {
        method: "POST",
        body: "confirm=yes",
      });
      expect(post.status).toBe(403);
      const rebinding = await new Promise<number>((resolve, reject) => {
        request(`${serve.url}/ui/`, { headers: { host: "attacker.example:80" } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on("error", reject)
          .end();
      });
      expect(rebinding).toBe(421);
    } finally {
      await serve.stop();
    }
  });

  it.skipIf(!hasTool("docker-registry"))("explore over the reference registry (docker-registry)", async () => {
    const reference = await startReferenceRegistry();
    const client = new RegistryClient();
    const explorer = await startExplorer({
      sources: new Map([[reference.host, remoteSource(reference.host, { registry: client, env: {} }, false)]]),
    });
    try {
      await seed(new RegistryStore(client, reference.host), "acme/app");
      const page = await browser.newPage();
      const layer = await clickThrough(
        page,
        explorer.url.replace(/\/ui\/$/, ""),
        reference.host,
        "acme/app",
        "distribution",
      );
      expect(layer).toMatch(/entries/);
      await page.close();
    } finally {
      await explorer.close();
      await client.close();
      await reference.close();
    }
  });

  it("explore over the GHCR emulator: an owner's packages through the API, a package's plan through GitHub Packages", async () => {
    const emulator = await startGitHubEmulator({
      world: {
        users: [{ login: "alice" }],
        repos: [{ full_name: "alice/app" }],
        tokens: [
          {
            value: "ghp_alice",
            kind: "classic_pat",
            user: "alice",
            scopes: ["repo", "write:packages", "read:packages", "delete:packages"],
          },
        ],
      },
    });
    const env = {
      GITHUB_TOKEN: "ghp_alice",
      DOCKHAND_RESOLVE: `ghcr.io=${emulator.url}`,
      GITHUB_API_URL: emulator.apiUrl,
    };
    const client = new RegistryClient({ env });
    const github = { client: createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_alice" }), login: "alice" };
    const explorer = await startExplorer({
      sources: new Map([["ghcr.io", remoteSource("ghcr.io", { registry: client, env, github }, true)]]),
    });
    try {
      await seed(new RegistryStore(client, "ghcr.io"), "alice/app");
      const page = await browser.newPage();
      const layer = await clickThrough(
        page,
        explorer.url.replace(/\/ui\/$/, ""),
        "ghcr.io",
        "alice/app",
        "ghcr",
        false,
      );
      expect(layer).toMatch(/entries/);
      await page.goto(explorer.url.replace(/\/ui\/$/, "/ui/plan/ghcr.io/alice/app?include=pr-*"));
      await shot(page, "ghcr-5-plan");
      expect(await page.locator('.card[data-action="delete"]').count()).toBeGreaterThan(0);
      // Read-only: no delete links.
      await page.goto(explorer.url.replace(/\/ui\/$/, "/ui/r/ghcr.io/alice/app"));
      expect(await page.getByRole("link", { name: "Delete tag…" }).count()).toBe(0);
      await page.close();
    } finally {
      await explorer.close();
      await client.close();
      await emulator.close();
    }
  });
});
