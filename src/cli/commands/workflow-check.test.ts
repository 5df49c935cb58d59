/**
 * `dockhand workflow check` through the CLI: static rules only, exit 1 on a blocking finding, 0 for a right workflow.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";

const scenario = (name: string) => fileURLToPath(new URL(`../../../test/doctor/scenarios/${name}`, import.meta.url));

describe("dockhand workflow check", () => {
  it("exits 1 and names the rule for a job without packages: write", async () => {
    const { code, out } = await runCli([
      "workflow",
      "check",
      "--repo",
      scenario("workflow-missing-packages-write"),
      "--github-repo",
      "alice/app",
      "--json",
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { findings: Array<{ id: string }>; skipped: Array<{ check: string }> };
    expect(report.findings[0]?.id).toBe("workflow-missing-packages-write");
    expect(report.skipped.map((s) => s.check)).toContain("live checks");
  });

  it("exits 0 for a right workflow", async () => {
    const { code, out } = await runCli([
      "workflow",
      "check",
      "--repo",
      scenario("correct-metadata"),
      "--github-repo",
      "Alice/App",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("No problem found.");
  });

  it("finds nothing blocking in the workflow `workflow init` writes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dockhand-check-init-"));
    try {
      await mkdir(path.join(dir, ".github/workflows"), { recursive: true });
      const output = path.join(dir, ".github/workflows/publish.yml");
      expect((await runCli(["workflow", "init", "--output", output])).code).toBe(0);
      const { code, out } = await runCli([
        "workflow",
        "check",
        "--repo",
        dir,
        "--github-repo",
        "Acme-Corp/Widget",
        "--json",
      ]);
      expect(code).toBe(0);
      const report = JSON.parse(out) as {
        findings: Array<{ id: string; severity: string }>;
        checked: Array<{ check: string; detail: string }>;
      };
      expect(report.findings.filter((f) => f.severity === "blocking")).toEqual([]);
      // Every push is seen: the two build legs and the merge job's imagetools create.
      expect(report.checked.find((c) => c.check === "workflows")?.detail).toContain("3 push step(s)");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
