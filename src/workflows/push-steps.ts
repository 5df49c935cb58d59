import { type EventRun, eventRuns, type Guard, stepGuards } from "./guards.js";
import { type ImageRef, toImageRef } from "./image-ref.js";
import { findLoginSteps, type LoginStep } from "./login-steps.js";
import {
  type CommandText,
  csvAttributes,
  detectPushCommand,
  outputPushes,
  type PushKind,
  splitCsv,
} from "./push-commands.js";
import { marketplacePush } from "./pushes/marketplace.js";
import { resolveSegments, resolveText, type Scope } from "./resolve.js";
import { assignmentBindings, stepScope } from "./scope.js";
import { parseScript, type Word, wordText } from "./shell.js";
import type { AnalysisContext, Job, MatrixCombination, ScalarText, SourceSpan, Step, Workflow } from "./types.js";
import { spanInScalar } from "./yaml-source.js";

export type { PushKind } from "./push-commands.js";

/** A cache reference of a build (`cache-to: type=registry,ref=…`). */
export interface CacheRef {
  direction: "from" | "to";
  /** `registry`, `gha`, `local`, `inline`, `s3`, … */
  type: string;
  attributes: Record<string, string>;
  /** The image a `type=registry` cache reads or writes. */
  ref: ImageRef | undefined;
  text: string;
  span: SourceSpan;
}

/** A label given to the image. */
export interface LabelEntry {
  key: string | undefined;
  value: string | undefined;
  text: string;
  span: SourceSpan;
  /** `${{ steps.meta.outputs.labels }}`: the labels docker/metadata-action makes (they include `org.opencontainers.image.source`). */
  fromMetadataStep: string | undefined;
}

/** The docker/metadata-action step a push takes its tags from. */
export interface MetadataLink {
  stepId: string | undefined;
  stepIndex: number;
  span: SourceSpan;
  /** The `images:` input lines, resolved (for the job without matrix values). */
  images: ImageRef[];
  tags: Array<{ text: string; span: SourceSpan }>;
  flavor: Array<{ text: string; span: SourceSpan }>;
}

/** What one matrix leg of a push step writes. */
export interface PushLeg {
  /** The matrix combination; `undefined` when the job has no matrix or it cannot be expanded. */
  matrix: MatrixCombination | undefined;
  images: ImageRef[];
  cache: CacheRef[];
}

/** A step that pushes images. */
export interface PushStep {
  kind: PushKind;
  file: string;
  jobId: string;
  stepIndex: number;
  stepId: string | undefined;
  stepName: string | undefined;
  stepSpan: SourceSpan;
  /** The action's `uses:`, or the pushing command inside `run:`. */
  span: SourceSpan;
  /** `always`, or `conditional` on the action's `push:` expression. */
  push: { mode: "always" | "conditional"; expression: ScalarText | undefined };
  legs: PushLeg[];
  labels: LabelEntry[];
  metadata: MetadataLink | undefined;
  platforms: ScalarText | undefined;
  guards: Guard[];
  events: EventRun[];
  /** Logins earlier in the same job (and earlier in the same script). */
  logins: LoginStep[];
}

/** A list entry of an action input with its offset in the input's value. */
interface Entry {
  text: string;
  offset: number;
}

/** Splits a list input into entries: by line, and by comma too where the action does (`tags`). */
function entries(scalar: ScalarText | undefined, commas: boolean): Entry[] {
  if (!scalar) return [];
  const out: Entry[] = [];
  let offset = 0;
  for (const line of scalar.value.split("\n")) {
    const fields = commas ? splitCsv(line) : [line];
    let at = offset;
    for (const field of fields) {
      const lead = field.length - field.trimStart().length;
      const text = field.trim();
      if (text !== "" && !text.startsWith("#")) out.push({ text, offset: at + lead });
      at += field.length + 1;
    }
    offset += line.length + 1;
  }
  return out;
}

function entrySpan(scalar: ScalarText, entry: Entry): SourceSpan {
  return spanInScalar(scalar, entry.offset, entry.text.length);
}

const METADATA_OUTPUT = /steps\.([\w-]+)\.outputs\.(tags|json|bake-file|bake-file-tags|labels)|DOCKER_METADATA_OUTPUT_/;

function isMetadataStep(step: Step): boolean {
  return step.uses !== undefined && /^docker\/metadata-action(@|$)/.test(step.uses.value);
}

/** The metadata-action step an input refers to (`steps.meta.outputs.tags`), or the last one before `before`. */
function metadataStepFor(job: Job, text: string, before: number): Step | undefined {
  const m = METADATA_OUTPUT.exec(text);
  if (!m) return undefined;
  if (m[1]) return job.steps.find((s) => s.id === m[1] && isMetadataStep(s));
  return [...job.steps].reverse().find((s) => s.index < before && isMetadataStep(s));
}

function metadataImages(
  workflow: Workflow,
  job: Job,
  meta: Step,
  context: AnalysisContext,
  matrix: MatrixCombination | undefined,
): ImageRef[] {
  const images = meta.with.images;
  if (!images) return [];
  const scope = stepScope(workflow, job, meta, context, matrix);
  const out: ImageRef[] = [];
  for (const entry of entries(images, false)) {
    let name = entry.text;
    let offset = entry.offset;
    if (/^[a-z-]+=/.test(entry.text)) {
      const attrs = csvAttributes(entry.text);
      if (attrs.enable === "false" || !attrs.name) continue;
      name = attrs.name;
      offset += Math.max(0, entry.text.indexOf(name));
    }
    out.push(toImageRef(resolveText(name, scope), spanInScalar(images, offset, name.length), "metadata-action"));
  }
  return out;
}

function metadataLink(workflow: Workflow, job: Job, meta: Step, context: AnalysisContext): MetadataLink {
  const lines = (s: ScalarText | undefined) =>
    entries(s, false).map((e) => ({ text: e.text, span: entrySpan(s as ScalarText, e) }));
  return {
    stepId: meta.id,
    stepIndex: meta.index,
    span: meta.span,
    images: metadataImages(workflow, job, meta, context, undefined),
    tags: lines(meta.with.tags),
    flavor: lines(meta.with.flavor),
  };
}

function cacheRefs(scalar: ScalarText | undefined, direction: "from" | "to", scope: Scope): CacheRef[] {
  if (!scalar) return [];
  return entries(scalar, false).map((entry) => {
    // Attributes are read after resolution so `scope=${{ matrix.arch }}` shows each leg's value.
    const attributes = csvAttributes(resolveText(entry.text, scope).pattern);
    const type = attributes.type ?? "registry";
    const refText = type === "registry" ? csvAttributes(entry.text).ref : undefined;
    const span = entrySpan(scalar, entry);
    const ref = refText
      ? toImageRef(
          resolveText(refText, scope),
          spanInScalar(scalar, entry.offset + Math.max(0, entry.text.indexOf(refText)), refText.length),
        )
      : undefined;
    return { direction, type, attributes, ref, text: entry.text, span };
  });
}

function labelEntries(scalar: ScalarText | undefined, job: Job, before: number): LabelEntry[] {
  return entries(scalar, false).map((entry) => {
    const meta = /outputs\.labels|DOCKER_METADATA_OUTPUT_LABELS/.test(entry.text)
      ? metadataStepFor(job, entry.text, before)
      : undefined;
    const eq = entry.text.indexOf("=");
    return {
      key: eq > 0 && !meta ? entry.text.slice(0, eq) : undefined,
      value: eq > 0 && !meta ? entry.text.slice(eq + 1) : undefined,
      text: entry.text,
      span: entrySpan(scalar as ScalarText, entry),
      fromMetadataStep: meta ? (meta.id ?? `#${meta.index}`) : undefined,
    };
  });
}

/** The matrix combinations a job runs (one `undefined` leg without a matrix). */
export function legsOf(job: Job): Array<MatrixCombination | undefined> {
  const combos = job.strategy?.matrix?.combinations;
  return combos && combos.length > 0 ? combos : [undefined];
}

/** A reference written in an action input: `tags:` entries, bake `*.tags=` lines, exporter `name=`s. */
interface ActionTarget {
  scalar: ScalarText;
  text: string;
  offset: number;
}

/** The literal (non-metadata) references an action step pushes to. */
function actionTargets(step: Step, bake: boolean, outputs: Entry[], setLines: Entry[]): ActionTarget[] {
  const targets: ActionTarget[] = [];
  const tags = step.with.tags;
  if (!bake && tags) {
    for (const entry of entries(tags, true)) targets.push({ scalar: tags, text: entry.text, offset: entry.offset });
  }
  const set = step.with.set;
  if (bake && set) {
    for (const entry of setLines.filter((s) => /^[^=]*\.tags=/.test(s.text))) {
      const eq = entry.text.indexOf("=") + 1;
      targets.push({ scalar: set, text: entry.text.slice(eq), offset: entry.offset + eq });
    }
  }
  const output = step.with.outputs;
  for (const entry of output ? outputs : []) {
    const attrs = csvAttributes(entry.text);
    if (!outputPushes(attrs) || !attrs.name) continue;
    for (const name of splitCsv(attrs.name).map((n) => n.trim())) {
      if (name === "") continue;
      const offset = entry.offset + Math.max(0, entry.text.indexOf(name));
      targets.push({ scalar: output as ScalarText, text: name, offset });
    }
  }
  return targets.filter((t) => !METADATA_OUTPUT.test(t.text));
}

/** The push of a docker/build-push-action or docker/bake-action step, if it pushes. */
function actionPush(
  workflow: Workflow,
  job: Job,
  step: Step,
  context: AnalysisContext,
): Omit<PushStep, "logins"> | undefined {
  const uses = step.uses;
  if (!uses) return undefined;
  const bake = /^docker\/bake-action(@|$)/.test(uses.value);
  if (!bake && !/^docker\/build-push-action(@|$)/.test(uses.value)) return undefined;
  const pushInput = step.with.push;
  const outputs = entries(step.with.outputs, false);
  const setLines = entries(step.with.set, false);
  const outputPush =
    outputs.some((o) => outputPushes(csvAttributes(o.text))) ||
    setLines.some((s) => /\.output=/.test(s.text) && outputPushes(csvAttributes(s.text.replace(/^[^=]*=/, ""))));
  const pushText = pushInput?.value.trim() ?? "";
  const conditional = pushText.includes("${{");
  if (!conditional && pushText !== "true" && !outputPush) return undefined;
  const mode = conditional && !outputPush ? "conditional" : "always";
  const scopeFor = (matrix: MatrixCombination | undefined) => stepScope(workflow, job, step, context, matrix);
  const targets = actionTargets(step, bake, outputs, setLines);
  // The metadata-action step whose tags (or bake file) the action takes.
  const metaRefs = [
    ...(!bake && step.with.tags ? [step.with.tags.value] : []),
    ...(bake && step.with.files ? [step.with.files.value] : []),
  ];
  const meta = metaRefs.map((text) => metadataStepFor(job, text, step.index)).find((m) => m !== undefined);
  const metadata = meta ? metadataLink(workflow, job, meta, context) : undefined;
  const legs: PushLeg[] = legsOf(job).map((matrix) => {
    const scope = scopeFor(matrix);
    const images = targets.map((t) =>
      toImageRef(resolveText(t.text, scope), spanInScalar(t.scalar, t.offset, t.text.length)),
    );
    if (meta) images.push(...metadataImages(workflow, job, meta, context, matrix));
    return {
      matrix,
      images,
      cache: [...cacheRefs(step.with["cache-from"], "from", scope), ...cacheRefs(step.with["cache-to"], "to", scope)],
    };
  });
  const guards = stepGuards(job, step, mode === "conditional" ? pushInput : undefined);
  return {
    kind: bake ? "bake-action" : "build-push-action",
    file: workflow.file,
    jobId: job.id,
    stepIndex: step.index,
    stepId: step.id,
    stepName: step.name?.value,
    stepSpan: step.span,
    span: uses.span,
    push: { mode, expression: mode === "conditional" ? pushInput : undefined },
    legs,
    labels: labelEntries(step.with.labels, job, step.index),
    metadata,
    platforms: step.with.platforms,
    guards,
    events: eventRuns(workflow, guards, scopeFor(undefined), context),
  };
}

/** The pushes in a `run:` script, with the offsets of their commands (for login ordering). */
function scriptPushes(
  workflow: Workflow,
  job: Job,
  step: Step,
  context: AnalysisContext,
): Array<Omit<PushStep, "logins">> {
  const run = step.run;
  if (!run) return [];
  const commands = parseScript(run.value);
  const locate = (word: Word, part?: string) => {
    const inner = part === undefined ? 0 : Math.max(0, word.raw.indexOf(part));
    return spanInScalar(run, word.start + inner, part?.length ?? word.raw.length);
  };
  const guards = stepGuards(job, step);
  const out: Array<Omit<PushStep, "logins">> = [];
  const shellBindings = commands.map((cmd) => assignmentBindings(cmd, (w) => locate(w)));
  commands.forEach((cmd, index) => {
    const found = detectPushCommand(cmd);
    if (!found) return;
    const scopeFor = (matrix: MatrixCombination | undefined): Scope => {
      const scope = stepScope(workflow, job, step, context, matrix);
      return { ...scope, bindings: [...scope.bindings, ...shellBindings.slice(0, index + 1).flat()] };
    };
    const resolveTarget = (t: CommandText, scope: Scope) =>
      t.part === undefined ? resolveSegments(t.word.segments, scope) : resolveText(t.part, scope, { shell: true });
    // A step env entry carrying metadata-action's tags (`TAGS: ${{ steps.meta.outputs.tags }}`) feeds the shell
    // variables the command pushes to (`while read -r tag; … -t "$tag"`): those names are metadata-action's.
    const metaEnv = step.env.find((e) => METADATA_OUTPUT.test(e.value?.value ?? ""))?.value?.value;
    const viaEnv = (t: CommandText) => metaEnv !== undefined && /^"?\$\{?\w+\}?"?$/.test(t.part ?? t.word.raw);
    const meta =
      found.readsMetadata || found.targets.some(viaEnv)
        ? metadataStepFor(
            job,
            found.readsMetadata ? cmd.words.map((w) => w.raw).join(" ") : (metaEnv ?? ""),
            step.index,
          )
        : undefined;
    const legs = legsOf(job).map((matrix) => {
      const scope = scopeFor(matrix);
      const images = found.targets
        .filter((t) => !METADATA_OUTPUT.test(t.part ?? t.word.raw) && !(meta && viaEnv(t)))
        .map((t) => toImageRef(resolveTarget(t, scope), locate(t.word, t.part)));
      if (meta) images.push(...metadataImages(workflow, job, meta, context, matrix));
      const cache = found.cache.map(({ direction, entry }) => {
        const text = entry.part ?? wordText(entry.word);
        const attributes = csvAttributes(resolveText(text, scope, { shell: true }).pattern);
        const type = attributes.type ?? "registry";
        const refText = type === "registry" ? csvAttributes(text).ref : undefined;
        return {
          direction,
          type,
          attributes,
          ref: refText
            ? toImageRef(resolveText(refText, scope, { shell: true }), locate(entry.word, refText))
            : undefined,
          text,
          span: locate(entry.word, entry.part),
        };
      });
      return { matrix, images, cache };
    });
    out.push({
      kind: found.kind,
      file: workflow.file,
      jobId: job.id,
      stepIndex: step.index,
      stepId: step.id,
      stepName: step.name?.value,
      stepSpan: step.span,
      span: locate(cmd.words[0] as Word),
      push: { mode: "always", expression: undefined },
      legs,
      labels: found.labels.map((l) => {
        const text = l.part ?? wordText(l.word);
        const eq = text.indexOf("=");
        return {
          key: eq > 0 ? text.slice(0, eq) : undefined,
          value: eq > 0 ? text.slice(eq + 1) : undefined,
          text,
          span: locate(l.word, l.part),
          fromMetadataStep: undefined,
        };
      }),
      metadata: meta ? metadataLink(workflow, job, meta, context) : undefined,
      platforms: undefined,
      guards,
      events: eventRuns(workflow, guards, scopeFor(undefined), context),
    });
  });
  return out;
}

/**
 * Finds the steps of a workflow that push images: docker/build-push-action and docker/bake-action
 * with `push` true or an expression (or a pushing `outputs`), and in `run:` scripts `docker push`,
 * `docker buildx build --push`, `imagetools create`, `docker manifest push`, podman, buildah,
 * skopeo, crane and oras. Each carries its images per matrix leg, cache refs, labels, guards,
 * the events that run it and the logins before it in the same job.
 */
export function findPushSteps(workflow: Workflow, context: AnalysisContext = {}): PushStep[] {
  const logins = findLoginSteps(workflow, context);
  const out: PushStep[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const found = [
        ...(step.uses ? [actionPush(workflow, job, step, context), marketplacePush(workflow, job, step, context)] : []),
        ...scriptPushes(workflow, job, step, context),
      ];
      for (const push of found) {
        if (!push) continue;
        const earlier = logins.filter(
          (l) =>
            l.jobId === job.id &&
            (l.stepIndex < step.index || (l.stepIndex === step.index && before(l.span, push.span))),
        );
        out.push({ ...push, logins: earlier });
      }
    }
  }
  return out;
}

function before(a: SourceSpan, b: SourceSpan): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
