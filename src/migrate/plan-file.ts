/**
 * The migration plan kept in the repository (`.dockhand/migration.yaml`): which image moves where, the phase it
 * is in, the paths switched so far and what each step did. Validated with zod on every read, written atomically
 * (a temporary file renamed over the old one), so an interrupted run never leaves half a plan.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import { z } from "zod";
import { DockhandError } from "../errors.js";

/** The phases in order; `done` follows the clean-up. */
export const PHASES = ["parallel-run", "gradual-switch", "full-switch", "clean-up", "done"] as const;

/** A migration phase. */
export type Phase = (typeof PHASES)[number];

const PhaseSchema = z.enum(PHASES);

const StepSchema = z.strictObject({
  phase: PhaseSchema,
  at: z.string(),
  result: z.string(),
});

/** The plan file's schema. */
export const MigrationSchema = z.strictObject({
  version: z.literal(1),
  from: z.string().min(1),
  to: z.string().min(1),
  githubRepo: z.string().optional(),
  phase: PhaseSchema,
  /** Globs switched in the gradual phase so far. */
  switched: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(StepSchema),
});

/** A migration plan. */
export type Migration = z.infer<typeof MigrationSchema>;

/** Where the plan lives in a checkout. */
export function migrationPath(root: string): string {
  return path.join(root, ".dockhand", "migration.yaml");
}

/** Reads and validates the plan; throws MIGRATION_NOT_FOUND or MIGRATION_INVALID naming the field. */
export async function loadMigration(root: string): Promise<Migration> {
  const file = migrationPath(root);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new DockhandError("MIGRATION_NOT_FOUND", `no migration plan at ${file}`, {
      exit: 2,
      hint: "start one with: dockhand migrate plan OLD NEW",
    });
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new DockhandError("MIGRATION_INVALID", `${file}: not valid YAML: ${(error as Error).message}`);
  }
  const parsed = MigrationSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`);
    throw new DockhandError("MIGRATION_INVALID", `${file}: ${problems.join("; ")}`, { details: { problems } });
  }
  return parsed.data;
}

/** Writes the plan atomically. */
export async function saveMigration(root: string, migration: Migration): Promise<void> {
  const file = migrationPath(root);
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  const text = `# dockhand migration plan: run \`dockhand migrate status\` and \`dockhand migrate next\`\n${stringify(MigrationSchema.parse(migration))}`;
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw new DockhandError("MIGRATION_WRITE_FAILED", `could not write ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** The phase after `phase`. */
export function nextPhase(phase: Phase): Phase {
  return PHASES[Math.min(PHASES.indexOf(phase) + 1, PHASES.length - 1)] as Phase;
}
