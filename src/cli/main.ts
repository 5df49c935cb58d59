/**
 * The `dockhand` command line. Each command lives in its own module under `commands/` and registers itself on
 * the program; `main` parses argv and returns the exit code (0 ok, 1 checked thing wrong, 2 usage, 3 network).
 */
import { Command, CommanderError } from "commander";
import type { ExitCode } from "../errors.js";
import { dockhandVersion } from "../version.js";
import { commandsFor } from "./commands/index.js";
import { endQuietlyOnClosedOutput, type Io, processIo, reportError } from "./output.js";

/** A function that adds one command to the program. `setExit` records the command's exit code. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** What a command needs from its surroundings. */
export interface CommandContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Records the exit code of the command that ran. */
  setExit: (code: ExitCode) => void;
  /** Runs a command body, mapping thrown errors to an exit code (and `{error}` on stdout with --json). */
  run: (json: boolean | undefined, body: () => Promise<ExitCode | undefined> | ExitCode | undefined) => Promise<void>;
}

/** Builds the program with the commands `argv` needs registered (all of them for help). */
export async function buildProgram(
  argv: readonly string[],
  io: Io = processIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{
  program: Command;
  exitCode: () => ExitCode;
}> {
  let exit: ExitCode = 0;
  const context: CommandContext = {
    io,
    env,
    setExit: (code) => {
      exit = code;
    },
    run: async (json, body) => {
      try {
        exit = (await body()) ?? 0;
      } catch (error) {
        exit = reportError(io, error, json === true);
      }
    },
  };
  const program = new Command("dockhand")
    .description("Container image publishing that works: diagnose, rename, migrate, tag, clean up, serve.")
    .version(dockhandVersion(), "-V, --version", "print dockhand's version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  const modules = await Promise.all(commandsFor(argv).map((command) => command.load()));
  for (const { register } of modules) register(program, context);
  return { program, exitCode: () => exit };
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (io === processIo) endQuietlyOnClosedOutput();
  const { program, exitCode } = await buildProgram(argv, io, env);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through exitOverride with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(io, error);
  }
  return exitCode();
}
