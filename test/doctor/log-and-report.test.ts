/**
 * The log reader (error texts → kinds, images, tags, timestamps, pushes, the token permissions block) and the
 * report's outputs for GitHub Actions (job summary, annotations) and GitHub Support (redacted).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type DoctorReport,
  parseLogs,
  primaryError,
  redact,
  renderAnnotations,
  renderSupportReport,
} from "../../src/doctor/index.js";
import { runCli } from "../helpers/cli.js";

const SCENARIO = fileURLToPath(new URL("./scenarios/workflow-missing-packages-write", import.meta.url));

describe("parseLogs", () => {
  const table: Array<[string, string, string | undefined, string | undefined]> = [
    [
      "ERROR: failed to push ghcr.io/acme/app:main-amd64: denied: permission_denied: write_package",
      "write-package",
      "ghcr.io/acme/app",
      "main-amd64",
    ],
    ["denied: installation not allowed to Create organization package", "installation-create", undefined, undefined],
    [
      "unexpected status from HEAD request to https://ghcr.io/v2/acme/app/blobs/sha256:abc: 403 Forbidden",
      "forbidden",
      "ghcr.io/acme/app",
      undefined,
    ],
    [
      'failed to push ghcr.io/o/r:1-arm64: denied: permission_denied: Error from intermediary with HTTP status code 403 "Forbidden"',
      "secondary-rate-limit",
      "ghcr.io/o/r",
      "1-arm64",
    ],
    [
      "429 Too Many Requests - Server message: toomanyrequests: retry-after: 1.1ms, allowed: 44000/minute",
      "too-many-requests",
      undefined,
      undefined,
    ],
    ["ERROR: invalid reference format: repository name must be lowercase", "lowercase", undefined, undefined],
    ["Error: Username and password required", "login-missing", undefined, undefined],
  ];
  for (const [line, kind, image, tag] of table) {
    it(`reads ${kind}`, () => {
      const error = primaryError(parseLogs([{ text: `2026-11-29T10:00:00.1234567Z ${line}\n` }]));
      expect(error?.kind).toBe(kind);
      expect(error?.image).toBe(image);
      expect(error?.tag).toBe(tag);
      expect(error?.time).toBe("2026-11-29T10:00:00.1234567Z");
    });
  }

  it("prefers a specific refusal over a bare 403, and finds pushes and the token's packages permission", () => {
    const facts = parseLogs([
      { job: "build (amd64)", text: "#12 pushing ghcr.io/acme/app:main-amd64 done\n" },
      {
        job: "build (arm64)",
        text: "GITHUB_TOKEN Permissions\n  Contents: read\n  Packages: read\nSecret source: Actions\nERROR: failed to push ghcr.io/acme/app:main-arm64: denied: installation not allowed to Write organization package\nError: buildx failed with: 403 Forbidden\n",
      },
    ]);
    expect(primaryError(facts)?.kind).toBe("installation-write");
    expect(facts.pushes.map((p) => `${p.job} ${p.image}:${p.tag}`)).toEqual([
      "build (amd64) ghcr.io/acme/app:main-amd64",
    ]);
    expect(facts.tokenPermissions).toEqual({ packages: "read", line: 3, job: "build (arm64)" });
  });
});

describe("outputs", () => {
  it("redacts tokens in the support report", () => {
    expect(redact("token ghp_abcdefghijklmnop and github_pat_11AAAAAAAAAA_bbbb")).toBe(
      "token [redacted] and [redacted]",
    );
    const report: DoctorReport = {
      image: "ghcr.io/a/b",
      repository: "a/b",
      checked: [{ check: "token", detail: "ghs_secretvalue123" }],
      skipped: [],
      findings: [],
    };
    const text = renderSupportReport(report, "2026-11-29T00:00:00Z");
    expect(text).not.toContain("ghs_secretvalue123");
    expect(text).toContain("Image: ghcr.io/a/b");
  });

  it("writes a job summary and ::error annotations on the workflow line inside GitHub Actions", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-summary-"));
    try {
      const summary = path.join(dir, "summary.md");
      const env = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary, GITHUB_REPOSITORY: "alice/app" };
      const { code, out } = await runCli(
        [
          "doctor",
          "--repo",
          SCENARIO,
          "--log",
          path.join(SCENARIO, "log.txt"),
          "--support-report",
          path.join(dir, "support.txt"),
        ],
        { env },
      );
      expect(code).toBe(1);
      expect(out).toMatch(
        /^::error file=\.github\/workflows\/publish\.yml,line=\d+,title=workflow-missing-packages-write::/m,
      );
      expect(await readFile(summary, "utf8")).toContain("`workflow-missing-packages-write`");
      expect(await readFile(path.join(dir, "support.txt"), "utf8")).toContain("[workflow-missing-packages-write]");
      expect(out).toContain("Most likely cause:");
      expect(out).toContain("Not checked:");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("renders no annotation for info findings", () => {
    const report: DoctorReport = {
      image: undefined,
      repository: undefined,
      checked: [],
      skipped: [],
      findings: [
        {
          id: "new-package-race",
          title: "t",
          severity: "info",
          confidence: 0.1,
          why: "w",
          evidence: [{ where: { kind: "file", file: "a.yml", line: 3 }, text: "x" }],
          fix: { kind: "ui", summary: "s", url: "https://example.com", steps: [] },
        },
      ],
    };
    expect(renderAnnotations(report)).toBe("");
  });

  it("refuses --log together with --run (exit 2)", async () => {
    const { code } = await runCli(["doctor", "--repo", SCENARIO, "--log", "x", "--run", "latest", "--token", "t"]);
    expect(code).toBe(2);
  });
});
