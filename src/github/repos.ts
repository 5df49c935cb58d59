/**
 * Repositories and their Actions settings: `GET /repos/{owner}/{repo}` and the default GITHUB_TOKEN permissions
 * of a repository or an organisation.
 */
import type { RestEndpointMethodTypes } from "@octokit/rest";
import type { GitHubClient } from "./client.js";
import { githubCall } from "./errors.js";

/** A repository as GitHub describes it. */
export type GitHubRepository = RestEndpointMethodTypes["repos"]["get"]["response"]["data"];

/** The default permissions of GITHUB_TOKEN in a repository's workflows. */
export interface WorkflowPermissions {
  default_workflow_permissions: "read" | "write";
  can_approve_pull_request_reviews: boolean;
}

function split(fullName: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length > 0) throw new TypeError(`not an OWNER/REPO name: ${fullName}`);
  return { owner, repo };
}

/** Reads a repository (`OWNER/REPO`). */
export async function getRepository(client: GitHubClient, fullName: string): Promise<GitHubRepository> {
  const response = await githubCall(
    { action: `read the repository ${fullName}`, details: { repository: fullName } },
    () => client.octokit.rest.repos.get(split(fullName)),
  );
  return response.data;
}

/** Reads the repository's default workflow permissions (needs admin on the repository). */
export async function getWorkflowPermissions(client: GitHubClient, fullName: string): Promise<WorkflowPermissions> {
  const response = await githubCall(
    { action: `read the default workflow permissions of ${fullName}`, details: { repository: fullName } },
    () => client.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(split(fullName)),
  );
  return response.data as WorkflowPermissions;
}

/** Sets the repository's default workflow permissions ("write" lets GITHUB_TOKEN push packages by default). */
export async function setWorkflowPermissions(
  client: GitHubClient,
  fullName: string,
  permissions: Partial<WorkflowPermissions>,
): Promise<void> {
  await githubCall(
    { action: `set the default workflow permissions of ${fullName}`, details: { repository: fullName } },
    () =>
      client.octokit.rest.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
        ...split(fullName),
        ...permissions,
      }),
  );
}

/** Reads an organisation's default workflow permissions (an org owner's token with admin:org). */
export async function getOrgWorkflowPermissions(client: GitHubClient, org: string): Promise<WorkflowPermissions> {
  const response = await githubCall(
    { action: `read the default workflow permissions of the organisation ${org}`, details: { org } },
    () => client.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsOrganization({ org }),
  );
  return response.data as WorkflowPermissions;
}

/** Sets an organisation's default workflow permissions. */
export async function setOrgWorkflowPermissions(
  client: GitHubClient,
  org: string,
  permissions: Partial<WorkflowPermissions>,
): Promise<void> {
  await githubCall(
    { action: `set the default workflow permissions of the organisation ${org}`, details: { org } },
    () => client.octokit.rest.actions.setGithubActionsDefaultWorkflowPermissionsOrganization({ org, ...permissions }),
  );
}

export { split as splitRepositoryName };
