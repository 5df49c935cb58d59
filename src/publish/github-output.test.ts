import { describe, expect, it } from "vitest";
import { formatGithubOutput, planOutputs } from "./github-output.js";
import type { TagPlan } from "./plan.js";

describe("formatGithubOutput", () => {
  it("writes each output as name<<DELIMITER, its lines, DELIMITER", () => {
    const text = formatGithubOutput({ version: "1.0.0", tags: "a/app:1.0.0\na/app:latest" }, "EOF_1");
    expect(text).toBe("version<<EOF_1\n1.0.0\nEOF_1\ntags<<EOF_1\na/app:1.0.0\na/app:latest\nEOF_1\n");
  });

  it("refuses a value that contains the delimiter", () => {
    expect(() => formatGithubOutput({ tags: "x\nEOF_1\ny" }, "EOF_1")).toThrowError(/contains the delimiter/);
  });
});

describe("planOutputs", () => {
  it("names outputs as metadata-action does", () => {
    const plan: TagPlan = {
      version: { main: "1.0.0", partial: [], latest: true },
      tags: ["a/app:1.0.0", "a/app:latest"],
      tagNames: ["1.0.0", "latest"],
      labels: { "org.opencontainers.image.version": "1.0.0" },
      annotations: ["manifest:org.opencontainers.image.version=1.0.0"],
      plan: { images: ["a/app"], legs: [], merges: [], deployment: [] },
      warnings: [],
    };
    expect(planOutputs(plan, { tags: plan.tags })).toEqual({
      version: "1.0.0",
      tags: "a/app:1.0.0\na/app:latest",
      "tag-names": "1.0.0\nlatest",
      labels: "org.opencontainers.image.version=1.0.0",
      annotations: "manifest:org.opencontainers.image.version=1.0.0",
      json: '{"tags":["a/app:1.0.0","a/app:latest"]}',
    });
  });
});
