/**
 * docker/metadata-action's own test cases (test/fixtures/metadata-action-upstream/) through dockhand's Action as the
 * runner runs it: `node dist-action/index.js` with the case's environment, `INPUT_*` variables, the event payload
 * at GITHUB_EVENT_PATH, and outputs read back from the GITHUB_OUTPUT file. Upstream mocks the clock and the
 * repository API; here SOURCE_DATE_EPOCH fixes the clock and a server on 127.0.0.1 answers the repository API
 * with upstream's repo.json (the Action reads it with github-token when the payload has no repository).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProcess } from "../helpers/process.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const upstream = path.join(root, "test/fixtures/metadata-action-upstream");
const fixtures = path.join(upstream, "fixtures");
const bundle = path.join(root, "dist-action/index.js");

interface Case {
  id: string;
  env?: string;
  kind: string;
  inputs: Record<string, string[] | string>;
  skip?: string;
  expected: Record<string, unknown>;
}
const { cases } = JSON.parse(readFileSync(path.join(upstream, "cases.json"), "utf8")) as { cases: Case[] };
const repo = JSON.parse(readFileSync(path.join(fixtures, "repo.json"), "utf8")) as Record<string, unknown>;

function parseEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

function readOutputs(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm))
    values[match[1] as string] = match[3] as string;
  return values;
}

const INPUT_NAMES: Record<string, string> = { sepTags: "sep-tags", sepLabels: "sep-labels", bakeTarget: "bake-target" };

describe("docker/metadata-action's test cases through dockhand's Action", () => {
  let server: Server;
  let apiUrl = "";
  const work = mkdtempSync(path.join(tmpdir(), "dockhand-action-"));
  beforeAll(async () => {
    server = createServer((req, res) => {
      // The repository API as upstream's mock gives it.
      if (req.headers.authorization !== "Bearer test-token" || !req.url?.startsWith("/repos/")) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(repo));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  async function run(c: Case): Promise<{ outputs: Record<string, string>; code: number | null; stdout: string }> {
    const dir = mkdtempSync(path.join(work, "case-"));
    const env = parseEnvFile(path.join(fixtures, c.env ?? "event_empty.env"));
    const eventFile = path.basename(env.GITHUB_EVENT_PATH ?? "");
    const payloadPath = path.join(fixtures, eventFile);
    let payload: Record<string, unknown> = {};
    try {
      payload = JSON.parse(readFileSync(payloadPath, "utf8")) as Record<string, unknown>;
    } catch {
      // No payload file: the event has none (upstream reads {}).
    }
    // Upstream mocks the clock, so {{commit_date}} gives the mocked instant: the payload's commit times go, and
    // dockhand falls back to SOURCE_DATE_EPOCH, the same instant.
    const commits = [payload.head_commit, ...((payload.commits as unknown[] | undefined) ?? [])];
    for (const commit of commits)
      if (commit && typeof commit === "object") delete (commit as { timestamp?: string }).timestamp;
    const event = path.join(dir, "event.json");
    writeFileSync(event, JSON.stringify(payload));
    const output = path.join(dir, "output");
    writeFileSync(output, "");
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(c.inputs ?? {})) {
      inputs[`INPUT_${(INPUT_NAMES[name] ?? name).toUpperCase()}`] = Array.isArray(value) ? value.join("\n") : value;
    }
    const { code, out: stdout } = await runProcess(process.execPath, [bundle], {
      env: {
        PATH: process.env.PATH ?? "",
        TZ: "UTC",
        ...env,
        // Upstream's repository mock answers whatever the context names, even an event without a repository.
        GITHUB_REPOSITORY: env.GITHUB_REPOSITORY || "octocat/Hello-World",
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: path.join(dir, "summary"),
        GITHUB_API_URL: apiUrl,
        RUNNER_TEMP: dir,
        SOURCE_DATE_EPOCH: "1578616200",
        INPUT_COMMAND: "tags",
        "INPUT_GITHUB-TOKEN": "test-token",
        ...(c.kind === "bakeFile" ? { DOCKER_METADATA_ANNOTATIONS_LEVELS: "index,manifest-descriptor" } : {}),
        ...(c.id.includes("pr-head-sha") ? { DOCKER_METADATA_PR_HEAD_SHA: "true" } : {}),
        ...inputs,
      },
    });
    return { outputs: readOutputs(output), code, stdout };
  }

  const lines = (text: string | undefined) => (text ? text.split("\n") : []);
  const unprefixed = (annotations: string[]) => annotations.map((a) => a.replace(/^manifest:/, ""));

  for (const c of cases) {
    it.skipIf(c.kind === "skip")(c.id, async () => {
      const { outputs, code, stdout } = await run(c);
      const expected = c.expected;
      if (expected.error !== undefined) {
        expect(code, stdout).toBe(1);
        return;
      }
      expect(code, stdout).toBe(0);
      const json = (name: string) => JSON.parse(readFileSync(outputs[name] ?? "", "utf8")) as unknown;
      switch (c.kind) {
        case "tagsLabels": {
          const version = expected.version as { main: string | null };
          expect(outputs.version).toBe(version.main ?? "");
          expect(lines(outputs.tags)).toEqual(expected.tags);
          expect(lines(outputs.labels)).toEqual(expected.labels);
          if (expected.annotations) expect(unprefixed(lines(outputs.annotations))).toEqual(expected.annotations);
          break;
        }
        case "json":
          expect(JSON.parse(outputs.json ?? "{}")).toEqual(expected.output);
          break;
        case "sepTags":
          expect(outputs.tags).toBe(expected.output);
          break;
        case "bakeFile":
          expect(json("bake-file-tags")).toEqual(expected.bakeTags);
          expect(json("bake-file-labels")).toEqual(expected.bakeLabels);
          if (expected.bakeAnnotations) expect(json("bake-file-annotations")).toEqual(expected.bakeAnnotations);
          break;
        case "bakeFileTagsLabels":
          expect(json("bake-file")).toEqual(expected.output);
          break;
        default:
          throw new Error(`unknown case kind ${c.kind}`);
      }
    });
  }
});
