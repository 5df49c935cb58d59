/**
 * Static evidence: the repository's workflows, their push and login steps, and each pushing job's effective
 * `packages` permission. Reads files only.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  effectivePermissions,
  findLoginSteps,
  findPushSteps,
  loadWorkflows,
  type PushStep,
} from "../workflows/index.js";
import type { PushFacts, StaticFacts } from "./types.js";

/** What the static pass knows about the repository besides its files. */
export interface StaticContext {
  repository?: string | undefined;
  defaultPermissions?: "read" | "write" | undefined;
  /** Registry hosts that are GitHub's (lower-case). */
  githubHosts: string[];
}

/** The `host/owner/name` repositories a push step writes on GitHub's registries. */
export function githubImagesOf(step: PushStep, hosts: string[]): string[] {
  const out = new Set<string>();
  const refs = [...step.legs.flatMap((leg) => leg.images), ...(step.metadata?.images ?? [])];
  for (const ref of refs) {
    if (ref.registry && ref.repository && hosts.includes(ref.registry.toLowerCase())) {
      out.add(`${ref.registry}/${ref.repository}`);
    }
  }
  return [...out];
}

/** Loads the workflows of `repoDir` and finds every push with its job's token permissions. */
export async function gatherStatic(repoDir: string, context: StaticContext): Promise<StaticFacts> {
  const set = await loadWorkflows(repoDir);
  const texts: Record<string, string> = {};
  for (const workflow of set.workflows) {
    texts[workflow.file] = await readFile(path.join(repoDir, workflow.file), "utf8");
  }
  const analysis = {
    ...(context.repository ? { repository: context.repository } : {}),
    ...(context.defaultPermissions ? { defaultPermissions: context.defaultPermissions } : {}),
    workflows: set.workflows,
  };
  const pushes: PushFacts[] = [];
  for (const workflow of set.workflows) {
    for (const step of findPushSteps(workflow, analysis)) {
      const job = workflow.jobs.find((j) => j.id === step.jobId);
      if (!job) continue;
      const permissions = effectivePermissions(job, analysis);
      pushes.push({
        step,
        packages: permissions.scopes.packages ?? "unknown",
        permissionOrigin: permissions.origins.some((o) => o.kind === "caller")
          ? "caller"
          : permissions.origins.some((o) => o.kind === "job" || o.kind === "workflow")
            ? "declared"
            : "repository-default",
        githubImages: githubImagesOf(step, context.githubHosts),
      });
    }
  }
  const logins = set.workflows.flatMap((w) => findLoginSteps(w, analysis));
  return { set, workflows: set.workflows, texts, pushes, logins };
}
