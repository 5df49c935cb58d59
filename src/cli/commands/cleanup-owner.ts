/**
 * `dockhand cleanup --owner OWNER --packages PATTERN…`: one plan across an owner's container packages, a summary
 * table per package (kept, deleted, untagged), `--json`, and `--apply` that stops cleanly at GitHub's rate limit or
 * Ctrl-C and continues on the next run.
 */
import {
  applyOwner,
  type CleanupEnvironment,
  executionJson,
  type OwnerPackage,
  ownerPackageCounts,
  planJson,
  planOwner,
  selectsAnything,
  untagLines,
} from "../../cleanup/index.js";
import { formatBytes } from "../../copy/events.js";
import { type ExitCode, UsageError } from "../../errors.js";
import { conditionalCachePath, fileConditionalCache } from "../../github/conditional.js";
import { registryHostForApi } from "../../github/hosts.js";
import { resolveGitHubConnection } from "../../github/options.js";
import type { CommandContext } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { type CleanupOptions, count, githubFor, policyFromFlags, registryFor } from "./cleanup-run.js";

/** The registry of the owner's packages: DOCKHAND_GITHUB_REGISTRY's first host, else the API's (ghcr.io). */
function registryHost(options: CleanupOptions, env: NodeJS.ProcessEnv): string {
  const configured = (env.DOCKHAND_GITHUB_REGISTRY ?? "").split(",")[0]?.trim();
  return configured || registryHostForApi(resolveGitHubConnection(options, env).apiUrl);
}

function row(pkg: OwnerPackage): string[] {
  const c = ownerPackageCounts(pkg);
  return [
    pkg.name,
    String(c.versions),
    String(c.kept),
    String(c.deleted),
    String(c.untagged),
    formatBytes(c.bytes),
    c.status,
  ];
}

function packageJson(pkg: OwnerPackage) {
  return {
    package: pkg.name,
    image: pkg.image,
    summary: ownerPackageCounts(pkg),
    ...(pkg.plan ? { plan: planJson(pkg.plan) } : {}),
    ...(pkg.error ? { error: { code: pkg.error.code, message: pkg.error.message } } : {}),
    ...(pkg.result ? { result: executionJson(pkg.result) } : {}),
    ...(pkg.problems ? { validation: pkg.problems } : {}),
    ...(pkg.skipped !== undefined ? { skipped: pkg.skipped } : {}),
  };
}

/** Runs an owner-wide clean-up and returns its exit code. */
export async function runOwnerCleanup(options: CleanupOptions, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  if (!options.owner)
    throw new UsageError("--packages needs --owner", "dockhand cleanup --owner acme --packages 'svc-*'");
  if (!options.packages?.length) {
    throw new UsageError("--owner needs --packages NAME|PATTERN (repeatable)", "--packages '*' selects every package");
  }
  if (options.keepUsedBy || options.html) throw new UsageError("--keep-used-by and --html take one image, not --owner");
  const policy = policyFromFlags(options);
  const defaulted = !selectsAnything(policy);
  if (defaulted) policy.untagged = true;
  const registry = await registryFor(options, context);
  // Conditional requests: a run after an interruption reads unchanged packages without spending the rate limit.
  const cachePath = conditionalCachePath(context.env);
  const cache = cachePath ? await fileConditionalCache(cachePath) : undefined;
  try {
    const github = await githubFor(options, context, cache);
    const concurrency = count(options.concurrency, "--concurrency");
    const environment: CleanupEnvironment = {
      registry,
      env: { ...context.env, DOCKHAND_GITHUB_REGISTRY: registryHost(options, context.env) },
      ...(github ? { github } : {}),
      ...(concurrency ? { concurrency } : {}),
    };
    const planned = await planOwner(environment, {
      owner: options.owner,
      patterns: options.packages,
      registryHost: registryHost(options, context.env),
      policy,
      now: Date.now(),
    });
    if (options.apply) {
      // Ctrl-C stops between deletions; what is done stays done and the next run picks up the rest.
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once("SIGINT", onSignal);
      try {
        await applyOwner(planned, environment, { concurrency: concurrency ?? 4, signal: controller.signal });
      } finally {
        process.off("SIGINT", onSignal);
      }
    }
    const rate = github?.client.rate;
    if (options.json) {
      printJson(io, {
        owner: planned.owner.login,
        dry_run: !options.apply,
        listed: planned.listed,
        selected: planned.packages.length,
        packages: planned.packages.map(packageJson),
        github_requests: rate?.requests ?? 0,
        github_not_modified: rate?.notModified ?? 0,
        ...(rate?.remaining !== undefined ? { rate_limit: { remaining: rate.remaining, limit: rate.limit } } : {}),
      });
    } else {
      if (defaulted) io.out("no rule given: deleting untagged top-level images (--untagged)\n");
      const header = ["PACKAGE", "VERSIONS", "KEPT", options.apply ? "DELETED" : "DELETE", "UNTAG", "FREES", "STATUS"];
      io.out(`${formatTable(header, planned.packages.map(row))}\n`);
      for (const pkg of planned.packages) {
        if (!options.apply && pkg.plan) for (const line of untagLines(pkg.plan)) io.out(`${pkg.name}: ${line}\n`);
        for (const { version, refusal } of pkg.result?.refused ?? []) {
          io.err(`${pkg.name}: refused ${version.digest.slice(0, 19)}…: [${refusal.kind}] ${refusal.message}\n`);
          if (refusal.hint) io.err(`  hint: ${refusal.hint}\n`);
        }
      }
      const counts = planned.packages.map(ownerPackageCounts);
      const total = (key: "deleted" | "untagged") => counts.reduce((sum, c) => sum + c[key], 0);
      io.out(
        `${planned.owner.login}: ${planned.packages.length} of ${planned.listed} packages selected; ${total("deleted")} versions ${options.apply ? "deleted" : "would go"}, ${total("untagged")} tags ${options.apply ? "removed" : "would be removed"}; ${rate?.requests ?? 0} GitHub requests (${rate?.notModified ?? 0} answered from cache)${rate?.remaining !== undefined ? `, ${rate.remaining} left` : ""}\n`,
      );
      if (!options.apply && total("deleted") + total("untagged") > 0)
        io.out("dry run: nothing deleted or untagged (pass --apply to do it)\n");
    }
    const failed = planned.packages.some(
      (p) => p.error || p.plan?.complete === false || p.skipped !== undefined || (p.result?.refused.length ?? 0) > 0,
    );
    if (failed) return 3;
    return planned.packages.some((p) => (p.problems?.length ?? 0) > 0) ? 1 : 0;
  } finally {
    await cache?.save();
    await registry.close();
  }
}
