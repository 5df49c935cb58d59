import { describe, expect, it } from "vitest";
import { githubRegistryHosts, isGitHubRegistryHost, registryHostForApi } from "./hosts.js";
import { resolveGitHubConnection } from "./options.js";

describe("registry hosts", () => {
  it("maps API URLs to their registry", () => {
    expect(registryHostForApi("https://api.github.com")).toBe("ghcr.io");
    expect(registryHostForApi("https://ghes.example.com/api/v3")).toBe("containers.ghes.example.com");
    expect(registryHostForApi("https://api.octo.ghe.com")).toBe("containers.octo.ghe.com");
  });
  it("collects ghcr.io, the GHES registry and DOCKHAND_GITHUB_REGISTRY", () => {
    const env = {
      GITHUB_API_URL: "https://ghes.example.com/api/v3/",
      DOCKHAND_GITHUB_REGISTRY: " 127.0.0.1:5555 ,Other.Example",
    };
    expect(githubRegistryHosts(env)).toEqual([
      "ghcr.io",
      "containers.ghes.example.com",
      "127.0.0.1:5555",
      "other.example",
    ]);
    expect(isGitHubRegistryHost("GHCR.io", {})).toBe(true);
    expect(isGitHubRegistryHost("docker.io", {})).toBe(false);
    expect(githubRegistryHosts({ GITHUB_API_URL: "https://api.github.com" })).toEqual(["ghcr.io"]);
  });
});

describe("resolveGitHubConnection", () => {
  it("prefers options, then GITHUB_TOKEN, then GH_TOKEN", () => {
    expect(resolveGitHubConnection({ token: "a" }, { GITHUB_TOKEN: "b" })).toMatchObject({
      token: "a",
      tokenSource: "--token",
    });
    expect(resolveGitHubConnection({}, { GITHUB_TOKEN: " ", GH_TOKEN: "c" })).toMatchObject({
      token: "c",
      tokenSource: "GH_TOKEN",
      apiUrl: "https://api.github.com",
    });
    expect(resolveGitHubConnection({ githubApi: "http://x/api/v3/" }, { GITHUB_API_URL: "http://y" }).apiUrl).toBe(
      "http://x/api/v3",
    );
    expect(resolveGitHubConnection({}, { GITHUB_API_URL: "http://y" })).toMatchObject({
      apiUrl: "http://y",
      token: undefined,
    });
  });
});
