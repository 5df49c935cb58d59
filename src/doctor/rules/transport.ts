/**
 * Failures of the transfer rather than of permissions: rate limits dressed as permission errors, and layers over
 * GHCR's size or time limits.
 */
import { setMaxParallel } from "../edits.js";
import type { Fix, Rule } from "../types.js";
import { failedWith, logEvidence, webOrigin } from "./common.js";
import { parallelPushes } from "./race.js";

/** `rate-limited`. */
export const rateLimited: Rule = {
  id: "rate-limited",
  summary:
    "GitHub's secondary rate limit (shown as permission_denied … 'Error from intermediary') or the registry's 429 toomanyrequests stopped the push; retry, don't change permissions.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "secondary-rate-limit", "too-many-requests", "oauth-denied");
    if (!error) return [];
    const parallel = parallelPushes(evidence, error.image);
    const workflow = parallel ? evidence.static?.workflows.find((w) => w.file === parallel.push.step.file) : undefined;
    const job = workflow?.jobs.find((j) => j.id === parallel?.push.step.jobId);
    const text = parallel ? evidence.static?.texts[parallel.push.step.file] : undefined;
    const changes = job && text !== undefined ? setMaxParallel(text, job, 2) : [];
    const rerun: Fix = {
      kind: "ui",
      summary: "re-run the failed jobs after a few minutes",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/actions`,
      steps: [
        'Open the failed run and choose "Re-run failed jobs"',
        "Add retries with backoff (minutes for the secondary limit) around the push",
      ],
    };
    return [
      {
        id: this.id,
        title: "The push hit a rate limit",
        severity: "blocking",
        confidence: error.kind === "oauth-denied" ? 0.3 : 0.95,
        why: "Bursts of parallel pushes trip GitHub's secondary rate limit, which GHCR reports as a permission error; the same push works later.",
        evidence: [logEvidence(error, "refused: ")],
        fix:
          changes.length > 0
            ? { kind: "edit", summary: "push from fewer legs at once (strategy.max-parallel: 2)", changes }
            : rerun,
        ...(changes.length > 0 ? { otherFixes: [rerun] } : {}),
      },
    ];
  },
};

/** `layer-too-large`. */
export const layerTooLarge: Rule = {
  id: "layer-too-large",
  summary: "A layer is over GHCR's 10 GB per-layer limit or its upload took longer than the 10-minute upload limit.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "too-large");
    if (!error) return [];
    return [
      {
        id: this.id,
        title: "A layer is too large or uploads too slowly",
        severity: "blocking",
        confidence: 0.6,
        why: "The Container registry limits each layer to 10 GB and each upload to 10 minutes.",
        evidence: [logEvidence(error, "refused: ")],
        fix: {
          kind: "ui",
          summary:
            "split the large layer (separate RUN/COPY steps, multi-stage builds) or keep large data outside the image",
          url: "https://docs.github.com/packages/working-with-a-github-packages-registry/working-with-the-container-registry",
          steps: ["Find the large layer with `dockhand inspect`", "Split it in the Dockerfile"],
        },
      },
    ];
  },
};
