/**
 * GitHub Actions step outputs: each written to the `$GITHUB_OUTPUT` file as `name<<DELIMITER`, the value's lines,
 * then `DELIMITER` — the form that allows multi-line values.
 */
import { DockhandError } from "../errors.js";
import type { TagPlan } from "./plan.js";

/** The outputs a plan gives, named as metadata-action names them. */
export function planOutputs(plan: TagPlan, json: unknown): Record<string, string> {
  return {
    version: plan.version.main ?? "",
    tags: plan.tags.join("\n"),
    "tag-names": plan.tagNames.join("\n"),
    labels: Object.entries(plan.labels)
      .map(([key, value]) => `${key}=${value}`)
      .join("\n"),
    annotations: plan.annotations.join("\n"),
    json: JSON.stringify(json),
  };
}

/**
 * Formats outputs for `$GITHUB_OUTPUT`. The delimiter must appear in no name or value, or the runner would end the
 * value early; callers pass a fresh random one.
 */
export function formatGithubOutput(outputs: Record<string, string>, delimiter: string): string {
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new DockhandError("GITHUB_OUTPUT", `The output "${name}" contains the delimiter "${delimiter}"`);
    }
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  return text;
}
