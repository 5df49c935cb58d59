import { describe, expect, it } from "vitest";
import { type ContextFacts, resolveContext } from "./context.js";
import { computeMeta } from "./meta.js";

/**
 * More of metadata-action's rules, one case each, beyond the shared case file. Contexts use GitHub's names;
 * the clock is frozen at 2020-01-10T00:30:00Z and the default branch is master.
 */
interface RuleCase {
  rule: string;
  context: {
    event_name: string;
    ref: string;
    sha: string;
    pr_number?: number;
    pr_base_ref?: string;
    pr_head_sha?: string;
    base_ref?: string;
    env?: Record<string, string>;
  };
  inputs: { images: string[]; tags?: string[]; flavor?: string[] };
  version: { main: string | null; partial: string[]; latest: boolean };
  tags: string[];
}

const frozen = new Date("2020-01-10T00:30:00.000Z");

const cases: RuleCase[] = [
  {
    rule: "semver and pep440 produce nothing on a branch without value=",
    context: { event_name: "push", ref: "refs/heads/my/feature#1245", sha: "983315b5e8d46e46fc4c49869e85e7ee5fb289ba" },
    inputs: {
      images: ["org/app", "ghcr.io/user/app"],
      tags: ["type=semver,pattern={{version}}", "type=pep440,pattern={{version}}", "type=edge"],
    },
    version: { main: null, partial: [], latest: false },
    tags: [],
  },
  {
    rule: "semver with value= on a branch yields the version and decides latest",
    context: { event_name: "push", ref: "refs/heads/master", sha: "266574110acf203503badf966df2ea24b5d732d7" },
    inputs: {
      images: ["user/app"],
      tags: [
        "type=semver,pattern={{version}},value=v1.2.3",
        "type=pep440,pattern={{version}},value=v1.2.3",
        "type=edge",
      ],
    },
    version: { main: "1.2.3", partial: ["edge"], latest: true },
    tags: ["user/app:1.2.3", "user/app:edge", "user/app:latest"],
  },
  {
    rule: "enable=false skips an entry",
    context: { event_name: "push", ref: "refs/heads/master", sha: "266574110acf203503badf966df2ea24b5d732d7" },
    inputs: { images: ["user/app"], tags: ["type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3", "type=edge"] },
    version: { main: "edge", partial: [], latest: false },
    tags: ["user/app:edge"],
  },
  {
    rule: "an image with enable=false gets no tags",
    context: { event_name: "push", ref: "refs/heads/dev", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app", "ghcr.io/user/app,enable=false"],
      tags: ["type=edge,branch=master", "type=ref,event=branch,enable=false", "type=sha,format=long"],
    },
    version: { main: "sha-860c1904a1ce19322e91ac35af1ab07466440c37", partial: [], latest: false },
    tags: ["org/app:sha-860c1904a1ce19322e91ac35af1ab07466440c37"],
  },
  {
    rule: "match with /regex/flags; a pattern that does not match yields nothing",
    context: { event_name: "push", ref: "refs/tags/p1/v1.0.0", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app"],
      tags: [
        'type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1',
        "type=match,pattern=\\d.\\d.\\d",
        "type=match,pattern=\\d.\\d",
        "type=ref,event=pr",
        "type=sha",
      ],
    },
    version: { main: "1.0.0", partial: ["1.0", "sha-860c190"], latest: true },
    tags: ["org/app:1.0.0", "org/app:1.0", "org/app:sha-860c190", "org/app:latest"],
  },
  {
    rule: "a missing match group yields nothing",
    context: { event_name: "push", ref: "refs/tags/p1/v1.0.0", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app"],
      tags: [
        "type=match,pattern=p1/v(\\d.\\d.\\d),group=1",
        "type=match,pattern=p1/v(\\d.\\d),group=1",
        "type=match,pattern=p1/v(\\d.\\d),group=3",
        "type=ref,event=pr",
        "type=sha",
      ],
    },
    version: { main: "1.0.0", partial: ["1.0", "sha-860c190"], latest: true },
    tags: ["org/app:1.0.0", "org/app:1.0", "org/app:sha-860c190", "org/app:latest"],
  },
  {
    rule: "an empty suffix= on the entry replaces the flavor suffix; latest without onlatest stays plain",
    context: { event_name: "push", ref: "refs/tags/p1/v1.0.0", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app"],
      tags: [
        "type=match,pattern=p1/v(\\d.\\d.\\d),group=1",
        "type=match,pattern=p1/v(\\d.\\d),group=1,suffix=",
        "type=ref,event=pr",
        "type=sha",
      ],
      flavor: ["suffix=-dev"],
    },
    version: { main: "1.0.0-dev", partial: ["1.0", "sha-860c190-dev"], latest: true },
    tags: ["org/app:1.0.0-dev", "org/app:1.0", "org/app:sha-860c190-dev", "org/app:latest"],
  },
  {
    rule: "{{tag}}, {{sha}} and {{base_ref}} on a tag push; is_default_branch is false there",
    context: {
      event_name: "push",
      ref: "refs/tags/v1.1.1",
      sha: "860c1904a1ce19322e91ac35af1ab07466440c37",
      base_ref: "refs/heads/master",
    },
    inputs: {
      images: ["org/app"],
      tags: [
        "type=raw,{{tag}}-{{sha}}-foo",
        "type=raw,{{base_ref}}-foo",
        "type=raw,defbranch-foo,enable={{is_default_branch}}",
      ],
    },
    version: { main: "v1.1.1-860c190-foo", partial: ["master-foo"], latest: false },
    tags: ["org/app:v1.1.1-860c190-foo", "org/app:master-foo"],
  },
  {
    rule: "prefix and suffix both onlatest",
    context: { event_name: "push", ref: "refs/tags/v1.1.1", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app"],
      tags: ["type=semver,pattern={{version}}", "type=semver,pattern={{major}}.{{minor}}.{{patch}}"],
      flavor: ["prefix=foo-,onlatest=true", "suffix=-dev,onlatest=true"],
    },
    version: { main: "foo-1.1.1-dev", partial: [], latest: true },
    tags: ["org/app:foo-1.1.1-dev", "org/app:foo-latest-dev"],
  },
  {
    rule: "pep440 pre-release normalised, no latest",
    context: { event_name: "push", ref: "refs/tags/1.1beta2", sha: "x" },
    inputs: { images: ["org/app"], tags: ["type=pep440,pattern={{major}}.{{minor}}", "type=pep440,pattern={{major}}"] },
    version: { main: "1.1b2", partial: [], latest: false },
    tags: ["org/app:1.1b2"],
  },
  {
    rule: "pep440 post-release normalised, no latest",
    context: { event_name: "push", ref: "refs/tags/1.2post1", sha: "x" },
    inputs: {
      images: ["org/app"],
      tags: [
        "type=pep440,pattern={{version}}",
        "type=pep440,pattern={{major}}.{{minor}}",
        "type=pep440,pattern={{major}}",
      ],
    },
    version: { main: "1.2.post1", partial: [], latest: false },
    tags: ["org/app:1.2.post1"],
  },
  {
    rule: "pep440 {{raw}} kept for a pre-release, other patterns normalised",
    context: { event_name: "push", ref: "refs/tags/v1.2.3rc2", sha: "x" },
    inputs: { images: ["org/app"], tags: ["type=pep440,pattern={{raw}}", "type=pep440,pattern={{major}}.{{minor}}"] },
    version: { main: "v1.2.3rc2", partial: ["1.2.3rc2"], latest: false },
    tags: ["org/app:v1.2.3rc2", "org/app:1.2.3rc2"],
  },
  {
    rule: "a quoted regex may hold commas",
    context: { event_name: "push", ref: "refs/tags/release1", sha: "x" },
    inputs: { images: ["user/app"], tags: ['type=match,"pattern=^release\\d{1,2}"'] },
    version: { main: "release1", partial: [], latest: true },
    tags: ["user/app:release1", "user/app:latest"],
  },
  {
    rule: "prefix= on type=ref,event=pr removes the pr- prefix; flavor suffix still applies",
    context: { event_name: "pull_request", ref: "refs/pull/15/merge", sha: "a9c8c5828b91be19d9728548b24759e352367ef1" },
    inputs: { images: ["org/app"], tags: ["type=ref,event=pr,prefix="], flavor: ["prefix=glo-", "suffix=-bal"] },
    version: { main: "15-bal", partial: [], latest: false },
    tags: ["org/app:15-bal"],
  },
  {
    rule: "pull_request_target: the ref becomes the pull request's merge ref",
    context: {
      event_name: "pull_request_target",
      ref: "refs/heads/master",
      sha: "266574110acf203503badf966df2ea24b5d732d7",
      pr_number: 15,
    },
    inputs: { images: ["org/app"], tags: ["type=sha,priority=2000", "type=ref,event=pr"] },
    version: { main: "sha-2665741", partial: ["pr-15"], latest: false },
    tags: ["org/app:sha-2665741", "org/app:pr-15"],
  },
  {
    rule: "an unquoted date format is a lookup that fails, so the default ISO format is used",
    context: { event_name: "pull_request", ref: "refs/pull/15/merge", sha: "a9c8c5828b91be19d9728548b24759e352367ef1" },
    inputs: { images: ["org/app"], tags: ["type=raw,value={{commit_date YYYY-MM-DD-HHmmSS}}"] },
    version: { main: "2020-01-10T00-30-00Z", partial: [], latest: false },
    tags: ["org/app:2020-01-10T00-30-00Z"],
  },
  {
    rule: "DOCKER_METADATA_PR_HEAD_SHA uses the head commit",
    context: {
      event_name: "pull_request",
      ref: "refs/pull/15/merge",
      sha: "a9c8c5828b91be19d9728548b24759e352367ef1",
      pr_head_sha: "3370e228f2209994d57af4427fe64e71bb79ac96",
      env: { DOCKER_METADATA_PR_HEAD_SHA: "true" },
    },
    inputs: { images: ["org/app"], tags: ["type=ref,event=pr", "type=sha"] },
    version: { main: "pr-15", partial: ["sha-3370e22"], latest: false },
    tags: ["org/app:pr-15", "org/app:sha-3370e22"],
  },
  {
    rule: "default entries on schedule: nightly then the branch",
    context: { event_name: "schedule", ref: "refs/heads/master", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: { images: ["user/app"] },
    version: { main: "nightly", partial: ["master"], latest: false },
    tags: ["user/app:nightly", "user/app:master"],
  },
  {
    rule: "is_default_branch is true on schedule events",
    context: { event_name: "schedule", ref: "refs/heads/master", sha: "860c1904a1ce19322e91ac35af1ab07466440c37" },
    inputs: {
      images: ["org/app"],
      tags: ["type=schedule", "type=sha,priority=2000", "type=raw,value=defbranch,enable={{is_default_branch}}"],
    },
    version: { main: "sha-860c190", partial: ["nightly", "defbranch"], latest: false },
    tags: ["org/app:sha-860c190", "org/app:nightly", "org/app:defbranch"],
  },
  {
    rule: "date helpers with a time zone in schedule patterns",
    context: { event_name: "schedule", ref: "refs/heads/master", sha: "x" },
    inputs: {
      images: ["user/app"],
      tags: [
        "type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        "type=schedule,pattern=src-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      ],
    },
    version: { main: "20200110-093000", partial: ["src-20200110-093000"], latest: false },
    tags: ["user/app:20200110-093000", "user/app:src-20200110-093000"],
  },
  {
    rule: "commit_date and date",
    context: { event_name: "release", ref: "refs/tags/v1.1.1", sha: "x" },
    inputs: {
      images: ["user/app"],
      tags: ["type=raw,value=src-{{commit_date 'YYYYMMDD-HHmmss'}}", "type=raw,value={{date 'YYYYMMDD-HHmmss'}}"],
    },
    version: { main: "src-20200110-003000", partial: ["20200110-003000"], latest: false },
    tags: ["user/app:src-20200110-003000", "user/app:20200110-003000"],
  },
  {
    rule: "latest=true adds latest whenever a tag is produced",
    context: { event_name: "push", ref: "refs/heads/dev", sha: "x" },
    inputs: {
      images: ["user/app"],
      tags: ["type=ref,priority=90,event=branch", "type=raw,my", "type=raw,custom", "type=raw,tags"],
      flavor: ["latest=true"],
    },
    version: { main: "my", partial: ["custom", "tags", "dev"], latest: true },
    tags: ["user/app:my", "user/app:custom", "user/app:tags", "user/app:dev", "user/app:latest"],
  },
];

function factsOf(context: RuleCase["context"]): ContextFacts {
  return {
    eventName: context.event_name,
    ref: context.ref,
    sha: context.sha,
    defaultBranch: "master",
    date: frozen,
    commitDate: frozen,
    ...(context.pr_number === undefined ? {} : { prNumber: context.pr_number }),
    ...(context.pr_base_ref === undefined ? {} : { prBaseRef: context.pr_base_ref }),
    ...(context.pr_head_sha === undefined ? {} : { prHeadSha: context.pr_head_sha }),
    ...(context.base_ref === undefined ? {} : { baseRef: context.base_ref.replace(/^refs\/heads\//, "") }),
    usePrHeadSha: context.env?.DOCKER_METADATA_PR_HEAD_SHA === "true",
  };
}

describe("metadata-action rules", () => {
  it.each(cases.map((c) => [c.rule, c] as const))("%s", (_rule, c) => {
    const result = computeMeta(c.inputs, resolveContext(factsOf(c.context)));
    expect({ ...result.version, main: result.version.main ?? null }).toEqual(c.version);
    expect(result.tags).toEqual(c.tags);
  });
});
