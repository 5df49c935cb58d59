// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions and bash `${VAR}`
/**
 * `uppercase-image-name`: registries take only lower-case repository names. Seen in the workflows (a name built
 * from `github.repository`), or in the log alone when the name was built where the model cannot see it.
 */
import type { ImageRef } from "../../workflows/index.js";
import type { DoctorEvidence, Evidence, Finding, Rule, TextChange } from "../types.js";
import { clamp, failedWith, fileEvidence, githubPushes, logEvidence, ownerOf, refsOf } from "./common.js";

const REPOSITORY_EXPRESSION = /\$\{\{\s*github\.repository(_owner)?\s*\}\}/g;

/** The places an image's name is written: the reference itself and the env entries it is built from. */
function writtenAt(ref: ImageRef): Array<{ file: string; offset: number; endOffset: number; line: number }> {
  const spans = [ref.span];
  for (const source of ref.sources) if (source.kind === "env" && source.span) spans.push(source.span);
  return spans;
}

/** Changes that replace `${{ github.repository }}`/`_owner` with their lower-case values where the name is written. */
function lowerCaseChanges(evidence: DoctorEvidence, ref: ImageRef): TextChange[] {
  const repository = evidence.repository;
  const changes: TextChange[] = [];
  for (const span of writtenAt(ref)) {
    const text = evidence.static?.texts[ref.span.file === span.file ? span.file : ref.span.file];
    if (text === undefined) continue;
    const slice = text.slice(span.offset, span.endOffset);
    if (repository && REPOSITORY_EXPRESSION.test(slice)) {
      REPOSITORY_EXPRESSION.lastIndex = 0;
      const replaced = slice.replace(REPOSITORY_EXPRESSION, (_m, owner: string | undefined) =>
        (owner ? (ownerOf(repository) ?? "") : repository).toLowerCase(),
      );
      changes.push({ file: ref.span.file, start: span.offset, end: span.endOffset, text: replaced, line: span.line });
    } else if (!slice.includes("${") && /[A-Z]/.test(slice) && span === ref.span) {
      const name = slice.replace(/([:@][^/]*)$/, "");
      changes.push({
        file: ref.span.file,
        start: span.offset,
        end: span.offset + name.length,
        text: name.toLowerCase(),
        line: span.line,
      });
    }
  }
  return changes;
}

/** `uppercase-image-name`. */
export const uppercaseImageName: Rule = {
  id: "uppercase-image-name",
  summary:
    "An image name has upper-case letters (often from `github.repository` or `github.repository_owner`); registries accept only lower-case repository names.",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const error = failedWith(evidence, "lowercase");
    for (const push of githubPushes(evidence)) {
      const refs = refsOf(push).filter((r) => r.uppercase);
      if (refs.length === 0) continue;
      const items: Evidence[] = refs.map((r) => fileEvidence(r.span, `${r.pattern} has upper-case letters`));
      if (error) items.push(logEvidence(error, "refused: "));
      const changes = refs.flatMap((r) => lowerCaseChanges(evidence, r));
      const unique = changes.filter((c, i) => changes.findIndex((d) => d.file === c.file && d.start === c.start) === i);
      findings.push({
        id: this.id,
        title: "The image name has upper-case letters",
        severity: "blocking",
        confidence: clamp(0.85 + (error ? 0.1 : 0)),
        why: "Repository names must be lower-case; `github.repository` keeps the owner's and repository's case. docker/metadata-action lower-cases its `images:`; plain expressions do not.",
        evidence: items,
        fix:
          unique.length > 0
            ? { kind: "edit", summary: "write the image name in lower case", changes: unique }
            : {
                kind: "ui",
                summary: "lower-case the name before use (docker/metadata-action, or `${IMAGE,,}` in bash)",
                url: "https://github.com/docker/build-push-action/blob/master/TROUBLESHOOTING.md",
                steps: [
                  "Pass the image through docker/metadata-action `images:`",
                  'Or lower-case it in a step: echo "IMAGE=${IMAGE,,}" >> "$GITHUB_ENV"',
                ],
              },
      });
    }
    // The log alone is conclusive when the refused name it prints has upper-case letters (a script built it).
    if (findings.length === 0 && (error ?? failedWith(evidence, "invalid-reference"))) {
      const refused = error ?? failedWith(evidence, "invalid-reference");
      const upper = refused?.text
        .split(/[\s"'`[\](),]+/)
        .find((word) => word.includes("/") && /[A-Z]/.test(word) && !/^[a-z]+:\/\//i.test(word));
      // When the model sees every pushed name, resolved and lower-case (or the refused one written in lower case),
      // the log is older than the fix.
      const refs = githubPushes(evidence).flatMap(refsOf);
      const fixed = upper
        ? refs.some((r) => r.resolved?.split(/[:@]/)[0] === upper.split(/[:@]/)[0]?.toLowerCase())
        : refs.length > 0 && refs.every((r) => r.resolved !== undefined);
      if (refused && (error || upper) && !fixed) {
        findings.push({
          id: this.id,
          title: `The image name${upper ? ` ${upper}` : ""} has upper-case letters`,
          severity: "blocking",
          confidence: 0.9,
          why: "The registry refused the name because it is not all lower-case. The name was built where the workflow model cannot see it (a script, an output): lower-case it where it is built.",
          evidence: [logEvidence(refused, "refused: ")],
          fix: {
            kind: "ui",
            summary: "lower-case the image name where it is built",
            url: "https://github.com/docker/build-push-action/blob/master/TROUBLESHOOTING.md",
            steps: [
              "In bash: IMAGE=\"${IMAGE,,}\", or: echo \"$IMAGE\" | tr '[:upper:]' '[:lower:]'",
              "Or pass the name through docker/metadata-action `images:`, which lower-cases it",
            ],
          },
        });
      }
    }
    return findings;
  },
};
