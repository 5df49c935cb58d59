// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow expressions are meant literally
/** Pushes done by helm, ko and Jib in run steps: the registry and owner they write to. */
import { describe, expect, it } from "vitest";
import { findPushSteps, parseWorkflow } from "../index.js";

function pushed(run: string, env = ""): Array<[string, string | undefined, string | undefined]> {
  const yaml = `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n${env}    steps:\n      - run: ${run}\n`;
  const { workflow, errors } = parseWorkflow(yaml, ".github/workflows/x.yml");
  expect(errors).toEqual([]);
  if (!workflow) throw new Error("no workflow");
  return findPushSteps(workflow, { repository: "acme/tool" }).flatMap((p) =>
    (p.legs[0]?.images ?? []).map(
      (i) => [p.kind, i.registry, i.repository] as [string, string | undefined, string | undefined],
    ),
  );
}

describe("command pushes", () => {
  it("helm push to an oci:// registry", () => {
    expect(pushed("helm push chart-1.0.0.tgz oci://ghcr.io/acme/charts")).toEqual([
      ["helm-push", "ghcr.io", "acme/charts"],
    ]);
    expect(pushed("helm package chart")).toEqual([]);
  });

  it("ko build pushes to $KO_DOCKER_REPO", () => {
    expect(
      pushed("ko build --bare ./cmd/tool", "    env:\n      KO_DOCKER_REPO: ghcr.io/${{ github.repository }}\n"),
    ).toEqual([["ko-build", "ghcr.io", "acme/tool"]]);
  });

  it("Jib pushes to -Dimage= (Maven) and --image= (Gradle)", () => {
    expect(pushed("mvn -B compile jib:build -Dimage=ghcr.io/acme/tool:1.0")).toEqual([
      ["jib-build", "ghcr.io", "acme/tool"],
    ]);
    expect(pushed("./gradlew jib --image=ghcr.io/acme/tool")).toEqual([["jib-build", "ghcr.io", "acme/tool"]]);
    expect(pushed("mvn -B package")).toEqual([]);
  });
});
