/**
 * After a rename is planned: does any workflow still push the old name? The workflow model reads every workflow as
 * it will be after the edits, and each push whose image resolves to the old repository is listed with where its
 * name comes from, so a partial rename is never mistaken for a done one (`dockhand rename` exits 1 unless
 * `--allow-partial`).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseRepository } from "../project/index.js";
import { findPushSteps, parseWorkflow, type Workflow } from "../workflows/index.js";
import type { ProjectRename } from "./rename.js";

/** A push that still writes the old name. */
export interface PushLeft {
  file: string;
  line: number;
  /** The reference as written in the workflow. */
  text: string;
  /** What the name is built from (env entries, contexts), for the report. */
  from: string[];
}

const WORKFLOWS = ".github/workflows";

/**
 * A name that starts with a secret or variable holding a user or organisation name (`${{ secrets.DOCKER_USERNAME
 * }}/app`): one path component, no registry host, so a Docker Hub image — never one on another registry.
 */
const USER_NAMESPACE = /^\$\{\{\s*(?:secrets|vars)\.\w*(?:USER|LOGIN|NAMESPACE|ORG)\w*\s*\}\}\//i;

/** What the workflows push after the rename: the old name still, or a name the workflow does not say. */
export interface PushesAfter {
  /** Pushes that still resolve to the old repository: the rename is partial. */
  left: PushLeft[];
  /**
   * Pushes to the old registry (or an unknown one) whose repository comes from something the workflow does not say
   * (`vars.IMAGE`, a secret, a step's output): they may push the old name, and no rename can tell.
   */
  unknown: PushLeft[];
}

/** The pushes of the workflows, as they will read after the rename, that still resolve to the old repository. */
export async function pushesLeft(root: string, rename: ProjectRename): Promise<PushesAfter> {
  const old = parseRepository(rename.from, "old repository");
  const names = (await readdir(path.join(root, WORKFLOWS)).catch(() => [] as string[])).filter((n) =>
    /\.ya?ml$/i.test(n),
  );
  const left: PushLeft[] = [];
  const unknown: PushLeft[] = [];
  const workflows: Workflow[] = [];
  for (const name of names.sort()) {
    const file = `${WORKFLOWS}/${name}`;
    const planned = rename.files.find((f) => f.file === file);
    const text = planned?.after ?? (await readFile(path.join(root, file), "utf8").catch(() => ""));
    const { workflow } = parseWorkflow(text, file);
    if (workflow) workflows.push(workflow);
  }
  // Every workflow is given, so a reusable one's inputs resolve to what its callers pass.
  const context = { ...(rename.scan.githubRepo ? { repository: rename.scan.githubRepo } : {}), workflows };
  for (const workflow of workflows) {
    const file = workflow.file;
    for (const push of findPushSteps(workflow, context)) {
      for (const ref of push.legs.flatMap((leg) => leg.images)) {
        const registry = ref.registry?.toLowerCase();
        const same = registry === old.domain.toLowerCase() && ref.repository?.toLowerCase() === old.path;
        const hidden =
          (registry === undefined || registry === old.domain.toLowerCase()) &&
          (ref.repository === undefined || ref.repository.includes("$")) &&
          mayEndIn(ref.pattern, old.path) &&
          !(old.domain !== "docker.io" && USER_NAMESPACE.test(ref.text));
        const list = same ? left : hidden ? unknown : undefined;
        if (!list || list.some((l) => l.file === file && l.line === ref.span.line && l.text === ref.text)) continue;
        list.push({
          file,
          line: ref.span.line,
          text: ref.text,
          from: ref.sources.map((s) =>
            s.kind === "context" ? s.path : s.kind === "env" ? `${s.level} ${s.name}` : s.name,
          ),
        });
      }
    }
  }
  return { left, unknown };
}

/** Whether a name pattern's last component is unknown or the old name's (`${{ secrets.USER }}/tool` is not `app`). */
function mayEndIn(pattern: string, path: string): boolean {
  const last = (pattern.split("@")[0] ?? "").split("/").pop() ?? "";
  const name = last.replace(/:[^$]*$/, "");
  return name.includes("$") || name.toLowerCase() === path.split("/").pop();
}
