/**
 * Every command of the CLI, in the order `--help` lists them: its name and how to load its module (which exports
 * `register`). Modules load on demand, so a command run by name loads only its own module and what that imports.
 */
import type { RegisterCommand } from "../main.js";

/** One top-level command. */
export interface CommandModule {
  name: string;
  load: () => Promise<{ register: RegisterCommand }>;
}

export const commands: CommandModule[] = [
  { name: "ref", load: () => import("./ref.js") },
  { name: "ls", load: () => import("./ls.js") },
  { name: "inspect", load: () => import("./inspect.js") },
  { name: "digest", load: () => import("./digest.js") },
  { name: "rm", load: () => import("./rm.js") },
  { name: "tags", load: () => import("./tags.js") },
  { name: "index", load: () => import("./index-cmd.js") },
  { name: "workflow", load: () => import("./workflow.js") },
  { name: "doctor", load: () => import("./doctor.js") },
  { name: "fix", load: () => import("./fix.js") },
  { name: "rename", load: () => import("./rename.js") },
  { name: "migrate", load: () => import("./migrate.js") },
  { name: "copy", load: () => import("./copy.js") },
  { name: "sync", load: () => import("./sync.js") },
  { name: "packages", load: () => import("./packages.js") },
  { name: "cleanup", load: () => import("./cleanup.js") },
  { name: "explore", load: () => import("./explore.js") },
  { name: "serve", load: () => import("./serve.js") },
  { name: "gc", load: () => import("./gc.js") },
];

/**
 * The commands argv needs: only the named one when it names one; none for `--version`; all of them otherwise
 * (help, a typo that commander answers with a suggestion).
 */
export function commandsFor(argv: readonly string[]): CommandModule[] {
  const first = argv[0];
  if (argv.length === 1 && (first === "--version" || first === "-V")) return [];
  const named = commands.find((command) => command.name === first);
  return named ? [named] : commands;
}
