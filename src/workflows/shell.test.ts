// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scripts hold GitHub `${{ }}` expressions
import { describe, expect, it } from "vitest";
import { parseScript, wordText } from "./shell.js";

const words = (script: string) => parseScript(script).map((c) => c.words.map(wordText));

describe("parseScript", () => {
  it.each([
    [
      "docker push a\ndocker push b",
      [
        ["docker", "push", "a"],
        ["docker", "push", "b"],
      ],
    ],
    ["docker build \\\n  -t x \\\n  .", [["docker", "build", "-t", "x", "."]]],
    ["a && b || c; d", [["a"], ["b"], ["c"], ["d"]]],
    [
      "docker push ${{ env.REGISTRY }}/x:${{ github.sha }}",
      [["docker", "push", "${{ env.REGISTRY }}/x:${{ github.sha }}"]],
    ],
    [`docker push "$IMAGE:latest" 'lit $X'`, [["docker", "push", "$IMAGE:latest", "lit $X"]]],
    ["# a comment\ndocker push x # trailing", [["docker", "push", "x"]]],
    ["sudo docker push x", [["docker", "push", "x"]]],
    ["docker push $(cat name | tr A-Z a-z)", [["docker", "push", "$(cat name | tr A-Z a-z)"]]],
    ["docker push ${{ format('{0} }}', env.X) }}/x y", [["docker", "push", "${{ format('{0} }}', env.X) }}/x", "y"]]],
    ['echo "X=1" >> "$GITHUB_ENV"', [["echo", "X=1"]]],
    ["docker push x 2>&1 >/dev/null", [["docker", "push", "x"]]],
  ])("%j", (script, expected) => {
    expect(words(script)).toEqual(expected);
  });

  it("keeps word offsets, pipes, here-strings, assignments and redirections", () => {
    const [echo, login] = parseScript('echo "$T" | docker login ghcr.io --password-stdin');
    expect(login?.pipedFrom).toBe(echo);
    expect(login?.words[0]?.start).toBe(12);
    const [here] = parseScript('docker login -u me --password-stdin <<< "$T"');
    expect(here?.hereString?.raw).toBe('"$T"');
    const [assign] = parseScript("IMAGE=ghcr.io/a/b");
    expect(assign?.assignments.map(wordText)).toEqual(["IMAGE=ghcr.io/a/b"]);
    expect(assign?.words).toEqual([]);
    const [env] = parseScript('echo "X=1" >> "$GITHUB_ENV"');
    expect(env?.redirects.map((r) => [r.op, r.target?.raw])).toEqual([[">>", '"$GITHUB_ENV"']]);
  });
});
