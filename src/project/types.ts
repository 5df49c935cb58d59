/**
 * Types shared by the project scanner and the rename planner.
 * Offsets are UTF-16 code-unit offsets into the decoded file text (what string splicing uses); byte offsets are
 * UTF-8 offsets into the file on disk (what other tools report).
 */

/** Where a reference lives, for grouping a report. */
export type ReferenceKind = "ci" | "deployment" | "script" | "docs" | "monitoring" | "build";

/** The file format the scanner recognised; it decides how a match is given its context. */
export type FileFormat =
  | "workflow"
  | "ci-yaml"
  | "compose"
  | "kubernetes"
  | "helm-values"
  | "helm-template"
  | "kustomization"
  | "prometheus"
  | "yaml"
  | "dockerfile"
  | "shell"
  | "makefile"
  | "dotenv"
  | "markdown"
  | "grafana"
  | "json"
  | "terraform"
  | "text";

/**
 * One part of a reference name as it is spelled in the source. A plain match is one editable piece; a name built
 * from expressions (`${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}`) or split fields (Helm `registry` + `repository`)
 * has several, and the planner edits only the pieces whose text changes.
 */
export interface NamePiece {
  /** The text this piece contributes to the resolved name. */
  text: string;
  /** Source range of the piece in the finding's file; absent for text that exists in no file (a joining "/"). */
  start?: number;
  end?: number;
  /**
   * True when the source at [start, end) spells exactly `text`. False for an expansion the planner cannot rewrite
   * (such as `${{ github.repository }}`): text may be inserted beside it, or it is replaced as a whole.
   */
  literal: boolean;
  /** The expression this piece came from, when it is one (`github.repository`, `env.IMAGE_NAME`, `$IMAGE`). */
  expression?: string;
  /** The variable whose definition holds this piece (`env.REGISTRY`, `REGISTRY`): editing it changes every use. */
  definedBy?: string;
  /**
   * Set on an expansion at a use whose definition another image's name shares: the rename edits beside the use, not
   * the definition (`definition` is the variable, `sharedWith` the other names).
   */
  split?: SharedDefinition;
}

/** A definition that the target's name shares with other images' names. */
export interface SharedDefinition {
  definition: string;
  sharedWith: string[];
  /** Where the definition's value is written: a plain match there is the shared definition, not an image to edit. */
  start: number;
  end: number;
}

/** A place that uses a definition which the finding points at. */
export interface ReferenceUse {
  line: number;
  column: number;
  start: number;
  end: number;
  /** The source text of the use (`${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}:main`). */
  text: string;
  /** The reference the use resolves to, tag and digest included. */
  resolved: string;
  context: string;
}

/** One occurrence of the target image repository in a file. */
export interface Finding {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  /** 1-based line and column (UTF-16 units) of `start`. */
  line: number;
  column: number;
  /** Source range of the occurrence: name plus tag and digest as written, or the definition an expression uses. */
  start: number;
  end: number;
  /** The same range in UTF-8 bytes. */
  byteStart: number;
  byteEnd: number;
  /** The exact source text of [start, end). */
  text: string;
  /** The name as written, unescaped and with expressions resolved (`owner/app`, `ghcr.io/owner/app`). */
  name: string;
  /** Tag and digest as written, when the occurrence has them. */
  tag?: string;
  digest?: string;
  kind: ReferenceKind;
  format: FileFormat;
  /** Which manager and field holds the reference (`jobs.build.steps[2].with.images`, `FROM`, `run:`). */
  context: string;
  /** How `name` maps back onto the source. */
  pieces: NamePiece[];
  /** Backslashes written before each dot (a regular expression such as `ghcr\.io/owner/app`). */
  escape?: string;
  /**
   * Not a valid reference though it clearly names the image: `short digest`, `placeholder tag` or `regular
   * expression` (a tail such as `:.*`). Its name part is renamed like any other; reports list it as such.
   */
  irregular?: string;
  /** The occurrence sits in a comment: reported, left alone by a rename unless asked. */
  comment?: boolean;
  /** For a definition reached through expressions: the places that use it. */
  uses?: ReferenceUse[];
}

/** Why a file was searched as plain text or not searched at all. */
export interface UnparsedFile {
  file: string;
  reason: string;
}

/** Options of {@link scanProject}. */
export interface ScanOptions {
  /** `owner/name` of the GitHub repository, for `${{ github.repository }}`; else GITHUB_REPOSITORY, else origin. */
  githubRepo?: string;
  /** Environment to read GITHUB_REPOSITORY from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Files larger than this are skipped (default 1 MiB). */
  maxFileSize?: number;
  /** Extra glob patterns (relative to root) to skip. */
  exclude?: string[];
  /** Let `git grep` pick the files to read in a git checkout (default true); false reads every file. */
  useGit?: boolean;
}

/** What a file looked like when it was scanned; the planner needs its text, applyEdits its hash. */
export interface ScannedFile {
  /** sha256 of the file's bytes, hex. */
  hash: string;
  text: string;
}

/** The result of {@link scanProject}. */
export interface ScanResult {
  root: string;
  /** The target repository, normalised (`ghcr.io/owner/app`, `docker.io/library/nginx`). */
  target: string;
  /** The GitHub repository used to resolve expressions, when one was known. */
  githubRepo?: string;
  findings: Finding[];
  /** Files that have findings, by relative path. */
  files: Record<string, ScannedFile>;
  /** Files searched as plain text because they did not parse, and files skipped as not UTF-8. */
  unparsed: UnparsedFile[];
  /** How many files were read. */
  filesScanned: number;
  /** What the scan could not decide, for the report (`${{ github.repository }}` with no repository known). */
  warnings: string[];
}
