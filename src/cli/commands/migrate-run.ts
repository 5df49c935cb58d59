/** The bodies of `dockhand migrate plan|next|status`, loaded only when a subcommand runs. */
import pc from "picocolors";
import type { ExitCode } from "../../errors.js";
import { createGitHubClient } from "../../github/client.js";
import { resolveGitHubConnection } from "../../github/options.js";
import { type MigrateContext, migrationStatus, runNext, startMigration } from "../../migrate/phases.js";
import { migrationPath, PHASES } from "../../migrate/plan-file.js";
import { RegistryClient, type RegistryClientOptions } from "../../registry/index.js";
import { type Io, printJson } from "../output.js";

/** Settings every subcommand shares. */
export interface MigrateCommandOptions {
  io: Io;
  root: string;
  json: boolean;
  env: NodeJS.ProcessEnv;
  clientOptions: RegistryClientOptions;
  githubApi?: string;
  token?: string;
  /** `migrate status --html FILE`: also write the status as a self-contained page. */
  html?: string;
}

const describePhase: Record<string, string> = {
  "parallel-run": "1 parallel run: copy every tag to NEW and keep it in step (one sync pass per migrate next)",
  "gradual-switch": "2 gradual switch: rewrite only chosen paths (migrate next --only GLOB; --skip goes on)",
  "full-switch": "3 full switch: rewrite everything, verify nothing still names OLD",
  "clean-up": "4 clean-up: plan OLD's deletion; migrate next --apply deletes",
  done: "done",
};

async function withContext<T>(options: MigrateCommandOptions, body: (context: MigrateContext) => Promise<T>) {
  const client = new RegistryClient(options.clientOptions);
  try {
    return await body({
      root: options.root,
      client,
      env: options.env,
      github: () => {
        const connection = resolveGitHubConnection(
          {
            ...(options.githubApi ? { githubApi: options.githubApi } : {}),
            ...(options.token ? { token: options.token } : {}),
          },
          options.env,
        );
        return createGitHubClient({
          apiUrl: connection.apiUrl,
          ...(connection.token ? { token: connection.token } : {}),
        });
      },
    });
  } finally {
    await client.close();
  }
}

/** `dockhand migrate plan OLD NEW`. */
export async function migratePlanCommand(
  from: string,
  to: string,
  options: MigrateCommandOptions & { githubRepo?: string; force?: boolean },
): Promise<ExitCode> {
  const migration = await startMigration(options.root, from, to, {
    ...(options.githubRepo ? { githubRepo: options.githubRepo } : {}),
    ...(options.force ? { force: true } : {}),
  });
  if (options.json) {
    printJson(options.io, { file: migrationPath(options.root), migration });
    return 0;
  }
  const lines = [`migration ${migration.from} → ${migration.to} planned in ${migrationPath(options.root)}`, ""];
  for (const phase of PHASES.slice(0, 4))
    lines.push(`  ${phase === migration.phase ? pc.bold("→") : " "} ${describePhase[phase]}`);
  lines.push("", "next: dockhand migrate next");
  options.io.out(`${lines.join("\n")}\n`);
  return 0;
}

/** `dockhand migrate next`. */
export async function migrateNextCommand(
  options: MigrateCommandOptions & { only?: string[]; skip?: boolean; apply?: boolean },
): Promise<ExitCode> {
  const result = await withContext(options, (context) =>
    runNext(context, {
      ...(options.only ? { only: options.only } : {}),
      ...(options.skip ? { skip: true } : {}),
      ...(options.apply ? { apply: true } : {}),
    }),
  );
  if (options.json) printJson(options.io, result);
  else {
    options.io.out(`${pc.bold(describePhase[result.phase] ?? result.phase)}\n`);
    options.io.out(`${result.lines.map((line) => `  ${line}`).join("\n")}\n`);
    options.io.out(`now in: ${describePhase[result.nowIn]}\n`);
  }
  return result.exitCode;
}

/** `dockhand migrate status`. */
export async function migrateStatusCommand(options: MigrateCommandOptions): Promise<ExitCode> {
  const status = await withContext(options, (context) => migrationStatus(context));
  if (options.html) {
    const [{ migrationDocument }, { writeFileAtomic }] = await Promise.all([
      import("../../explore/migration-page.js"),
      import("../../store/files.js"),
    ]);
    await writeFileAtomic(options.html, migrationDocument(status));
  }
  if (options.json) {
    printJson(options.io, status);
    return 0;
  }
  const { migration, tags, referencesLeft } = status;
  const lines = [
    `migration ${migration.from} → ${migration.to}`,
    `phase: ${describePhase[migration.phase]}`,
    `tags in step: ${tags.inStep.length} of ${tags.total}${tags.missing.length > 0 ? `; missing in NEW: ${tags.missing.join(", ")}` : ""}${tags.differing.length > 0 ? `; differing: ${tags.differing.join(", ")}` : ""}`,
    `references left to ${migration.from}: ${referencesLeft.length}`,
    ...referencesLeft.map((item) => `  ${item.file}:${item.line} ${item.text}`),
  ];
  if (migration.switched.length > 0) lines.push(`switched so far: ${migration.switched.join(", ")}`);
  options.io.out(`${lines.join("\n")}\n`);
  return 0;
}
