// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub expressions
import { describe, expect, it } from "vitest";
import { pieceSplices } from "./piece-edits.js";
import { applySplices } from "./plan.js";
import { parseRepository, rewriteName } from "./target.js";
import type { NamePiece } from "./types.js";

describe("rewriteName keeps the spelling style of each occurrence", () => {
  it.each([
    ["ghcr.io/owner/app", "ghcr.io/owner/app", "ghcr.io/owner/app-api", "ghcr.io/owner/app-api"],
    ["GHCR.IO/owner/app", "ghcr.io/owner/app", "ghcr.io/owner/app-api", "GHCR.IO/owner/app-api"],
    ["GHCR.IO/owner/app", "ghcr.io/owner/app", "quay.io/owner/app", "quay.io/owner/app"],
    ["ghcr.io/owner/app", "ghcr.io/owner/app", "owner/app", "docker.io/owner/app"],
    ["owner/app", "owner/app", "owner/app-api", "owner/app-api"],
    ["docker.io/owner/app", "owner/app", "owner/app-api", "docker.io/owner/app-api"],
    ["index.docker.io/owner/app", "owner/app", "other/app", "index.docker.io/other/app"],
    ["owner/app", "owner/app", "ghcr.io/owner/app", "ghcr.io/owner/app"],
    ["nginx", "nginx", "owner/nginx", "owner/nginx"],
    ["docker.io/nginx", "nginx", "caddy", "docker.io/caddy"],
    ["docker.io/library/nginx", "nginx", "caddy", "docker.io/library/caddy"],
    ["library/nginx", "nginx", "caddy", "library/caddy"],
    ["owner/app", "owner/app", "nginx", "nginx"],
  ])("%s (%s → %s) is written %s", (written, from, to, expected) => {
    expect(rewriteName(written, parseRepository(from), parseRepository(to))).toBe(expected);
  });

  it("refuses a tag or digest where a repository is expected", () => {
    expect(() => parseRepository("ghcr.io/owner/app:1")).toThrow(/has a tag or digest/);
  });
});

/** A name spelled `${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}` with REGISTRY: ghcr.io and IMAGE_NAME: ${{ github.repository }}. */
function expressionSource() {
  const source =
    "REGISTRY: ghcr.io\nIMAGE_NAME: ${{ github.repository }}\nuse: ${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}";
  const registry = source.indexOf("ghcr.io");
  const expression = source.indexOf("${{ github.repository }}");
  const slash = source.indexOf("}}/") + 2;
  const pieces: NamePiece[] = [
    { text: "ghcr.io", start: registry, end: registry + 7, literal: true },
    { text: "/", start: slash, end: slash + 1, literal: true },
    {
      text: "owner/app",
      start: expression,
      end: expression + "${{ github.repository }}".length,
      literal: false,
      expression: "github.repository",
    },
  ];
  return { source, pieces };
}

function rename(source: string, pieces: NamePiece[], from: string, to: string): string {
  const splices = pieceSplices(pieces, from, to);
  if (typeof splices === "string") throw new Error(splices);
  return applySplices(source, splices);
}

describe("pieceSplices edits only the pieces that change", () => {
  it("appends beside an expression it cannot edit", () => {
    const { source, pieces } = expressionSource();
    expect(rename(source, pieces, "ghcr.io/owner/app", "ghcr.io/owner/app-api")).toBe(
      source.replace("${{ github.repository }}", "${{ github.repository }}-api"),
    );
  });

  it("keeps the owner expression when only the name part changes", () => {
    const { source, pieces } = expressionSource();
    expect(rename(source, pieces, "ghcr.io/owner/app", "ghcr.io/owner/web")).toBe(
      source.replace("${{ github.repository }}", "${{ github.repository_owner }}/web"),
    );
  });

  it("edits only the registry definition for a registry switch", () => {
    const { source, pieces } = expressionSource();
    expect(rename(source, pieces, "ghcr.io/owner/app", "quay.io/owner/app")).toBe(
      source.replace("REGISTRY: ghcr.io", "REGISTRY: quay.io"),
    );
  });

  it("replaces an expression whose value changes elsewhere than the name", () => {
    const { source, pieces } = expressionSource();
    expect(rename(source, pieces, "ghcr.io/owner/app", "ghcr.io/team/app")).toBe(
      source.replace("${{ github.repository }}", "team/app"),
    );
  });

  it("edits split Helm fields apart and never the joining slash", () => {
    const source = "registry: ghcr.io\nrepository: owner/app\n";
    const pieces: NamePiece[] = [
      { text: "ghcr.io", start: 10, end: 17, literal: true },
      { text: "/", literal: false },
      { text: "owner/app", start: 30, end: 39, literal: true },
    ];
    expect(rename(source, pieces, "ghcr.io/owner/app", "ghcr.io/owner/app-api")).toBe(
      "registry: ghcr.io\nrepository: owner/app-api\n",
    );
    expect(rename(source, pieces, "ghcr.io/owner/app", "docker.io/owner/app")).toBe(
      "registry: docker.io\nrepository: owner/app\n",
    );
    expect(rename(source, pieces, "ghcr.io/owner/app", "quay.io/other/tool")).toBe(
      "registry: quay.io\nrepository: other/tool\n",
    );
    const unjoinable: NamePiece[] = [pieces[0] as NamePiece, { text: ":", literal: false }, pieces[2] as NamePiece];
    expect(pieceSplices(unjoinable, "ghcr.io:owner/app", "quay.io/owner/app")).toMatch(/not in the file/);
  });

  it("plans nothing when the name does not change", () => {
    expect(pieceSplices([{ text: "a/b", start: 0, end: 3, literal: true }], "a/b", "a/b")).toEqual([]);
  });
});
