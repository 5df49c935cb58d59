/**
 * Starts the reference registry (CNCF distribution, Debian package `docker-registry`) on a random 127.0.0.1 port
 * with storage in a temporary directory and deletes enabled, for interop tests and benchmarks.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running reference registry. */
export interface ReferenceRegistry {
  /** `127.0.0.1:PORT` */
  host: string;
  /** `http://127.0.0.1:PORT` */
  url: string;
  storage: string;
  close(): Promise<void>;
}

/** Finds a free port on 127.0.0.1 (the registry cannot report a port it picked itself). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not come up at ${url}: ${log()}`);
}

/** Starts `docker-registry serve` with a fresh storage directory. */
export async function startReferenceRegistry(options: { extraConfig?: string } = {}): Promise<ReferenceRegistry> {
  const dir = await mkdtemp(join(tmpdir(), "dockhand-refreg-"));
  const storage = join(dir, "storage");
  const port = await freePort();
  const config = [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${storage}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    options.extraConfig ?? "",
  ].join("\n");
  const configPath = join(dir, "config.yml");
  await writeFile(configPath, config);
  const child = spawn("docker-registry", ["serve", configPath], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  await waitUntilUp(url, child, () => stderr);
  return {
    host,
    url,
    storage,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
