/**
 * Helpers the rules share: evidence builders, the failing log line, package and settings URLs.
 */
import type { ImageRef, SourceSpan } from "../../workflows/index.js";
import { type LogError, primaryError } from "../log.js";
import type { DoctorEvidence, Evidence, PushFacts } from "../types.js";

/** Evidence at a place in a workflow file. */
export function fileEvidence(span: SourceSpan, text: string): Evidence {
  return { where: { kind: "file", file: span.file, line: span.line, column: span.column }, text };
}

/** Evidence from a log line. */
export function logEvidence(error: { line: number; job: string | undefined; text: string }, prefix = ""): Evidence {
  return {
    where: { kind: "log", line: error.line, ...(error.job ? { job: error.job } : {}) },
    text: `${prefix}${error.text}`,
  };
}

/** Evidence from an API field. */
export function apiEvidence(call: string, field: string, value: string, text: string): Evidence {
  return { where: { kind: "api", call, field, value }, text };
}

/** The refusal that ended the run, if a log was read. */
export function failure(evidence: DoctorEvidence): LogError | undefined {
  return evidence.log ? primaryError(evidence.log) : undefined;
}

/** True when the log's failure is one of `kinds`. */
export function failedWith(evidence: DoctorEvidence, ...kinds: LogError["kind"][]): LogError | undefined {
  const error = failure(evidence);
  return error && kinds.includes(error.kind) ? error : undefined;
}

/** The owner of `OWNER/NAME`. */
export function ownerOf(repository: string | undefined): string | undefined {
  return repository?.split("/")[0];
}

/** Push steps that write to GitHub's registries. */
export function githubPushes(evidence: DoctorEvidence): PushFacts[] {
  return (evidence.static?.pushes ?? []).filter((p) => p.githubImages.length > 0);
}

/** `host/owner/name` → `{ host, owner, name }`. */
export function splitImage(image: string): { host: string; owner: string; name: string } | undefined {
  const parts = image.split("/");
  if (parts.length < 3) return undefined;
  const [host, owner, ...rest] = parts;
  if (!host || !owner) return undefined;
  return { host, owner, name: rest.join("/") };
}

/** The web origin for the API URL (github.com, or the GHES host). */
export function webOrigin(apiUrl: string): string {
  try {
    const url = new URL(apiUrl);
    if (url.hostname === "api.github.com") return "https://github.com";
    return `${url.protocol}//${url.host}`;
  } catch {
    return "https://github.com";
  }
}

/** The package settings page (Manage Actions access, Repository source, Danger Zone). */
export function packageSettingsUrl(evidence: DoctorEvidence, owner: string, name: string, org: boolean): string {
  const base = webOrigin(evidence.apiUrl);
  const kind = org ? "orgs" : "users";
  return `${base}/${kind}/${owner}/packages/container/${encodeURIComponent(name)}/settings`;
}

/** Whether the image's owner is an organisation, as far as the live checks tell. */
export function ownerIsOrg(evidence: DoctorEvidence): boolean {
  const pkg = evidence.live.package;
  if (pkg) return pkg.ownerType === "org";
  return evidence.live.repository?.ownerType === "Organization";
}

/** The image the diagnosis is about, split; from the argument, the log, or the first pushed image. */
export function targetImage(evidence: DoctorEvidence): { host: string; owner: string; name: string } | undefined {
  return evidence.image ? splitImage(evidence.image) : undefined;
}

/** Clamps a confidence to 0–1 with two decimals. */
export function clamp(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}

/** All image refs of a push (every leg and the metadata-action images), once each by position. */
export function refsOf(push: PushFacts): ImageRef[] {
  const seen = new Set<string>();
  return [...push.step.legs.flatMap((leg) => leg.images), ...(push.step.metadata?.images ?? [])].filter((ref) => {
    const key = `${ref.span.file}:${ref.span.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
