/**
 * `registry-mismatch`: the job logs in to one registry and pushes to another. The classic case is an image named
 * without a registry (`owner/app`, which goes to Docker Hub) in a job that logged in to ghcr.io, and the reverse: a
 * login to Docker Hub (or another registry) before a push to ghcr.io. Only logins and names the model resolved
 * count: an unknown part is never guessed into a mismatch.
 */
import type { ImageRef, PushStep } from "../../workflows/index.js";
import type { Evidence, Finding, Rule } from "../types.js";
import { clamp, failure, fileEvidence, logEvidence } from "./common.js";

/** Push mechanisms that use the credentials of a prior `docker login`-style step (not their own inputs). */
const USES_LOGIN = new Set<PushStep["kind"]>([
  "build-push-action",
  "bake-action",
  "docker-push",
  "docker-build-push",
  "buildx-bake-push",
  "imagetools-create",
  "manifest-push",
  "podman-push",
  "buildah-push",
  "crane-push",
  "crane-copy",
  "oras-push",
]);

/** Where a registry is written in the name, for the evidence text. */
function describe(ref: ImageRef, registry: string): string {
  return ref.text.startsWith(registry) || ref.pattern.startsWith(registry)
    ? `pushes ${ref.pattern} to ${registry}`
    : `pushes ${ref.pattern}, a name without a registry, which goes to ${registry}`;
}

/** `registry-mismatch`. */
export const registryMismatch: Rule = {
  id: "registry-mismatch",
  summary:
    "The job logs in to one registry and pushes to another: a name without a registry goes to Docker Hub while the login was to ghcr.io, or the reverse.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const error = failure(evidence);
    for (const push of evidence.static?.pushes ?? []) {
      const step = push.step;
      if (!USES_LOGIN.has(step.kind)) continue;
      const logins = step.logins;
      // Every login must be resolved: a login to an unknown registry may be the right one.
      if (logins.length === 0 || logins.some((l) => l.registry === undefined)) continue;
      const loggedIn = new Set(logins.map((l) => l.registry as string));
      const refs = step.legs.flatMap((leg) => leg.images);
      const missed = new Map<string, ImageRef>();
      for (const ref of refs) {
        const registry = ref.registry; // written, or docker.io for a name without one; undefined when hidden
        if (registry === undefined || loggedIn.has(registry) || missed.has(registry)) continue;
        // Loopback registries (a service container, a local registry:2) take pushes without a login.
        if (/^(localhost|127\.|\[::1\])/.test(registry)) continue;
        missed.set(registry, ref);
      }
      if (missed.size === 0) continue;
      for (const [registry, ref] of missed) {
        const items: Evidence[] = [
          fileEvidence(ref.span, describe(ref, registry)),
          ...logins.map((l) => fileEvidence(l.span, `logs in to ${l.registry}`)),
        ];
        const refused =
          error?.image?.startsWith(`${registry}/`) || (registry === "docker.io" && error?.kind === "access-denied");
        if (error && refused) items.push(logEvidence(error, "refused: "));
        const other = [...loggedIn][0] ?? "";
        const noRegistry = !ref.pattern.startsWith(registry);
        findings.push({
          id: this.id,
          title: `Job "${step.jobId}" logs in to ${[...loggedIn].join(", ")} but pushes to ${registry}`,
          severity: "blocking",
          confidence: clamp(0.7 + (refused ? 0.25 : 0)),
          why: noRegistry
            ? `An image name without a registry host means Docker Hub (docker.io). The job's login is for ${other}, so the push goes to Docker Hub without credentials and is refused ("requested access to the resource is denied").`
            : `The push goes to ${registry}, but the job only logs in to ${[...loggedIn].join(", ")}: the credentials are not sent to ${registry}.`,
          evidence: items,
          fix: {
            kind: "ui",
            summary: noRegistry
              ? `write the registry into the image name: ${other}/${ref.pattern}`
              : `log in to ${registry} in job "${step.jobId}" before the push, or push to ${other}`,
            url: "https://docs.docker.com/reference/cli/docker/login/",
            steps: noRegistry
              ? [
                  `Prefix the image name with the registry the job logs in to (${other}/…), where the name is defined`,
                  "Or, if Docker Hub is meant, add a docker/login-action step without `registry:` using a Docker Hub token",
                ]
              : [
                  `Add a login step for ${registry} (docker/login-action with registry: ${registry}) before the push`,
                  `Or change the image name to the registry the job logs in to (${other})`,
                ],
          },
        });
      }
    }
    return findings;
  },
};
