/**
 * GHCR's refusal texts, as its registry writes them after `denied:` / `unauthorized:`. One list for both sides: the
 * emulator refuses with them and the doctor recognises them in logs, so the two cannot drift apart. The texts are
 * those users quote from failed pushes (for example https://github.com/orgs/community/discussions/26274); the doctor's
 * corpus in test/doctor/real/ cites the thread behind each case.
 */
export const GHCR_TEXT = {
  writePackage: "permission_denied: write_package",
  readPackage: "permission_denied: read_package",
  createPackage: "permission_denied: create_package",
  scopes: "permission_denied: The token provided does not match expected scopes.",
  noInstallation: "permission_denied: The requested installation does not exist.",
  createOrg: "installation not allowed to Create organization package",
  writeOrg: "installation not allowed to Write organization package",
  readOrg: "installation not allowed to Read organization package",
  unauthenticated: "unauthenticated: User cannot be authenticated with the token provided.",
  forbidsClassic: (org: string) =>
    `permission_denied: \`${org}\` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.`,
} as const;

/** The part of {@link GHCR_TEXT.forbidsClassic} that does not depend on the organisation. */
export const FORBIDS_CLASSIC = "forbids access via a personal access token (classic)";

/** A case-insensitive pattern that finds a GHCR text in a log line (a trailing full stop may be cut). */
export function ghcrTextPattern(text: string): RegExp {
  return new RegExp(text.replace(/\.$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
}
