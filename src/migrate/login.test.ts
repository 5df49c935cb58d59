// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub Actions expressions
import { describe, expect, it } from "vitest";
import { applySplices } from "../project/index.js";
import { planLoginRewrite, registryFamily, secretsFor } from "./login.js";

const hubWorkflow = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          username: \${{ secrets.DOCKERHUB_USERNAME }}
          password: \${{ secrets.DOCKERHUB_TOKEN }}
      - run: docker push acme/app
`;

function rewrite(text: string, from: string, to: string): string {
  const plan = planLoginRewrite(".github/workflows/x.yml", text, from, to);
  return applySplices(
    text,
    [...plan.splices].sort((a, b) => a.start - b.start),
  );
}

describe("registryFamily and secretsFor", () => {
  it.each([
    ["docker.io", "dockerhub", ["DOCKERHUB_USERNAME", "DOCKERHUB_TOKEN"]],
    ["ghcr.io", "ghcr", []],
    ["myteam.azurecr.io", "acr", ["ACR_USERNAME", "ACR_PASSWORD"]],
    ["123456789012.dkr.ecr.us-east-2.amazonaws.com", "ecr", ["AWS_ROLE_ARN"]],
    ["europe-west1-docker.pkg.dev", "artifact-registry", ["GCP_WORKLOAD_IDENTITY_PROVIDER", "GCP_SERVICE_ACCOUNT"]],
    ["quay.io", "quay", ["QUAY_USERNAME", "QUAY_ROBOT_TOKEN"]],
    ["registry.example.com:5000", "other", ["REGISTRY_USERNAME", "REGISTRY_PASSWORD"]],
  ])("%s is %s", (host, family, secrets) => {
    expect(registryFamily(host)).toBe(family);
    expect(secretsFor(host).map((secret) => secret.name)).toEqual(secrets);
  });
});

describe("planLoginRewrite", () => {
  it("adds the registry input a Docker Hub login leaves out, and changes the credentials", () => {
    expect(rewrite(hubWorkflow, "docker.io", "myteam.azurecr.io")).toBe(
      hubWorkflow
        .replace("        with:\n", "        with:\n          registry: myteam.azurecr.io\n")
        .replace("secrets.DOCKERHUB_USERNAME", "secrets.ACR_USERNAME")
        .replace("secrets.DOCKERHUB_TOKEN", "secrets.ACR_PASSWORD"),
    );
  });

  it("logs in to GHCR with the workflow's own token", () => {
    const after = rewrite(hubWorkflow, "docker.io", "ghcr.io");
    expect(after).toContain(
      "        with:\n          registry: ghcr.io\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}\n",
    );
    expect(planLoginRewrite("w.yml", hubWorkflow, "docker.io", "ghcr.io").notes.join()).toContain("packages: write");
  });

  it("puts Google's auth step before the Artifact Registry login, indented like the old step", () => {
    const after = rewrite(hubWorkflow, "docker.io", "europe-west1-docker.pkg.dev");
    expect(after).toBe(
      `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Authenticate to Google Cloud
        id: gcp-auth
        uses: google-github-actions/auth@v2
        with:
          token_format: access_token
          workload_identity_provider: \${{ secrets.GCP_WORKLOAD_IDENTITY_PROVIDER }}
          service_account: \${{ secrets.GCP_SERVICE_ACCOUNT }}
      - name: Log in to Artifact Registry
        uses: docker/login-action@v3
        with:
          registry: europe-west1-docker.pkg.dev
          username: oauth2accesstoken
          password: \${{ steps.gcp-auth.outputs.access_token }}
      - run: docker push acme/app
`,
    );
  });

  it("leaves login steps for other registries, and same-registry renames, alone", () => {
    expect(planLoginRewrite("w.yml", hubWorkflow, "ghcr.io", "quay.io").splices).toEqual([]);
    expect(planLoginRewrite("w.yml", hubWorkflow, "docker.io", "index.docker.io").splices).toEqual([]);
    const twoLogins = hubWorkflow.replace(
      "      - run:",
      "      - uses: docker/login-action@v3\n        with: { registry: quay.io }\n      - run:",
    );
    const plan = planLoginRewrite("w.yml", twoLogins, "quay.io", "ghcr.io");
    expect(plan.splices).toEqual([]);
    expect(plan.notes).toEqual([expect.stringContaining("has no block `with:`")]);
  });

  it("does nothing to a workflow that does not parse", () => {
    expect(planLoginRewrite("w.yml", "jobs: [unclosed\n", "docker.io", "ghcr.io").splices).toEqual([]);
  });
});
