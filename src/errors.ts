/**
 * Errors are values with a stable code, a message a person understands, and evidence.
 * The CLI maps `exit` to the process exit code:
 * 0 ok, 1 the thing checked is wrong, 2 usage, 3 network or registry failure.
 */
export type ExitCode = 0 | 1 | 2 | 3;

/** Options for a {@link DockhandError}. */
export interface DockhandErrorOptions {
  /** A suggestion the user can act on ("did you mean …"). */
  hint?: string;
  /** Process exit code the CLI uses for this error (default 1). */
  exit?: ExitCode;
  /** Machine-readable details: which host, which request, which file and line. Never secrets. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The base error of dockhand: every error users see carries a code and, where it helps, a hint. */
export class DockhandError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exit: ExitCode;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: DockhandErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DockhandError";
    this.code = code;
    this.hint = options.hint;
    this.exit = options.exit ?? 1;
    this.details = options.details ?? {};
  }

  /** A plain object for `--json` output. */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(Object.keys(this.details).length > 0 ? { details: this.details } : {}),
    };
  }
}

/** A command-line usage mistake (exit 2). */
export class UsageError extends DockhandError {
  constructor(message: string, hint?: string) {
    super("USAGE", message, { exit: 2, ...(hint ? { hint } : {}) });
    this.name = "UsageError";
  }
}

/**
 * The codes that mean "the store or registry does not have it": a manifest, a blob or a whole repository. One list,
 * so every caller agrees on what "not found" is (go-containerregistry's transport.Error codes are the model).
 */
export const NOT_FOUND_CODES: ReadonlySet<string> = new Set([
  "MANIFEST_UNKNOWN",
  "BLOB_UNKNOWN",
  "NAME_UNKNOWN",
  "NOT_FOUND",
]);

/** True for an error that means "it is not there" (by code, never by message text). */
export function isNotFound(error: unknown): boolean {
  return error instanceof DockhandError && NOT_FOUND_CODES.has(error.code);
}
