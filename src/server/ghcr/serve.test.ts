import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../github/client.js";
import { listPackages } from "../../github/packages.js";
import { emulatorSummary, formatEmulatorSummary, parseAddr, serveGitHubEmulator } from "./serve.js";

describe("parseAddr", () => {
  it.each([
    [undefined, { host: "127.0.0.1", port: 0 }],
    ["8080", { host: "127.0.0.1", port: 8080 }],
    [":8080", { host: "127.0.0.1", port: 8080 }],
    ["0.0.0.0:80", { host: "0.0.0.0", port: 80 }],
    ["[::1]:5000", { host: "::1", port: 5000 }],
  ])("%s", (addr, expected) => {
    expect(parseAddr(addr)).toEqual(expected);
  });
  it.each(["localhost", "host:port", "1:99999"])("refuses %s", (addr) => {
    expect(() => parseAddr(addr)).toThrow(/is not HOST:PORT/);
  });
});

describe("serveGitHubEmulator", () => {
  it("starts the sample world and says how to point dockhand at it", async () => {
    const emulator = await serveGitHubEmulator({});
    try {
      const summary = emulatorSummary(emulator, undefined);
      expect(summary.env.DOCKHAND_RESOLVE).toBe(`ghcr.io=${emulator.url}`);
      expect(formatEmulatorSummary(summary)).toContain(`export GITHUB_API_URL=${emulator.apiUrl}`);
      const client = createGitHubClient({ apiUrl: emulator.apiUrl, token: "ghp_sample_alice" });
      const names = (await listPackages(client, { type: "org", login: "acme" })).map((p) => p.name);
      expect(names).toEqual(["api"]);
    } finally {
      await emulator.close();
    }
  });
});
