/**
 * A private Docker engine for the docker-client interop tests: Debian's `docker.io` daemon started in a temporary
 * folder with its own socket, VFS storage and no networking of its own (no iptables, no bridge), so it needs no
 * kernel features beyond what a CI container has and leaves nothing behind. The registries it talks to are the
 * tests' servers on 127.0.0.1, which docker treats as insecure (plain HTTP) registries by default.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ProcessResult, runProcess } from "./process.js";
import { hasTool } from "./tools.js";

/** What one docker CLI call produced. */
export type DockerResult = ProcessResult;

/** A running private Docker engine. */
export interface Dockerd {
  /**
   * Runs the docker CLI against this engine (never rejects; see the result's code). Asynchronous on purpose: the
   * registries docker talks to run in this process, and a synchronous spawn would stop them from answering.
   */
  docker(args: string[], options?: { input?: string; cwd?: string }): Promise<DockerResult>;
  stop(): Promise<void>;
}

/**
 * True when a Docker engine can be started here: the `dockerd` and `docker` commands exist and we are root. In CI
 * (DOCKHAND_REQUIRE_INTEROP=1) a missing tool fails instead of skipping.
 */
export function canRunDockerd(): boolean {
  const tools = hasTool("dockerd") && hasTool("docker");
  return tools && process.getuid?.() === 0;
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  log: () => Promise<string>,
  ms = 60_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s; dockerd said:\n${await log()}`);
}

/** Starts `dockerd` in a fresh temporary folder and waits until it answers. */
export async function startDockerd(): Promise<Dockerd> {
  const dir = await mkdtemp(path.join(tmpdir(), "dockhand-dockerd-"));
  const socket = path.join(dir, "docker.sock");
  const logFile = path.join(dir, "dockerd.log");
  const logFd = openSync(logFile, "w");
  const child: ChildProcess = spawn(
    "dockerd",
    [
      `--data-root=${path.join(dir, "data")}`,
      `--exec-root=${path.join(dir, "exec")}`,
      `--pidfile=${path.join(dir, "dockerd.pid")}`,
      `--host=unix://${socket}`,
      "--storage-driver=vfs",
      "--iptables=false",
      "--ip-masq=false",
      "--bridge=none",
    ],
    { stdio: ["ignore", logFd, logFd] },
  );
  // The legacy builder (DOCKER_BUILDKIT=0): Debian's engine has no buildx, and a FROM scratch build needs nothing
  // else. The client's config (logins) lives in the temporary folder too.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_HOST: `unix://${socket}`,
    DOCKER_CONFIG: path.join(dir, "client"),
    DOCKER_BUILDKIT: "0",
  };
  const docker = (args: string[], options: { input?: string; cwd?: string } = {}): Promise<DockerResult> =>
    runProcess("docker", args, { ...options, env });
  const log = () => readFile(logFile, "utf8").catch(() => "");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitFor(async () => existsSync(socket) && (await docker(["version"])).code === 0, "docker version", log);
  } catch (error) {
    child.kill("SIGTERM");
    await exited;
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    docker,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
