/**
 * What the package rules share: the package as the API shows it, the refusal and the live probe as evidence, and the
 * Manage Actions access fix.
 */
import type { DoctorEvidence, Evidence, Fix } from "../types.js";
import { failedWith, failure, logEvidence, packageSettingsUrl } from "./common.js";

/** The refusals a package's access settings explain. */
export const ACCESS_DENIALS = ["write-package", "read-package", "installation-read", "forbidden"] as const;

/** `owner/name`, lower-case, of `host/owner/name`. */
export function pathOf(image: string): string {
  return image.split("/").slice(1).join("/").toLowerCase();
}

/** The package as the API returned it, with the call that read it (for the evidence). */
export interface PackageView {
  owner: string;
  name: string;
  org: boolean;
  call: string;
  linked: string | undefined;
  createdAt: string;
}

/** The package when the API found it. */
export function foundPackage(evidence: DoctorEvidence): PackageView | undefined {
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

/** The fix no API can make: give the repository a role under the package's Manage Actions access. */
export function accessUi(evidence: DoctorEvidence, view: PackageView, role = "Write"): Fix {
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

/** What the live write probe saw, as evidence. */
export function probeEvidence(evidence: DoctorEvidence): Evidence | undefined {
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

/** True when the live probe is refused today (the cause still holds). */
export function refusedNow(evidence: DoctorEvidence): boolean {
  const probe = evidence.live.probe;
  return probe !== undefined && probe.status !== 202;
}

/** The log line of an access refusal, as evidence. */
export function accessDenial(evidence: DoctorEvidence): Evidence | undefined {
  const denial = failedWith(evidence, ...ACCESS_DENIALS);
  return denial ? logEvidence(denial, "the push was refused: ") : undefined;
}

/** When the package was created relative to the failure: seconds before it, or during the run. */
export function newness(
  evidence: DoctorEvidence,
  view: PackageView,
): { seconds: number | undefined; duringRun: boolean } {
  const created = Date.parse(view.createdAt);
  const failedAt = failure(evidence)?.time;
  const seconds = failedAt ? (Date.parse(failedAt) - created) / 1000 : undefined;
  const run = evidence.live.run;
  const duringRun = run !== undefined && created >= Date.parse(run.createdAt) - 1000;
  return { seconds, duringRun };
}
