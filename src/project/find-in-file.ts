/**
 * Finding references in one file's text: the pure heart of the scanner. The text finder locates every spelling
 * of the target; the file's format then says where each one sits (which YAML field, Dockerfile instruction,
 * script command), whether it is a comment, and adds what text search cannot see: Helm's split
 * `registry`/`repository` fields and names built from workflow expressions.
 */
import type { ImageReference } from "../reference/index.js";
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
import type { TextMatch } from "./text-finder.js";
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
const imageFieldPath = /(^|\.)(image|[A-Za-z]*Image|container|services\.[^.]+|newName|name)$|\.uses$/;

/** Finds every reference to the target in one file. */
export function findInFile(file: string, text: string, search: FileSearch): FileFindings {
  const type = classifyFile(file, text);
  const matches = search.find(text);
  const isYaml = yamlFormats.has(type.format);
  const isWorkflow = type.format === "workflow";
  const mayHaveHidden = isYaml && (isWorkflow || /\brepository\s*:/.test(text));
  if (matches.length === 0 && !mayHaveHidden && !(isWorkflow && search.github)) return { findings: [] };

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
  }

  const stepUses = tree && isWorkflow ? stepActions(tree) : new Map<string, string>();
  const stages = type.format === "dockerfile" ? dockerfileStages(text) : new Map<string, number>();
  const findings: Finding[] = [];
  for (const match of matches) {
    const where = locate(type, text, match, lines, tree, stepUses);
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
        ...(where.comment ? { comment: true } : {}),
      }),
    );
  }

  if (tree && !isWorkflow) addSplitReferences(file, text, lines, type, tree, search.target, findings);
  if (tree && isWorkflow) {
    dropPrefixedDefinitions(text, tree, findings);
    addExpressionReferences(file, text, lines, type, tree, search, stepUses, findings);
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
  match: TextMatch,
  lines: LineIndex,
  tree: YamlTree | undefined,
  stepUses: Map<string, string>,
): Where {
  const line = lines.lineOf(match.start);
  const column = match.start - lines.lineStart(match.start);
  if (tree) {
    const scalar = scalarAt(tree.scalars, match.start, match.nameEnd);
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
      const context = dockerfileContext(text, match.start);
      return { context, comment, imageField: /^(FROM|COPY --from|RUN --mount from|ARG default)$/.test(context) };
    }
    case "shell":
    case "makefile": {
      const logical = logicalLineStart(text, match.start);
      const context = scriptContext(text.slice(logical, match.start), match.start - logical);
      return { context, comment, imageField: /^(docker|podman|nerdctl) /.test(context) };
    }
    case "dotenv":
    case "terraform":
      return { context: assignmentContext(line, column), comment, imageField: false };
    case "markdown":
      return { context: markdownContext(text, match.start, line, column), comment: false, imageField: false };
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
    if (!variable) continue;
    const prefixedUse = new RegExp(
      `/(?:\\$\\{\\{\\s*env\\.${variable}\\s*\\}\\}|\\$\\{${variable}\\}|\\$${variable}\\b)`,
    );
    if (prefixedUse.test(text)) findings.splice(index, 1);
  }
}

function addExpressionReferences(
  file: string,
  text: string,
  lines: LineIndex,
  type: FileType,
  tree: YamlTree,
  search: FileSearch,
  stepUses: Map<string, string>,
  findings: Finding[],
): void {
  for (const reference of findExpressionReferences(text, tree, search.github, search.find)) {
    const { match, location } = reference;
    const resolved = `${match.name}${match.tag !== undefined ? `:${match.tag}` : ""}${match.digest !== undefined ? `@${match.digest}` : ""}`;
    const use = {
      ...lines.position(reference.use.start),
      start: reference.use.start,
      end: reference.use.end,
      text: text.slice(reference.use.start, reference.use.end),
      resolved,
      context: describePath(reference.useScalar.path, stepUses),
    };
    const existing = findings.find(
      (finding) => finding.start === location.start && finding.name === match.name && finding.pieces.length > 0,
    );
    if (existing) {
      if (!existing.uses?.some((known) => known.start === use.start)) existing.uses = [...(existing.uses ?? []), use];
      continue;
    }
    if (reference.plainDefinition) continue;
    const definition = scalarAt(tree.scalars, location.start, location.end);
    findings.push(
      makeFinding(
        file,
        text,
        lines,
        type,
        location,
        match.name,
        definition ? describePath(definition.path, stepUses) : "expression",
        reference.pieces,
        { uses: [use] },
      ),
    );
  }
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
