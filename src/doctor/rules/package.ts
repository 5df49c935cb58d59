/**
 * The package's link and Actions access: not linked to the repository, linked to another one, or no Actions access
 * for the repository that pushes.
 */
import type { DoctorEvidence, Evidence, Finding, Rule } from "../types.js";
import {
  apiEvidence,
  clamp,
  failedWith,
  fileEvidence,
  githubPushes,
  logEvidence,
  ownerIsOrg,
  packageSettingsUrl,
  splitImage,
} from "./common.js";
import {
  ACCESS_DENIALS,
  accessDenial,
  accessUi,
  foundPackage,
  newness,
  pathOf,
  probeEvidence,
  refusedNow,
} from "./package-view.js";

/** `package-not-linked`. */
export const packageNotLinked: Rule = {
  id: "package-not-linked",
  summary:
    "The package exists but is linked to no repository (it was first pushed by hand, a PAT or another tool), so the workflow's GITHUB_TOKEN has no access to it.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view || view.linked !== undefined) return [];
    const items: Evidence[] = [
      apiEvidence(view.call, "repository", "(absent)", "the package is linked to no repository"),
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    // A probe with a personal token shows the user's rights, not the workflow's: only GITHUB_TOKEN's acceptance counts.
    const accepted = evidence.live.probe?.status === 202 && evidence.live.token?.kind === "installation";
    return [
      {
        id: this.id,
        title: `Package ${view.owner}/${view.name} is not linked to ${evidence.repository ?? "the repository"}`,
        severity: accepted ? "warning" : "blocking",
        confidence: clamp(0.6 + (denial ? 0.25 : 0) + (refusedNow(evidence) ? 0.05 : 0) - (accepted ? 0.3 : 0)),
        why: "A package pushed from the command line is not linked to a repository, and a workflow's GITHUB_TOKEN can only write packages whose Actions access includes its repository. Labels (org.opencontainers.image.source) link a package only when it is first created.",
        evidence: items,
        fix: accessUi(evidence, view),
        otherFixes: [
          {
            kind: "ui",
            summary: "connect the repository and let the package inherit its access",
            url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
            steps: ['Under "Repository source" connect the repository', 'Tick "Inherit access from source repository"'],
          },
        ],
      },
    ];
  },
};

/** `package-other-repository`. */
export const packageOtherRepository: Rule = {
  id: "package-other-repository",
  summary:
    "The package is linked to a different repository (a split, merge or renamed repository); only that repository's workflows can write it until access is granted.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view?.linked || !evidence.repository || view.linked.toLowerCase() === evidence.repository.toLowerCase())
      return [];
    const items: Evidence[] = [
      apiEvidence(
        view.call,
        "repository.full_name",
        view.linked,
        `the package belongs to ${view.linked}, not ${evidence.repository}`,
      ),
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    return [
      {
        id: this.id,
        title: `Package ${view.owner}/${view.name} belongs to ${view.linked}`,
        severity: "blocking",
        confidence: clamp(0.65 + (denial ? 0.25 : 0)),
        why: "A package created by another repository's workflow gives write access to that repository; this repository's GITHUB_TOKEN is refused until it is added under Manage Actions access.",
        evidence: items,
        fix: accessUi(evidence, view),
        otherFixes: [
          {
            kind: "ui",
            summary: "or rename the image so this repository's workflow creates and owns a new package",
            url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
            steps: [
              "Run `dockhand rename OLD NEW` in the repository",
              "Push; the new package is linked to this repository",
            ],
          },
        ],
      },
    ];
  },
};

/** `package-no-actions-access`. */
export const packageNoActionsAccess: Rule = {
  id: "package-no-actions-access",
  summary:
    "The package is linked to this repository but its Manage Actions access does not give the repository Write, so GITHUB_TOKEN is refused with write_package.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view && !evidence.live.token) return withoutToken(evidence);
    if (!view?.linked || !evidence.repository || view.linked.toLowerCase() !== evidence.repository.toLowerCase())
      return [];
    const denial = failedWith(evidence, ...ACCESS_DENIALS);
    const workflowProbe = evidence.live.token?.kind === "installation" && refusedNow(evidence);
    if (!denial && !workflowProbe) return [];
    const { seconds, duringRun } = newness(evidence, view);
    const fresh = duringRun || (seconds !== undefined && seconds >= 0 && seconds < 600);
    const items: Evidence[] = [
      apiEvidence(view.call, "repository.full_name", view.linked, "the package is linked to this repository"),
    ];
    if (denial) items.push(logEvidence(denial, "the push was refused: "));
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    const acceptedNow = evidence.live.probe?.status === 202;
    let confidence = 0.45 + (workflowProbe ? 0.35 : 0) - (fresh ? 0.25 : 0) - (acceptedNow ? 0.2 : 0);
    if (view.linked && !fresh && !acceptedNow) confidence += 0.1;
    return [
      {
        id: this.id,
        title: `${evidence.repository} lacks Write in the package's Actions access`,
        severity: acceptedNow ? "warning" : "blocking",
        confidence: clamp(confidence),
        why: "Only repositories listed under the package's Manage Actions access with Write (or Admin) can push with GITHUB_TOKEN; the list is kept in the web UI only, and no API shows or edits it.",
        evidence: items,
        fix: accessUi(evidence, view),
      },
    ];
  },
};

/**
 * Without a token the package cannot be read, but a `write_package` refusal of a job that has `packages: write` points
 * at the package's own settings: say so at low confidence, with the one check that decides.
 */
function withoutToken(evidence: DoctorEvidence): Finding[] {
  // write_package, or BuildKit's bare 403 on a blob of the package (it prints no reason).
  const denial = failedWith(evidence, "write-package", "forbidden");
  // podman names the repository without its registry: the image the workflows push stands in.
  const named = denial?.image ?? evidence.image;
  const image = named ? splitImage(named) : undefined;
  if (!denial || !named || !image) return [];
  // `helm push … oci://ghcr.io/owner/charts` writes ghcr.io/owner/charts/<chart>: a prefix names the package too.
  const covers = (i: string) => pathOf(named) === pathOf(i) || pathOf(named).startsWith(`${pathOf(i)}/`);
  const pushes = githubPushes(evidence).filter((p) => p.githubImages.some(covers));
  const granted = pushes.find((p) => p.packages === "write");
  if (!granted) return [];
  const url = packageSettingsUrl(evidence, image.owner, image.name, ownerIsOrg(evidence));
  return [
    {
      id: "package-no-actions-access",
      title: `${evidence.repository ?? "The repository"} may lack Write in the package's Actions access`,
      severity: "blocking",
      confidence: 0.45,
      why: "The job has packages: write, yet GHCR refused write_package: the package's own settings decide then (Manage Actions access, the linked repository, or a deleted package of that name). Which one needs the package read through the API.",
      evidence: [
        fileEvidence(granted.step.span, `job "${granted.step.jobId}" has packages: write`),
        logEvidence(denial, "the push was refused: "),
      ],
      fix: {
        kind: "ui",
        summary: "check the package's Manage Actions access (or let dockhand read it with a token)",
        url,
        steps: [
          `Run \`dockhand doctor --token <a PAT with read:packages>\` to read the package and decide between the package-* causes`,
          'Or open the package settings: under "Manage Actions access" the repository must be listed with the Write role',
          'Under "Repository source" check that the package is linked to this repository',
        ],
      },
    },
  ];
}
