/**
 * Options every registry command shares, and the client they configure:
 * - `--plain-http HOST` (repeatable; env DOCKHAND_PLAIN_HTTP, comma-separated): plain HTTP for that host, beside
 *   localhost, 127.0.0.0/8 and ::1 which always use it;
 * - `--resolve HOST=URL` (repeatable; env DOCKHAND_RESOLVE, comma-separated): send every request for HOST to URL,
 *   as curl's --resolve does (how the demo and tests point ghcr.io/... at a local emulator).
 * There is no option to skip TLS verification: a registry with a private CA needs NODE_EXTRA_CA_CERTS.
 */
import type { Command } from "commander";
import { parseResolve } from "../registry/hosts.js";
import type { RegistryClient, RegistryClientOptions } from "../registry/index.js";
import type { Io } from "./output.js";

/** The parsed values of the shared registry options. */
export interface RegistryCliOptions {
  plainHttp?: string[];
  resolve?: string[];
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Adds `--plain-http` and `--resolve` to a command. */
export function addRegistryOptions(command: Command): Command {
  return command
    .option(
      "--plain-http <host>",
      "use plain HTTP for this registry host (repeatable; env DOCKHAND_PLAIN_HTTP; loopback always uses it)",
      collect,
    )
    .option(
      "--resolve <host=url>",
      "send every request for HOST to URL, as curl --resolve (repeatable; env DOCKHAND_RESOLVE)",
      collect,
    );
}

/** Client settings from the options; the client adds DOCKHAND_PLAIN_HTTP and DOCKHAND_RESOLVE from `env`. */
export function registryClientOptions(options: RegistryCliOptions, env: NodeJS.ProcessEnv): RegistryClientOptions {
  return {
    plainHttp: options.plainHttp ?? [],
    resolve: parseResolve(options.resolve ?? []),
    env,
  };
}

/**
 * A client for a command; registry warnings go to stderr. The caller closes it. The client (and node:http with it)
 * loads only here, so registering the options keeps start-up fast.
 */
export async function clientFromOptions(
  options: RegistryCliOptions,
  env: NodeJS.ProcessEnv,
  io?: Io,
): Promise<RegistryClient> {
  const { RegistryClient } = await import("../registry/index.js");
  return new RegistryClient({
    ...registryClientOptions(options, env),
    ...(io ? { onWarning: (w: { host: string; text: string }) => io.err(`warning: ${w.host}: ${w.text}\n`) } : {}),
  });
}

/** Runs `body` with a client from the options and closes the client afterwards. */
export async function withClient<T>(
  options: RegistryCliOptions,
  env: NodeJS.ProcessEnv,
  io: Io,
  body: (client: RegistryClient) => Promise<T>,
): Promise<T> {
  const client = await clientFromOptions(options, env, io);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}
