/**
 * The race on a brand-new package: parallel pushes (matrix legs, sibling jobs) to a package that does not exist yet,
 * where the first creates it and the others are refused for a few seconds.
 */
import { setMaxParallel } from "../edits.js";
import { isPerArchTag } from "../log.js";
import type { DoctorEvidence, Evidence, Fix, PushFacts, Rule } from "../types.js";
import { apiEvidence, clamp, failedWith, fileEvidence, githubPushes, logEvidence, webOrigin } from "./common.js";
import { foundPackage, newness, pathOf, probeEvidence } from "./package-view.js";

/** Jobs that push the same image in parallel: matrix legs or sibling jobs without ordering. */
export function parallelPushes(
  evidence: DoctorEvidence,
  image: string | undefined,
): { push: PushFacts; text: string } | undefined {
  const pushes = githubPushes(evidence).filter(
    (p) => !image || p.githubImages.some((i) => pathOf(i) === pathOf(image)),
  );
  for (const push of pushes) {
    const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
    const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
    // Legs race only when two of them push the same package (a matrix over packages does not).
    const perPackage = new Map<string, number>();
    for (const leg of push.step.legs) {
      for (const path of new Set(
        leg.images.map((i) => `${i.registry ?? "?"}/${i.repository ?? i.pattern}`.toLowerCase()),
      )) {
        perPackage.set(path, (perPackage.get(path) ?? 0) + 1);
      }
    }
    const legs = Math.max(0, ...perPackage.values());
    const maxParallel = job?.strategy?.maxParallel?.value;
    if (legs > 1 && maxParallel !== "1") {
      const tags = push.step.legs.flatMap((leg) => leg.images.map((i) => i.tag).filter(Boolean)).join(", ");
      return {
        push,
        text: `job "${push.step.jobId}" runs ${legs} matrix legs in parallel, each pushing to the same package${tags ? ` (${tags})` : ""}`,
      };
    }
  }
  for (const a of pushes) {
    for (const b of pushes) {
      if (a === b || a.step.file !== b.step.file || a.step.jobId >= b.step.jobId) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === a.step.file);
      const needs = (id: string) => workflow?.jobs.find((j) => j.id === id)?.needs.map((n) => n.value) ?? [];
      if (needs(a.step.jobId).includes(b.step.jobId) || needs(b.step.jobId).includes(a.step.jobId)) continue;
      return {
        push: a,
        text: `jobs "${a.step.jobId}" and "${b.step.jobId}" push to the same package with no needs: between them`,
      };
    }
  }
  return undefined;
}

/** `new-package-race`. */
export const newPackageRace: Rule = {
  id: "new-package-race",
  summary:
    "Parallel pushes (matrix legs, several tags) hit a package in the seconds after one of them created it, and GHCR refuses the others; create the package from one job first, or retry.",
  static: true,
  check(evidence) {
    const error = failedWith(evidence, "write-package", "read-package", "forbidden");
    const image = error?.image ?? evidence.image;
    const parallel = parallelPushes(evidence, image);
    const view = foundPackage(evidence);
    const items: Evidence[] = [];
    let confidence = 0;
    if (parallel) {
      items.push(fileEvidence(parallel.push.step.span, parallel.text));
      confidence += 0.15;
    }
    if (error) {
      items.push(logEvidence(error, "refused: "));
      confidence += 0.35;
      if (isPerArchTag(error.tag)) confidence += 0.05;
      const sibling = evidence.log?.pushes.find(
        (p) => error.image && pathOf(p.image) === pathOf(error.image) && (p.job !== error.job || p.tag !== error.tag),
      );
      if (sibling) {
        const gap =
          sibling.time && error.time
            ? ` ${((Date.parse(error.time) - Date.parse(sibling.time)) / 1000).toFixed(1)} s before the refusal`
            : "";
        items.push(
          logEvidence({
            line: sibling.line,
            job: sibling.job,
            text: `${sibling.image}:${sibling.tag ?? ""} was pushed${gap}`,
          }),
        );
        confidence += 0.15;
      }
    }
    if (view && (error || parallel)) {
      const { seconds, duringRun } = newness(evidence, view);
      // The workflow's own push links the package it creates; an unlinked or foreign package was made elsewhere.
      const ownLink =
        evidence.repository !== undefined && view.linked?.toLowerCase() === evidence.repository.toLowerCase();
      if (!ownLink) confidence -= 0.3;
      if (duringRun || (seconds !== undefined && seconds >= -5 && seconds < 600)) {
        const when = seconds !== undefined ? `${seconds.toFixed(1)} s before the refusal` : "during the failed run";
        items.push(apiEvidence(view.call, "created_at", view.createdAt, `the package was created ${when}`));
        confidence += 0.3;
      } else if (error) {
        confidence -= 0.25;
      }
    }
    if (evidence.live.package?.status === "missing" && parallel && !error) {
      items.push(
        apiEvidence(
          "GET package",
          "status",
          "404",
          "the package does not exist yet: the next run creates it from parallel legs",
        ),
      );
      confidence += 0.15;
    }
    if (error && evidence.live.probe?.status === 202) {
      const probe = probeEvidence(evidence);
      if (probe) items.push(probe);
      confidence += 0.05;
    }
    // Workflows that were read and no longer push this image in parallel cannot race again; a bare refusal with
    // nothing parallel about it (no sibling push, no parallel jobs, no fresh package) is no race either.
    const workflowsRead = githubPushes(evidence).length > 0;
    if (items.length === 0 || (!parallel && (!error || workflowsRead))) return [];
    if (!parallel && items.length < 2) return [];
    // Parallel legs only make a race possible; a sibling push seconds before, or a package that is new, shows one.
    const shown = items.some(
      (e) => e.where.kind === "api" || (e.where.kind === "log" && e.text.includes("was pushed")),
    );
    if (!shown) confidence = Math.min(confidence, 0.4);
    // The same refusal minutes apart (retries): the package existed by then, so it was not a new package's race.
    const repeats = (evidence.log?.errors ?? []).filter(
      (e) => e.kind === error?.kind && e.image === error?.image && e.time,
    );
    const times = repeats.map((e) => Date.parse(e.time ?? "")).filter(Number.isFinite);
    if (times.length > 1 && Math.max(...times) - Math.min(...times) > 120_000) return [];
    const workflow = parallel ? evidence.static?.workflows.find((w) => w.file === parallel.push.step.file) : undefined;
    const job = workflow?.jobs.find((j) => j.id === parallel?.push.step.jobId);
    const text = parallel ? evidence.static?.texts[parallel.push.step.file] : undefined;
    const serialize = job && text !== undefined ? setMaxParallel(text, job, 1) : [];
    const run = evidence.live.run;
    const rerun: Fix | undefined =
      run && evidence.repository
        ? {
            kind: "api",
            summary: "re-run the failed jobs now that the package exists",
            action: "rerun-failed-jobs",
            call: `POST /repos/${evidence.repository}/actions/runs/${run.id}/rerun-failed-jobs`,
            params: { repository: evidence.repository, run_id: run.id },
          }
        : undefined;
    const structure: Fix = {
      kind: "ui",
      summary: "create the package from one job first, then fan out; or retry the push with backoff",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/actions`,
      steps: [
        "Let one leg (or a first job) push before the others start: `needs:` on it, or `dockhand workflow init` for a workflow that does",
        "Or retry the push a few times, 15–60 s apart",
        "Set `fail-fast: false` so one refused leg does not cancel the others",
      ],
    };
    const fixes: Fix[] = [];
    if (serialize.length > 0 && job) {
      fixes.push({
        kind: "edit",
        summary: `run the legs of job "${job.id}" one at a time (strategy.max-parallel: 1), so the first creates the package`,
        changes: serialize,
      });
    }
    if (rerun) fixes.push(rerun);
    fixes.push(structure);
    const [fix, ...otherFixes] = fixes as [Fix, ...Fix[]];
    return [
      {
        id: this.id,
        title: error
          ? "Parallel pushes raced a package that had just been created"
          : "Parallel pushes to one package can race when the package is new",
        severity: error ? "blocking" : "info",
        confidence: clamp(error ? confidence : Math.min(confidence, 0.3)),
        why: "The push that creates a package succeeds; another push to it in the next few seconds is refused with permission_denied: write_package. Once the package exists, every push works — which is why re-running, or renaming the image, seems to help.",
        evidence: items,
        fix,
        ...(otherFixes.length > 0 ? { otherFixes } : {}),
      },
    ];
  },
};
