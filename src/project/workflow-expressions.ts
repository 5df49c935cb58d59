/**
 * References built from expressions in GitHub Actions workflows: `${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}`,
 * `ghcr.io/${{ github.repository }}`, and `$IMAGE_NAME` in `run:` scripts. Each is resolved against the workflow's
 * `env:` blocks and the repository, and reported at the definition that spells the name, with the places using it.
 */
import { type AssembledReference, matchSegments, type Segment } from "./segments.js";
import type { TextMatch } from "./text-finder.js";
import { contentRange, mapEntry, type YamlMap, type YamlNode, type YamlScalar, type YamlTree } from "./yaml-tree.js";

/** The repository the workflow runs in, for `github.*` expressions. */
export interface GithubContext {
  /** `owner/name`. */
  repository: string;
}

/** A reference to the target found through expressions. */
export interface ExpressionReference extends AssembledReference {
  /** The scalar the use sits in. */
  useScalar: YamlScalar;
}

const expressionToken = /\$\{\{\s*(.*?)\s*\}\}/g;
const expressionOrShellToken = /\$\{\{\s*(.*?)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const maxDepth = 5;

/** Finds references to the target built from expressions in one parsed workflow file. */
export function findExpressionReferences(
  text: string,
  tree: YamlTree,
  github: GithubContext | undefined,
  find: (text: string) => TextMatch[],
): ExpressionReference[] {
  const references: ExpressionReference[] = [];
  // A workflow is one document.
  const document = tree.documents[0];
  if (!document) return references;
  for (const scalar of tree.scalars) {
    // A definition is resolved where it is used: `IMAGE_NAME: ${{ github.repository }}` alone names no registry.
    if (/(^|\.)env\.[^.]+$/.test(scalar.path)) continue;
    const run = /\.run$/.test(scalar.path);
    if (!scalar.value.includes("${{") && !(run && scalar.value.includes("$"))) continue;
    const scopes = scopesFor(document, scalar.path);
    const segments = resolve(text, scalar.start, scalar.end, scopes, github, run, 0, scalar.start);
    if (segments.every((segment) => segment.literal && segment.origin === scalar.start)) continue;
    for (const reference of matchSegments(segments, scalar.start, find))
      references.push({ ...reference, useScalar: scalar });
  }
  return references;
}

/** The `env:` maps visible at a path: the step's, the job's, then the workflow's. */
function scopesFor(document: YamlNode, path: string): YamlMap[] {
  const scopes: YamlMap[] = [];
  const job = /^jobs\.([^.[]+)/.exec(path)?.[1];
  const jobNode = job === undefined ? undefined : mapEntry(mapEntry(document, "jobs"), job);
  const stepIndex = /^jobs\.[^.[]+\.steps\[(\d+)\]/.exec(path)?.[1];
  if (jobNode && stepIndex !== undefined) {
    const steps = jobNode.entries.get("steps");
    const step = steps?.kind === "seq" ? steps.items.find((item) => item.path.endsWith(`[${stepIndex}]`)) : undefined;
    const stepEnv = mapEntry(step, "env");
    if (stepEnv) scopes.push(stepEnv);
  }
  const jobEnv = mapEntry(jobNode, "env");
  if (jobEnv) scopes.push(jobEnv);
  const workflowEnv = mapEntry(document, "env");
  if (workflowEnv) scopes.push(workflowEnv);
  return scopes;
}

function resolve(
  text: string,
  start: number,
  end: number,
  scopes: YamlMap[],
  github: GithubContext | undefined,
  shell: boolean,
  depth: number,
  origin: number,
  definedBy?: string,
): Segment[] {
  const segments: Segment[] = [];
  const token = new RegExp((shell ? expressionOrShellToken : expressionToken).source, "g");
  const source = text.slice(start, end);
  let last = 0;
  const literal = (from: number, to: number) => {
    if (to > from) {
      const at = start + from;
      segments.push({
        text: source.slice(from, to),
        start: at,
        end: start + to,
        literal: true,
        ...(definedBy ? { definedBy } : {}),
        origin,
        topStart: at,
        topEnd: start + to,
      });
    }
  };
  for (let found = token.exec(source); found !== null; found = token.exec(source)) {
    literal(last, found.index);
    last = found.index + found[0].length;
    const tokenStart = start + found.index;
    const tokenEnd = start + last;
    const expression = found[1] ?? `env.${found[2] ?? found[3]}`;
    const expanded = expand(expression, text, scopes, github, depth);
    if (expanded === undefined || typeof expanded === "string") {
      segments.push({
        // An unknown value keeps its source text: it reads as a tag after ":" and blocks a match glued to it.
        text: expanded ?? found[0],
        start: tokenStart,
        end: tokenEnd,
        literal: false,
        expression,
        ...(definedBy ? { definedBy } : {}),
        origin,
        topStart: tokenStart,
        topEnd: tokenEnd,
      });
    } else {
      for (const segment of expanded) segments.push({ ...segment, topStart: tokenStart, topEnd: tokenEnd });
    }
  }
  literal(last, source.length);
  return segments;
}

/** An expression's value: a string for a context value, segments for an `env` definition, undefined if unknown. */
function expand(
  expression: string,
  text: string,
  scopes: YamlMap[],
  github: GithubContext | undefined,
  depth: number,
): string | Segment[] | undefined {
  const repository = github?.repository.toLowerCase();
  switch (expression) {
    case "github.repository":
    case "env.GITHUB_REPOSITORY":
      return repository;
    case "github.repository_owner":
    case "env.GITHUB_REPOSITORY_OWNER":
      return repository?.split("/")[0];
    case "github.event.repository.name":
      return repository?.split("/")[1];
  }
  const name = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression)?.[1];
  if (name === undefined || depth >= maxDepth) return undefined;
  for (const [index, scope] of scopes.entries()) {
    const definition = scope.entries.get(name);
    if (!definition) continue;
    const range = definition.kind === "scalar" ? contentRange(definition) : undefined;
    if (!range) return undefined;
    // A definition sees only the scopes outside its own.
    return resolve(
      text,
      range.start,
      range.end,
      scopes.slice(index + 1),
      github,
      false,
      depth + 1,
      range.start,
      expression,
    );
  }
  return undefined;
}
