/**
 * What `workflow init --from FILE` keeps of an existing publishing workflow: its triggers, docker/metadata-action's
 * tag conventions (`tags:`, `flavor:`), and build-push-action's context, Dockerfile, target, build args and
 * platforms (from a matrix when the input names one).
 */
import { parse } from "yaml";
import { DockhandError } from "../errors.js";
import type { ExistingPublishing } from "./workflow-template.js";

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The values a `${{ matrix.NAME }}` input takes in its job's matrix (dimension and include entries). */
function matrixValues(job: Mapping, expression: string): string[] {
  const name = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(expression.trim())?.[1];
  const matrix = isMapping(job.strategy) && isMapping(job.strategy.matrix) ? job.strategy.matrix : undefined;
  if (!name || !matrix) return [];
  const values = Array.isArray(matrix[name]) ? (matrix[name] as unknown[]) : [];
  const included = Array.isArray(matrix.include)
    ? (matrix.include as unknown[]).map((e) => (isMapping(e) ? e[name] : undefined))
    : [];
  return [...values, ...included].filter((v): v is string => typeof v === "string");
}

/** Reads the parts `--from` keeps; `file` names the workflow in messages. */
export function readExistingPublishing(source: string, file: string): ExistingPublishing {
  let document: unknown;
  try {
    document = parse(source);
  } catch (error) {
    throw new DockhandError("WORKFLOW_YAML", `${file}: not valid YAML: ${(error as Error).message}`, { exit: 2 });
  }
  if (!isMapping(document) || !isMapping(document.jobs)) {
    throw new DockhandError("WORKFLOW_SHAPE", `${file}: not a GitHub Actions workflow (no jobs)`, { exit: 2 });
  }
  const found: ExistingPublishing = {};
  if (document.on !== undefined) found.on = document.on;
  else if (document.true !== undefined) found.on = document.true; // YAML 1.1 reads a bare `on:` key as true
  for (const job of Object.values(document.jobs).filter(isMapping)) {
    for (const step of (Array.isArray(job.steps) ? job.steps : []).filter(isMapping)) {
      const uses = text(step.uses) ?? "";
      const inputs = isMapping(step.with) ? step.with : {};
      if (/^docker\/metadata-action@/.test(uses) && found.tags === undefined) {
        const tags = text(inputs.tags);
        const flavor = text(inputs.flavor);
        if (tags) found.tags = tags;
        if (flavor) found.flavor = flavor;
      }
      if (/^docker\/build-push-action@/.test(uses) && found.context === undefined) {
        found.context = text(inputs.context) ?? ".";
        const file = text(inputs.file);
        const target = text(inputs.target);
        const buildArgs = text(inputs["build-args"]);
        if (file) found.file = file;
        if (target) found.target = target;
        if (buildArgs) found.buildArgs = buildArgs;
        const platforms = (text(inputs.platforms) ?? "")
          .split(/[,\n]/)
          .map((p) => p.trim())
          .filter(Boolean)
          .flatMap((p) => (p.includes("${{") ? matrixValues(job, p) : [p]));
        if (platforms.length > 0) found.platforms = platforms;
      }
    }
  }
  return found;
}
