/**
 * `dockhand ref` run in-process through `main` with buffered output.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";

const digest = `sha256:${"c".repeat(64)}`;

/** Runs the CLI and returns exit code and output with colour codes removed (CI may force colour). */
const run = (...argv: string[]) => runCli(argv);

describe("dockhand ref", () => {
  it("prints the parts of a valid reference as an aligned list", async () => {
    const { code, out, err } = await run("ref", "nginx");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe(
      [
        "domain      docker.io",
        "path        library/nginx",
        "tag         -",
        "digest      -",
        "name        docker.io/library/nginx",
        "normalized  docker.io/library/nginx",
        "familiar    nginx",
        "pulled as   docker.io/library/nginx:latest",
        "",
      ].join("\n"),
    );
  });

  it("shows tag and digest, and that a digest wins over the tag when pulling", async () => {
    const { code, out } = await run("ref", `[::1]:5000/team/app:v1@${digest}`);
    expect(code).toBe(0);
    expect(out).toContain("domain      [::1]:5000\n");
    expect(out).toContain("tag         v1\n");
    expect(out).toContain(`digest      ${digest}\n`);
    expect(out).toContain(`normalized  [::1]:5000/team/app:v1@${digest}\n`);
    expect(out).toContain(`pulled as   [::1]:5000/team/app@${digest}\n`);
  });

  it("notes when a host:port without a path is read as a Docker Hub image with a tag", async () => {
    const { code, out, err } = await run("ref", "localhost:5000");
    expect(code).toBe(0);
    expect(out).toContain("normalized  docker.io/library/localhost:5000\n");
    expect(err).toBe(
      'note: read as image "localhost" on Docker Hub with tag "5000"; a registry needs a repository path: localhost:5000/NAME\n',
    );
    expect((await run("ref", "localhost:5000/app")).err).toBe("");
    expect((await run("ref", "app:5000")).err).toBe("");
  });

  it("prints the JSON object for a valid reference", async () => {
    const { code, out } = await run("ref", "index.docker.io/owner/app:v2", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      input: "index.docker.io/owner/app:v2",
      valid: true,
      domain: "docker.io",
      path: "owner/app",
      tag: "v2",
      digest: null,
      name: "docker.io/owner/app",
      normalized: "docker.io/owner/app:v2",
      familiar: "owner/app:v2",
    });
  });

  it("reports an invalid reference with error and hint on stderr and exit 1", async () => {
    const { code, out, err } = await run("ref", "https://ghcr.io/Owner/App");
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      'error: invalid reference format: "https://" is a URL scheme; a reference has no scheme\n' +
        "hint: use ghcr.io/owner/app (a reference has no URL scheme; repository names are lower case)\n",
    );
  });

  it("reports an invalid reference without a hint when none helps", async () => {
    const { code, err } = await run("ref", "ghcr.io/owner/ap$p");
    expect(code).toBe(1);
    expect(err).toContain('error: invalid reference format: path component "ap$p" contains "$"');
    expect(err).not.toContain("hint:");
  });

  it("prints {input, valid: false, error, hint} with --json and exits 1", async () => {
    const { code, out, err } = await run("ref", "--json", "ghcr.io/owner/app:");
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual({
      input: "ghcr.io/owner/app:",
      valid: false,
      error: 'invalid reference format: the tag after ":" is empty',
      hint: 'use ghcr.io/owner/app (an empty tag or digest is left out, with its ":" or "@")',
    });
  });

  it("exits 2 without a reference", async () => {
    const { code, err } = await run("ref");
    expect(code).toBe(2);
    expect(err).toContain("missing required argument 'reference'");
  });

  it("has help with examples", async () => {
    const { code, out } = await run("ref", "--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: dockhand ref [options] <reference>");
    expect(out).toContain("$ dockhand ref ghcr.io/owner/app:v1.0.0");
    expect(out).toContain("Exit codes: 0 valid, 1 invalid reference, 2 usage.");
  });
});
