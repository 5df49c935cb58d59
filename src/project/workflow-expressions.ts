/**
 * References built from expressions in GitHub Actions workflows: `${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}`,
 * `ghcr.io/${{ github.repository }}`, and `$IMAGE_NAME` in `run:` scripts. What an expression or variable means is
 * the workflow model's (`resolveText` of src/workflows); this module adds where each part is written in the file:
 * the `env:` entries a scalar sees, read as source text, and the resolved pieces turned into segments with file
 * offsets, reported at the definition that spells the name, with the places using it.
 */
import {
  type Binding,
  type EnvLevel,
  githubEnvBindings,
  type Piece,
  parseWorkflow,
  resolveText,
  type Scope,
} from "../workflows/index.js";
import type { AssembledReference, Segment } from "./segments.js";
import { matchGroups, type SegmentGroup } from "./shared-definitions.js";
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

/** Finds references to the target built from expressions in one parsed workflow file. */
export function findExpressionReferences(
  text: string,
  tree: YamlTree,
  github: GithubContext | undefined,
  find: (text: string) => TextMatch[],
): { references: ExpressionReference[]; foreign: { start: number; end: number }[] } {
  const references: ExpressionReference[] = [];
  // A workflow is one document.
  const document = tree.documents[0];
  if (!document) return { references, foreign: [] };
  // Image names are lower-case: `${{ github.repository }}` is matched as the registry will spell it.
  const repository = github?.repository.toLowerCase();
  const githubEnv = githubEnvByStep(text);
  const groups: (SegmentGroup & { scalar: YamlScalar })[] = [];
  for (const scalar of tree.scalars) {
    // A definition is resolved where it is used: `IMAGE_NAME: ${{ github.repository }}` alone names no registry.
    if (/(^|\.)env\.[^.]+$/.test(scalar.path)) continue;
    const run = /\.run$/.test(scalar.path);
    if (!scalar.value.includes("${{") && !(run && scalar.value.includes("$"))) continue;
    const { scope, offsets } = envScope(text, document, scalar.path, repository, githubEnv);
    const resolved = resolveText(text.slice(scalar.start, scalar.end), scope, { shell: run, partial: true });
    const segments = resolved.pieces.map((piece) => toSegment(piece, scalar.start, offsets));
    if (segments.every((segment) => segment.literal && segment.origin === scalar.start)) continue;
    groups.push({ segments, topOrigin: scalar.start, scalar });
  }
  const matches = matchGroups(groups, find);
  matches.references.forEach((matched, index) => {
    const useScalar = groups[index]?.scalar;
    if (useScalar) for (const reference of matched) references.push({ ...reference, useScalar });
  });
  return { references, foreign: matches.foreign };
}

/**
 * The `env:` entries visible at a path (workflow, job, then step: outermost first), each bound to its value's
 * source text, and the file offset where each value starts. A block scalar, whose source is indented, is unknown.
 */
function envScope(
  text: string,
  document: YamlNode,
  path: string,
  repository: string | undefined,
  githubEnv: Map<string, Binding[]>,
): { scope: Scope; offsets: Map<Binding, number> } {
  const offsets = new Map<Binding, number>();
  const bindings: Binding[] = [];
  const step = /^jobs\.([^.[]+)\.steps\[(\d+)\]/.exec(path);
  for (const [level, map] of envMaps(document, path)) {
    if (level === "step" && step) {
      // `NAME=value >> $GITHUB_ENV` lines of the job's earlier steps come before the step's own env.
      const earlier = [...githubEnv].filter(([key]) => isEarlierStep(key, step[1] ?? "", Number(step[2])));
      for (const binding of earlier.flatMap(([, list]) => list)) {
        offsets.set(binding, binding.span?.offset ?? 0);
        bindings.push(binding);
      }
    }
    if (!map) continue;
    for (const [name, node] of map.entries) {
      const range = node.kind === "scalar" ? contentRange(node) : undefined;
      const binding: Binding = {
        name,
        level,
        text: range ? text.slice(range.start, range.end) : undefined,
        span: undefined,
        shell: false,
      };
      if (range) offsets.set(binding, range.start);
      bindings.push(binding);
    }
  }
  // A name this file does not define may come from `$GITHUB_ENV` or the runner: unknown, not empty.
  return { scope: { repository, bindings, matrix: undefined, openEnv: true }, offsets };
}

/**
 * The `$GITHUB_ENV` bindings each step writes, keyed `job/index`: only those whose value is written verbatim in the
 * file, so that a piece of it maps back to its source (others stay unknown, and a push built from them is reported
 * as left by the rename).
 */
function githubEnvByStep(text: string): Map<string, Binding[]> {
  const byStep = new Map<string, Binding[]>();
  if (!text.includes("GITHUB_ENV")) return byStep;
  const { workflow } = parseWorkflow(text, "workflow.yml");
  for (const job of workflow?.jobs ?? []) {
    for (const step of job.steps) {
      const exact = githubEnvBindings(step).filter(
        (binding) => binding.text !== undefined && binding.span && text.startsWith(binding.text, binding.span.offset),
      );
      if (exact.length > 0) byStep.set(`${job.id}/${step.index}`, exact);
    }
  }
  return byStep;
}

function isEarlierStep(key: string, job: string, index: number): boolean {
  const slash = key.lastIndexOf("/");
  return key.slice(0, slash) === job && Number(key.slice(slash + 1)) < index;
}

/** The `env:` maps of the workflow, the job and the step a path lies in. */
function envMaps(document: YamlNode, path: string): [EnvLevel, YamlMap | undefined][] {
  const job = /^jobs\.([^.[]+)/.exec(path)?.[1];
  const jobNode = job === undefined ? undefined : mapEntry(mapEntry(document, "jobs"), job);
  const stepIndex = /^jobs\.[^.[]+\.steps\[(\d+)\]/.exec(path)?.[1];
  const steps = jobNode?.entries.get("steps");
  const step =
    stepIndex !== undefined && steps?.kind === "seq"
      ? steps.items.find((item) => item.path.endsWith(`[${stepIndex}]`))
      : undefined;
  return [
    ["workflow", mapEntry(document, "env")],
    ["job", mapEntry(jobNode, "env")],
    ["step", mapEntry(step, "env")],
  ];
}

/** A resolved piece as a segment with file offsets: `base` is where the resolved text starts in the file. */
function toSegment(piece: Piece, base: number, offsets: Map<Binding, number>): Segment {
  const source = piece.source;
  const binding = source?.binding;
  const origin = binding ? (offsets.get(binding) ?? base) : base;
  const start = origin + (source?.start ?? 0);
  const end = origin + (source?.end ?? 0);
  const expression = source?.expression ?? (source?.variable ? `env.${source.variable}` : undefined);
  return {
    text: piece.text,
    start,
    end,
    literal: source?.verbatim ?? false,
    ...(!source?.verbatim && expression ? { expression } : {}),
    ...(binding ? { definedBy: `env.${binding.name}` } : {}),
    origin,
    topStart: source?.token ? base + source.token.start : start,
    topEnd: source?.token ? base + source.token.end : end,
  };
}
