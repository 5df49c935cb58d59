import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { factsFromEnv, resolveContext, sourceDateEpoch } from "./context.js";

const dir = mkdtempSync(join(tmpdir(), "dockhand-context-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (path: string) => readFileSync(path, "utf8");

function eventFile(name: string, payload: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe("factsFromEnv", () => {
  it("reads a push: ref, sha, default branch, repository and the commit's time", () => {
    const path = eventFile("push.json", {
      ref: "refs/heads/main",
      repository: {
        name: "app",
        description: "An app",
        html_url: "https://github.com/owner/app",
        default_branch: "main",
        license: { spdx_id: "Apache-2.0" },
      },
      commits: [{ id: "aaa", timestamp: "2021-02-03T04:05:06+01:00" }],
      head_commit: { id: "aaa", timestamp: "2021-02-03T04:05:06+01:00" },
    });
    const facts = factsFromEnv(
      { GITHUB_EVENT_NAME: "push", GITHUB_REF: "refs/heads/main", GITHUB_SHA: "aaa", GITHUB_EVENT_PATH: path },
      read,
    );
    const context = resolveContext(facts, new Date(0));
    expect(context).toMatchObject({
      eventName: "push",
      ref: "refs/heads/main",
      sha: "aaa",
      defaultBranch: "main",
      repository: {
        name: "app",
        description: "An app",
        htmlUrl: "https://github.com/owner/app",
        license: "Apache-2.0",
      },
    });
    expect(context.commitDate.toISOString()).toBe("2021-02-03T03:05:06.000Z");
    expect(context.date.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("rewrites pull_request_target to the pull request's merge ref and can use the head sha", () => {
    const path = eventFile("prt.json", {
      number: 15,
      pull_request: { number: 15, base: { ref: "main" }, head: { sha: "headsha0000" } },
      repository: { default_branch: "main" },
    });
    const env = {
      GITHUB_EVENT_NAME: "pull_request_target",
      GITHUB_REF: "refs/heads/main",
      GITHUB_SHA: "basesha0000",
      GITHUB_EVENT_PATH: path,
    };
    const context = resolveContext(factsFromEnv(env, read));
    expect(context.ref).toBe("refs/pull/15/merge");
    expect(context.sha).toBe("basesha0000");
    expect(context.prBaseRef).toBe("main");
    const headed = resolveContext(factsFromEnv({ ...env, DOCKER_METADATA_PR_HEAD_SHA: "true" }, read));
    expect(headed.sha).toBe("headsha0000");
  });

  it("takes the base branch of a tag push from base_ref", () => {
    const path = eventFile("tag.json", { base_ref: "refs/heads/release", repository: { default_branch: "main" } });
    const facts = factsFromEnv({ GITHUB_REF: "refs/tags/v1", GITHUB_EVENT_PATH: path }, read);
    expect(facts.baseRef).toBe("release");
  });

  it("fails clearly on an unreadable payload and a bad short sha length", () => {
    expect(() => factsFromEnv({ GITHUB_EVENT_PATH: join(dir, "missing.json") }, read)).toThrowError(
      /Cannot read the event payload at GITHUB_EVENT_PATH=/,
    );
    expect(() => factsFromEnv({ DOCKER_METADATA_SHORT_SHA_LENGTH: "x" }, read)).toThrowError(/not a valid number: x/);
    expect(factsFromEnv({ DOCKER_METADATA_SHORT_SHA_LENGTH: "12" }, read).shortShaLength).toBe(12);
  });
});

describe("SOURCE_DATE_EPOCH", () => {
  it("fixes the date, and the commit date when the payload has none", () => {
    const facts = factsFromEnv({ SOURCE_DATE_EPOCH: "1700000000" }, read);
    const context = resolveContext(facts, new Date());
    expect(context.date.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(context.commitDate.toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it("is ignored when unset and refused when not whole seconds", () => {
    expect(sourceDateEpoch({})).toBeUndefined();
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: "soon" })).toThrowError(/whole seconds/);
  });
});

describe("resolveContext", () => {
  it("derives the merge ref from a pull request number when no ref is known", () => {
    expect(resolveContext({ eventName: "pull_request", prNumber: 7 }).ref).toBe("refs/pull/7/merge");
    expect(resolveContext({ eventName: "pull_request", prNumber: 7, ref: "refs/pull/7/head" }).ref).toBe(
      "refs/pull/7/head",
    );
  });
});
