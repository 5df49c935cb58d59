/**
 * The clean-up policy of a plan page, from its query string: the same names as `dockhand cleanup`'s options
 * (`keep-tagged`, `keep-untagged`, `untagged`, `older-than`, `include`, `exclude`), so a plan's URL reads like the
 * command that would carry it out.
 */
import { type CleanupPolicy, parseDuration } from "../cleanup/index.js";
import { UsageError } from "../errors.js";

function count(value: string | null, name: string): number | undefined {
  if (value === null || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name}: "${value}" is not a whole number`);
  return Number(value);
}

/** The policy and the equivalent command-line options, for the page to show. */
export function parsePlanQuery(query: URLSearchParams): { policy: CleanupPolicy; description: string } {
  const policy: CleanupPolicy = {};
  const words: string[] = [];
  const keepTagged = count(query.get("keep-tagged"), "keep-tagged");
  if (keepTagged !== undefined) {
    policy.keepTagged = keepTagged;
    words.push(`--keep-tagged ${keepTagged}`);
  }
  const keepUntagged = count(query.get("keep-untagged"), "keep-untagged");
  if (keepUntagged !== undefined) {
    policy.keepUntagged = keepUntagged;
    words.push(`--keep-untagged ${keepUntagged}`);
  }
  if (["1", "true", "on", "yes"].includes(query.get("untagged") ?? "")) {
    policy.untagged = true;
    words.push("--untagged");
  }
  const olderThan = query.get("older-than");
  if (olderThan) {
    policy.olderThanMs = parseDuration(olderThan, "older-than");
    words.push(`--older-than ${olderThan}`);
  }
  for (const key of ["include", "exclude"] as const) {
    const values = query.getAll(key).filter(Boolean);
    if (values.length > 0) {
      policy[key] = values;
      for (const v of values) words.push(`--${key} '${v}'`);
    }
  }
  if (words.length === 0) {
    policy.untagged = true;
    words.push("--untagged");
  }
  return { policy, description: words.join(" ") };
}
