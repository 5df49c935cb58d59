/**
 * What an event means for the GITHUB_TOKEN and secrets, as data the doctor rules read
 * (GitHub docs: "GITHUB_TOKEN reference", "Events that trigger workflows", Dependabot on Actions).
 */

/** Who caused a run: the repository itself, a pull request from a fork, or Dependabot. */
export type RunOrigin = "same-repository" | "fork" | "dependabot";

/** One way an event can start a workflow, and what the token and secrets are in that case. */
export interface RunScenario {
  event: string;
  origin: RunOrigin;
  /** Write scopes are lowered to read whatever `permissions:` says. */
  tokenReadOnly: boolean;
  /** Repository Actions secrets are passed (GITHUB_TOKEN is always there). */
  secretsAvailable: boolean;
  /** Why, in a sentence. */
  note: string;
}

/** Events whose runs from a fork get a read-only token and no secrets. */
export const FORK_READ_ONLY_EVENTS: readonly string[] = [
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
];

/** Events that, when Dependabot triggers them, get a read-only token and no Actions secrets. */
export const DEPENDABOT_READ_ONLY_EVENTS: readonly string[] = [
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
  "push",
  "create",
  "deployment",
  "deployment_status",
];

/** The scenarios under which `event` can run a workflow; the first is always the repository's own run. */
export function runScenarios(event: string): RunScenario[] {
  const scenarios: RunScenario[] = [
    {
      event,
      origin: "same-repository",
      tokenReadOnly: false,
      secretsAvailable: true,
      note: "a run started from the repository itself gets the permissions the workflow asks for",
    },
  ];
  if (FORK_READ_ONLY_EVENTS.includes(event)) {
    scenarios.push({
      event,
      origin: "fork",
      tokenReadOnly: true,
      secretsAvailable: false,
      note:
        "pull requests from forks get a read-only GITHUB_TOKEN and no secrets (public forks always; " +
        "private forks unless 'Send write tokens to workflows from pull requests' is enabled)",
    });
  }
  if (event === "pull_request_target") {
    scenarios.push({
      event,
      origin: "fork",
      tokenReadOnly: false,
      secretsAvailable: true,
      note: "pull_request_target runs the base branch's workflow with a read/write token and secrets, even for forks",
    });
  }
  if (DEPENDABOT_READ_ONLY_EVENTS.includes(event)) {
    scenarios.push({
      event,
      origin: "dependabot",
      tokenReadOnly: true,
      secretsAvailable: false,
      note: "runs triggered by Dependabot are treated like forks: read-only GITHUB_TOKEN, no Actions secrets, even on re-run",
    });
  }
  return scenarios;
}

/** Marks a fork's repository name: it never equals the base repository's. */
const FORK_REPOSITORY = "(a fork)/(a fork)";
const DEPENDABOT = "dependabot[bot]";

/**
 * The `github.*` values a guard can test that differ between run origins (paths after `github.`,
 * lower-case). `repository` is the base repository, when known.
 */
export function originFacts(origin: RunOrigin, repository: string | undefined): Record<string, string | boolean> {
  const head = "event.pull_request.head.repo";
  switch (origin) {
    case "fork":
      return { [`${head}.full_name`]: FORK_REPOSITORY, [`${head}.fork`]: true };
    case "dependabot":
      return {
        actor: DEPENDABOT,
        triggering_actor: DEPENDABOT,
        "event.pull_request.user.login": DEPENDABOT,
        [`${head}.fork`]: false,
        ...(repository ? { [`${head}.full_name`]: repository } : {}),
      };
    default:
      return { [`${head}.fork`]: false, ...(repository ? { [`${head}.full_name`]: repository } : {}) };
  }
}
