// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
/**
 * `$GITHUB_ENV` lines as the runner reads them: written by one step (alone or from a `{ …; } >> "$GITHUB_ENV"`
 * group), expanded with that step's own env, and seen by the steps after it.
 */
import { describe, expect, it } from "vitest";
import { parseWorkflow } from "./parse.js";
import { findPushSteps } from "./push-steps.js";
import { loweringPipeline } from "./resolve.js";
import { githubEnvBindings } from "./scope.js";

const WORKFLOW = [
  "on: push",
  "jobs:",
  "  image:",
  "    runs-on: ubuntu-latest",
  "    steps:",
  "      - env:",
  "          OWNER: ${{ github.repository_owner }}",
  "        run: |",
  "          {",
  '            echo "IMAGE_REF=ghcr.io/${OWNER}/app"',
  '            echo "BUILT=${{ github.sha }}"',
  '          } >> "$GITHUB_ENV"',
  '          ( echo "LOWER=${GITHUB_REPOSITORY@L}" ) >> $GITHUB_ENV',
  "      - uses: docker/build-push-action@v6",
  "        with:",
  "          push: true",
  "          tags: ${{ env.IMAGE_REF }}:v1,ghcr.io/${{ env.LOWER }}:v1",
  "",
].join("\n");

describe("$GITHUB_ENV", () => {
  const { workflow } = parseWorkflow(WORKFLOW, "release.yml");
  const step = workflow?.jobs[0]?.steps[0];

  it("reads the lines of a group whose output goes to $GITHUB_ENV, each with the span of its value", () => {
    const bindings = step ? githubEnvBindings(step) : [];
    expect(bindings.map((b) => [b.name, b.text, WORKFLOW.slice(b.span?.offset, b.span?.endOffset)])).toEqual([
      ["IMAGE_REF", "ghcr.io/${OWNER}/app", 'ghcr.io/${OWNER}/app"'],
      ["BUILT", "${{ github.sha }}", '${{ github.sha }}"'],
      ["LOWER", "${GITHUB_REPOSITORY@L}", '${GITHUB_REPOSITORY@L}"'],
    ]);
  });

  it("expands a line with the writing step's env, for the steps after it", () => {
    const pushes = workflow ? findPushSteps(workflow, { repository: "Acme/App" }) : [];
    const images = pushes.flatMap((push) => push.legs.flatMap((leg) => leg.images.map((image) => image.resolved)));
    expect(images).toEqual(["ghcr.io/Acme/app:v1", "ghcr.io/acme/app:v1"]);
  });
});

describe("$GITHUB_OUTPUT", () => {
  it("resolves steps.<id>.outputs.<name> written by an earlier step, with that step's env", () => {
    const text = [
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - id: prep",
      "        env:",
      "          NAME: app",
      "        run: |",
      '          echo "image=ghcr.io/${GITHUB_REPOSITORY_OWNER,,}/${NAME}" >> "$GITHUB_OUTPUT"',
      '          { echo "image-tag=${{ github.sha }}"; } >> $GITHUB_OUTPUT',
      "      - uses: docker/build-push-action@v6",
      "        with:",
      "          push: true",
      "          tags: ${{ steps.prep.outputs.image }}:latest,${{ steps.other.outputs.image }}:latest",
      "",
    ].join("\n");
    const { workflow } = parseWorkflow(text, "release.yml");
    const pushes = workflow ? findPushSteps(workflow, { repository: "Acme/App" }) : [];
    const images = pushes.flatMap((push) => push.legs.flatMap((leg) => leg.images.map((image) => image.pattern)));
    expect(images).toEqual(["ghcr.io/acme/app:latest", "${{ steps.other.outputs.image }}:latest"]);
  });
});

describe("lower-casing command substitutions", () => {
  it.each([
    ["$(echo ${{ github.repository }} | tr '[:upper:]' '[:lower:]')", "${{ github.repository }}"],
    ["$(echo ghcr.io/${{ github.repository }} | tr '[:upper:]' '[:lower:]')", "ghcr.io/${{ github.repository }}"],
    ['$(echo "$GITHUB_REPOSITORY" | tr A-Z a-z)', "$GITHUB_REPOSITORY"],
    ["$(echo $REPO | awk '{print tolower($0)}')", "$REPO"],
    ["$(git rev-parse HEAD)", undefined],
  ])("%s lower-cases %s", (written, lowered) => {
    expect(loweringPipeline(written)).toBe(lowered);
  });
});
