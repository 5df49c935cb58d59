import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ContextFacts, resolveContext } from "./context.js";
import { ociLabels } from "./labels.js";
import { computeMeta } from "./meta.js";

/** One case of test/fixtures/testdata/metadata-action-cases.json. */
interface Case {
  id: string;
  context: Record<string, unknown>;
  inputs: { images?: string[]; tags?: string[]; flavor?: string[]; labels?: string[]; annotations?: string[] };
  expected: {
    version: { main: string | null; partial: string[]; latest: boolean };
    tags: string[];
    labels?: string[] | Record<string, string>;
    annotations?: string[];
  };
}

const file = new URL("../../test/fixtures/testdata/metadata-action-cases.json", import.meta.url);
const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;

// The action's test suite freezes the clock at this instant and reads repository facts from a fixture
// (octocat/Hello-World); a case may carry its own.
const frozen = new Date("2020-01-10T00:30:00.000Z");
const fixtureRepository = {
  name: "Hello-World",
  description: "This your first repo!",
  htmlUrl: "https://github.com/octocat/Hello-World",
  license: "MIT",
};

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Maps a case's context (GitHub's names) to the planner's facts. */
function factsOf(context: Record<string, unknown>): ContextFacts {
  const env = (context.env ?? {}) as Record<string, string>;
  const facts: ContextFacts = {
    eventName: text(context.event_name) ?? "",
    ref: text(context.ref) ?? "",
    sha: text(context.sha) ?? "",
    defaultBranch: text(context.repo_default_branch) ?? text(context.default_branch) ?? "",
    date: frozen,
    commitDate: frozen,
    repository: fixtureRepository,
  };
  const baseRef = text(context.base_ref) ?? text(context.payload_base_ref);
  if (baseRef !== undefined) facts.baseRef = baseRef.replace(/^refs\/heads\//, "");
  // The payload's pull request number; a case may give it only through the ref the action ends up using.
  const prFromRef = /^refs\/pull\/(\d+)\/merge$/.exec(text(context.effective_ref_used_by_action) ?? "")?.[1];
  if (typeof context.pr_number === "number") facts.prNumber = context.pr_number;
  else if (prFromRef !== undefined) facts.prNumber = Number(prFromRef);
  const prBaseRef = text(context.pr_base_ref);
  if (prBaseRef !== undefined) facts.prBaseRef = prBaseRef;
  const prHeadSha = text(context.pr_head_sha);
  if (prHeadSha !== undefined) facts.prHeadSha = prHeadSha;
  if (/true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? "") || context.use_pr_head_sha === true) {
    facts.usePrHeadSha = true;
  }
  if (env.DOCKER_METADATA_SHORT_SHA_LENGTH) facts.shortShaLength = Number(env.DOCKER_METADATA_SHORT_SHA_LENGTH);
  return facts;
}

describe("metadata-action cases", () => {
  it("has cases to run", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const context = resolveContext(factsOf(c.context));
    const effectiveRef = text(c.context.effective_ref_used_by_action);
    if (effectiveRef !== undefined) expect(context.ref).toBe(effectiveRef);

    const result = computeMeta(
      { images: c.inputs.images ?? [], tags: c.inputs.tags ?? [], flavor: c.inputs.flavor ?? [] },
      context,
    );
    expect({ ...result.version, main: result.version.main ?? null }).toEqual(c.expected.version);
    expect(result.tags).toEqual(c.expected.tags);

    if (c.expected.labels !== undefined) {
      const labels = ociLabels(context, result.version, c.inputs.labels ?? []);
      const expected = Array.isArray(c.expected.labels)
        ? c.expected.labels
        : Object.entries(c.expected.labels).map(([key, value]) => `${key}=${value}`);
      expect(labels).toEqual(expected);
    }
    if (c.expected.annotations !== undefined) {
      expect(ociLabels(context, result.version, c.inputs.annotations ?? [])).toEqual(c.expected.annotations);
    }
  });
});
