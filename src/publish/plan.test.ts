import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { resolveContext } from "./context.js";
import { planTags } from "./plan.js";

const tagPush = resolveContext({
  eventName: "push",
  ref: "refs/tags/v1.0.0",
  sha: "860c1904a1ce19322e91ac35af1ab07466440c37",
  defaultBranch: "main",
  date: new Date("2024-05-01T12:00:00Z"),
});
const mainPush = resolveContext({
  eventName: "push",
  ref: "refs/heads/main",
  sha: "860c1904a1ce19322e91ac35af1ab07466440c37",
  defaultBranch: "main",
  date: new Date("2024-05-01T12:00:00Z"),
});

describe("planTags", () => {
  it("adds per-arch tags and a merge step for every merged tag", () => {
    const plan = planTags(
      {
        images: ["ghcr.io/owner/app"],
        tags: ["type=ref,event=branch\ntype=raw,value=latest,enable={{is_default_branch}}"],
        archs: ["amd64,arm64"],
      },
      mainPush,
    );
    expect(plan.tags).toEqual(["ghcr.io/owner/app:main", "ghcr.io/owner/app:latest"]);
    expect(plan.plan.legs).toEqual([
      {
        arch: "amd64",
        platform: "linux/amd64",
        tags: ["ghcr.io/owner/app:main-amd64", "ghcr.io/owner/app:latest-amd64"],
      },
      {
        arch: "arm64",
        platform: "linux/arm64",
        tags: ["ghcr.io/owner/app:main-arm64", "ghcr.io/owner/app:latest-arm64"],
      },
    ]);
    expect(plan.plan.merges).toEqual([
      { target: "ghcr.io/owner/app:main", sources: ["ghcr.io/owner/app:main-amd64", "ghcr.io/owner/app:main-arm64"] },
      {
        target: "ghcr.io/owner/app:latest",
        sources: ["ghcr.io/owner/app:latest-amd64", "ghcr.io/owner/app:latest-arm64"],
      },
    ]);
  });

  it("keeps per-arch tags apart per image and names platforms with variants", () => {
    const plan = planTags(
      {
        images: ["a/app", "ghcr.io/b/app"],
        tags: ["type=ref,event=tag"],
        flavor: ["latest=false"],
        archs: ["linux/arm/v7"],
      },
      tagPush,
    );
    expect(plan.plan.legs).toEqual([
      { arch: "arm-v7", platform: "linux/arm/v7", tags: ["a/app:v1.0.0-arm-v7", "ghcr.io/b/app:v1.0.0-arm-v7"] },
    ]);
    expect(plan.plan.merges.map((m) => m.target)).toEqual(["a/app:v1.0.0", "ghcr.io/b/app:v1.0.0"]);
  });

  it("renders deployment templates per arch into each leg's tags", () => {
    const plan = planTags(
      {
        images: ["ghcr.io/owner/app"],
        archs: ["amd64", "arm64"],
        extras: ["hf-{{arch}}-{{version}}", "stable-{{sha}}"],
      },
      tagPush,
    );
    expect(plan.version).toEqual({ main: "v1.0.0", partial: [], latest: true });
    expect(plan.plan.deployment).toEqual([
      "ghcr.io/owner/app:hf-amd64-v1.0.0",
      "ghcr.io/owner/app:hf-arm64-v1.0.0",
      "ghcr.io/owner/app:stable-860c190",
    ]);
    expect(plan.plan.legs[0]?.tags).toContain("ghcr.io/owner/app:hf-amd64-v1.0.0");
    expect(plan.plan.legs[1]?.tags).not.toContain("ghcr.io/owner/app:hf-amd64-v1.0.0");
    // A template without {{arch}} is a multi-arch tag made from the main version's per-arch tags.
    expect(plan.plan.merges).toContainEqual({
      target: "ghcr.io/owner/app:stable-860c190",
      sources: ["ghcr.io/owner/app:v1.0.0-amd64", "ghcr.io/owner/app:v1.0.0-arm64"],
    });
    expect(plan.tags).toEqual(["ghcr.io/owner/app:v1.0.0", "ghcr.io/owner/app:latest"]);
  });

  it("refuses {{arch}} in a template without architectures", () => {
    expect(() => planTags({ images: ["a/app"], extras: ["hf-{{arch}}"] }, tagPush)).toThrowError(/uses \{\{arch\}\}/);
  });

  it("skips deployment tags with a warning when no version was produced", () => {
    const plan = planTags({ images: ["a/app"], tags: ["type=ref,event=pr"], extras: ["hf-{{version}}"] }, mainPush);
    expect(plan.plan.deployment).toEqual([]);
    expect(plan.warnings).toContain("No Docker tag has been generated. Check tags input.");
    expect(plan.warnings.some((w) => w.includes("no deployment tag"))).toBe(true);
  });

  it.each([
    ["a leading dash", "type=raw,value=-x", '"-x": tag "-x" must start with a letter, digit or "_"'],
    ["a leading dot", "type=raw,value=.x", '".x": tag ".x" must start with a letter, digit or "_"'],
    ["more than 128 characters", `type=raw,value=${"a".repeat(129)}`, "the tag is 129 characters long; at most 128"],
  ])("names a tag with %s and the rule it breaks", (_name, entry, message) => {
    let error: unknown;
    try {
      planTags({ images: ["a/app"], tags: [entry] }, mainPush);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DockhandError);
    expect((error as DockhandError).code).toBe("TAG_INVALID");
    expect((error as DockhandError).exit).toBe(1);
    expect((error as DockhandError).message).toContain(message);
  });

  it("checks per-arch tags too: a 125-character tag plus -arm64 is too long", () => {
    const long = "a".repeat(125);
    expect(() => planTags({ images: ["a/app"], tags: [`type=raw,value=${long}`] }, mainPush)).not.toThrow();
    expect(() =>
      planTags({ images: ["a/app"], tags: [`type=raw,value=${long}`], archs: ["arm64"] }, mainPush),
    ).toThrowError("the tag is 131 characters long; at most 128 are allowed");
  });

  it("refuses an image that is not a repository name", () => {
    expect(() => planTags({ images: ["ghcr.io/owner/my app"], tags: ["type=raw,value=x"] }, mainPush)).toThrowError(
      /Invalid image "ghcr.io\/owner\/my app"/,
    );
  });

  it("uses the context date (SOURCE_DATE_EPOCH) for {{date}} and the created label", () => {
    const context = resolveContext({
      eventName: "schedule",
      ref: "refs/heads/main",
      date: new Date(1_700_000_000_000),
    });
    const plan = planTags(
      {
        images: ["a/app"],
        tags: ["type=schedule,pattern=nightly-{{date 'YYYYMMDD-HHmm'}}"],
        labels: ["built={{date 'X'}}"],
      },
      context,
    );
    expect(plan.tags).toEqual(["a/app:nightly-20231114-2213"]);
    expect(plan.labels["org.opencontainers.image.created"]).toBe("2023-11-14T22:13:20.000Z");
    expect(plan.labels.built).toBe("1700000000");
  });

  it("builds labels and leveled annotations from repository facts", () => {
    const context = resolveContext({
      eventName: "push",
      ref: "refs/heads/main",
      sha: "abc1234def",
      date: new Date(0),
      repository: { name: "app", description: "An app", htmlUrl: "https://github.com/owner/app", license: "MIT" },
    });
    const plan = planTags(
      {
        images: ["a/app"],
        labels: ["maintainer=me", "org.opencontainers.image.title=Custom"],
        annotationLevels: ["manifest", "index"],
      },
      context,
    );
    expect(plan.labels).toEqual({
      maintainer: "me",
      "org.opencontainers.image.created": "1970-01-01T00:00:00.000Z",
      "org.opencontainers.image.description": "An app",
      "org.opencontainers.image.licenses": "MIT",
      "org.opencontainers.image.revision": "abc1234def",
      "org.opencontainers.image.source": "https://github.com/owner/app",
      "org.opencontainers.image.title": "Custom",
      "org.opencontainers.image.url": "https://github.com/owner/app",
      "org.opencontainers.image.version": "main",
    });
    expect(plan.annotations).toHaveLength(16);
    expect(plan.annotations[0]).toBe("manifest:org.opencontainers.image.created=1970-01-01T00:00:00.000Z");
    expect(plan.annotations).toContain("index:org.opencontainers.image.title=app");
  });

  it("splits multi-line inputs and drops comment lines", () => {
    const plan = planTags(
      { images: ["a/app\n# not an image\nghcr.io/b/app"], tags: ["type=raw,value=one\n\n  type=raw,value=two#kept  "] },
      mainPush,
    );
    expect(plan.tags).toEqual(["a/app:one", "a/app:two-kept", "ghcr.io/b/app:one", "ghcr.io/b/app:two-kept"]);
  });
});

describe("schedule patterns", () => {
  it("see only the date helpers, as in the action", () => {
    const context = resolveContext({ eventName: "schedule", ref: "refs/heads/main", date: new Date(0) });
    const plan = planTags({ images: ["a/app"], tags: ["type=schedule,pattern=n-{{branch}}{{date 'YYYY'}}"] }, context);
    expect(plan.tags).toEqual(["a/app:n-1970"]);
  });
});
