/**
 * Pushes done by marketplace actions other than docker's, named by their inputs:
 * - `macbre/push-to-ghcr`: builds and pushes `ghcr.io/<image_name>` (lower-cased by the action) with the
 *   `github_token` input as its login (https://github.com/macbre/push-to-ghcr, action.yml);
 * - `redhat-actions/push-to-registry`: pushes `<registry>/<image>:<tag>` for each of `tags` (space or newline
 *   separated), where `image` and `tags` often come from a `redhat-actions/buildah-build` step's outputs
 *   (https://github.com/redhat-actions/push-to-registry, action.yml).
 * Names are resolved like any other; an output of buildah-build resolves to that step's own input.
 */
import { eventRuns, stepGuards } from "../guards.js";
import { toImageRef } from "../image-ref.js";
import type { PushLeg, PushStep } from "../push-steps.js";
import { legsOf } from "../push-steps.js";
import { resolveText } from "../resolve.js";
import { stepScope } from "../scope.js";
import type { AnalysisContext, Job, ScalarText, Step, Workflow } from "../types.js";

/** `${{ steps.ID.outputs.NAME }}` pointing at a buildah-build step: that step's input of the same name. */
function throughBuildah(job: Job, value: ScalarText | undefined): ScalarText | undefined {
  const match = value && /^\$\{\{\s*steps\.([\w-]+)\.outputs\.(image|tags)\s*\}\}$/.exec(value.value.trim());
  if (!match) return value;
  const source = job.steps.find(
    (s) => s.id === match[1] && /^redhat-actions\/buildah-build(@|$)/.test(s.uses?.value ?? ""),
  );
  return source?.with[match[2] as string] ?? value;
}

/** The push of a marketplace push action, if the step is one. */
export function marketplacePush(
  workflow: Workflow,
  job: Job,
  step: Step,
  context: AnalysisContext,
): Omit<PushStep, "logins"> | undefined {
  const uses = step.uses?.value ?? "";
  const ghcr = /^macbre\/push-to-ghcr(@|$)/.test(uses);
  const redhat = /^redhat-actions\/push-to-registry(@|$)/.test(uses);
  if (!step.uses || (!ghcr && !redhat)) return undefined;
  const scopeFor = (matrix: PushLeg["matrix"]) => stepScope(workflow, job, step, context, matrix);
  const image = ghcr ? step.with.image_name : throughBuildah(job, step.with.image);
  if (!image) return undefined;
  // The reference as the action assembles it, resolved as one text (the registry input may hold expressions).
  const registry = ghcr ? "ghcr.io" : (step.with.registry?.value ?? "").trim().replace(/\/+$/, "");
  // Tags are separated by white space, which a `${{ }}` expression may hold itself.
  const tags = ghcr
    ? [""]
    : ((throughBuildah(job, step.with.tags)?.value ?? "latest").match(/(?:\$\{\{[\s\S]*?\}\}|[^\s$]|\$(?!\{\{))+/g) ??
      []);
  const legs: PushLeg[] = legsOf(job).map((matrix) => {
    const scope = scopeFor(matrix);
    const images = tags.map((tag) =>
      toImageRef(resolveText(`${registry}/${image.value.trim()}${tag ? `:${tag}` : ""}`, scope), image.span),
    );
    return { matrix, images, cache: [] };
  });
  const guards = stepGuards(job, step);
  return {
    kind: ghcr ? "push-to-ghcr" : "push-to-registry",
    file: workflow.file,
    jobId: job.id,
    stepIndex: step.index,
    stepId: step.id,
    stepName: step.name?.value,
    stepSpan: step.span,
    span: step.uses.span,
    push: { mode: "always", expression: undefined },
    legs,
    labels: [],
    metadata: undefined,
    platforms: undefined,
    guards,
    events: eventRuns(workflow, guards, scopeFor(undefined), context),
  };
}
