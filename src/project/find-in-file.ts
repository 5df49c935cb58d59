/**
 * Finding references in one file's text: the pure heart of the scanner. The text finder locates every spelling
 * of the target; the file's format then says where each one sits (which YAML field, Dockerfile instruction,
 * script command), whether it is a comment, and adds what text search cannot see: Helm's split
 * `registry`/`repository` fields and names built from workflow expressions.
 */
import type { ImageReference } from "../reference/index.js";
import { findExpressions, findShellVariables, referencePath } from "../workflows/index.js";
import {
  assignmentContext,
  dockerfileContext,
  dockerfileStages,
  inLineComment,
  jsonContext,
  logicalLineStart,
  markdownContext,
  scriptContext,
} from "./contexts.js";
import { classifyFile, type FileType } from "./file-format.js";
import { findSplitReferences } from "./helm-split.js";
import { LineIndex } from "./lines.js";
import { resolveVariables, variableFormats } from "./script-variables.js";
import type { AssembledReference } from "./segments.js";
import { matchGroups } from "./shared-definitions.js";
import { searchNeedle, type TextMatch } from "./text-finder.js";
import type { FileFormat, Finding, NamePiece } from "./types.js";
import { findExpressionReferences, type GithubContext } from "./workflow-expressions.js";
import { parseYamlTree, scalarAt, type YamlTree } from "./yaml-tree.js";

/** What a file search needs besides the text. */
export interface FileSearch {
  target: ImageReference;
  find: (text: string) => TextMatch[];
  github?: GithubContext;
}

/** The findings in one file, and why it was searched as plain text when it did not parse. */
export interface FileFindings {
  findings: Finding[];
  unparsed?: string;
}

const yamlFormats = new Set<FileFormat>([
  "workflow",
  "ci-yaml",
  "compose",
  "kubernetes",
  "helm-values",
  "kustomization",
  "prometheus",
  "yaml",
]);

/** Fields of YAML files whose value is an image: the only places a bare official name (`nginx`) counts. */
const imageFieldPath =
  /(^|\.)(image|[A-Za-z]*Image|container|services\.[^.]+)$|(^|\.)images\[\d+\]\.(name|newName)$|\.uses$/;

/** Finds every reference to the target in one file. */
export function findInFile(file: string, text: string, search: FileSearch): FileFindings {
  const type = classifyFile(file, text);
  const matches = search.find(text);
  const isYaml = yamlFormats.has(type.format);
  const isWorkflow = type.format === "workflow";
  const needle = searchNeedle(search.target.path);
  const mayHaveHidden = isYaml && (isWorkflow || (/\brepository\s*:/.test(text) && text.includes(needle)));
  const mayHaveVariables = variableFormats.has(type.format) && text.includes("$") && text.includes(needle);
  if (matches.length === 0 && !mayHaveHidden && !mayHaveVariables && !(isWorkflow && search.github)) {
    return { findings: [] };
  }

  const lines = new LineIndex(text);
  let tree: YamlTree | undefined;
  let unparsed: string | undefined;
  if (isYaml) {
    tree = parseYamlTree(text);
    if (tree.errors.length > 0) {
      unparsed = `YAML does not parse (${tree.errors[0]}); searched as text`;
      tree = undefined;
    }
  } else if (type.format === "json" || type.format === "grafana") {
    unparsed = jsonProblem(text);
  } else if (type.format === "helm-template") {
    unparsed = "Helm template (Go template, not YAML); searched as text";
  }

  const stepUses = tree && isWorkflow ? stepActions(tree) : new Map<string, string>();
  const stages = type.format === "dockerfile" ? dockerfileStages(text) : new Map<string, number>();
  const findings: Finding[] = [];
  for (const match of matches) {
    const where = locate(type, text, match.start, lines, tree, stepUses, match.nameEnd);
    if (match.bare && !where.imageField) continue;
    // `FROM build` and `COPY --from=build` after `FROM … AS build` name a stage, not an image.
    const stage = stages.get(match.name.toLowerCase());
    if (stage !== undefined && stage <= match.start && where.imageField) continue;
    if (type.format === "dockerfile" && /\sAS\s+$/i.test(text.slice(lines.lineStart(match.start), match.start)))
      continue;
    const pieces: NamePiece[] = [{ text: match.name, start: match.start, end: match.nameEnd, literal: !match.escape }];
    findings.push(
      makeFinding(file, text, lines, type, { start: match.start, end: match.end }, match.name, where.context, pieces, {
        ...(match.tag !== undefined ? { tag: match.tag } : {}),
        ...(match.digest !== undefined ? { digest: match.digest } : {}),
        ...(match.escape ? { escape: match.escape } : {}),
        ...(match.irregular ? { irregular: match.irregular } : {}),
        ...(where.comment ? { comment: true } : {}),
      }),
    );
  }

  if (tree && !isWorkflow) addSplitReferences(file, text, lines, type, tree, search.target, findings);
  if (tree && isWorkflow) {
    dropPrefixedDefinitions(text, tree, findings);
    addAssembled(file, text, lines, type, workflowReferences(text, tree, search, stepUses), findings);
  }
  if (variableFormats.has(type.format)) {
    addAssembled(file, text, lines, type, variableReferences(type, text, lines, tree, search), findings);
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, ...(unparsed ? { unparsed } : {}) };
}

interface Where {
  context: string;
  comment: boolean;
  imageField: boolean;
}

function locate(
  type: FileType,
  text: string,
  start: number,
  lines: LineIndex,
  tree: YamlTree | undefined,
  stepUses: Map<string, string>,
  end = start,
): Where {
  const line = lines.lineOf(start);
  const column = start - lines.lineStart(start);
  if (tree) {
    const scalar = scalarAt(tree.scalars, start, end);
    if (scalar) {
      return {
        context: describePath(scalar.path, stepUses),
        comment: false,
        imageField: imageFieldPath.test(scalar.path),
      };
    }
    const comment = inLineComment(type.format, line, column);
    return { context: comment ? "comment" : "text", comment, imageField: false };
  }
  const comment = inLineComment(type.format, line, column);
  if (comment) return { context: "comment", comment, imageField: false };
  switch (type.format) {
    case "dockerfile": {
      const context = dockerfileContext(text, start);
      return { context, comment, imageField: /^(FROM|COPY --from|RUN --mount from|ARG default)$/.test(context) };
    }
    case "shell":
    case "makefile": {
      const logical = logicalLineStart(text, start);
      const context = scriptContext(text.slice(logical, start), start - logical);
      return { context, comment, imageField: /^(docker|podman|nerdctl) /.test(context) };
    }
    case "dotenv":
    case "terraform":
      return { context: assignmentContext(line, column), comment, imageField: false };
    case "markdown":
      return { context: markdownContext(text, start, line, column), comment: false, imageField: false };
    case "json":
    case "grafana":
      return { context: jsonContext(line, column), comment: false, imageField: false };
    default:
      return { context: "text", comment, imageField: false };
  }
}

/** A YAML path, with the action a workflow step uses when the value is one of its inputs. */
function describePath(path: string, stepUses: Map<string, string>): string {
  const step = /^(jobs\.[^.[]+\.steps\[\d+\])\.with\./.exec(path)?.[1];
  const action = step === undefined ? undefined : stepUses.get(step);
  return action ? `${path} (${action})` : path;
}

/** Each workflow step's action without its version, by step path. */
function stepActions(tree: YamlTree): Map<string, string> {
  const actions = new Map<string, string>();
  for (const scalar of tree.scalars) {
    const step = /^(jobs\.[^.[]+\.steps\[\d+\])\.uses$/.exec(scalar.path)?.[1];
    if (step) actions.set(step, scalar.value.replace(/@.*$/, ""));
  }
  return actions;
}

function addSplitReferences(
  file: string,
  text: string,
  lines: LineIndex,
  type: FileType,
  tree: YamlTree,
  target: ImageReference,
  findings: Finding[],
): void {
  for (const split of findSplitReferences(text, tree, target)) {
    // With a registry field beside it, `repository: owner/app` is half a name, not a Docker Hub name: the split
    // finding replaces any finding inside it, so a registry switch edits `registry` too.
    for (let index = findings.length - 1; index >= 0; index--) {
      const finding = findings[index];
      if (finding && finding.start >= split.repository.start && finding.end <= split.repository.end) {
        findings.splice(index, 1);
      }
    }
    if (!split.matches) continue;
    const repositoryPiece = split.pieces[2];
    findings.push(
      makeFinding(
        file,
        text,
        lines,
        type,
        { start: repositoryPiece?.start ?? split.repository.start, end: repositoryPiece?.end ?? split.repository.end },
        split.name,
        `${split.repository.path} (with ${split.registry.path})`,
        split.pieces,
        {
          ...(split.tag !== undefined ? { tag: split.tag } : {}),
          ...(split.digest !== undefined ? { digest: split.digest } : {}),
        },
      ),
    );
  }
}

/**
 * `IMAGE_NAME: owner/app` in a workflow's `env:` is not the Docker Hub image `owner/app` when the workflow uses it
 * behind a registry (`${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}`): the expression finder reports that use instead.
 */
function dropPrefixedDefinitions(text: string, tree: YamlTree, findings: Finding[]): void {
  for (let index = findings.length - 1; index >= 0; index--) {
    const finding = findings[index];
    if (!finding || finding.name.includes(".") || finding.comment) continue;
    const variable = /(?:^|\.)env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(
      scalarAt(tree.scalars, finding.start, finding.end)?.path ?? "",
    )?.[1];
    if (variable && usedAfterSlash(text, variable)) findings.splice(index, 1);
  }
}

/** Whether the text uses `env.NAME` (`${{ env.NAME }}`, `$NAME`, `${NAME}`) right after a `/`. */
function usedAfterSlash(text: string, name: string): boolean {
  const expressions = findExpressions(text).filter((slot) => {
    const path = referencePath(slot.expression);
    return path?.length === 2 && path[0]?.toLowerCase() === "env" && path[1] === name;
  });
  const variables = findShellVariables(text).filter((use) => use.name === name && use.operator.kind === "none");
  return [...expressions, ...variables].some((use) => text.charAt(use.start - 1) === "/");
}

/** An assembled reference with the contexts of its use and of its definition. */
interface PlacedReference extends AssembledReference {
  useContext: string;
  definitionContext: string;
}

/**
 * Adds references assembled from expressions or variables: one finding per definition, listing its uses. A use of a
 * definition that spells the whole name is added to the plain finding already there.
 */
function addAssembledReferences(
  file: string,
  text: string,
  lines: LineIndex,
  type: FileType,
  references: PlacedReference[],
  findings: Finding[],
): void {
  for (const reference of references) {
    const { match, location } = reference;
    const split = reference.pieces.find((piece) => piece.split)?.split;
    if (split) dropDefinitionFindings(findings, split);
    const resolved = `${match.name}${match.tag !== undefined ? `:${match.tag}` : ""}${match.digest !== undefined ? `@${match.digest}` : ""}`;
    const use = {
      ...lines.position(reference.use.start),
      start: reference.use.start,
      end: reference.use.end,
      text: text.slice(reference.use.start, reference.use.end),
      resolved,
      context: reference.useContext,
    };
    const existing = findings.find((finding) => finding.start === location.start && finding.name === match.name);
    if (existing) {
      if (existing.start !== use.start && !existing.uses?.some((known) => known.start === use.start)) {
        existing.uses = [...(existing.uses ?? []), use];
      }
      continue;
    }
    if (reference.plainDefinition) continue;
    findings.push(
      makeFinding(file, text, lines, type, location, match.name, reference.definitionContext, reference.pieces, {
        uses: [use],
      }),
    );
  }
}

/** Adds assembled references; a plain match in a definition that only other images' names use goes. */
function addAssembled(
  file: string,
  text: string,
  lines: LineIndex,
  type: FileType,
  assembled: Assembled,
  findings: Finding[],
): void {
  for (const definition of assembled.foreign) dropDefinitionFindings(findings, definition);
  addAssembledReferences(file, text, lines, type, assembled.placed, findings);
}

/** A definition that other images share is not edited: the plain match of the target in it goes. */
function dropDefinitionFindings(findings: Finding[], definition: { start: number; end: number }): void {
  for (let index = findings.length - 1; index >= 0; index--) {
    const finding = findings[index];
    if (finding && !finding.uses && finding.start >= definition.start && finding.end <= definition.end) {
      findings.splice(index, 1);
    }
  }
}

/** References assembled from a file's expressions or variables, and the definitions only other images use. */
interface Assembled {
  placed: PlacedReference[];
  foreign: { start: number; end: number }[];
}

/** Workflow expressions, with YAML paths as contexts. */
function workflowReferences(
  text: string,
  tree: YamlTree,
  search: FileSearch,
  stepUses: Map<string, string>,
): Assembled {
  const { references, foreign } = findExpressionReferences(text, tree, search.github, search.find);
  const placed = references.map((reference) => {
    const definition = scalarAt(tree.scalars, reference.location.start, reference.location.end);
    return {
      ...reference,
      useContext: describePath(reference.useScalar.path, stepUses),
      definitionContext: definition ? describePath(definition.path, stepUses) : "expression",
    };
  });
  return { placed, foreign };
}

/** Variables of Dockerfiles, scripts, Makefiles, `.env` and Compose files; uses in comments are left out. */
function variableReferences(
  type: FileType,
  text: string,
  lines: LineIndex,
  tree: YamlTree | undefined,
  search: FileSearch,
): Assembled {
  const segments = resolveVariables(text, type.format);
  if (!segments) return { placed: [], foreign: [] };
  const placed: PlacedReference[] = [];
  const { references, foreign } = matchGroups([{ segments, topOrigin: -1 }], search.find);
  for (const reference of references[0] ?? []) {
    const at = (offset: number) => locate(type, text, offset, lines, tree, new Map());
    const use = at(reference.use.start);
    if (use.comment) continue;
    placed.push({ ...reference, useContext: use.context, definitionContext: at(reference.location.start).context });
  }
  return { placed, foreign };
}

function makeFinding(
  file: string,
  text: string,
  lines: LineIndex,
  type: FileType,
  range: { start: number; end: number },
  name: string,
  context: string,
  pieces: NamePiece[],
  extra: Partial<Finding>,
): Finding {
  return {
    file,
    ...lines.position(range.start),
    start: range.start,
    end: range.end,
    byteStart: lines.byteOffset(range.start),
    byteEnd: lines.byteOffset(range.end),
    text: text.slice(range.start, range.end),
    name,
    kind: type.kind,
    format: type.format,
    context,
    pieces,
    ...extra,
  };
}

function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `JSON does not parse (${(error as Error).message}); searched as text`;
  }
}
