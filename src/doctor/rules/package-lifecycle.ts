/**
 * The package's and the repository's lifecycle: a package deleted (and maybe re-created), and a repository re-created
 * under the same name.
 */
import type { Evidence, Fix, Rule } from "../types.js";
import { apiEvidence, clamp, webOrigin } from "./common.js";
import { accessDenial, accessUi, foundPackage } from "./package-view.js";

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
