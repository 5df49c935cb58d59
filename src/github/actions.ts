/**
 * GitHub Actions runs, their jobs and job logs — what the doctor reads to find a failed push.
 */
import type { RestEndpointMethodTypes } from "@octokit/rest";
import type { GitHubClient } from "./client.js";
import { githubCall } from "./errors.js";
import { splitRepositoryName } from "./repos.js";

/** A workflow run. */
export type GitHubWorkflowRun = RestEndpointMethodTypes["actions"]["getWorkflowRun"]["response"]["data"];
/** A job of a workflow run. */
export type GitHubJob = RestEndpointMethodTypes["actions"]["getJobForWorkflowRun"]["response"]["data"];

/** Filters for {@link listWorkflowRuns}. */
export interface RunFilter {
  status?: "completed" | "failure" | "success" | "in_progress" | "queued";
  event?: string;
  branch?: string;
  /** At most this many runs, newest first (default 30). */
  limit?: number;
}

/** Workflow runs of a repository, newest first. */
export async function listWorkflowRuns(
  client: GitHubClient,
  repository: string,
  filter: RunFilter = {},
): Promise<GitHubWorkflowRun[]> {
  const limit = filter.limit ?? 30;
  const runs: GitHubWorkflowRun[] = [];
  await githubCall({ action: `list the workflow runs of ${repository}`, details: { repository } }, async () => {
    const pages = client.octokit.paginate.iterator(client.octokit.rest.actions.listWorkflowRunsForRepo, {
      ...splitRepositoryName(repository),
      per_page: Math.min(100, limit),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.event ? { event: filter.event } : {}),
      ...(filter.branch ? { branch: filter.branch } : {}),
    });
    for await (const page of pages) {
      for (const run of page.data) if (runs.length < limit) runs.push(run);
      if (runs.length >= limit) break;
    }
  });
  return runs;
}

/** One workflow run. */
export async function getWorkflowRun(
  client: GitHubClient,
  repository: string,
  runId: number,
): Promise<GitHubWorkflowRun> {
  const response = await githubCall(
    { action: `read run ${runId} of ${repository}`, details: { repository, run: runId } },
    () => client.octokit.rest.actions.getWorkflowRun({ ...splitRepositoryName(repository), run_id: runId }),
  );
  return response.data;
}

/** Every job of a run (latest attempt), all pages. */
export async function listJobsForRun(client: GitHubClient, repository: string, runId: number): Promise<GitHubJob[]> {
  return githubCall(
    { action: `list the jobs of run ${runId} in ${repository}`, details: { repository, run: runId } },
    () =>
      client.octokit.paginate(client.octokit.rest.actions.listJobsForWorkflowRun, {
        ...splitRepositoryName(repository),
        run_id: runId,
        per_page: 100,
      }),
  );
}

/**
 * The plain-text log of a job. GitHub answers with a redirect to short-lived storage; fetch follows it and
 * drops the Authorization header when the redirect leaves the API's origin.
 */
export async function downloadJobLog(client: GitHubClient, repository: string, jobId: number): Promise<string> {
  const response = await githubCall(
    { action: `download the log of job ${jobId} in ${repository}`, details: { repository, job: jobId } },
    () =>
      client.octokit.rest.actions.downloadJobLogsForWorkflowRun({ ...splitRepositoryName(repository), job_id: jobId }),
  );
  const data: unknown = response.data;
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  return String(data);
}
