/**
 * Every rule of the doctor, in catalogue order. Ids are stable: scripts and the README refer to them.
 */
import type { Rule } from "../types.js";
import { dependabotRun, forkPullRequest } from "./events.js";
import { crossOwnerCacheScope, ghesHost, notLoggedIn, orgPackageCreationPolicy, wrongNamespace } from "./namespace.js";
import { packageNoActionsAccess, packageNotLinked, packageOtherRepository } from "./package.js";
import { packageDeleted, repositoryRecreated } from "./package-lifecycle.js";
import { missingPackagesWrite, repoDefaultReadOnly } from "./permissions.js";
import { newPackageRace } from "./race.js";
import { unexplainedRefusal } from "./refusal.js";
import { registryMismatch } from "./registry.js";
import { appInstallationToken, fineGrainedPat, patForbiddenOrSso, patMissingScope, tokenExpired } from "./tokens.js";
import { layerTooLarge, rateLimited } from "./transport.js";
import { uppercaseImageName } from "./uppercase.js";

/** All rules. */
export const RULES: readonly Rule[] = [
  missingPackagesWrite,
  repoDefaultReadOnly,
  packageNoActionsAccess,
  packageNotLinked,
  packageOtherRepository,
  packageDeleted,
  newPackageRace,
  forkPullRequest,
  dependabotRun,
  patMissingScope,
  fineGrainedPat,
  appInstallationToken,
  orgPackageCreationPolicy,
  wrongNamespace,
  patForbiddenOrSso,
  tokenExpired,
  rateLimited,
  notLoggedIn,
  crossOwnerCacheScope,
  uppercaseImageName,
  layerTooLarge,
  repositoryRecreated,
  ghesHost,
  registryMismatch,
  unexplainedRefusal,
];

/** The rule ids, in catalogue order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
