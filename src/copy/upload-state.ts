/**
 * Open upload sessions of blob copies, on disk, so a copy killed mid-blob (kill -9, a lost machine) lets the next
 * run resume the session at the target's offset (GET on the session answers `Range: 0-N`) or cancel it, instead of
 * sending the blob again in full and leaving the partial upload behind. One small JSON file, replaced atomically
 * (write a temporary file, then rename) on every change; writes of one process are serialised. Two copies running
 * at once may drop each other's entries (the last writer wins): the cost is a blob sent in full, as before.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** One open session. */
export interface OpenUpload {
  /** The session URL the target handed out. */
  location: string;
  digest: string;
  size: number;
  /** Bytes sent into the session when last recorded (the target's own `Range` decides on resume). */
  offset: number;
  /** When it was recorded (ms since the epoch); sessions older than a week are forgotten. */
  updated: number;
}

const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** Where the state file lives: DOCKHAND_STATE_DIR, else $XDG_STATE_HOME/dockhand, else ~/.local/state/dockhand. */
export function uploadStatePath(env: NodeJS.ProcessEnv = process.env): string {
  const dir =
    env.DOCKHAND_STATE_DIR ??
    join(
      env.XDG_STATE_HOME && env.XDG_STATE_HOME !== "" ? env.XDG_STATE_HOME : join(homedir(), ".local", "state"),
      "dockhand",
    );
  return join(dir, "uploads.json");
}

/** The key of a session: target registry, repository and digest. */
export function uploadKey(host: string, repository: string, digest: string): string {
  return `${host}/${repository}@${digest}`;
}

/** The open sessions, kept in a file. */
export class UploadState {
  private entries: Record<string, OpenUpload> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  private async load(): Promise<Record<string, OpenUpload>> {
    if (this.entries) return this.entries;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.path, "utf8"));
    } catch {
      parsed = {}; // absent or unreadable: nothing to resume (a broken file is replaced on the next write)
    }
    const entries: Record<string, OpenUpload> = {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
        const entry = value as Partial<OpenUpload> | null;
        if (
          entry &&
          typeof entry.location === "string" &&
          typeof entry.digest === "string" &&
          typeof entry.size === "number" &&
          typeof entry.offset === "number" &&
          typeof entry.updated === "number" &&
          this.now() - entry.updated < MAX_AGE_MS
        ) {
          entries[key] = entry as OpenUpload;
        }
      }
    }
    this.entries ??= entries;
    return this.entries;
  }

  /** The recorded session for a key, if any. */
  async get(key: string): Promise<OpenUpload | undefined> {
    return (await this.load())[key];
  }

  /** Records (or updates) a session. */
  async set(key: string, entry: Omit<OpenUpload, "updated">): Promise<void> {
    (await this.load())[key] = { ...entry, updated: this.now() };
    await this.save();
  }

  /** Forgets a session (committed, cancelled or gone). */
  async delete(key: string): Promise<void> {
    const entries = await this.load();
    if (!(key in entries)) return;
    delete entries[key];
    await this.save();
  }

  private save(): Promise<void> {
    const next = this.writing.then(async () => {
      const text = `${JSON.stringify(this.entries ?? {}, null, 2)}\n`;
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      const temporary = `${this.path}.${process.pid}.tmp`;
      await writeFile(temporary, text, { mode: 0o600 });
      await rename(temporary, this.path);
    });
    // A failed write loses only the ability to resume; the copy itself goes on.
    this.writing = next.catch(() => {});
    return this.writing;
  }
}
