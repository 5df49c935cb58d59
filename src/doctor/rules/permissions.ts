/**
 * GITHUB_TOKEN permissions: the pushing job lacks `packages: write` (its `permissions:` block narrows it), or it
 * relies on a repository default that is read-only.
 */
import { grantPackagesWrite } from "../edits.js";
import type { DoctorEvidence, Evidence, Finding, Fix, PushFacts, Rule } from "../types.js";
import { apiEvidence, clamp, failedWith, fileEvidence, githubPushes, logEvidence, webOrigin } from "./common.js";

const TOKEN_DENIALS = ["installation-create", "installation-write", "write-package", "forbidden"] as const;

function usesGithubToken(push: PushFacts): boolean {
  const logins = push.step.logins.filter(
    (l) => l.registry === undefined || push.githubImages.some((i) => i.startsWith(`${l.registry}/`)),
  );
  // No login found: the not-logged-in rule speaks; the token would still be GITHUB_TOKEN in the usual fix.
  return logins.length === 0 || logins.some((l) => l.password.kind === "github-token");
}

function editFix(evidence: DoctorEvidence, push: PushFacts): Fix | undefined {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
  const text = evidence.static?.texts[push.step.file];
  if (!workflow || !job || text === undefined) return undefined;
  const changes = grantPackagesWrite(text, workflow, job);
  if (changes.length === 0) return undefined;
  return {
    kind: "edit",
    summary: `give job "${job.id}" in ${push.step.file} \`permissions: packages: write\``,
    changes,
  };
}

function byJob(pushes: PushFacts[]): PushFacts[] {
  const seen = new Set<string>();
  return pushes.filter((p) => {
    const key = `${p.step.file}#${p.step.jobId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `workflow-missing-packages-write`. */
export const missingPackagesWrite: Rule = {
  id: "workflow-missing-packages-write",
  summary:
    "A job that pushes with GITHUB_TOKEN has a `permissions:` block (its own or the workflow's) without `packages: write`, so the token cannot write packages.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    for (const push of byJob(githubPushes(evidence))) {
      if (push.permissionOrigin === "repository-default") continue;
      if (push.packages !== "none" && push.packages !== "read") continue;
      if (!usesGithubToken(push)) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
      const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
      const block = job?.permissions ?? workflow?.permissions;
      const items: Evidence[] = [
        fileEvidence(
          push.step.span,
          `job "${push.step.jobId}" pushes ${push.githubImages.join(", ")} with GITHUB_TOKEN, which gets packages: ${push.packages}`,
        ),
      ];
      if (block)
        items.push(
          fileEvidence(
            block.span,
            "this permissions block does not grant packages: write (unlisted scopes become none)",
          ),
        );
      if (push.permissionOrigin === "caller") {
        items.push(
          fileEvidence(push.step.stepSpan, "a reusable workflow only keeps or lowers what the calling job grants"),
        );
      }
      const denial = failedWith(evidence, ...TOKEN_DENIALS);
      if (denial) items.push(logEvidence(denial, "the push was refused: "));
      const logged = evidence.log?.tokenPermissions;
      if (logged && logged.packages !== "write") {
        items.push(
          logEvidence({
            line: logged.line,
            job: logged.job,
            text: `GITHUB_TOKEN Permissions: Packages: ${logged.packages}`,
          }),
        );
      }
      const fix = editFix(evidence, push);
      findings.push({
        id: this.id,
        title: `Job "${push.step.jobId}" pushes without packages: write`,
        severity: "blocking",
        confidence: clamp(0.85 + (denial ? 0.1 : 0)),
        why: "When a workflow or job sets `permissions:`, every scope it does not list is none; GITHUB_TOKEN then cannot create or write the package.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `add \`packages: write\` to the permissions of job "${push.step.jobId}" in ${push.step.file} (and of the calling job, for a reusable workflow)`,
          url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/blob/HEAD/${push.step.file}`,
          steps: [
            "Edit the workflow file",
            "Under the job, set `permissions:` with `contents: read` and `packages: write`",
          ],
        },
      });
    }
    return findings;
  },
};

/** `repo-default-read-only`. */
export const repoDefaultReadOnly: Rule = {
  id: "repo-default-read-only",
  summary:
    "A pushing job sets no `permissions:` and the repository's default GITHUB_TOKEN permissions are read-only (the default for new repositories since 2023).",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const known = evidence.live.defaultPermissions;
    const logged = evidence.log?.tokenPermissions;
    for (const push of byJob(githubPushes(evidence))) {
      if (push.permissionOrigin !== "repository-default" || !usesGithubToken(push)) continue;
      if (known === "write") continue;
      const items: Evidence[] = [
        fileEvidence(
          push.step.span,
          `job "${push.step.jobId}" pushes with GITHUB_TOKEN and sets no permissions: it gets the repository default`,
        ),
      ];
      let confidence = 0.3;
      if (known === "read") {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/permissions/workflow`,
            "default_workflow_permissions",
            "read",
            "the repository default gives GITHUB_TOKEN packages: read",
          ),
        );
        confidence = 0.9;
      }
      if (logged && logged.packages !== "write") {
        items.push(
          logEvidence({
            line: logged.line,
            job: logged.job,
            text: `GITHUB_TOKEN Permissions: Packages: ${logged.packages}`,
          }),
        );
        confidence = Math.max(confidence, 0.85);
      }
      const denial = failedWith(evidence, ...TOKEN_DENIALS);
      if (denial && confidence < 0.85) {
        items.push(logEvidence(denial, "the push was refused: "));
        confidence += 0.2;
      }
      const fix = editFix(evidence, push);
      const settings = `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/settings/actions`;
      const api: Fix = {
        kind: "api",
        summary: "set the repository's default workflow permissions to read and write",
        action: "set-default-workflow-permissions",
        call: `PUT /repos/${evidence.repository ?? "{owner}/{repo}"}/actions/permissions/workflow {"default_workflow_permissions":"write"}`,
        params: { repository: evidence.repository ?? "", default_workflow_permissions: "write" },
      };
      const ui: Fix = {
        kind: "ui",
        summary: "switch the repository's workflow permissions to read and write",
        url: settings,
        steps: [
          "Open Settings → Actions → General",
          "Under Workflow permissions choose Read and write permissions",
          "Save",
        ],
      };
      findings.push({
        id: this.id,
        title:
          known === "read"
            ? "The repository's default GITHUB_TOKEN is read-only"
            : "The pushing job relies on the repository's default token permissions",
        severity: known === "read" || (logged && logged.packages !== "write") ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Without a `permissions:` block the job gets the repository default; read-only (the default since February 2023) gives packages: read. Granting packages: write in the workflow is the least-privilege fix and works whatever the default is.",
        evidence: items,
        fix: fix ?? ui,
        otherFixes: evidence.repository ? [api, ui] : [ui],
      });
    }
    return findings;
  },
};
