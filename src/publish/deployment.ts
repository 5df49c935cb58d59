/**
 * Deployment tags from templates such as `hf-{{arch}}-{{version}}`: a template naming `{{arch}}` gives one
 * single-arch tag per build leg (pushed by that leg); any other template gives one tag, which with architectures
 * is a multi-arch tag merged from the main version's per-arch tags.
 */
import { UsageError } from "../errors.js";
import type { Arch } from "./arch.js";
import type { TagContext } from "./context.js";
import { globalScope } from "./expressions.js";
import { sanitizeTag } from "./meta.js";
import { renderTemplate } from "./template.js";

/** What deployment templates are rendered against. */
export interface DeploymentInputs {
  templates: readonly string[];
  context: TagContext;
  /** The main version, for `{{version}}`. */
  version: string;
  archs: readonly Arch[];
  /** Images (lower-cased); `""` stands for bare tags. */
  images: readonly string[];
}

/** The deployment tags planned. */
export interface DeploymentPlan {
  /** Tag names, for validation. */
  names: string[];
  /** Every deployment tag as `image:tag`. */
  refs: string[];
  /** Per-arch deployment tags by arch name. */
  byArch: Map<string, string[]>;
  /** Multi-arch deployment tags and their per-arch sources. */
  merges: Array<{ target: string; sources: string[] }>;
}

const archExpression = /\{\{\{?[~&\s]*arch\s*~?\}/;

/** `image:tag`, or the bare tag when there is no image. */
export function imageTag(image: string, tag: string): string {
  return image === "" ? tag : `${image}:${tag}`;
}

/** Renders each template for each image (and each arch when it names `{{arch}}`). */
export function planDeployment(inputs: DeploymentInputs): DeploymentPlan {
  const plan: DeploymentPlan = { names: [], refs: [], byArch: new Map(), merges: [] };
  const render = (template: string, arch: Arch | undefined) =>
    sanitizeTag(
      renderTemplate(template, {
        ...globalScope(inputs.context),
        version: inputs.version,
        arch: arch?.name ?? "",
        platform: arch?.platform ?? "",
      }),
    );
  for (const template of inputs.templates) {
    if (!archExpression.test(template)) {
      const name = render(template, undefined);
      plan.names.push(name);
      for (const image of inputs.images) {
        plan.refs.push(imageTag(image, name));
        if (inputs.archs.length > 0) {
          const sources = inputs.archs.map((arch) => imageTag(image, `${inputs.version}-${arch.name}`));
          plan.merges.push({ target: imageTag(image, name), sources });
        }
      }
      continue;
    }
    if (inputs.archs.length === 0) {
      throw new UsageError(
        `The deployment template "${template}" uses {{arch}} but no --arch was given`,
        "Add --arch amd64,arm64 (or drop {{arch}} from the template)",
      );
    }
    for (const arch of inputs.archs) {
      const name = render(template, arch);
      plan.names.push(name);
      const refs = inputs.images.map((image) => imageTag(image, name));
      plan.refs.push(...refs);
      plan.byArch.set(arch.name, [...(plan.byArch.get(arch.name) ?? []), ...refs]);
    }
  }
  return plan;
}
