import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { parseMatrix } from "./matrix.js";
import { parsePermissions } from "./permissions.js";
import { parseTriggers } from "./triggers.js";
import type { ContainerSpec, EnvVar, Job, ScalarText, Step, Strategy, Workflow, WorkflowError } from "./types.js";
import { listItems, mapEntries, mapGet, mapPair, SourceFile } from "./yaml-source.js";

/** The result of parsing one workflow file: the model (absent when the YAML is broken) and the problems. */
export interface ParseResult {
  workflow: Workflow | undefined;
  errors: WorkflowError[];
}

/**
 * Parses one workflow file's text. YAML syntax errors give no workflow (GitHub would not run it)
 * and one error per problem, with line, column and what is wrong; shape problems (a step that is
 * not a map, a bad `permissions` value) are reported while the rest of the file is still modelled.
 */
export function parseWorkflow(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors: WorkflowError[] = [];
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lineCounter.linePos(err.pos[0]);
      errors.push({ code: "WORKFLOW_YAML", file, line: pos.line, column: pos.col, message: yamlMessage(err.message) });
    }
    return { workflow: undefined, errors };
  }
  const src = new SourceFile(file, text, lineCounter);
  const root = doc.contents;
  const shapeError = (node: unknown, message: string) => {
    const span = src.span(node as never);
    errors.push({ code: "WORKFLOW_SHAPE", file, line: span.line, column: span.column, message });
  };
  if (!isMap(root)) {
    shapeError(root, "a workflow must be a YAML map with `on` and `jobs`");
    return { workflow: undefined, errors };
  }
  const onNode = mapGet(root, "on");
  if (onNode === undefined) shapeError(root, "the workflow has no `on` (no events trigger it)");
  const triggers = onNode === undefined ? [] : parseTriggers(onNode, src, errors);
  const permissionsNode = mapPair(root, "permissions");
  const workflow: Workflow = {
    file,
    name: src.scalar(mapGet(root, "name")),
    triggers,
    env: parseEnv(mapGet(root, "env"), src),
    permissions: permissionsNode ? parsePermissions(permissionsNode.value, src, errors) : undefined,
    jobs: [],
    reusable: triggers.some((t) => t.event === "workflow_call"),
  };
  const jobsNode = mapGet(root, "jobs");
  if (!isMap(jobsNode)) {
    shapeError(jobsNode ?? root, "`jobs` must be a map of job ids to jobs");
  } else {
    for (const [id, pair] of mapEntries(jobsNode)) {
      if (!isMap(pair.value)) {
        shapeError(pair.key, `job "${id}" must be a map`);
        continue;
      }
      workflow.jobs.push(parseJob(id, pair.key, pair.value, src, errors));
    }
  }
  return { workflow, errors };
}

/** The first line of a yaml error message, without the position the error already carries. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}

function parseEnv(node: unknown, src: SourceFile): EnvVar[] {
  return mapEntries(node).map(([name, pair]) => ({
    name,
    value: src.scalar(pair.value),
    keySpan: src.span(pair.key as never),
  }));
}

/** Inputs that carry credentials: a value written literally there is a secret in the file. */
const CREDENTIAL_INPUT = /(^|[-_])(password|passwd|token|secret|private-key)$/i;

function parseWith(node: unknown, src: SourceFile): Record<string, ScalarText> {
  const out: Record<string, ScalarText> = {};
  for (const [key, pair] of mapEntries(node)) {
    const value = src.scalar(pair.value);
    if (!value) continue;
    const literal = value.value !== "" && !value.value.includes("${{");
    out[key] =
      literal && CREDENTIAL_INPUT.test(key)
        ? { value: "", span: value.span, style: value.style, redacted: true }
        : value;
  }
  return out;
}

function scalars(node: unknown, src: SourceFile): ScalarText[] {
  return listItems(node)
    .map((n) => src.scalar(n))
    .filter((s): s is ScalarText => s !== undefined);
}

function parseJob(id: string, keyNode: unknown, node: unknown, src: SourceFile, errors: WorkflowError[]): Job {
  const permissionsPair = mapPair(node, "permissions");
  const uses = src.scalar(mapGet(node, "uses"));
  const secretsNode = mapGet(node, "secrets");
  const runsOnNode = mapGet(node, "runs-on");
  const job: Job = {
    id,
    file: src.file,
    name: src.scalar(mapGet(node, "name")),
    span: src.span(keyNode as never),
    needs: scalars(mapGet(node, "needs"), src),
    if: src.scalar(mapGet(node, "if")),
    runsOn: isMap(runsOnNode) ? scalars(mapGet(runsOnNode, "labels"), src) : scalars(runsOnNode, src),
    env: parseEnv(mapGet(node, "env"), src),
    permissions: permissionsPair ? parsePermissions(permissionsPair.value, src, errors) : undefined,
    strategy: parseStrategy(mapGet(node, "strategy"), src),
    container: parseContainer(undefined, mapGet(node, "container"), src),
    services: mapEntries(mapGet(node, "services"))
      .map(([name, pair]) => parseContainer(name, pair.value, src))
      .filter((c): c is ContainerSpec => c !== undefined),
    steps: [],
    uses,
    calls: uses ? localWorkflowPath(uses.value) : undefined,
    with: parseWith(mapGet(node, "with"), src),
    secrets: isScalar(secretsNode)
      ? String(secretsNode.value) === "inherit"
        ? "inherit"
        : []
      : secretsNode === undefined
        ? undefined
        : mapEntries(secretsNode).map(([name]) => name),
  };
  const stepsNode = mapGet(node, "steps");
  if (stepsNode !== undefined && !isSeq(stepsNode)) {
    const span = src.span(stepsNode as never);
    errors.push({
      code: "WORKFLOW_SHAPE",
      file: src.file,
      line: span.line,
      column: span.column,
      message: `steps of job "${id}" must be a list`,
    });
  }
  listItems(isSeq(stepsNode) ? stepsNode : undefined).forEach((stepNode, index) => {
    if (!isMap(stepNode)) {
      const span = src.span(stepNode as never);
      errors.push({
        code: "WORKFLOW_SHAPE",
        file: src.file,
        line: span.line,
        column: span.column,
        message: `step ${index + 1} of job "${id}" must be a map with \`uses\` or \`run\``,
      });
      return;
    }
    job.steps.push(parseStep(index, stepNode, src));
  });
  return job;
}

function parseStep(index: number, node: unknown, src: SourceFile): Step {
  const shell = src.scalar(mapGet(node, "shell"));
  return {
    index,
    id: src.scalar(mapGet(node, "id"))?.value,
    name: src.scalar(mapGet(node, "name")),
    uses: src.scalar(mapGet(node, "uses")),
    run: src.scalar(mapGet(node, "run")),
    shell: shell?.value,
    if: src.scalar(mapGet(node, "if")),
    with: parseWith(mapGet(node, "with"), src),
    env: parseEnv(mapGet(node, "env"), src),
    span: src.span(node as never),
  };
}

function parseStrategy(node: unknown, src: SourceFile): Strategy | undefined {
  if (!isMap(node)) return undefined;
  const matrixNode = mapGet(node, "matrix");
  return {
    matrix: matrixNode === undefined ? undefined : parseMatrix(matrixNode, src),
    failFast: src.scalar(mapGet(node, "fail-fast")),
    maxParallel: src.scalar(mapGet(node, "max-parallel")),
  };
}

function parseContainer(name: string | undefined, node: unknown, src: SourceFile): ContainerSpec | undefined {
  if (node === undefined || node === null) return undefined;
  if (isScalar(node)) {
    return {
      name,
      image: src.scalar(node),
      hasCredentials: false,
      credentialsUsername: undefined,
      span: src.span(node),
    };
  }
  const credentials = mapGet(node, "credentials");
  return {
    name,
    image: src.scalar(mapGet(node, "image")),
    hasCredentials: credentials !== undefined,
    credentialsUsername: src.scalar(mapGet(credentials, "username")),
    span: src.span(node as never),
  };
}

/**
 * The repository-relative path of a local reusable workflow (`./.github/workflows/x.yml`), or
 * `undefined` for `owner/repo/path@ref`.
 */
export function localWorkflowPath(uses: string): string | undefined {
  if (!uses.startsWith("./")) return undefined;
  const file = uses
    .slice(2)
    .replace(/@.*$/, "")
    .replace(/\/{2,}/g, "/");
  return file === "" ? undefined : file;
}
