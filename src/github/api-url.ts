/**
 * GitHub's default REST base URL, in a module of its own so option registration and host checks can name it
 * without loading Octokit.
 */

/** The default REST base URL. */
export const GITHUB_API_URL = "https://api.github.com";
