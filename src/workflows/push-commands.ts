import { expressionEnd } from "./expressions.js";
import type { ShellCommand, Word } from "./shell.js";
import { wordText } from "./shell.js";

/** The ways a workflow step can push an image. */
export type PushKind =
  | "build-push-action"
  | "bake-action"
  | "docker-push"
  | "docker-build-push"
  | "buildx-bake-push"
  | "imagetools-create"
  | "manifest-push"
  | "podman-push"
  | "buildah-push"
  | "skopeo-copy"
  | "crane-push"
  | "crane-copy"
  | "oras-push"
  | "push-to-ghcr"
  | "push-to-registry"
  | "helm-push"
  | "ko-build"
  | "jib-build";

/** A reference inside a command: a whole word, or part of one (`--output type=image,name=X`). */
export interface CommandText {
  word: Word;
  /** The unquoted text of the part, when it is not the whole word. */
  part?: string;
}

/** A push found in a shell command. */
export interface PushCommand {
  kind: PushKind;
  /** References written to. */
  targets: CommandText[];
  cache: Array<{ direction: "from" | "to"; entry: CommandText }>;
  labels: CommandText[];
  /** The command reads docker/metadata-action output (`$DOCKER_METADATA_OUTPUT_JSON`, `steps.X.outputs.json`). */
  readsMetadata: boolean;
}

interface Option {
  name: string;
  value: CommandText | undefined;
}

interface Args {
  positional: Word[];
  options: Option[];
}

/** Splits words into options and positionals; `valued` names the options that take a value. */
function parseArgs(words: Word[], valued: ReadonlySet<string>): Args {
  const positional: Word[] = [];
  const options: Option[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const text = wordText(word);
    if (text === "--") {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (text.startsWith("-") && text.length > 1) {
      const eq = text.indexOf("=");
      if (text.startsWith("--") && eq > 0) {
        options.push({ name: text.slice(0, eq), value: { word, part: text.slice(eq + 1) } });
      } else if (valued.has(text)) {
        const next = words[i + 1];
        options.push({ name: text, value: next ? { word: next } : undefined });
        i++;
      } else {
        options.push({ name: text, value: undefined });
      }
      continue;
    }
    positional.push(word);
  }
  return { positional, options };
}

function optionValues(args: Args, ...names: string[]): CommandText[] {
  return args.options.filter((o) => names.includes(o.name) && o.value).map((o) => o.value as CommandText);
}

function has(args: Args, ...names: string[]): boolean {
  return args.options.some((o) => names.includes(o.name));
}

function textOf(t: CommandText): string {
  return t.part ?? wordText(t.word);
}

/** CSV attributes of an exporter/cache entry (`type=image,"name=a,b",push=true`). */
export function csvAttributes(entry: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of splitCsv(entry)) {
    const eq = field.indexOf("=");
    if (eq > 0) out[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
    else if (field.trim() !== "") out.type = out.type ?? field.trim();
  }
  return out;
}

/** Splits a CSV record, honouring double quotes and `${{ }}` (whose commas are not separators). */
export function splitCsv(entry: string): string[] {
  const fields: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charAt(i);
    if (entry.startsWith("${{", i)) {
      const end = expressionEnd(entry, i);
      const stop = end < 0 ? entry.length : end;
      current += entry.slice(i, stop);
      i = stop - 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      fields.push(current);
      current = "";
    } else current += c;
  }
  fields.push(current);
  return fields;
}

/** Whether an exporter entry pushes (`type=registry`, or `push=true` on an image exporter). */
export function outputPushes(attrs: Record<string, string>): boolean {
  return attrs.type === "registry" || (attrs.type === "image" && attrs.push === "true");
}

/** Names an exporter entry pushes (`name=a,b` or `"name=a,b"`). */
function outputNames(t: CommandText): CommandText[] {
  const attrs = csvAttributes(textOf(t));
  if (!outputPushes(attrs) || !attrs.name) return [];
  return splitCsv(attrs.name)
    .filter((n) => n.trim() !== "")
    .map((n) => ({ word: t.word, part: n.trim() }));
}

const DOCKER_GLOBAL = new Set(["--config", "-c", "--context", "-H", "--host", "-l", "--log-level"]);
const BUILD_VALUED = new Set([
  "-t",
  "--tag",
  "-f",
  "--file",
  "--platform",
  "--build-arg",
  "--cache-from",
  "--cache-to",
  "--label",
  "-o",
  "--output",
  "--target",
  "--secret",
  "--ssh",
  "--builder",
  "--build-context",
  "--progress",
  "--iidfile",
  "--metadata-file",
  "--attest",
  "--network",
  "--annotation",
  "--shm-size",
  "--ulimit",
  "--add-host",
  "--allow",
  "--cgroup-parent",
  "--call",
]);
const BAKE_VALUED = new Set([
  "-f",
  "--file",
  "--set",
  "--builder",
  "--progress",
  "--metadata-file",
  "--allow",
  "--call",
]);
const IMAGETOOLS_VALUED = new Set(["-t", "--tag", "-f", "--file", "--annotation", "--builder", "--progress"]);
const PUSH_VALUED = new Set([
  "--platform",
  "--authfile",
  "--cert-dir",
  "--creds",
  "--digestfile",
  "--format",
  "-f",
  "--sign-by",
  "--sign-by-sigstore",
  "--sign-by-sigstore-private-key",
  "--sign-passphrase-file",
  "--compression-format",
  "--compression-level",
  "--retry",
  "--retry-delay",
  "--encryption-key",
  "--signature-policy",
]);
const SKOPEO_VALUED = new Set([
  "--src-creds",
  "--dest-creds",
  "--src-username",
  "--src-password",
  "--dest-username",
  "--dest-password",
  "--authfile",
  "--src-authfile",
  "--dest-authfile",
  "--format",
  "-f",
  "--sign-by",
  "--src-cert-dir",
  "--dest-cert-dir",
  "--additional-tag",
  "--digestfile",
  "--multi-arch",
  "--retry-times",
  "--src-registry-token",
  "--dest-registry-token",
  "--encryption-key",
  "--decryption-key",
  "--src-shared-blob-dir",
  "--dest-shared-blob-dir",
  "--dest-compress-format",
  "--dest-compress-level",
  "--image-parallel-copies",
  "--override-arch",
  "--override-os",
  "--override-variant",
]);
const CRANE_VALUED = new Set(["--platform", "-j", "--jobs", "--image-refs"]);
const ORAS_VALUED = new Set([
  "-u",
  "--username",
  "-p",
  "--password",
  "--artifact-type",
  "-a",
  "--annotation",
  "--annotation-file",
  "--config",
  "--export-manifest",
  "--concurrency",
  "--format",
  "--registry-config",
  "--image-spec",
  "--from",
  "--to",
]);

function stripTransport(t: CommandText, transport: string): CommandText | undefined {
  const text = textOf(t);
  if (!text.startsWith(transport)) return undefined;
  return { word: t.word, part: text.slice(transport.length) };
}

/** Recognises a command that pushes images, with the words holding the references. */
export function detectPushCommand(cmd: ShellCommand): PushCommand | undefined {
  const words = cmd.words;
  const tool = words[0] ? wordText(words[0]).replace(/^.*\//, "") : "";
  const readsMetadata = words.some((w) => /DOCKER_METADATA_OUTPUT_|steps\.[\w-]+\.outputs\.(json|tags)/.test(w.raw));
  const result = (kind: PushKind, targets: CommandText[], extra: Partial<PushCommand> = {}): PushCommand => ({
    kind,
    targets,
    cache: [],
    labels: [],
    readsMetadata,
    ...extra,
  });
  if (tool === "docker") {
    let k = 1;
    while (k < words.length && wordText(words[k] as Word).startsWith("-")) {
      k += DOCKER_GLOBAL.has(wordText(words[k] as Word)) ? 2 : 1;
    }
    const sub = words.slice(k).map(wordText);
    const at = (n: number) => words.slice(k + n);
    if (sub[0] === "push" || (sub[0] === "image" && sub[1] === "push")) {
      const args = parseArgs(at(sub[0] === "push" ? 1 : 2), new Set(["--platform"]));
      return result(
        "docker-push",
        args.positional.slice(0, 1).map((word) => ({ word })),
      );
    }
    const isBuild =
      sub[0] === "build" ||
      (sub[0] === "image" && sub[1] === "build") ||
      (sub[0] === "buildx" && (sub[1] === "build" || sub[1] === "b"));
    if (isBuild) {
      const args = parseArgs(at(sub[0] === "build" ? 1 : 2), BUILD_VALUED);
      const outputs = optionValues(args, "-o", "--output");
      const pushes = has(args, "--push") || outputs.some((o) => outputPushes(csvAttributes(textOf(o))));
      if (!pushes) return undefined;
      const targets = [...optionValues(args, "-t", "--tag"), ...outputs.flatMap(outputNames)];
      return result("docker-build-push", targets, {
        cache: [
          ...optionValues(args, "--cache-from").map((entry) => ({ direction: "from" as const, entry })),
          ...optionValues(args, "--cache-to").map((entry) => ({ direction: "to" as const, entry })),
        ],
        labels: optionValues(args, "--label"),
      });
    }
    if (sub[0] === "buildx" && sub[1] === "bake") {
      const args = parseArgs(at(2), BAKE_VALUED);
      const sets = optionValues(args, "--set");
      const pushes =
        has(args, "--push") ||
        sets.some((s) => /\.output=/.test(textOf(s)) && outputPushes(csvAttributes(textOf(s).replace(/^[^=]*=/, ""))));
      if (!pushes) return undefined;
      const targets = sets
        .filter((s) => /^[^=]*\.tags=/.test(textOf(s)))
        .map((s) => ({ word: s.word, part: textOf(s).replace(/^[^=]*\.tags=/, "") }));
      return result("buildx-bake-push", targets);
    }
    if (sub[0] === "buildx" && sub[1] === "imagetools" && sub[2] === "create") {
      const args = parseArgs(at(3), IMAGETOOLS_VALUED);
      if (has(args, "--dry-run")) return undefined;
      return result("imagetools-create", optionValues(args, "-t", "--tag"));
    }
    if (sub[0] === "manifest" && sub[1] === "push") {
      const args = parseArgs(at(2), new Set());
      return result(
        "manifest-push",
        args.positional.slice(0, 1).map((word) => ({ word })),
      );
    }
    return undefined;
  }
  if (tool === "podman" || tool === "buildah") {
    const kind = tool === "podman" ? "podman-push" : "buildah-push";
    const sub = words.slice(1).map(wordText);
    const start = sub[0] === "push" ? 2 : (sub[0] === "image" || sub[0] === "manifest") && sub[1] === "push" ? 3 : 0;
    if (start === 0) return undefined;
    const args = parseArgs(words.slice(start), PUSH_VALUED);
    const [source, dest] = args.positional;
    const target = dest ?? source;
    if (!target) return result(kind, []);
    const t: CommandText = { word: target };
    return result(kind, [stripTransport(t, "docker://") ?? t]);
  }
  if (tool === "skopeo" && words[1] && wordText(words[1]) === "copy") {
    const args = parseArgs(words.slice(2), SKOPEO_VALUED);
    const dest = args.positional[1];
    const target = dest ? stripTransport({ word: dest }, "docker://") : undefined;
    return target ? result("skopeo-copy", [target]) : undefined;
  }
  if (tool === "crane" && words[1]) {
    const sub = wordText(words[1]);
    const args = parseArgs(words.slice(2), CRANE_VALUED);
    const dest = args.positional[1];
    if (sub === "push") return result("crane-push", dest ? [{ word: dest }] : []);
    if (sub === "copy" || sub === "cp") return result("crane-copy", dest ? [{ word: dest }] : []);
    return undefined;
  }
  if (tool === "helm" && words[1] && wordText(words[1]) === "push") {
    // `helm push CHART.tgz oci://REGISTRY/PATH` pushes REGISTRY/PATH/<chart name>; the registry and owner are what count.
    const dest = words.slice(2).find((w) => wordText(w).startsWith("oci://"));
    const target = dest ? stripTransport({ word: dest }, "oci://") : undefined;
    return target ? result("helm-push", [target]) : undefined;
  }
  if (tool === "ko" && words[1] && ["build", "publish", "resolve", "apply"].includes(wordText(words[1]))) {
    // ko pushes to $KO_DOCKER_REPO (https://ko.build/configuration/#naming-images).
    return result("ko-build", [{ word: words[0] as Word, part: "$KO_DOCKER_REPO" }]);
  }
  if (
    (tool === "mvn" || tool === "mvnw" || tool === "gradle" || tool === "gradlew") &&
    words.some((w) => /\bjib\b|jib:build/.test(w.raw))
  ) {
    // Jib pushes to -Dimage= / -Djib.to.image= (Maven) or --image= (Gradle).
    const option = words.find((w) => /^(-Dimage=|-Djib\.to\.image=|--image=)/.test(wordText(w)));
    if (!option) return undefined;
    const text = wordText(option);
    return result("jib-build", [{ word: option, part: text.slice(text.indexOf("=") + 1) }]);
  }
  if (tool === "oras" && words[1]) {
    const sub = wordText(words[1]);
    const args = parseArgs(words.slice(2), ORAS_VALUED);
    if (sub === "push")
      return result(
        "oras-push",
        args.positional.slice(0, 1).map((word) => ({ word })),
      );
    if (sub === "copy" || sub === "cp") {
      const dest = args.positional[1];
      return result("oras-push", dest ? [{ word: dest }] : []);
    }
  }
  return undefined;
}
