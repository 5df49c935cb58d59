/**
 * The emulator's REST bodies in the shapes of GitHub's OpenAPI description (typed by Octokit's generated types,
 * checked at runtime against @octokit/openapi in the tests). URLs point at the emulator itself.
 */
import type { RestEndpointMethodTypes } from "@octokit/rest";
import type { Account, Package, Repo, Version } from "./state.js";
import type { WorldRun } from "./world.js";

type SimpleUser = RestEndpointMethodTypes["users"]["getByUsername"]["response"]["data"] & { type: string };
type PackageBody = RestEndpointMethodTypes["packages"]["getPackageForOrganization"]["response"]["data"];
type VersionBody = RestEndpointMethodTypes["packages"]["getPackageVersionForOrganization"]["response"]["data"];
type MinimalRepo = NonNullable<PackageBody["repository"]>;
type FullRepo = RestEndpointMethodTypes["repos"]["get"]["response"]["data"];
type RunBody = RestEndpointMethodTypes["actions"]["getWorkflowRun"]["response"]["data"];
type JobBody = RestEndpointMethodTypes["actions"]["getJobForWorkflowRun"]["response"]["data"];
type Job = WorldRun["jobs"][number];

/** Where the emulator is: the REST base (…/api/v3) and the web base for html_url. */
export interface Urls {
  api: string;
  web: string;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString("base64");
}

/** The `simple-user` object of a user or an organisation. */
export function simpleUser(urls: Urls, account: Account) {
  const u = `${urls.api}/users/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: `${urls.web}/avatars/u/${account.id}`,
    gravatar_id: "",
    url: u,
    html_url: `${urls.web}/${account.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: account.type,
    site_admin: false,
    user_view_type: "public",
  } satisfies Omit<
    SimpleUser,
    | "name"
    | "email"
    | "bio"
    | "blog"
    | "company"
    | "location"
    | "hireable"
    | "public_repos"
    | "public_gists"
    | "followers"
    | "following"
    | "created_at"
    | "updated_at"
  >;
}

/** The `public-user` object (GET /users/{username}) of a user or an organisation. */
export function publicUser(urls: Urls, account: Account) {
  return {
    ...simpleUser(urls, account),
    name: account.login,
    company: null,
    blog: "",
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: account.createdAt,
    updated_at: account.createdAt,
  } satisfies SimpleUser;
}

/** The `private-user` object (GET /user). */
export function privateUser(urls: Urls, account: Account) {
  return {
    ...publicUser(urls, account),
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** The `minimal-repository` object. */
export function minimalRepository(urls: Urls, repo: Repo) {
  const r = `${urls.api}/repos/${repo.fullName}`;
  return {
    id: repo.id,
    node_id: nodeId("Repository", repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.visibility !== "public",
    owner: simpleUser(urls, repo.owner),
    html_url: `${urls.web}/${repo.fullName}`,
    description: null,
    fork: false,
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    hooks_url: `${r}/hooks`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    visibility: repo.visibility,
  } satisfies MinimalRepo;
}

/** The `full-repository` object (GET /repos/{owner}/{repo}). */
export function fullRepository(urls: Urls, repo: Repo, permissions?: FullRepo["permissions"]): FullRepo {
  const host = new URL(urls.web).host;
  return {
    ...minimalRepository(urls, repo),
    clone_url: `${urls.web}/${repo.fullName}.git`,
    git_url: `git://${host}/${repo.fullName}.git`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    svn_url: `${urls.web}/${repo.fullName}`,
    mirror_url: null,
    homepage: null,
    language: null,
    default_branch: repo.defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    network_count: 0,
    subscribers_count: 0,
    size: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    is_template: false,
    license: null,
    topics: [],
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    ...(permissions ? { permissions } : {}),
  };
}

function packagePath(pkg: Package): string {
  return pkg.owner.type === "Organization" ? `orgs/${pkg.owner.login}` : `users/${pkg.owner.login}`;
}

/** The `package` object. */
export function packageBody(urls: Urls, pkg: Package): PackageBody {
  const encoded = encodeURIComponent(pkg.name);
  return {
    id: pkg.id,
    name: pkg.name,
    package_type: "container",
    owner: simpleUser(urls, pkg.owner),
    version_count: pkg.versions.filter((v) => !v.deletedAt).length,
    // GitHub's schema lists only public and private; internal packages appear as private to the API.
    visibility: pkg.visibility === "public" ? "public" : "private",
    url: `${urls.api}/${packagePath(pkg)}/packages/container/${encoded}`,
    created_at: pkg.createdAt,
    updated_at: pkg.updatedAt,
    ...(pkg.repository ? { repository: minimalRepository(urls, pkg.repository) } : {}),
    html_url: `${urls.web}/${packagePath(pkg)}/packages/container/package/${encoded}`,
  };
}

/** The `package-version` object of a container version. */
export function versionBody(urls: Urls, pkg: Package, version: Version): VersionBody {
  const encoded = encodeURIComponent(pkg.name);
  return {
    id: version.id,
    name: version.digest,
    url: `${urls.api}/${packagePath(pkg)}/packages/container/${encoded}/versions/${version.id}`,
    package_html_url: `${urls.web}/${packagePath(pkg)}/packages/container/package/${encoded}`,
    created_at: version.createdAt,
    updated_at: version.updatedAt,
    html_url: `${urls.web}/${packagePath(pkg)}/packages/container/${encoded}/${version.id}`,
    ...(version.deletedAt ? { deleted_at: version.deletedAt } : {}),
    // A deleted version keeps showing the tags it had, so people can tell what a restore brings back.
    metadata: {
      package_type: "container",
      container: { tags: [...(version.deletedAt ? version.deletedTags : version.tags)] },
    },
  };
}

function sha(run: WorldRun): string {
  return run.head_sha ?? run.id.toString(16).padStart(40, "0");
}

/** The `workflow-run` object. */
export function runBody(urls: Urls, repo: Repo, run: WorldRun, createdAt: string): RunBody {
  const r = `${urls.api}/repos/${repo.fullName}`;
  const u = `${r}/actions/runs/${run.id}`;
  const workflowId = [...run.workflow].reduce((sum, ch) => sum * 31 + ch.charCodeAt(0), 7) % 1_000_000;
  const actor = run.actor ? simpleUser(urls, { id: 1, login: run.actor, type: "User", createdAt }) : null;
  return {
    id: run.id,
    name: run.name ?? run.workflow,
    node_id: nodeId("WorkflowRun", run.id),
    head_branch: run.head_branch,
    head_sha: sha(run),
    path: `.github/workflows/${run.workflow}`,
    display_title: run.name ?? run.workflow,
    run_number: run.id,
    run_attempt: 1,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowId,
    url: u,
    html_url: `${urls.web}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: createdAt,
    updated_at: createdAt,
    run_started_at: createdAt,
    ...(actor ? { actor, triggering_actor: actor } : {}),
    jobs_url: `${u}/jobs`,
    logs_url: `${u}/logs`,
    check_suite_url: `${r}/check-suites/${run.id}`,
    artifacts_url: `${u}/artifacts`,
    cancel_url: `${u}/cancel`,
    rerun_url: `${u}/rerun`,
    workflow_url: `${r}/actions/workflows/${workflowId}`,
    head_commit: {
      id: sha(run),
      tree_id: sha(run),
      message: run.name ?? run.workflow,
      timestamp: createdAt,
      author: { name: run.actor ?? "octocat", email: `${run.actor ?? "octocat"}@users.noreply.github.com` },
      committer: { name: "GitHub", email: "noreply@github.com" },
    },
    repository: minimalRepository(urls, repo),
    head_repository: minimalRepository(urls, repo),
  };
}

/** The `job` object. */
export function jobBody(urls: Urls, repo: Repo, run: WorldRun, job: Job, createdAt: string): JobBody {
  const r = `${urls.api}/repos/${repo.fullName}`;
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${r}/actions/runs/${run.id}`,
    run_attempt: 1,
    node_id: nodeId("CheckRun", job.id),
    head_sha: sha(run),
    head_branch: run.head_branch,
    workflow_name: run.name ?? run.workflow,
    url: `${r}/actions/jobs/${job.id}`,
    html_url: `${urls.web}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: createdAt,
    started_at: createdAt,
    completed_at: job.status === "completed" ? createdAt : null,
    name: job.name,
    steps: [],
    check_run_url: `${r}/check-runs/${job.id}`,
    labels: ["ubuntu-latest"],
    runner_id: 1,
    runner_name: "GitHub Actions 1",
    runner_group_id: 1,
    runner_group_name: "GitHub Actions",
  };
}
