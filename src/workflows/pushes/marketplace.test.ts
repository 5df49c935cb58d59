// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow expressions are meant literally
import { describe, expect, it } from "vitest";
import { findPushSteps, parseWorkflow } from "../index.js";

function pushes(yaml: string) {
  const { workflow, errors } = parseWorkflow(yaml, ".github/workflows/x.yml");
  expect(errors).toEqual([]);
  if (!workflow) throw new Error("no workflow");
  return findPushSteps(workflow, { repository: "Acme/Tool" });
}

describe("marketplace push actions", () => {
  it("reads macbre/push-to-ghcr's image_name as ghcr.io/NAME", () => {
    const found = pushes(`on: push
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: macbre/push-to-ghcr@master
        with:
          image_name: \${{ github.repository }}
          github_token: \${{ secrets.GITHUB_TOKEN }}
`);
    expect(found.map((p) => [p.kind, p.legs[0]?.images.map((i) => i.pattern)])).toEqual([
      ["push-to-ghcr", ["ghcr.io/Acme/Tool"]],
    ]);
  });

  it("reads redhat-actions/push-to-registry's registry, image and tags, through buildah-build's outputs", () => {
    const found = pushes(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: build
        uses: redhat-actions/buildah-build@v2
        with:
          image: my-image
          tags: latest \${{ github.sha }}
      - uses: redhat-actions/push-to-registry@v2
        with:
          image: \${{ steps.build.outputs.image }}
          tags: \${{ steps.build.outputs.tags }}
          registry: ghcr.io/my-org
`);
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe("push-to-registry");
    const images = found[0]?.legs[0]?.images ?? [];
    expect(images.map((i) => [i.registry, i.repository, i.tag])).toEqual([
      ["ghcr.io", "my-org/my-image", "latest"],
      ["ghcr.io", "my-org/my-image", "${{ github.sha }}"],
    ]);
    expect(images[0]?.resolved).toBe("ghcr.io/my-org/my-image:latest");
  });

  it("is not fooled by other actions with an image input", () => {
    expect(
      pushes(`on: push
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: aquasecurity/trivy-action@master
        with:
          image-ref: ghcr.io/acme/tool:latest
`),
    ).toEqual([]);
  });
});
