/**
 * The package itself: not linked to the repository, linked to another one, no Actions access, deleted (and maybe
 * re-created), a repository re-created under the same name, and the race on a brand-new package.
 */

import { setMaxParallel } from "../edits.js";
import { isPerArchTag } from "../log.js";
import type { DoctorEvidence, Evidence, Finding, Fix, PushFacts, Rule } from "../types.js";
import {
  apiEvidence,
  clamp,
  failedWith,
  failure,
  fileEvidence,
  githubPushes,
  logEvidence,
  ownerIsOrg,
  packageSettingsUrl,
  splitImage,
  webOrigin,
} from "./common.js";

const ACCESS_DENIALS = ["write-package", "read-package", "installation-read", "forbidden"] as const;

/** `owner/name`, lower-case, of `host/owner/name`. */
function pathOf(image: string): string {
  return image.split("/").slice(1).join("/").toLowerCase();
}

interface PackageView {
  owner: string;
  name: string;
  org: boolean;
  call: string;
  linked: string | undefined;
  createdAt: string;
}

function foundPackage(evidence: DoctorEvidence): PackageView | undefined {
  const pkg = evidence.live.package;
  if (pkg?.status !== "found") return undefined;
  const kind = pkg.ownerType === "org" ? "orgs" : "users";
  return {
    owner: pkg.owner,
    name: pkg.name,
    org: pkg.ownerType === "org",
    call: `GET /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}`,
    linked: pkg.data.repository?.full_name,
    createdAt: pkg.data.created_at,
  };
}

function accessUi(evidence: DoctorEvidence, view: PackageView, role = "Write"): Fix {
  return {
    kind: "ui",
    summary: `give ${evidence.repository ?? "the repository"} ${role} access to the package (no API can do this)`,
    url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
    steps: [
      "Open the package settings",
      'Under "Manage Actions access" click "Add repository"',
      `Choose ${evidence.repository ?? "the repository whose workflow pushes"} and set the role to ${role}`,
    ],
  };
}

function probeEvidence(evidence: DoctorEvidence): Evidence | undefined {
  const probe = evidence.live.probe;
  if (!probe) return undefined;
  return {
    where: { kind: "probe", request: probe.request, result: `${probe.status}` },
    text:
      probe.status === 202
        ? "the registry accepts a write now (upload session opened and cancelled)"
        : `the registry refuses a write: ${probe.text}`,
  };
}

function refusedNow(evidence: DoctorEvidence): boolean {
  const probe = evidence.live.probe;
  return probe !== undefined && probe.status !== 202;
}

function accessDenial(evidence: DoctorEvidence): Evidence | undefined {
  const denial = failedWith(evidence, ...ACCESS_DENIALS);
  return denial ? logEvidence(denial, "the push was refused: ") : undefined;
}

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

/** When the package was created relative to the failure: seconds before it, or during the run. */
function newness(evidence: DoctorEvidence, view: PackageView): { seconds: number | undefined; duringRun: boolean } {
  const created = Date.parse(view.createdAt);
  const failedAt = failure(evidence)?.time;
  const seconds = failedAt ? (Date.parse(failedAt) - created) / 1000 : undefined;
  const run = evidence.live.run;
  const duringRun = run !== undefined && created >= Date.parse(run.createdAt) - 1000;
  return { seconds, duringRun };
}

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

/** `package-deleted`. */
export const packageDeleted: Rule = {
  id: "package-deleted",
  summary:
    "The package was deleted (and possibly re-created since); restore it within 30 days while its name is free, or rename the image.",
  static: false,
  check(evidence) {
    const pkg = evidence.live.package;
    const run = evidence.live.run;
    if (!pkg) return [];
    const kind = pkg.ownerType === "org" ? "orgs" : "users";
    const call = `GET /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}`;
    const items: Evidence[] = [];
    let confidence = 0;
    const created = pkg.status === "found" ? Date.parse(pkg.data.created_at) : undefined;
    const earlier = (evidence.live.successfulRuns ?? []).filter(
      (r) =>
        (created === undefined || Date.parse(r.createdAt) < created) &&
        (run === undefined ||
          (Date.parse(r.createdAt) < Date.parse(run.createdAt) && (!run.path || r.path === run.path))),
    );
    const oldest = earlier.at(-1);
    if (pkg.status === "missing") {
      items.push(apiEvidence(call, "status", "404", "the package does not exist"));
      if (oldest) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs`,
            "created_at",
            oldest.createdAt,
            `the workflow pushed successfully before (run ${oldest.id}), so the package existed and was deleted`,
          ),
        );
        confidence = 0.6;
      } else {
        return [];
      }
    } else if (created !== undefined && oldest) {
      items.push(
        apiEvidence(
          call,
          "created_at",
          pkg.data.created_at,
          "the package is newer than the workflow's earlier successful pushes",
        ),
      );
      items.push(
        apiEvidence(
          `GET /repos/${evidence.repository}/actions/runs`,
          "created_at",
          oldest.createdAt,
          `run ${oldest.id} pushed successfully before the package was created: an earlier package of this name was deleted`,
        ),
      );
      confidence = 0.45;
    }
    const deletedVersions = evidence.live.deletedVersions ?? [];
    if (deletedVersions.length > 0) {
      items.push(
        apiEvidence(
          `${call}/versions?state=deleted`,
          "length",
          String(deletedVersions.length),
          "deleted versions can be restored one by one",
        ),
      );
      confidence = Math.max(confidence, 0.25);
    }
    if (items.length === 0 || confidence === 0) return [];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const restore: Fix = {
      kind: "api",
      summary:
        pkg.status === "missing"
          ? "restore the deleted package (within 30 days of its deletion)"
          : "restore the deleted package after deleting the new one that holds its name",
      action: "restore-package",
      call: `POST /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}/restore`,
      params: { owner: pkg.owner, owner_type: pkg.ownerType, package: pkg.name },
    };
    const settings: Fix = {
      kind: "ui",
      summary: "see the deleted packages and restore one (only the web UI lists deleted packages)",
      url:
        pkg.ownerType === "org"
          ? `${webOrigin(evidence.apiUrl)}/organizations/${pkg.owner}/settings/packages`
          : `${webOrigin(evidence.apiUrl)}/settings/packages`,
      steps: [
        'Open "Deleted Packages"',
        `Restore ${pkg.name}`,
        "A package can be restored only while no other package uses its name",
      ],
    };
    const rename: Fix = {
      kind: "ui",
      summary: "or rename the image: the workflow creates and links a fresh package",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}`,
      steps: ["dockhand rename OLD NEW --apply", "dockhand copy the old tags if they are still needed"],
    };
    return [
      {
        id: this.id,
        title:
          pkg.status === "missing"
            ? `Package ${pkg.owner}/${pkg.name} was deleted`
            : `Package ${pkg.owner}/${pkg.name} was deleted and re-created`,
        severity: pkg.status === "missing" ? "warning" : "info",
        confidence: clamp(confidence),
        why: "A deleted package can be restored for 30 days while its name is unused; a new package of the same name blocks the restore. Deleting and re-creating packages makes the next pushes race a brand-new package.",
        evidence: items,
        fix: pkg.status === "missing" ? restore : settings,
        otherFixes: pkg.status === "missing" ? [settings, rename] : [rename],
      },
    ];
  },
};

/** `repository-recreated`. */
export const repositoryRecreated: Rule = {
  id: "repository-recreated",
  summary:
    "The repository was deleted and re-created (or transferred) after the package was created, so the package's link and access point at the old repository.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    const repo = evidence.live.repository;
    if (!view || !repo) return [];
    if (view.linked && view.linked.toLowerCase() !== repo.fullName.toLowerCase()) return [];
    if (Date.parse(repo.createdAt) <= Date.parse(view.createdAt)) return [];
    const items: Evidence[] = [
      apiEvidence(
        `GET /repos/${repo.fullName}`,
        "created_at",
        repo.createdAt,
        "the repository is younger than the package",
      ),
      apiEvidence(
        view.call,
        "created_at",
        view.createdAt,
        "the package was created by an earlier repository of this name",
      ),
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    return [
      {
        id: this.id,
        title: `${repo.fullName} was re-created after the package`,
        severity: "blocking",
        confidence: clamp(0.55 + (denial ? 0.25 : 0)),
        why: "A package's access belongs to the repository it was created by; a new repository with the same name is a different repository to GitHub.",
        evidence: items,
        fix: accessUi(evidence, view),
      },
    ];
  },
};
