/**
 * The global expressions every template may use — `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date 'fmt' tz='Zone'}}`, `{{commit_date …}}` —
 * with metadata-action's meaning for each.
 */
import { DockhandError } from "../errors.js";
import type { TagContext } from "./context.js";
import { formatDate } from "./date-format.js";
import { type HelperOptions, renderTemplate, type TemplateScope } from "./template.js";

/** The first `length` characters of a commit sha (all of it when shorter). */
export function shortSha(sha: string, length: number): string {
  return length >= sha.length ? sha : sha.slice(0, length);
}

/**
 * Whether the run is for the default branch. Events that always run on the default branch's last commit
 * (create, discussion, issues, schedule) count as default branch too; a tag push does not.
 */
export function isDefaultBranch(context: TagContext): boolean {
  const branch = context.ref.replace(/^refs\/heads\//, "");
  if (branch === "") return false;
  if (context.defaultBranch !== "" && context.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(context.eventName);
}

/** A `{{date}}`-style helper over a fixed instant: one format argument and an optional `tz='Zone'`. */
export function dateHelper(instant: Date): (...args: unknown[]) => string {
  return (...args: unknown[]) => {
    const options = args.pop() as HelperOptions;
    let zone = "UTC";
    for (const [key, value] of Object.entries(options.hash)) {
      if (key !== "tz") {
        throw new DockhandError("TAGS_TEMPLATE", `Unknown ${key} attribute in a date expression`, {
          exit: 2,
          hint: "Date expressions take a format and tz='Zone', e.g. {{date 'YYYYMMDD' tz='Asia/Tokyo'}}",
        });
      }
      zone = String(value);
    }
    return formatDate(instant, args[0], zone);
  };
}

/** The scope holding every global expression for a context. */
export function globalScope(context: TagContext): TemplateScope {
  const defaultBranch = isDefaultBranch(context);
  return {
    branch: () => (/^refs\/heads\//.test(context.ref) ? context.ref.replace(/^refs\/heads\//, "") : ""),
    tag: () => (/^refs\/tags\//.test(context.ref) ? context.ref.replace(/^refs\/tags\//, "") : ""),
    sha: () => shortSha(context.sha, context.shortShaLength),
    base_ref: () => {
      if (/^refs\/tags\//.test(context.ref)) return context.baseRef;
      if (/^refs\/pull\//.test(context.ref)) return context.prBaseRef;
      return "";
    },
    is_default_branch: () => String(defaultBranch),
    is_not_default_branch: () => String(!defaultBranch),
    date: dateHelper(context.date),
    commit_date: dateHelper(context.commitDate),
  };
}

/** Renders a value (an attribute, a label, an affix) with the global expressions. */
export function renderGlobal(value: string, context: TagContext): string {
  return renderTemplate(value, globalScope(context));
}
