// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub and shell expressions
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyEdits } from "./apply.js";
import { type FileSearch, findInFile } from "./find-in-file.js";
import { originUrl, repositoryFromUrl } from "./git-remote.js";
import { planRename } from "./plan.js";
import { parseRepository, spellingsOf } from "./target.js";
import { compileFinder } from "./text-finder.js";
import type { Finding } from "./types.js";
import { hashBytes } from "./walk.js";

function search(target: string, repository?: string): FileSearch {
  const ref = parseRepository(target);
  return { target: ref, find: compileFinder(spellingsOf(ref)), ...(repository ? { github: { repository } } : {}) };
}

function found(file: string, text: string, target: string, repository?: string): string[] {
  return findInFile(file, text, search(target, repository)).findings.map(
    (finding) =>
      `${finding.line}:${finding.column} ${finding.text} [${finding.context}]${finding.comment ? " comment" : ""}`,
  );
}

/** Renames in one file and returns its new text. */
function renamed(file: string, text: string, from: string, to: string, repository?: string): string {
  const { findings } = findInFile(file, text, search(from, repository));
  const plan = planRename({ target: from, findings, files: { [file]: { hash: "", text } } }, to);
  return plan.files[0]?.after ?? text;
}

describe("workflow expressions", () => {
  const workflow = [
    "env:",
    "  REGISTRY: ghcr.io",
    "jobs:",
    "  push:",
    "    env:",
    "      IMAGE: ${{ env.REGISTRY }}/${{ github.repository_owner }}/app",
    "    steps:",
    "      - env:",
    "          TAG_REF: ${{ env.IMAGE }}:${{ github.sha }}",
    "        run: docker push $TAG_REF",
    "      - run: docker push ${{ env.IMAGE }}:latest",
    "  other:",
    "    steps:",
    "      - run: docker push ${{ env.IMAGE }}:latest",
    "",
  ].join("\n");

  it("resolves job and step env in scope, and points at the definition", () => {
    const { findings } = findInFile(".github/workflows/push.yml", workflow, search("ghcr.io/acme/app", "Acme/Repo"));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    // The finding covers the part of the name the definition spells.
    expect(finding).toMatchObject({
      line: 6,
      text: "/${{ github.repository_owner }}/app",
      context: "jobs.push.env.IMAGE",
    });
    // The `other` job cannot see the `push` job's env: only two uses.
    expect(finding?.uses?.map((use) => [use.line, use.resolved])).toEqual([
      [10, "ghcr.io/acme/app:${{ github.sha }}"],
      [11, "ghcr.io/acme/app:latest"],
    ]);
  });

  it("renames the definition minimally", () => {
    expect(
      renamed(".github/workflows/push.yml", workflow, "ghcr.io/acme/app", "ghcr.io/acme/app-api", "acme/repo"),
    ).toBe(workflow.replace("github.repository_owner }}/app", "github.repository_owner }}/app-api"));
  });

  it("resolves nothing without the repository", () => {
    expect(found(".github/workflows/push.yml", workflow, "ghcr.io/acme/app")).toEqual([]);
  });

  it("reads expressions and shell expansions as the workflow model does", () => {
    const text = [
      "env:",
      "  REGISTRY: ghcr.io",
      "  IMAGE: ghcr.io/Acme/app",
      "jobs:",
      "  a:",
      "    steps:",
      "      - with:",
      "          tags: ${{ env['REGISTRY'] }}/acme/app:1",
      "        uses: docker/build-push-action@v6",
      "      - run: docker push ${IMAGE,,}:1",
      "",
    ].join("\n");
    const after = renamed(".github/workflows/a.yml", text, "ghcr.io/acme/app", "ghcr.io/acme/app-api");
    expect(after).toBe(
      text
        .replace("}}/acme/app:1", "}}/acme/app-api:1")
        // Only the lower-cased value is the name: text goes after the expansion, not into the definition.
        .replace("${IMAGE,,}:1", "${IMAGE,,}-api:1"),
    );
  });

  it("does not read an env definition alone as a Docker Hub name when it is used behind a registry", () => {
    const text =
      "env:\n  IMAGE_NAME: acme/app\njobs:\n  a:\n    steps:\n      - run: docker push ghcr.io/${IMAGE_NAME}\n";
    expect(found(".github/workflows/a.yml", text, "acme/app")).toEqual([]);
    expect(found(".github/workflows/a.yml", text, "ghcr.io/acme/app")).toEqual(["2:15 acme/app [env.IMAGE_NAME]"]);
  });
});

describe("variables in Dockerfiles, scripts, Makefiles and Compose", () => {
  const cases: [string, string, string[], string, string][] = [
    [
      "Dockerfile",
      "ARG REGISTRY=ghcr.io\nARG OWNER=acme\nFROM ${REGISTRY}/${OWNER}/app:1 AS base\nFROM $REGISTRY/acme/app-api:2\n# FROM ${REGISTRY}/acme/app:3\n",
      // Line 4's app-api shares REGISTRY: the use is the finding, and a registry switch is made there.
      ["3:6 ${REGISTRY}/${OWNER}/app [FROM] uses 3:${REGISTRY}/${OWNER}/app:1"],
      "FROM ${REGISTRY}/${OWNER}/app-api:1 AS base",
      "FROM quay.io/${OWNER}/app:1 AS base",
    ],
    [
      "build.sh",
      '#!/bin/sh\nREGISTRY=ghcr.io\nIMAGE="$REGISTRY/acme/app"\ndocker push "$IMAGE:$TAG"\n',
      ["3:17 /acme/app [IMAGE=] uses 3:$REGISTRY/acme/app, 4:$IMAGE:$TAG"],
      'IMAGE="$REGISTRY/acme/app-api"',
      "REGISTRY=quay.io",
    ],
    [
      "Makefile",
      "REGISTRY ?= ghcr.io\nIMAGE := $(REGISTRY)/acme/app\npush:\n\tdocker push $(IMAGE):$(VERSION)\n\techo $$HOME/acme/app\n",
      ["2:21 /acme/app [IMAGE=] uses 2:$(REGISTRY)/acme/app, 4:$(IMAGE):$(VERSION)"],
      "IMAGE := $(REGISTRY)/acme/app-api",
      "REGISTRY ?= quay.io",
    ],
    [
      "compose.yaml",
      "services:\n  app:\n    image: ${REGISTRY:-ghcr.io}/acme/app:1\n",
      ["3:24 ghcr.io}/acme/app [services.app.image] uses 3:${REGISTRY:-ghcr.io}/acme/app:1"],
      "    image: ${REGISTRY:-ghcr.io}/acme/app-api:1",
      "    image: ${REGISTRY:-quay.io}/acme/app:1",
    ],
  ];

  it.each(cases)("%s: finds the definition, renames minimally", (file, text, expected, renamedLine, switchedLine) => {
    const { findings } = findInFile(file, text, search("ghcr.io/acme/app"));
    expect(
      findings.map(
        (finding) =>
          `${finding.line}:${finding.column} ${finding.text} [${finding.context}] uses ${finding.uses?.map((use) => `${use.line}:${use.text}`).join(", ")}`,
      ),
    ).toEqual(expected);
    const afterRename = renamed(file, text, "ghcr.io/acme/app", "ghcr.io/acme/app-api");
    expect(afterRename.split("\n").filter((line) => !text.includes(line))).toEqual([renamedLine]);
    const afterSwitch = renamed(file, text, "ghcr.io/acme/app", "quay.io/acme/app");
    expect(afterSwitch.split("\n").filter((line) => !text.includes(line))).toEqual([switchedLine]);
  });

  it("leaves a variable defined twice with different values unknown", () => {
    const text = "#!/bin/sh\nREGISTRY=ghcr.io\nREGISTRY=quay.io\ndocker push $REGISTRY/acme/app\n";
    expect(found("push.sh", text, "ghcr.io/acme/app")).toEqual([]);
  });
});

describe("format contexts", () => {
  it("reads Helm's split fields with the chart-wide registry", () => {
    const values = "global:\n  imageRegistry: quay.io\napp:\n  image:\n    repository: acme/app\n    tag: '1'\n";
    expect(found("values.yaml", values, "quay.io/acme/app")).toEqual([
      "5:17 acme/app [app.image.repository (with global.imageRegistry)]",
    ]);
    expect(found("values.yaml", values, "acme/app")).toEqual([]);
    expect(renamed("values.yaml", values, "quay.io/acme/app", "ghcr.io/acme/app")).toBe(
      values.replace("imageRegistry: quay.io", "imageRegistry: ghcr.io"),
    );
  });

  it("counts a bare official name only in image fields, and never a build stage", () => {
    const compose = "services:\n  web:\n    image: nginx:1.27 # nginx in front\n    command: nginx -g 'daemon off;'\n";
    expect(found("compose.yaml", compose, "nginx")).toEqual(["3:12 nginx:1.27 [services.web.image]"]);
    const pod = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: nginx\n      image: nginx\n";
    expect(found("pod.yaml", pod, "nginx")).toEqual(["6:14 nginx [spec.containers[0].image]"]);
    const kustomization = "images:\n  - name: nginx\n    newName: docker.io/library/nginx\n";
    expect(found("kustomization.yaml", kustomization, "nginx")).toEqual([
      "2:11 nginx [images[0].name]",
      "3:14 docker.io/library/nginx [images[0].newName]",
    ]);
    const dockerfile = "FROM nginx:1.27 AS nginx\nFROM nginx\nCOPY --from=nginx /a /b\nRUN echo nginx\n";
    expect(found("Dockerfile", dockerfile, "nginx")).toEqual(["1:6 nginx:1.27 [FROM]"]);
  });

  it("searches a YAML file that does not parse as text, and says so", () => {
    const result = findInFile(
      "deploy/broken.yaml",
      "image: [ghcr.io/acme/app:1\n  - x: {\n",
      search("ghcr.io/acme/app"),
    );
    expect(result.findings.map((finding) => finding.text)).toEqual(["ghcr.io/acme/app:1"]);
    expect(result.unparsed).toMatch(/YAML does not parse/);
  });

  it("keeps a double-escaped regular expression escaped in JSON", () => {
    const json = '{ "expr": "up{image=~\\"ghcr\\\\\\\\.io/acme/app.*\\"}" }\n';
    expect(renamed("dashboards/app.json", json, "ghcr.io/acme/app", "registry.example.com/acme/app")).toBe(
      '{ "expr": "up{image=~\\"registry\\\\\\\\.example\\\\\\\\.com/acme/app.*\\"}" }\n',
    );
  });

  it("tells comments from values in scripts, Dockerfiles and Terraform", () => {
    const script =
      '#!/bin/sh\necho "# not a comment ghcr.io/acme/app"\ndocker pull ghcr.io/acme/app # ghcr.io/acme/app\n';
    expect(found("run.sh", script, "ghcr.io/acme/app")).toEqual([
      "2:23 ghcr.io/acme/app [text]",
      "3:13 ghcr.io/acme/app [docker pull]",
      "3:32 ghcr.io/acme/app [comment] comment",
    ]);
    const terraform = 'image = "ghcr.io/acme/app" // ghcr.io/acme/app\n';
    expect(found("main.tf", terraform, "ghcr.io/acme/app")).toEqual([
      "1:10 ghcr.io/acme/app [image]",
      "1:31 ghcr.io/acme/app [comment] comment",
    ]);
  });

  it("keeps CRLF line endings and a byte-order mark", () => {
    const compose = "\uFEFFservices:\r\n  app:\r\n    image: ghcr.io/acme/app:1 # pinned\r\n";
    expect(found("compose.yaml", compose, "ghcr.io/acme/app")).toEqual([
      "3:12 ghcr.io/acme/app:1 [services.app.image]",
    ]);
    expect(renamed("compose.yaml", compose, "ghcr.io/acme/app", "ghcr.io/acme/app-api")).toBe(
      compose.replace("acme/app:1", "acme/app-api:1"),
    );
  });

  it("flags an edit that would break the file's syntax, and applyEdits refuses it", async () => {
    const text = 'a: "ghcr.io/acme/app"\n';
    // A finding whose range is off by one (as a wrong parser would give) lands the new text after the quote.
    const finding = findInFile("x.yaml", text, search("ghcr.io/acme/app")).findings[0] as Finding;
    const shifted = { ...finding, pieces: [{ text: finding.name, start: 5, end: 21, literal: true }] };
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-plan-"));
    try {
      await writeFile(path.join(dir, "x.yaml"), text);
      const plan = planRename(
        { target: "ghcr.io/acme/app", findings: [shifted], files: { "x.yaml": { hash: hashBytes(text), text } } },
        "ghcr.io/acme/app-api",
      );
      expect(plan.files[0]?.problem).toMatch(/edited YAML does not parse/);
      await expect(applyEdits(dir, plan)).rejects.toMatchObject({ code: "PROJECT_EDIT_INVALID" });
      expect(await readFile(path.join(dir, "x.yaml"), "utf8")).toBe(text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("plan verification", () => {
  it("flags an edit after which the new name is not found where the old one was", () => {
    const text = "x ghcr.io/acme/app y\n";
    const finding = findInFile("notes.txt", text, search("ghcr.io/acme/app")).findings[0] as Finding;
    const shifted = { ...finding, pieces: [{ text: finding.name, start: 3, end: 19, literal: true }] };
    const plan = planRename(
      { target: "ghcr.io/acme/app", findings: [shifted], files: { "notes.txt": { hash: "", text } } },
      "ghcr.io/acme/app-api",
    );
    expect(plan.files[0]?.after).toBe("x ghcr.io/acme/app -apiy\n");
    expect(plan.files[0]?.problem).toBe("after the edit, line 1 column 3 does not read as ghcr.io/acme/app-api");
  });
});

describe("origin remote", () => {
  it.each([
    ["git@github.com:acme/app.git", "acme/app"],
    ["https://github.com/acme/app", "acme/app"],
    ["https://github.com/acme/app.git/", "acme/app"],
    ["ssh://git@github.example.com:22/acme/app.git", "acme/app"],
    // A local clone's origin is a path: no GitHub repository.
    ["/srv/git/acme/app.git", undefined],
    ["../acme/app", undefined],
    ["file:///srv/git/acme/app.git", undefined],
    ["C:/repos/acme/app", undefined],
  ])("%s → %s", (url, expected) => {
    expect(repositoryFromUrl(url)).toBe(expected);
  });

  it("reads the origin section only", () => {
    const config =
      '[remote "upstream"]\n\turl = git@github.com:up/app.git\n[remote "origin"]\n\turl = git@github.com:me/app.git\n';
    expect(originUrl(config)).toBe("git@github.com:me/app.git");
  });
});
