// biome-ignore-all lint/suspicious/noTemplateCurlyInString: texts hold GitHub `${{ }}` expressions and shell variables
import { describe, expect, it } from "vitest";
import { referencePath } from "./expressions.js";
import { type Binding, type Piece, resolveText, type Scope } from "./resolve.js";
import { findShellVariables } from "./shell.js";

const bind = (name: string, text: string, level: Binding["level"] = "workflow"): Binding => ({
  name,
  level,
  text,
  span: undefined,
  shell: false,
});

/** Each piece as `text@where[start,end)`, where is the binding name or `.` for the text itself. */
const placed = (pieces: Piece[]) =>
  pieces.map((p) => {
    const s = p.source;
    const where = s?.binding?.name ?? ".";
    const token = s?.token ? ` via[${s.token.start},${s.token.end})` : "";
    return `${p.known ? "" : "?"}${p.text}@${where}[${s?.start},${s?.end})${s?.verbatim ? "" : "*"}${token}`;
  });

describe("resolveText", () => {
  const registry = bind("REGISTRY", "ghcr.io");
  const image = bind("IMAGE", "${{ env.REGISTRY }}/${{ github.repository_owner }}/app", "job");
  const tag = bind("TAG_REF", "${{ env.IMAGE }}:${{ github.sha }}", "step");
  const scope: Scope = { repository: "acme/repo", bindings: [registry, image, tag], matrix: undefined };

  it("says where each piece is written: the text itself, a definition, or a computed value", () => {
    const resolved = resolveText("docker push ${{ env.IMAGE }}:1", scope);
    expect(resolved.value).toBe("docker push ghcr.io/acme/app:1");
    expect(placed(resolved.pieces)).toEqual([
      "docker push @.[0,12)",
      "ghcr.io@REGISTRY[0,7) via[12,28)",
      "/@IMAGE[19,20) via[12,28)",
      "acme@IMAGE[20,50)* via[12,28)",
      "/app@IMAGE[50,54) via[12,28)",
      ":1@.[28,30)",
    ]);
  });

  it("leaves a partly known variable unknown as a whole, unless asked to splice it in", () => {
    expect(resolveText("$TAG_REF", scope, { shell: true }).pattern).toBe("$TAG_REF");
    const spliced = resolveText("$TAG_REF", scope, { shell: true, partial: true });
    expect(spliced.pattern).toBe("ghcr.io/acme/app:${{ github.sha }}");
    expect(spliced.value).toBeUndefined();
  });

  it("reads an unset env name as empty, or as unknown when the scope is open", () => {
    expect(resolveText("a${{ env.NOPE }}b", scope).value).toBe("ab");
    expect(resolveText("a${{ env.NOPE }}b", { ...scope, openEnv: true }).pattern).toBe("a${{ env.NOPE }}b");
  });

  it("resolves an env entry against the levels outside its own map only", () => {
    const sibling = bind("B", "${{ env.A }}/x");
    const bindings = [bind("A", "outer", "workflow"), bind("A", "same", "job"), { ...sibling, level: "job" as const }];
    expect(resolveText("${{ env.B }}", { repository: undefined, bindings, matrix: undefined }).value).toBe("outer/x");
  });

  it("applies shell case changes and defaults; a default is written in the token", () => {
    const shellScope: Scope = { repository: "Acme/Repo", bindings: [bind("R", "ghcr.io")], matrix: undefined };
    expect(resolveText("${GITHUB_REPOSITORY,,}", shellScope, { shell: true }).value).toBe("acme/repo");
    const defaulted = resolveText("${X:-quay.io}/a", shellScope, { shell: true });
    expect(placed(defaulted.pieces)).toEqual(["quay.io@.[5,12) via[0,13)", "/a@.[13,15)"]);
    // Lower-casing a lower-case value changes nothing: the definition's own text stands.
    expect(placed(resolveText("${R,,}", shellScope, { shell: true }).pieces)).toEqual(["ghcr.io@R[0,7) via[0,6)"]);
  });
});

describe("referencePath", () => {
  it.each([
    ["env.IMAGE", ["env", "IMAGE"]],
    ["env['IMAGE']", ["env", "IMAGE"]],
    ["github.event.repository.name", ["github", "event", "repository", "name"]],
    ["format('{0}', env.IMAGE)", undefined],
    ["env.IMAGE || 'x'", undefined],
    ["true", undefined],
    ["'", undefined],
  ])("%s", (expression, expected) => {
    expect(referencePath(expression)).toEqual(expected);
  });
});

describe("findShellVariables", () => {
  it("finds variables, operators and substitutions with offsets", () => {
    const text = "$A ${B} ${C,,} ${D:-x y} ${E=z} ${F:+w} $(cmd $G) `q` ${H@L} ${I@U}";
    expect(findShellVariables(text).map((v) => [text.slice(v.start, v.end), v.name ?? null, v.operator.kind])).toEqual([
      ["$A", "A", "none"],
      ["${B}", "B", "none"],
      ["${C,,}", "C", "lower"],
      ["${D:-x y}", "D", "default"],
      ["${E=z}", "E", "default"],
      ["${F:+w}", "F", "other"],
      ["$(cmd $G)", null, "none"],
      ["`q`", null, "none"],
      ["${H@L}", "H", "lower"],
      ["${I@U}", "I", "upper"],
    ]);
    const [, , , d] = findShellVariables(text);
    expect(d?.operator).toEqual({ kind: "default", text: "x y", start: 5 });
  });
});
