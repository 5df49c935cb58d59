// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub and shell expressions
import { describe, expect, it } from "vitest";
import { parseRepository, spellingsOf } from "./target.js";
import { compileFinder } from "./text-finder.js";

function finderFor(target: string) {
  return compileFinder(spellingsOf(parseRepository(target)));
}

/** `[text, expected]`: expected is the matched text (name, tag, digest) of each match, in order. */
const ghcrCases: [string, string[]][] = [
  ["image: ghcr.io/owner/app:1.2.3", ["ghcr.io/owner/app:1.2.3"]],
  ["image: ghcr.io/owner/app", ["ghcr.io/owner/app"]],
  [`FROM ghcr.io/owner/app@sha256:${"a".repeat(64)} AS x`, [`ghcr.io/owner/app@sha256:${"a".repeat(64)}`]],
  [`ghcr.io/owner/app:1@sha256:${"b".repeat(64)}`, [`ghcr.io/owner/app:1@sha256:${"b".repeat(64)}`]],
  ["`docker pull ghcr.io/owner/app`.", ["ghcr.io/owner/app"]],
  ["Images live at ghcr.io/owner/app.", ["ghcr.io/owner/app"]],
  ["See ghcr.io/owner/app:1.0.", ["ghcr.io/owner/app:1.0"]],
  ["COPY --from=ghcr.io/owner/app:2 /a /b", ["ghcr.io/owner/app:2"]],
  ["images: ghcr.io/owner/app,docker.io/owner/app", ["ghcr.io/owner/app"]],
  ["name=ghcr.io/owner/app,enable=true", ["ghcr.io/owner/app"]],
  ["type=registry,ref=ghcr.io/owner/app:buildcache", ["ghcr.io/owner/app:buildcache"]],
  ["uses: docker://ghcr.io/owner/app:tools", ["ghcr.io/owner/app:tools"]],
  ["image: ${IMAGE:-ghcr.io/owner/app:1}", ["ghcr.io/owner/app:1"]],
  ["tags: ghcr.io/owner/app:${{ github.sha }}", ["ghcr.io/owner/app:${{ github.sha }}"]],
  ["tags: ghcr.io/owner/app:main-${{ github.sha }}", ["ghcr.io/owner/app:main-${{ github.sha }}"]],
  ['docker push "ghcr.io/owner/app:$TAG"', ["ghcr.io/owner/app:$TAG"]],
  ["docker push ghcr.io/owner/app:$(VERSION)", ["ghcr.io/owner/app:$(VERSION)"]],
  ['docker pull ghcr.io/owner/app:"$TAG"', ["ghcr.io/owner/app"]],
  ["GHCR.IO/owner/app", ["GHCR.IO/owner/app"]],
  ['image=~"ghcr\\.io/owner/app.*"', ["ghcr\\.io/owner/app"]],
  ['image=~\\"ghcr\\\\\\\\.io/owner/app.*\\"', ["ghcr\\\\\\\\.io/owner/app"]],
  ["a ghcr.io/owner/app b ghcr.io/owner/app:2", ["ghcr.io/owner/app", "ghcr.io/owner/app:2"]],
  ["ghcr.io/owner/app-api", []],
  ["ghcr.io/owner/app_api", []],
  ["ghcr.io/owner/app.tar", []],
  ["ghcr.io/owner/application", []],
  ["ghcr.io/owner/app/worker:1", []],
  ["ghcr.io/owner/apps", []],
  ["ghcr.io/owner/App", []],
  ["xghcr.io/owner/app", []],
  ["my.ghcr.io/owner/app", []],
  ["https://ghcr.io/owner/app", []],
  ["mirror.example.com/ghcr.io/owner/app", []],
  ["ghcr.io/owner/app-${{ matrix.variant }}", []],
  ["ghcr.io/owner/app${SUFFIX}", []],
  ["ghcr.io/owner/app:-x", []],
  ["ghcr.io/owner/appliance/app", []],
  ["ghcr.io/owner/app@v4", []],
];

const hubCases: [string, string[]][] = [
  ["image: owner/app:1", ["owner/app:1"]],
  ["image: docker.io/owner/app", ["docker.io/owner/app"]],
  ["image: index.docker.io/owner/app:2", ["index.docker.io/owner/app:2"]],
  ["uses: owner/app@v4", []],
  ["uses: owner/app@main", []],
  [`uses: owner/app@${"c".repeat(40)}`, []],
  ["see https://github.com/owner/app", []],
  ["git clone git@github.com:owner/app", []],
  ["owner/app.git", []],
  ["myowner/app", []],
  ["owner/app-api", []],
  ["registry-1.docker.io/owner/app", []],
  ["ghcr.io/owner/app", []],
  ["${PREFIX}owner/app", []],
];

describe("compileFinder", () => {
  it.each(ghcrCases)("ghcr.io/owner/app in %j", (text, expected) => {
    const matches = finderFor("ghcr.io/owner/app")(text);
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  it.each(hubCases)("owner/app (Docker Hub) in %j", (text, expected) => {
    const matches = finderFor("docker.io/owner/app")(text);
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  it("reports the tag, digest and escaping as written", () => {
    const digest = `sha256:${"d".repeat(64)}`;
    const [plain] = finderFor("ghcr.io/owner/app")(`x ghcr.io/owner/app:v1.2@${digest} y`);
    expect(plain).toMatchObject({ start: 2, nameEnd: 19, name: "ghcr.io/owner/app", tag: "v1.2", digest });
    const [escaped] = finderFor("ghcr.io/owner/app")("ghcr\\\\.io/owner/app");
    expect(escaped).toMatchObject({ name: "ghcr.io/owner/app", escape: "\\\\", nameEnd: 19 });
  });

  it("marks a bare official-image name, which only counts in image fields", () => {
    const find = finderFor("nginx");
    expect(find("FROM nginx:1.27").map((match) => [match.name, match.bare])).toEqual([["nginx", true]]);
    expect(find("docker.io/library/nginx").map((match) => [match.name, match.bare])).toEqual([
      ["docker.io/library/nginx", false],
    ]);
    expect(find("library/nginx docker.io/nginx").map((match) => match.name)).toEqual([
      "library/nginx",
      "docker.io/nginx",
    ]);
  });
});
