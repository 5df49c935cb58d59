import path from "node:path";
import type { FileFormat, ReferenceKind } from "./types.js";

/** What a file is, decided from its path and, for YAML and JSON, a glance at its content. */
export interface FileType {
  format: FileFormat;
  kind: ReferenceKind;
}

const ciFiles =
  /(^|\/)(\.gitlab-ci\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|azure-pipelines\.ya?ml|cloudbuild\.ya?ml|\.circleci\/config\.ya?ml|\.woodpecker\.ya?ml|\.travis\.ya?ml)$/;
/** GitHub (and Gitea/Forgejo) workflow and action files. */
export const workflowFiles =
  /(^|\/)(\.(github|gitea|forgejo)\/(workflows|actions)\/.+|workflow-templates\/.+|action)\.ya?ml$/;
const composeFiles = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/;
const kustomizationFiles = /(^|\/)kustomization\.ya?ml$/;
const helmValuesFiles = /(^|\/)values[^/]*\.ya?ml$/;
const dockerfiles = /(^|\/|\.)([Dd]ocker|[Cc]ontainer)file([^/]*)$/;
const shellFiles = /\.(sh|bash|zsh|ksh|ps1|bat|cmd)$/;
const makefiles = /(^|\/)(GNUmakefile|[Mm]akefile|[Jj]ustfile)$|\.mk$/;
const dotenvFiles = /(^|\/)\.env(\.[^/]*)?$|\.env$/;
const docsFiles = /\.(md|markdown|mdx|rst|adoc|txt|html?)$/i;
const terraformFiles = /\.(tf|tfvars|hcl)$/;
const monitoringPath = /(^|\/)(prometheus|alerts?|alerting|rules|monitoring|grafana|dashboards?)(\/|[._-])/i;

/** Classifies a file; `text` is consulted only for YAML and JSON, whose names say little. */
export function classifyFile(file: string, text: string): FileType {
  const base = path.posix.basename(file);
  if (workflowFiles.test(file)) return { format: "workflow", kind: "ci" };
  if (ciFiles.test(file)) return { format: "ci-yaml", kind: "ci" };
  if (/\.ya?ml$/i.test(base)) return classifyYaml(file, text);
  if (/\.json$/i.test(base)) {
    if (/"panels"\s*:/.test(text) || /grafana/i.test(file)) return { format: "grafana", kind: "monitoring" };
    if (base === "devcontainer.json" || base === ".devcontainer.json") return { format: "json", kind: "build" };
    return { format: "json", kind: monitoringPath.test(file) ? "monitoring" : "deployment" };
  }
  if (dockerfiles.test(file)) return { format: "dockerfile", kind: "build" };
  if (makefiles.test(file)) return { format: "makefile", kind: "script" };
  if (shellFiles.test(base) || /^#!.*\b(ba|z|k|da)?sh\b/.test(text)) return { format: "shell", kind: "script" };
  if (dotenvFiles.test(file)) return { format: "dotenv", kind: "deployment" };
  if (terraformFiles.test(base)) return { format: "terraform", kind: "deployment" };
  if (/\.(md|markdown|mdx)$/i.test(base)) return { format: "markdown", kind: "docs" };
  if (docsFiles.test(base) || /^(README|CHANGELOG|NOTICE)/i.test(base)) return { format: "text", kind: "docs" };
  return { format: "text", kind: monitoringPath.test(file) ? "monitoring" : "docs" };
}

function classifyYaml(file: string, text: string): FileType {
  if (kustomizationFiles.test(file)) return { format: "kustomization", kind: "deployment" };
  if (composeFiles.test(file)) return { format: "compose", kind: "deployment" };
  // A chart's templates are Go templates, not YAML: they are searched as text.
  if (/(^|\/)templates\//.test(file) && /\{\{/.test(text)) return { format: "helm-template", kind: "deployment" };
  if (helmValuesFiles.test(file)) return { format: "helm-values", kind: "deployment" };
  if (/^\s*groups\s*:/m.test(text) && /^\s*(-\s*)?(alert|record)\s*:/m.test(text) && /\bexpr\s*:/.test(text)) {
    return { format: "prometheus", kind: "monitoring" };
  }
  if (/^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text)) {
    return { format: "kubernetes", kind: monitoringPath.test(file) ? "monitoring" : "deployment" };
  }
  return { format: "yaml", kind: monitoringPath.test(file) ? "monitoring" : "deployment" };
}
