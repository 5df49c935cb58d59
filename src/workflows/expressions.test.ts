// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions
import { describe, expect, it } from "vitest";
import { conditionExpression, type ExprValue, evaluate, findExpressions, UNKNOWN } from "./expressions.js";

const facts: Record<string, ExprValue> = {
  "github.repository": "Acme/Widget",
  "github.event_name": "push",
  "env.REGISTRY": "ghcr.io",
  "matrix.arch": "arm64",
};
const lookup = (path: string[]) => facts[path.join(".")] ?? UNKNOWN;

describe("evaluate", () => {
  it.each([
    ["'a''b'", "a'b"],
    ["github.repository", "Acme/Widget"],
    ["github['repository']", "Acme/Widget"],
    ["github.event_name != 'pull_request'", true],
    ["github.event_name == 'PUSH'", true],
    ["format('{0}/{1}:{2}', env.REGISTRY, github.repository, matrix.arch)", "ghcr.io/Acme/Widget:arm64"],
    ["format('{{0}}-{0}', 'x')", "{0}-x"],
    ["startsWith(github.repository, 'acme/')", true],
    ["contains(fromJSON('[1]'), 1)", UNKNOWN],
    ["secrets.GITHUB_TOKEN", UNKNOWN],
    ["github.ref == 'refs/heads/main'", UNKNOWN],
    ["github.ref == 'refs/heads/main' && github.event_name == 'pull_request'", false],
    ["github.event_name == 'push' || github.ref == 'x'", true],
    ["!(github.event_name == 'push')", false],
    ["env.REGISTRY || 'docker.io'", "ghcr.io"],
    ["always()", true],
    ["toLower(github.repository)", UNKNOWN],
    ["1 < 2", true],
    ["github.event_name ==", UNKNOWN],
  ])("%s", (expression, expected) => {
    expect(evaluate(expression, lookup).value).toEqual(expected);
  });

  it("as a condition, a truthy right side of || decides over an unknown left side", () => {
    const expression = "github.ref == 'refs/heads/main' || github.event_name == 'push'";
    expect(evaluate(expression, lookup).value).toBe(UNKNOWN);
    expect(evaluate(expression, lookup, { condition: true }).value).toBe(true);
    expect(evaluate("env.MISSING || 'fallback'", lookup).value).toBe(UNKNOWN);
  });

  it("reports what it read and functions GitHub does not have", () => {
    const result = evaluate("toLower(format('{0}', github.repository))", lookup);
    expect(result.references).toEqual(["github.repository"]);
    expect(result.unknownFunctions).toEqual(["toLower"]);
  });
});

describe("findExpressions", () => {
  it("finds expressions with offsets, including a '}}' inside a string", () => {
    const text = "ghcr.io/${{ github.repository }}:${{ format('{0}}}', 'x') }}";
    const slots = findExpressions(text);
    expect(slots.map((s) => s.expression)).toEqual(["github.repository", "format('{0}}}', 'x')"]);
    expect(text.slice(slots[0]?.start, slots[0]?.end)).toBe("${{ github.repository }}");
  });

  it("reads if: conditions with and without ${{ }}", () => {
    expect(conditionExpression("${{ github.event_name == 'push' }}")).toBe("github.event_name == 'push'");
    expect(conditionExpression("github.event_name == 'push'")).toBe("github.event_name == 'push'");
  });
});
