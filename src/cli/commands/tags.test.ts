import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "dockhand-tags-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(["tags", ...args], { env });

const tagFlags = [
  "--images",
  "ghcr.io/Owner/App",
  "--ref",
  "refs/tags/v1.0.0",
  "--sha",
  "860c1904a1ce19322e91ac35af1ab07466440c37",
];

describe("dockhand tags", () => {
  it("prints the plan as a table with per-arch, merged and deployment tags", async () => {
    const { code, out, err } = await run(
      [
        ...tagFlags,
        "--tags",
        "type=semver,pattern={{version}}",
        "--arch",
        "amd64,arm64",
        "--extra",
        "hf-{{arch}}-{{version}}",
      ],
      { SOURCE_DATE_EPOCH: "0" },
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("version: 1.0.0  latest: yes");
    expect(out).toMatch(
      /^ghcr\.io\/owner\/app:1\.0\.0\s+version\s+ghcr\.io\/owner\/app:1\.0\.0-amd64 ghcr\.io\/owner\/app:1\.0\.0-arm64$/m,
    );
    expect(out).toMatch(/^ghcr\.io\/owner\/app:latest\s+latest\s+ghcr\.io\/owner\/app:latest-amd64/m);
    expect(out).toMatch(/^ghcr\.io\/owner\/app:latest-arm64\s+arch\s+arm64$/m);
    expect(out).toMatch(/^ghcr\.io\/owner\/app:hf-amd64-1\.0\.0\s+deployment\s+amd64$/m);
    expect(out).toContain("org.opencontainers.image.created=1970-01-01T00:00:00.000Z");
  });

  it("prints { version, tags, labels, annotations, plan } with --json", async () => {
    const { code, out } = await run([...tagFlags, "--flavor", "latest=false", "--arch", "arm64", "--json"], {
      SOURCE_DATE_EPOCH: "1700000000",
    });
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["version", "tags", "labels", "annotations", "plan"]);
    expect(doc.version).toEqual({ main: "v1.0.0", partial: [], latest: false });
    expect(doc.tags).toEqual(["ghcr.io/owner/app:v1.0.0"]);
    expect(doc.labels["org.opencontainers.image.created"]).toBe("2023-11-14T22:13:20.000Z");
    expect(doc.annotations).toContain("manifest:org.opencontainers.image.version=v1.0.0");
    expect(doc.plan.merges).toEqual([
      { target: "ghcr.io/owner/app:v1.0.0", sources: ["ghcr.io/owner/app:v1.0.0-arm64"] },
    ]);
  });

  it("reads the context from the CI environment and the event payload", async () => {
    const event = join(dir, "event.json");
    writeFileSync(
      event,
      JSON.stringify({
        repository: { name: "app", html_url: "https://github.com/owner/app", default_branch: "main", license: null },
      }),
    );
    const env = {
      GITHUB_EVENT_NAME: "push",
      GITHUB_REF: "refs/heads/main",
      GITHUB_SHA: "abcdef1234567890",
      GITHUB_EVENT_PATH: event,
      SOURCE_DATE_EPOCH: "0",
    };
    const args = [
      "--images",
      "a/app",
      "--tags",
      "type=edge\ntype=sha\ntype=raw,value=stable,enable={{is_default_branch}}",
      "--json",
    ];
    const { code, out } = await run(args, env);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.tags).toEqual(["a/app:edge", "a/app:stable", "a/app:sha-abcdef1"]);
    expect(doc.labels["org.opencontainers.image.source"]).toBe("https://github.com/owner/app");
    expect(doc.labels["org.opencontainers.image.revision"]).toBe("abcdef1234567890");

    // Flags override the environment; --no-env ignores it.
    const overridden = JSON.parse((await run([...args, "--ref", "refs/heads/dev"], env)).out);
    expect(overridden.tags).toEqual(["a/app:sha-abcdef1"]);
    const ignored = JSON.parse((await run([...args, "--no-env", "--sha", "1234567abc"], env)).out);
    expect(ignored.tags).toEqual(["a/app:sha-1234567"]);
  });

  it("prefixes annotations with the levels in DOCKER_METADATA_ANNOTATIONS_LEVELS", async () => {
    const { out } = await run(["--images", "a/app", "--ref", "refs/heads/main", "--annotations", "x=1", "--json"], {
      DOCKER_METADATA_ANNOTATIONS_LEVELS: "manifest,index",
    });
    const annotations: string[] = JSON.parse(out).annotations;
    expect(annotations.filter((a) => a.endsWith(":x=1"))).toEqual(["manifest:x=1", "index:x=1"]);
  });

  it("plans a pull request from --pr", async () => {
    const { out } = await run(["--images", "a/app", "--pr", "15", "--json"]);
    expect(JSON.parse(out).tags).toEqual(["a/app:pr-15"]);
  });

  it("writes outputs to $GITHUB_OUTPUT in the name<<DELIMITER form", async () => {
    const file = join(dir, "github-output");
    writeFileSync(file, "earlier=1\n");
    const { code } = await run([...tagFlags, "--tags", "type=semver,pattern={{version}}", "--github-output"], {
      GITHUB_OUTPUT: file,
      SOURCE_DATE_EPOCH: "0",
    });
    expect(code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("earlier=1\n")).toBe(true);
    const outputs = new Map<string, string>();
    const pattern = /^([\w-]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2$/gm;
    for (const match of text.matchAll(pattern)) outputs.set(match[1] ?? "", match[3] ?? "");
    expect([...outputs.keys()]).toEqual(["version", "tags", "tag-names", "labels", "annotations", "json"]);
    expect(outputs.get("tags")).toBe("ghcr.io/owner/app:1.0.0\nghcr.io/owner/app:latest");
    expect(outputs.get("version")).toBe("1.0.0");
    expect(JSON.parse(outputs.get("json") ?? "").plan.images).toEqual(["ghcr.io/owner/app"]);
  });

  it("exits 2 on bad input and on --github-output without $GITHUB_OUTPUT", async () => {
    const bad = await run(["--images", "a/app", "--tags", "type=ref"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Invalid tags entry "type=ref": missing event attribute');
    const json = await run(["--images", "a/app", "--flavor", "latest=sometimes", "--json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).error.code).toBe("TAGS_INPUT");
    expect((await run(["--images", "a/app", "--github-output"])).code).toBe(2);
    expect((await run(["--images", "a/app", "--pr", "x"])).code).toBe(2);
  });

  it("exits 1 naming an invalid tag and the rule", async () => {
    const { code, err } = await run([
      "--images",
      "a/app",
      "--ref",
      "refs/heads/-wip",
      "--tags",
      "type=ref,event=branch",
    ]);
    expect(code).toBe(1);
    expect(err).toContain('"-wip": tag "-wip" must start with a letter, digit or "_"');
  });

  it("warns when no tag is produced", async () => {
    const { code, out, err } = await run([
      "--images",
      "a/app",
      "--ref",
      "refs/heads/main",
      "--tags",
      "type=ref,event=tag",
    ]);
    expect(code).toBe(0);
    expect(err).toContain("No Docker tag has been generated");
    expect(out).toContain("no tags planned");
  });

  it("teaches the syntax in --help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("type=semver,pattern={{version}}");
    expect(out).toContain("--arch amd64,arm64 --extra 'hf-{{arch}}-{{version}}'");
    expect(out).toContain("SOURCE_DATE_EPOCH");
  });
});
