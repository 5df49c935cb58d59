// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are GitHub Actions expressions written into workflows
/**
 * Switching registry: the workflow's login step must log in to the new registry. This finds the
 * `docker/login-action` steps that log in to the old registry and plans exact splices that rewrite them for the
 * new one (Docker Hub, ACR, ECR, Artifact Registry, Quay, GHCR or any other), and lists the secrets to create.
 * Pure: workflow text in, splices and notes out.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument, type Scalar, type YAMLMap } from "yaml";

/** The kind of registry a host is, for its login recipe. */
export type RegistryFamily = "dockerhub" | "ghcr" | "acr" | "ecr" | "artifact-registry" | "quay" | "other";

/** A secret the user must create in the repository's settings before the workflow can log in. */
export interface RequiredSecret {
  name: string;
  /** What to put in it. */
  value: string;
}

/** One planned splice of a login step. */
export interface LoginSplice {
  start: number;
  end: number;
  text: string;
  /** 1-based line of the step. */
  line: number;
  description: string;
}

/** The login-step rewrite of one workflow file. */
export interface LoginRewrite {
  file: string;
  splices: LoginSplice[];
  /** Things to know that the splices do not settle (permissions, a step left alone). */
  notes: string[];
}

/** Which registry family a host belongs to. */
export function registryFamily(host: string): RegistryFamily {
  const name = host.toLowerCase();
  if (name === "docker.io" || name === "index.docker.io" || name === "registry-1.docker.io") return "dockerhub";
  if (name === "ghcr.io") return "ghcr";
  if (name.endsWith(".azurecr.io")) return "acr";
  if (/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com$/.test(name)) return "ecr";
  if (name.endsWith("-docker.pkg.dev")) return "artifact-registry";
  if (name === "quay.io") return "quay";
  return "other";
}

/** The secrets a workflow needs to push to `host`. */
export function secretsFor(host: string): RequiredSecret[] {
  switch (registryFamily(host)) {
    case "dockerhub":
      return [
        { name: "DOCKERHUB_USERNAME", value: "your Docker Hub user name" },
        { name: "DOCKERHUB_TOKEN", value: "a Docker Hub personal access token with Read & Write scope" },
      ];
    case "acr":
      return [
        { name: "ACR_USERNAME", value: `a service principal's client id (or the admin user) of ${host}` },
        { name: "ACR_PASSWORD", value: "that service principal's secret (AcrPush role)" },
      ];
    case "ecr":
      return [
        {
          name: "AWS_ROLE_ARN",
          value: "the ARN of an IAM role GitHub's OIDC provider may assume, allowed to push to the repository",
        },
      ];
    case "artifact-registry":
      return [
        {
          name: "GCP_WORKLOAD_IDENTITY_PROVIDER",
          value: "projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER",
        },
        { name: "GCP_SERVICE_ACCOUNT", value: "a service account with roles/artifactregistry.writer" },
      ];
    case "quay":
      return [
        { name: "QUAY_USERNAME", value: "a Quay robot account name (owner+robot)" },
        { name: "QUAY_ROBOT_TOKEN", value: "that robot account's token, with write permission on the repository" },
      ];
    case "ghcr":
      return [];
    case "other":
      return [
        { name: "REGISTRY_USERNAME", value: `a user of ${host} allowed to push` },
        { name: "REGISTRY_PASSWORD", value: "its password or token" },
      ];
  }
}

/** The `with:` inputs of docker/login-action for a host (ECR and Artifact Registry need more steps). */
function loginInputs(host: string): Record<string, string> {
  switch (registryFamily(host)) {
    case "dockerhub":
      return {
        registry: "docker.io",
        username: "${{ secrets.DOCKERHUB_USERNAME }}",
        password: "${{ secrets.DOCKERHUB_TOKEN }}",
      };
    case "acr":
      return { registry: host, username: "${{ secrets.ACR_USERNAME }}", password: "${{ secrets.ACR_PASSWORD }}" };
    case "quay":
      return { registry: host, username: "${{ secrets.QUAY_USERNAME }}", password: "${{ secrets.QUAY_ROBOT_TOKEN }}" };
    case "ghcr":
      return { registry: host, username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" };
    case "artifact-registry":
      return { registry: host, username: "oauth2accesstoken", password: "${{ steps.gcp-auth.outputs.access_token }}" };
    default:
      return {
        registry: host,
        username: "${{ secrets.REGISTRY_USERNAME }}",
        password: "${{ secrets.REGISTRY_PASSWORD }}",
      };
  }
}

/** Steps put in place of the login step for registries that need a cloud login first; undefined otherwise. */
function replacementSteps(host: string, indent: string): string | undefined {
  const family = registryFamily(host);
  const inner = `${indent}  `;
  if (family === "ecr") {
    const region = /\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host.toLowerCase())?.[1] ?? "us-east-1";
    return [
      `${indent}- name: Configure AWS credentials`,
      `${inner}uses: aws-actions/configure-aws-credentials@v4`,
      `${inner}with:`,
      `${inner}  role-to-assume: \${{ secrets.AWS_ROLE_ARN }}`,
      `${inner}  aws-region: ${region}`,
      `${indent}- name: Log in to Amazon ECR`,
      `${inner}uses: aws-actions/amazon-ecr-login@v2`,
    ].join("\n");
  }
  if (family === "artifact-registry") {
    const inputs = loginInputs(host);
    return [
      `${indent}- name: Authenticate to Google Cloud`,
      `${inner}id: gcp-auth`,
      `${inner}uses: google-github-actions/auth@v2`,
      `${inner}with:`,
      `${inner}  token_format: access_token`,
      `${inner}  workload_identity_provider: \${{ secrets.GCP_WORKLOAD_IDENTITY_PROVIDER }}`,
      `${inner}  service_account: \${{ secrets.GCP_SERVICE_ACCOUNT }}`,
      `${indent}- name: Log in to Artifact Registry`,
      `${inner}uses: docker/login-action@v3`,
      `${inner}with:`,
      ...Object.entries(inputs).map(([key, value]) => `${inner}  ${key}: ${value}`),
    ].join("\n");
  }
  return undefined;
}

/** A `${{ env.NAME }}` value resolved against workflow-level and job-level `env:` literals. */
function resolveEnv(value: string, envs: Map<string, string>[]): string {
  return value.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) => {
    for (const env of envs) {
      const found = env.get(name);
      if (found !== undefined) return found;
    }
    return whole;
  });
}

function literalEnv(node: unknown): Map<string, string> {
  const env = new Map<string, string>();
  if (!isMap(node)) return env;
  for (const pair of node.items) {
    if (isScalar(pair.key) && isScalar(pair.value)) env.set(String(pair.key.value), String(pair.value.value));
  }
  return env;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Plans the rewrite of every docker/login-action step in `text` that logs in to `fromHost`, for `toHost`. When
 * the hosts are the same registry nothing changes. `registry` inputs written as `${{ env.X }}` are resolved
 * against literal env values; such an input is left in place when, in `editedText` (the file after the
 * reference edits), it already resolves to the new host.
 */
export function planLoginRewrite(
  file: string,
  text: string,
  fromHost: string,
  toHost: string,
  editedText: string = text,
): LoginRewrite {
  const result: LoginRewrite = { file, splices: [], notes: [] };
  const fromFamily = registryFamily(fromHost);
  if (fromHost === toHost || (fromFamily === "dockerhub" && registryFamily(toHost) === "dockerhub")) return result;
  const document = parseDocument(text);
  if (document.errors.length > 0) return result;
  const root = document.contents;
  if (!isMap(root)) return result;
  const workflowEnv = literalEnv(root.get("env", true));
  const edited = parseDocument(editedText).contents;
  const editedEnv = isMap(edited) ? literalEnv(edited.get("env", true)) : new Map<string, string>();
  const editedJobs = isMap(edited) ? edited.get("jobs", true) : undefined;
  const jobs = root.get("jobs", true);
  if (!isMap(jobs)) return result;
  for (const jobPair of jobs.items) {
    const job = jobPair.value;
    if (!isMap(job)) continue;
    const envs = [literalEnv(job.get("env", true)), workflowEnv];
    const editedJob = isMap(editedJobs) && isScalar(jobPair.key) ? editedJobs.get(jobPair.key.value, true) : undefined;
    const envsAfter = [literalEnv(isMap(editedJob) ? editedJob.get("env", true) : undefined), editedEnv];
    const steps = job.get("steps", true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get("uses");
      if (typeof uses !== "string" || !/^docker\/login-action(@|$)/.test(uses)) continue;
      const withNode = step.get("with", true);
      const registryNode = isMap(withNode) ? withNode.get("registry", true) : undefined;
      const written = isScalar(registryNode) ? String(registryNode.value) : "";
      const resolved = written === "" ? "docker.io" : resolveEnv(written, envs);
      const loginFamily = registryFamily(resolved);
      const matches = resolved === fromHost || (fromFamily === "dockerhub" && loginFamily === "dockerhub");
      if (!matches) continue;
      const keepRegistry = written.includes("${{") && resolveEnv(written, envsAfter) === toHost;
      planStep(result, text, step, withNode, toHost, keepRegistry);
    }
  }
  return result;
}

function planStep(
  result: LoginRewrite,
  text: string,
  step: YAMLMap,
  withNode: unknown,
  toHost: string,
  keepRegistry: boolean,
): void {
  const range = step.range;
  if (!range || step.flow) {
    result.notes.push(`${result.file}: a login step written in flow style was left alone; rewrite it by hand`);
    return;
  }
  const start = lineStart(text, range[0]);
  const line = lineOf(text, range[0]);
  const prefix = text.slice(start, range[0]);
  const dash = /^(\s*)-\s+$/.exec(prefix);
  const indent = dash?.[1];
  const replacement = indent === undefined ? undefined : replacementSteps(toHost, indent);
  if (replacement !== undefined) {
    // The whole step gives way to the cloud login steps; its trailing newline and everything after stay.
    let end = range[1];
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    result.splices.push({ start, end, text: replacement, line, description: `login step for ${toHost}` });
    if (registryFamily(toHost) === "ecr") {
      result.notes.push(
        `${result.file}: the job needs \`permissions: id-token: write\` for aws-actions/configure-aws-credentials`,
      );
    } else {
      result.notes.push(
        `${result.file}: the job needs \`permissions: id-token: write\` for google-github-actions/auth`,
      );
    }
    return;
  }
  if (!isMap(withNode) || withNode.flow) {
    result.notes.push(`${result.file}:${line}: the login step has no block \`with:\`; set its inputs by hand`);
    return;
  }
  const inputs = loginInputs(toHost);
  for (const [key, value] of Object.entries(inputs)) {
    if (key === "registry" && keepRegistry) continue;
    const node = withNode.get(key, true) as Node | undefined;
    if (isScalar(node) && node.range) {
      const scalar = node as Scalar;
      if (String(scalar.value) === value) continue;
      result.splices.push({
        start: node.range[0],
        end: node.range[1],
        text: quoteLike(text.slice(node.range[0], node.range[1]), value),
        line: lineOf(text, node.range[0]),
        description: `login ${key}: ${value}`,
      });
    } else if (node === undefined) {
      // Insert the missing input as the first line of the block, indented like the other inputs.
      const first = withNode.items[0];
      const firstKey = first && isScalar(first.key) ? first.key : undefined;
      if (!firstKey?.range) continue;
      const at = lineStart(text, firstKey.range[0]);
      const pad = text.slice(at, firstKey.range[0]);
      result.splices.push({
        start: at,
        end: at,
        text: `${pad}${key}: ${value}\n`,
        line: lineOf(text, at),
        description: `login ${key}: ${value}`,
      });
    }
  }
  if (registryFamily(toHost) === "ghcr") {
    result.notes.push(`${result.file}: pushing to ghcr.io with GITHUB_TOKEN needs \`permissions: packages: write\``);
  }
}

/** Writes `value` with the quoting the old value used. */
function quoteLike(old: string, value: string): string {
  if (old.startsWith('"')) return JSON.stringify(value);
  if (old.startsWith("'")) return `'${value.replaceAll("'", "''")}'`;
  return value;
}
