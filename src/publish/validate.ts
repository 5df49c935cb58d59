/**
 * Docker's tag grammar, which metadata-action does not enforce: a tag is 1 to 128 characters of letters, digits,
 * `_`, `.` and `-`, and does not start with `.` or `-`. A plan is checked before anything is pushed.
 */
import { DockhandError } from "../errors.js";

/** The distribution grammar for a tag. */
export const tagGrammar = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Why a tag is not valid, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag === "") return "a tag cannot be empty";
  if (tag.length > 128) return `a tag has at most 128 characters, this one has ${tag.length}`;
  const bad = /[^A-Za-z0-9._-]/.exec(tag);
  if (bad) return `a tag may contain only letters, digits, "_", "." and "-", not "${bad[0]}"`;
  if (tag.startsWith(".") || tag.startsWith("-")) return `a tag cannot start with "${tag[0]}"`;
  return undefined;
}

/** Throws one error naming every invalid tag and the rule it breaks. */
export function validateTags(tags: Iterable<string>): void {
  const problems: Array<{ tag: string; problem: string }> = [];
  for (const tag of new Set(tags)) {
    const problem = tagProblem(tag);
    if (problem) problems.push({ tag, problem });
  }
  if (problems.length === 0) return;
  const lines = problems.map(({ tag, problem }) => `"${tag}": ${problem}`);
  throw new DockhandError(
    "TAG_INVALID",
    `${problems.length === 1 ? "A planned tag is" : `${problems.length} planned tags are`} not valid: ${lines.join("; ")}`,
    {
      hint: "Tags follow [A-Za-z0-9_][A-Za-z0-9._-]{0,127}; change the prefix, suffix or value that produced it",
      details: { invalid: problems },
    },
  );
}
