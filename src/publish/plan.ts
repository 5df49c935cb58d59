/**
 * dockhand's tag plan: metadata-action's tags, plus per-arch tags for each build leg, the merge plan (which
 * per-arch tags form each multi-arch tag), deployment tags from templates (`hf-{{arch}}-{{version}}`), OCI labels
 * and annotations, and a check of every tag against Docker's grammar.
 */
import { type Arch, parseArchs } from "./arch.js";
import type { TagContext } from "./context.js";
import { imageTag, planDeployment } from "./deployment.js";
import { splitInputList } from "./input-list.js";
import { defaultAnnotationLevels, labelsObject, ociLabels, withLevels } from "./labels.js";
import { computeMeta, type Version } from "./meta.js";
import { validateImages, validateTags } from "./validate.js";

/** What a plan is made from. Each list may hold multi-line values; they are split into entries. */
export interface TagPlanInputs {
  images?: readonly string[];
  tags?: readonly string[];
  flavor?: readonly string[];
  labels?: readonly string[];
  annotations?: readonly string[];
  /** `amd64`, `linux/arm64` … (comma-separated allowed). */
  archs?: readonly string[];
  /** Deployment tag templates: global expressions plus `{{arch}}`, `{{platform}}`, `{{version}}`. */
  extras?: readonly string[];
  /** Annotation levels (default `manifest`). */
  annotationLevels?: readonly string[];
}

/** The tags one build leg pushes. */
export interface ArchLeg {
  arch: string;
  platform: string;
  /** `image:tag-arch` for every merged tag, then this arch's deployment tags. */
  tags: string[];
}

/** One multi-arch tag and the per-arch tags it is made from. */
export interface MergeStep {
  target: string;
  sources: string[];
}

/** The publishing plan beyond metadata-action's outputs. */
export interface PublishPlan {
  images: string[];
  legs: ArchLeg[];
  merges: MergeStep[];
  /** Deployment tags (`image:hf-amd64-v1.0.0`), per-arch ones included. */
  deployment: string[];
}

/** A complete tag plan. */
export interface TagPlan {
  version: Version;
  /** metadata-action's `tags` output: `image:tag`, grouped by image, `latest` last. */
  tags: string[];
  /** The same without images. */
  tagNames: string[];
  labels: Record<string, string>;
  /** Annotations with their level prefix (`manifest:org.opencontainers.image.title=…`). */
  annotations: string[];
  plan: PublishPlan;
  /** What the action would only warn about, and skipped steps. */
  warnings: string[];
}

/** Computes the plan and checks every tag in it; throws `TAG_INVALID` naming each bad tag. */
export function planTags(inputs: TagPlanInputs, context: TagContext): TagPlan {
  const meta = computeMeta(
    {
      images: splitInputList(inputs.images ?? []),
      tags: splitInputList(inputs.tags ?? []),
      flavor: splitInputList(inputs.flavor ?? []),
    },
    context,
  );
  const warnings = [...meta.warnings];
  if (meta.tags.length === 0) warnings.push("No Docker tag has been generated. Check tags input.");

  validateImages(meta.images);
  const archs = parseArchs(inputs.archs ?? []);
  const images = meta.images.length > 0 ? meta.images : [""];
  const perArchName = (name: string, arch: Arch) => `${name}-${arch.name}`;

  const templates = splitInputList(inputs.extras ?? []);
  const main = meta.version.main;
  if (templates.length > 0 && main === undefined) {
    warnings.push("No version was produced, so no deployment tag was planned.");
  }
  const deployment = planDeployment({
    templates: main === undefined ? [] : templates,
    context,
    version: main ?? "",
    archs,
    images,
  });

  const legs: ArchLeg[] = archs.map((arch) => ({
    arch: arch.name,
    platform: arch.platform,
    tags: [
      ...images.flatMap((image) => meta.tagNames.map((name) => imageTag(image, perArchName(name, arch)))),
      ...(deployment.byArch.get(arch.name) ?? []),
    ],
  }));
  const merges: MergeStep[] = [
    ...(archs.length === 0
      ? []
      : images.flatMap((image) =>
          meta.tagNames.map((name) => ({
            target: imageTag(image, name),
            sources: archs.map((arch) => imageTag(image, perArchName(name, arch))),
          })),
        )),
    ...deployment.merges,
  ];

  validateTags([
    ...meta.tagNames,
    ...archs.flatMap((arch) => meta.tagNames.map((name) => perArchName(name, arch))),
    ...deployment.names,
  ]);

  const labelLines = ociLabels(context, meta.version, splitInputList(inputs.labels ?? []));
  const annotationLines = ociLabels(context, meta.version, splitInputList(inputs.annotations ?? []));
  const levels = inputs.annotationLevels?.length ? inputs.annotationLevels : defaultAnnotationLevels;
  return {
    version: meta.version,
    tags: meta.tags,
    tagNames: meta.tagNames,
    labels: labelsObject(labelLines),
    annotations: withLevels(annotationLines, levels),
    plan: { images: meta.images, legs, merges, deployment: deployment.refs },
    warnings,
  };
}
