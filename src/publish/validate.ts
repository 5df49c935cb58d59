/**
 * Checks a plan against the reference grammar, which metadata-action does not enforce: every tag is 1 to 128
 * characters of letters, digits, `_`, `.` and `-` and does not start with `.` or `-`; every image is a valid
 * repository name. The wording of each problem comes from the reference module, so it matches `dockhand ref`.
 */
import { DockhandError } from "../errors.js";
import { describeNameProblem, describeTagProblem, quoted } from "../reference/diagnose.js";

/** Throws one error naming every invalid tag and the rule it breaks. */
export function validateTags(tags: Iterable<string>): void {
  const invalid: Array<{ tag: string; problem: string }> = [];
  for (const tag of new Set(tags)) {
    const problem = describeTagProblem(tag);
    if (problem) invalid.push({ tag, problem });
  }
  if (invalid.length === 0) return;
  const lines = invalid.map(({ tag, problem }) => `${quoted(tag)}: ${problem}`);
  throw new DockhandError(
    "TAG_INVALID",
    `${invalid.length === 1 ? "A planned tag is" : `${invalid.length} planned tags are`} not valid: ${lines.join("; ")}`,
    {
      hint: 'A tag is at most 128 letters, digits, "_", "." and "-", and starts with a letter, digit or "_"; change the value, prefix or suffix that produced it',
      details: { invalid },
    },
  );
}

/** Throws when an image (already lower-cased) is not a valid repository name. */
export function validateImages(images: Iterable<string>): void {
  for (const image of images) {
    const problem = describeNameProblem(image);
    if (problem) {
      throw new DockhandError("TAGS_INPUT", `Invalid image ${quoted(image)}: ${problem}`, {
        exit: 2,
        hint: "Give images as registry/owner/name without a tag, e.g. ghcr.io/owner/app",
        details: { image },
      });
    }
  }
}
