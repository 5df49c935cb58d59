/**
 * Runs whose GITHUB_TOKEN is read-only whatever the workflow asks: pull requests from forks, and Dependabot.
 */
import { FORK_READ_ONLY_EVENTS } from "../../workflows/index.js";
import { addStepCondition, replaceSpan } from "../edits.js";
import type { DoctorEvidence, Evidence, Finding, Fix, PushFacts, Rule } from "../types.js";
import { apiEvidence, clamp, failedWith, fileEvidence, githubPushes, logEvidence } from "./common.js";

const FORK_GUARD =
  "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";
const DEPENDABOT_GUARD = "github.actor != 'dependabot[bot]'";
const READ_ONLY_DENIALS = [
  "installation-create",
  "installation-write",
  "installation-read",
  "write-package",
  "login-missing",
  "forbidden",
  "installation-missing",
] as const;

function guardFix(evidence: DoctorEvidence, push: PushFacts, condition: string, summary: string): Fix | undefined {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
  const step = job?.steps[push.step.stepIndex];
  const text = evidence.static?.texts[push.step.file];
  if (!step || text === undefined) return undefined;
  return { kind: "edit", summary, changes: addStepCondition(text, step, condition) };
}

/** For an action whose `push:` input is literally true: push only when the run is not a fork's (forks still build). */
function pushInputFix(evidence: DoctorEvidence, push: PushFacts): Fix | undefined {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const step = workflow?.jobs.find((j) => j.id === push.step.jobId)?.steps[push.step.stepIndex];
  const input = step?.with.push;
  if (!input || !/^(true|yes)$/i.test(input.value.trim())) return undefined;
  return {
    kind: "edit",
    summary: "push only for runs of the repository itself (forks still build)",
    changes: [replaceSpan(input.span, `\${{ ${FORK_GUARD} }}`)],
  };
}

/** `fork-pull-request`. */
export const forkPullRequest: Rule = {
  id: "fork-pull-request",
  summary:
    "A push runs on pull requests from forks, where GITHUB_TOKEN is read-only and secrets are absent; guard the push so forks only build.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const run = evidence.live.run;
    const forkRun =
      run !== undefined &&
      FORK_READ_ONLY_EVENTS.includes(run.event) &&
      run.headRepository !== undefined &&
      evidence.repository !== undefined &&
      run.headRepository.toLowerCase() !== evidence.repository.toLowerCase();
    for (const push of githubPushes(evidence)) {
      const exposed = push.step.events.filter(
        (e) => FORK_READ_ONLY_EVENTS.includes(e.event) && (e.byOrigin.fork === "yes" || e.byOrigin.fork === "maybe"),
      );
      if (exposed.length === 0) continue;
      const certain = exposed.some((e) => e.byOrigin.fork === "yes");
      const items: Evidence[] = [
        fileEvidence(
          push.step.span,
          `this step pushes ${push.githubImages.join(", ")} on ${exposed.map((e) => e.event).join(", ")} ${certain ? "even" : "possibly"} for pull requests from forks`,
        ),
      ];
      let confidence = certain ? 0.55 : 0.3;
      if (forkRun && run) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs/${run.id}`,
            "head_repository.full_name",
            run.headRepository ?? "",
            "the failed run came from a fork",
          ),
        );
        confidence = 0.95;
      }
      const denial = failedWith(evidence, ...READ_ONLY_DENIALS);
      if (denial && run?.event && FORK_READ_ONLY_EVENTS.includes(run.event)) confidence = Math.max(confidence, 0.7);
      if (denial && forkRun) items.push(logEvidence(denial, "the push was refused: "));
      const fix =
        pushInputFix(evidence, push) ??
        guardFix(evidence, push, FORK_GUARD, "skip the push for pull requests from forks");
      findings.push({
        id: this.id,
        title: `Step "${push.step.stepName ?? push.step.stepIndex}" pushes on pull requests from forks`,
        severity: certain || forkRun ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Pull requests from forks get a read-only GITHUB_TOKEN and no secrets, whatever `permissions:` says, so their push is refused. Build them, but push only from the repository's own runs.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `guard the push with: if: ${FORK_GUARD}`,
          url: `https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication`,
          steps: ["Add the condition to the pushing step"],
        },
      });
    }
    return findings;
  },
};

/** `dependabot-run`. */
export const dependabotRun: Rule = {
  id: "dependabot-run",
  summary:
    "A push runs for Dependabot's pull requests or branches, where GITHUB_TOKEN is read-only and Actions secrets are absent, even on re-run.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const run = evidence.live.run;
    const byDependabot = run?.actor === "dependabot[bot]";
    for (const push of githubPushes(evidence)) {
      const exposed = push.step.events.filter(
        (e) =>
          e.event.startsWith("pull_request") &&
          e.event !== "pull_request_target" &&
          e.byOrigin.dependabot === "yes" &&
          e.byOrigin.fork !== "yes",
      );
      // A run by Dependabot is history once the workflow skips the push for it.
      const skipsNow =
        run !== undefined &&
        push.step.events.some((e) => e.event === run.event) &&
        push.step.events.filter((e) => e.event === run.event).every((e) => e.byOrigin.dependabot === "no");
      if ((exposed.length === 0 && !byDependabot) || skipsNow) continue;
      const items: Evidence[] = [];
      if (exposed.length > 0) {
        items.push(
          fileEvidence(
            push.step.span,
            `this step pushes on ${exposed.map((e) => e.event).join(", ")} for Dependabot's pull requests (same repository, still read-only)`,
          ),
        );
      }
      let confidence = exposed.length > 0 ? 0.4 : 0.2;
      if (byDependabot && run) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs/${run.id}`,
            "actor.login",
            "dependabot[bot]",
            "the failed run was triggered by Dependabot",
          ),
        );
        confidence = 0.95;
        const denial = failedWith(evidence, ...READ_ONLY_DENIALS);
        if (denial) items.push(logEvidence(denial, "the push was refused: "));
      }
      const fix = guardFix(evidence, push, DEPENDABOT_GUARD, "skip the push for Dependabot's runs");
      findings.push({
        id: this.id,
        title: "The push runs for Dependabot, whose token is read-only",
        severity: byDependabot ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Runs triggered by Dependabot are treated like forks: read-only GITHUB_TOKEN and no Actions secrets, even when re-run by someone else.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `guard the push with: if: ${DEPENDABOT_GUARD}`,
          url: "https://docs.github.com/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions",
          steps: ["Add the condition to the pushing step"],
        },
      });
      if (byDependabot) break;
    }
    return findings;
  },
};
