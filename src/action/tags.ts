/**
 * `command: tags` — a drop-in for docker/metadata-action: the same inputs and outputs (version, tags, tag-names,
 * labels, annotations, json, bake-file and its -tags/-labels/-annotations parts), from the same planner as
 * `dockhand tags`, plus `arch`/`extra` for per-arch and deployment tags and a `plan` output. A payload without the
 * repository (schedule) is completed from the API with `github-token`, as the action does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ContextFacts, factsFromEnv, resolveContext, sourceDateEpoch } from "../publish/context.js";
import { planOutputs } from "../publish/github-output.js";
import { planTags, type TagPlan } from "../publish/plan.js";
import type { Runner } from "./runner.js";

/** A list input as metadata-action reads it: one entry per line (the planner splits commas where it applies). */
function list(runner: Runner, name: string): string[] {
  const value = runner.input(name);
  return value === "" ? [] : [value];
}

/**
 * Repository facts from the API, as metadata-action reads them (its labels come from `repos.get`, not from the
 * event payload, which a schedule event does not even have); the payload's default branch stays when it has one.
 */
async function repositoryFromApi(runner: Runner, facts: ContextFacts): Promise<void> {
  const token = runner.input("github-token");
  const full = runner.env.GITHUB_REPOSITORY;
  if (!token || !full) return;
  const api = (runner.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const response = await fetch(`${api}/repos/${full}`, {
    headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json" },
  });
  if (!response.ok) {
    runner.log(`warning: could not read ${full} from the API (${response.status}): labels from it are left out`);
    return;
  }
  const repo = (await response.json()) as {
    name?: string;
    description?: string | null;
    html_url?: string;
    default_branch?: string;
    license?: { spdx_id?: string } | null;
  };
  facts.repository = {
    ...(repo.name ? { name: repo.name } : {}),
    ...(repo.description ? { description: repo.description } : {}),
    ...(repo.html_url ? { htmlUrl: repo.html_url } : {}),
    ...(repo.license?.spdx_id ? { license: repo.license.spdx_id } : {}),
  } as ContextFacts["repository"];
  if (!facts.defaultBranch && repo.default_branch) facts.defaultBranch = repo.default_branch;
}

/** metadata-action's bake definition: one target, `docker-metadata-action`, with what the build needs. */
function bakeParts(plan: TagPlan): Record<"tags" | "labels" | "annotations", unknown> {
  const target = (body: Record<string, unknown>) => ({ target: { "docker-metadata-action": body } });
  const args = { DOCKER_META_IMAGES: plan.plan.images.join(","), DOCKER_META_VERSION: plan.version.main ?? "" };
  return {
    tags: target({ tags: plan.tags, args }),
    labels: target({ labels: plan.labels }),
    annotations: target({ annotations: plan.annotations }),
  };
}

/** Runs the tags command. */
export async function runTagsAction(runner: Runner): Promise<void> {
  const facts = factsFromEnv(runner.env, (file) => readFileSync(file, "utf8"));
  const epoch = sourceDateEpoch(runner.env);
  if (epoch) facts.date = epoch;
  await repositoryFromApi(runner, facts);
  const levels = (runner.env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? "")
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  const plan = planTags(
    {
      images: list(runner, "images"),
      tags: list(runner, "tags"),
      flavor: list(runner, "flavor"),
      labels: list(runner, "labels"),
      annotations: list(runner, "annotations"),
      archs: list(runner, "arch"),
      extras: list(runner, "extra"),
      annotationLevels: levels,
    },
    resolveContext(facts),
  );
  for (const warning of plan.warnings) runner.log(`warning: ${warning}`);
  const json = {
    tags: plan.tags,
    "tag-names": plan.tagNames,
    labels: plan.labels,
    annotations: plan.annotations,
  };
  const outputs = planOutputs(plan, json);
  const separator = (name: string) => {
    const value = runner.env[`INPUT_${name.toUpperCase()}`];
    return value === undefined || value === "" ? "\n" : value;
  };
  outputs.tags = plan.tags.join(separator("sep-tags"));
  outputs.labels = Object.entries(plan.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(separator("sep-labels"));
  outputs.annotations = plan.annotations.join(separator("sep-annotations"));
  // Bake definitions, written where the runner keeps temporary files, as metadata-action does.
  const dir = mkdtempSync(path.join(runner.env.RUNNER_TEMP ?? tmpdir(), "docker-metadata-action-"));
  const parts = bakeParts(plan);
  const target = runner.input("bake-target") || "docker-metadata-action";
  const rename = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replace('"docker-metadata-action"', JSON.stringify(target))) as unknown;
  const write = (name: string, value: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(rename(value), null, 2));
    return file;
  };
  // bake-file: the tags and labels parts in one definition (annotations have their own file).
  const merged = {
    target: {
      "docker-metadata-action": {
        ...(parts.tags as { target: Record<string, object> }).target["docker-metadata-action"],
        labels: plan.labels,
      },
    },
  };
  outputs["bake-file-tags"] = write("docker-metadata-action-bake-tags.json", parts.tags);
  outputs["bake-file-labels"] = write("docker-metadata-action-bake-labels.json", parts.labels);
  outputs["bake-file-annotations"] = write("docker-metadata-action-bake-annotations.json", parts.annotations);
  outputs["bake-file"] = write("docker-metadata-action-bake.json", merged);
  outputs.plan = JSON.stringify(plan.plan);
  runner.outputs(outputs);
}
