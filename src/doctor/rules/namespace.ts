// biome-ignore-all lint/suspicious/noTemplateCurlyInString: workflow text holds GitHub `${{ }}` expressions and bash `${VAR}`
/**
 * Where the push goes and how it logs in: another owner's namespace, cache refs in another
 * owner's packages, the wrong GitHub host, organisation package-creation policy, and missing or misdirected logins.
 */
import { addStepInput, insertStepBefore, replaceSpan } from "../edits.js";
import type { Evidence, Finding, Fix, Rule } from "../types.js";
import {
  clamp,
  failedWith,
  fileEvidence,
  githubPushes,
  logEvidence,
  ownerIsOrg,
  ownerOf,
  refsOf,
  webOrigin,
} from "./common.js";

/** `wrong-namespace`. */
export const wrongNamespace: Rule = {
  id: "wrong-namespace",
  summary:
    "The image is pushed into another owner's namespace (a hard-coded or upstream owner, `github.actor`), where this repository's token cannot create or write packages.",
  static: true,
  check(evidence) {
    const owner = ownerOf(evidence.repository)?.toLowerCase();
    if (!owner) return [];
    const findings: Finding[] = [];
    const error = failedWith(evidence, "installation-missing", "create-package", "auth-required");
    for (const push of githubPushes(evidence)) {
      for (const ref of refsOf(push)) {
        const first = ref.repository?.split("/")[0];
        const actor = ref.sources.some((s) => s.kind === "context" && s.path === "github.actor");
        if (!first || first.includes("${") || (first.toLowerCase() === owner && !actor)) continue;
        const items: Evidence[] = [
          fileEvidence(
            ref.span,
            actor
              ? `${ref.pattern}: github.actor names whoever started the run, not the owner`
              : `${ref.pattern} is in ${first}'s namespace; the workflow runs in ${evidence.repository}`,
          ),
        ];
        if (error) items.push(logEvidence(error, "refused: "));
        const text = evidence.static?.texts[ref.span.file];
        const slice = text?.slice(ref.span.offset, ref.span.endOffset);
        const at = slice?.indexOf(`/${first}/`) ?? -1;
        const fix: Fix =
          !actor && slice !== undefined && at >= 0
            ? {
                kind: "edit",
                summary: `push to ${owner}'s namespace`,
                changes: [
                  {
                    file: ref.span.file,
                    start: ref.span.offset + at + 1,
                    end: ref.span.offset + at + 1 + first.length,
                    text: owner,
                    line: ref.span.line,
                  },
                ],
              }
            : {
                kind: "ui",
                summary:
                  "name the image under the repository's owner: ghcr.io/${{ github.repository_owner }}/NAME (lower-cased)",
                url: `${webOrigin(evidence.apiUrl)}/${evidence.repository}`,
                steps: ["Replace the owner in the image name"],
              };
        findings.push({
          id: this.id,
          title: `The image is pushed to ${actor ? "github.actor's" : `${first}'s`} namespace`,
          severity: actor ? "warning" : "blocking",
          confidence: clamp((actor ? 0.45 : 0.7) + (error ? 0.25 : 0)),
          why: "GITHUB_TOKEN can create and write packages only in the namespace of the repository's owner; elsewhere GHCR answers 'The requested installation does not exist.'",
          evidence: items,
          fix,
        });
      }
    }
    return findings;
  },
};

/** `cross-owner-cache-scope`. */
export const crossOwnerCacheScope: Rule = {
  id: "cross-owner-cache-scope",
  summary:
    "A registry cache (cache-from/cache-to) points at another owner's package; BuildKit asks one token for all scopes and GHCR refuses the whole token.",
  static: true,
  check(evidence) {
    const owner = ownerOf(evidence.repository)?.toLowerCase();
    if (!owner) return [];
    const findings: Finding[] = [];
    const error = failedWith(evidence, "oauth-denied", "installation-missing", "read-package", "forbidden");
    const seen = new Set<string>();
    for (const push of githubPushes(evidence)) {
      for (const cache of push.step.legs.flatMap((leg) => leg.cache)) {
        const ref = cache.ref;
        const first = ref?.repository?.split("/")[0];
        if (
          !ref?.registry ||
          !evidence.githubHosts.includes(ref.registry.toLowerCase()) ||
          !first ||
          first.includes("${")
        )
          continue;
        if (first.toLowerCase() === owner) continue;
        const key = `${cache.span.file}:${cache.span.offset}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const items: Evidence[] = [
          fileEvidence(cache.span, `cache-${cache.direction} uses ${ref.pattern}, in ${first}'s namespace`),
        ];
        if (error) items.push(logEvidence(error, "refused: "));
        findings.push({
          id: this.id,
          title: `The build cache points at ${first}'s package`,
          severity: error ? "blocking" : "warning",
          confidence: clamp(0.45 + (error ? 0.4 : 0)),
          why: "BuildKit requests one registry token covering the cache, the base images and the push target; if any scope is refused, the push fails with it.",
          evidence: items,
          fix: {
            kind: "edit",
            summary: "use the GitHub Actions cache instead",
            changes: [replaceSpan(cache.span, cache.direction === "to" ? "type=gha,mode=max" : "type=gha")],
          },
        });
      }
    }
    return findings;
  },
};

/** `ghes-host`. */
export const ghesHost: Rule = {
  id: "ghes-host",
  summary:
    "The workflow pushes to ghcr.io from GitHub Enterprise Server (or to a GHES registry from github.com); each instance's token works only with its own registry.",
  static: true,
  check(evidence) {
    const expected = evidence.registryHost;
    const items: Evidence[] = [];
    let wrong: string | undefined;
    for (const push of githubPushes(evidence)) {
      const hosts = push.githubImages.map((i) => i.split("/")[0] ?? "");
      const host = hosts.find((h) => h !== expected && (h === "ghcr.io" || h.startsWith("containers.")));
      if (!host) continue;
      wrong = host;
      items.push(fileEvidence(push.step.span, `pushes to ${host}; the registry of ${evidence.apiUrl} is ${expected}`));
    }
    if (!wrong) return [];
    return [
      {
        id: this.id,
        title: `The workflow pushes to ${wrong}, but the repository is served by ${webOrigin(evidence.apiUrl)}`,
        severity: "blocking",
        confidence: 0.7,
        why: "A GitHub Enterprise Server GITHUB_TOKEN cannot authenticate to ghcr.io, and its own registry is containers.HOSTNAME (with Packages and subdomain isolation enabled by the site admin).",
        evidence: items,
        fix: {
          kind: "ui",
          summary: `push to ${expected} (and log in there)`,
          url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? ""}`,
          steps: [
            `Replace ${wrong} with ${expected} in the image names and the login step`,
            "Ask the site administrator to enable GitHub Packages and subdomain isolation if the registry does not answer",
          ],
        },
      },
    ];
  },
};

/** `org-package-creation-policy`. */
export const orgPackageCreationPolicy: Rule = {
  id: "org-package-creation-policy",
  summary:
    "The organisation's package-creation settings do not allow creating a package of the repository's visibility, so the workflow cannot create it.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "installation-create", "create-package");
    // GHCR's own words say the owner is an organisation ("… Create organization package") when no API was read.
    if (!error || !(ownerIsOrg(evidence) || /organization package/i.test(error.text))) return [];
    if (evidence.live.package?.status === "found") return [];
    const granted = githubPushes(evidence).every((p) => p.packages === "write");
    const org = evidence.live.package?.owner ?? ownerOf(evidence.repository) ?? "ORG";
    const visibility = evidence.live.repository?.visibility;
    return [
      {
        id: this.id,
        title: `${org} may not allow creating ${visibility ?? "this kind of"} packages`,
        severity: "blocking",
        confidence: clamp(granted ? 0.6 : 0.3),
        why: "A package created by a workflow takes the repository's visibility; organisations choose which visibilities members and workflows may create (Settings → Packages → Package creation). No API shows this setting.",
        evidence: [logEvidence(error, "refused: ")],
        fix: {
          kind: "ui",
          summary: `allow ${visibility ?? "the repository's visibility"} package creation in ${org}`,
          url: `${webOrigin(evidence.apiUrl)}/organizations/${org}/settings/packages`,
          steps: [
            'Under "Package creation" tick the visibility of the repository (Public, Private or Internal)',
            "Save (organisation owners only)",
          ],
        },
      },
    ];
  },
};

const LOGIN_LINES = [
  "name: Log in to REGISTRY",
  "uses: docker/login-action@v3",
  "with:",
  "  registry: REGISTRY",
  "  username: ${{ github.actor }}",
  "  password: ${{ secrets.GITHUB_TOKEN }}",
];

/** `not-logged-in`. */
export const notLoggedIn: Rule = {
  id: "not-logged-in",
  summary:
    "The pushing job does not log in to the GitHub registry (no login step, a login-action without `registry:` that goes to Docker Hub, or an empty password).",
  static: true,
  check(evidence) {
    const findings: Finding[] = [];
    const error = failedWith(evidence, "login-missing", "auth-required");
    for (const push of githubPushes(evidence)) {
      if (
        ![
          "build-push-action",
          "bake-action",
          "docker-push",
          "docker-build-push",
          "buildx-bake-push",
          "imagetools-create",
        ].includes(push.step.kind)
      )
        continue;
      const host = push.githubImages[0]?.split("/")[0] ?? "ghcr.io";
      const logins = push.step.logins;
      const toHost = logins.filter((l) => l.registry === undefined || l.registry === host);
      const missing = toHost.filter((l) => l.password.kind === "missing");
      if (toHost.length > 0 && missing.length === 0) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
      const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
      const text = evidence.static?.texts[push.step.file];
      const hub = logins.find((l) => l.kind === "login-action" && l.registry === "docker.io");
      const items: Evidence[] = [fileEvidence(push.step.span, `pushes to ${host}`)];
      let fix: Fix | undefined;
      if (missing[0]) {
        items.push(fileEvidence(missing[0].span, "the login has no password"));
      } else if (hub && job && text !== undefined) {
        items.push(fileEvidence(hub.span, "docker/login-action without `registry:` logs in to Docker Hub"));
        const step = job.steps[hub.stepIndex];
        if (step)
          fix = { kind: "edit", summary: `log in to ${host}`, changes: addStepInput(text, step, "registry", host) };
      } else {
        items.push(fileEvidence(push.step.stepSpan, `no login to ${host} earlier in job "${push.step.jobId}"`));
        const step = job?.steps[push.step.stepIndex];
        if (step && text !== undefined) {
          fix = {
            kind: "edit",
            summary: `log in to ${host} with GITHUB_TOKEN before the push`,
            changes: [
              insertStepBefore(
                text,
                step,
                LOGIN_LINES.map((l) => l.replaceAll("REGISTRY", host)),
              ),
            ],
          };
        }
      }
      if (error) items.push(logEvidence(error, "refused: "));
      findings.push({
        id: this.id,
        title: `Job "${push.step.jobId}" is not logged in to ${host}`,
        severity: "blocking",
        confidence: clamp(0.75 + (error ? 0.2 : 0)),
        why: "The push needs a login to the registry in the same job; docker/login-action without `registry:` logs in to Docker Hub, and an empty secret (forks, Dependabot, a typo) fails with 'Username and password required'.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `log in to ${host} in the pushing job with GITHUB_TOKEN`,
          url: "https://github.com/docker/login-action#github-container-registry",
          steps: [
            "Add docker/login-action with registry, username: ${{ github.actor }}, password: ${{ secrets.GITHUB_TOKEN }}",
          ],
        },
      });
    }
    // The login step itself failed: its secret is empty in this run, or the token is not a valid one.
    const refusedLogin = failedWith(evidence, "login-missing", "auth-required");
    if (
      findings.length === 0 &&
      refusedLogin &&
      /password required|username required|v2\/"?: denied: denied/i.test(refusedLogin.text)
    ) {
      for (const push of githubPushes(evidence)) {
        const login = push.step.logins.find((l) => l.password.kind === "secret" || l.password.kind === "other");
        if (!login) continue;
        const secret = login.password.kind === "secret" ? login.password.name : "the password";
        findings.push({
          id: this.id,
          title: `The login before job "${push.step.jobId}"'s push failed: ${secret} is empty or not a valid token`,
          severity: "blocking",
          confidence: 0.8,
          why: "The registry refused the login itself, before any push: the secret it reads is empty in this run (not set, or not passed to forks and Dependabot), or holds an expired or wrong token.",
          evidence: [fileEvidence(login.span, `logs in with ${secret}`), logEvidence(refusedLogin, "refused: ")],
          fix: {
            kind: "ui",
            summary: `set ${secret} to a valid token, or log in with GITHUB_TOKEN (packages: write)`,
            url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/settings/secrets/actions`,
            steps: [
              `Check that the secret ${secret} exists in the repository (or organisation) and is not empty`,
              "Or replace it with ${{ secrets.GITHUB_TOKEN }} and give the job permissions: packages: write",
            ],
          },
        });
        break;
      }
    }
    return findings;
  },
};
