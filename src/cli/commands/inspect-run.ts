/**
 * What `dockhand inspect` does once it runs: read the manifest and describe it. Loaded only then, so the CLI
 * starts fast.
 */
import type { ExitCode } from "../../errors.js";
import {
  type Descriptor,
  formatPlatform,
  isImageManifestMediaType,
  type ParsedImageManifest,
  type ParsedIndex,
  parseManifest,
} from "../../oci/index.js";
import { formatReference, parseReference } from "../../reference/index.js";
import type { RegistryClient, Repository } from "../../registry/index.js";
import type { CommandContext } from "../main.js";
import { formatTable, printJson } from "../output.js";
import { type RegistryCliOptions, withClient } from "../registry-options.js";

/** Options of `dockhand inspect`. */
export interface InspectOptions extends RegistryCliOptions {
  json?: boolean;
  raw?: boolean;
}

const KIND_NAMES: Record<string, string> = {
  "application/vnd.oci.image.index.v1+json": "OCI image index",
  "application/vnd.oci.image.manifest.v1+json": "OCI image manifest",
  "application/vnd.docker.distribution.manifest.list.v2+json": "Docker manifest list",
  "application/vnd.docker.distribution.manifest.v2+json": "Docker image manifest",
};

const IMAGE_CONFIG_TYPES = new Set([
  "application/vnd.oci.image.config.v1+json",
  "application/vnd.docker.container.image.v1+json",
]);

/** `1234` → `1.2 KiB`. */
function humanSize(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** What an index entry is: its platform, or the attestation it is (buildx stores those as unknown/unknown). */
function entryLabel(entry: Descriptor): string {
  const annotations = entry.annotations ?? {};
  if (annotations["vnd.docker.reference.type"] === "attestation-manifest") {
    const target = annotations["vnd.docker.reference.digest"];
    return `attestation${target ? ` of ${target.slice(0, 19)}…` : ""}`;
  }
  if (entry.platform) return formatPlatform(entry.platform);
  return entry.artifactType ?? "-";
}

interface ImageConfigFacts {
  os?: string;
  architecture?: string;
  variant?: string;
  created?: string;
}

async function readConfig(
  client: RegistryClient,
  repo: Repository,
  image: ParsedImageManifest,
): Promise<ImageConfigFacts | undefined> {
  if (!IMAGE_CONFIG_TYPES.has(image.config.mediaType)) return undefined;
  const bytes = await client.readBlob(repo, image.config.digest);
  const config = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  const pick = (key: string) => (typeof config[key] === "string" ? { [key]: config[key] as string } : {});
  return { ...pick("os"), ...pick("architecture"), ...pick("variant"), ...pick("created") };
}

function describeIndex(index: ParsedIndex): string {
  const rows = index.manifests.map((m) => [entryLabel(m), humanSize(m.size), m.digest, m.mediaType]);
  return `${formatTable(["PLATFORM", "SIZE", "DIGEST", "MEDIA TYPE"], rows)}\n`;
}

function describeImage(image: ParsedImageManifest, config: ImageConfigFacts | undefined): string {
  const lines: string[] = [];
  if (config?.os && config.architecture) {
    lines.push(
      `platform    ${formatPlatform({ os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) })}`,
    );
  }
  if (config?.created) lines.push(`created     ${config.created}`);
  if (image.artifactType) lines.push(`artifact    ${image.artifactType}`);
  if (image.subject) lines.push(`subject     ${image.subject.digest}`);
  lines.push(`config      ${image.config.digest} (${image.config.mediaType}, ${humanSize(image.config.size)})`);
  const rows = image.layers.map((layer, i) => [String(i + 1), humanSize(layer.size), layer.digest, layer.mediaType]);
  const total = image.layers.reduce((sum, layer) => sum + layer.size, 0);
  return `${lines.join("\n")}\n\n${formatTable(["#", "SIZE", "DIGEST", "MEDIA TYPE"], rows)}\n${image.layers.length} layers, ${humanSize(total)}\n`;
}

/** Runs `dockhand inspect REF` and returns its exit code. */
export async function runInspect(input: string, options: InspectOptions, context: CommandContext): Promise<ExitCode> {
  const ref = parseReference(input);
  const reference = ref.digest ?? ref.tag ?? "latest";
  const shown = formatReference({ ...ref, ...(ref.digest || ref.tag ? {} : { tag: "latest" }) });
  await withClient(options, context.env, context.io, async (client) => {
    const manifest = await client.getManifest(ref, reference);
    if (options.raw) {
      context.io.out(Buffer.from(manifest.bytes).toString("utf8"));
      return;
    }
    const parsed = parseManifest(manifest.bytes, manifest.mediaType);
    const config =
      parsed.kind === "image" && isImageManifestMediaType(parsed.mediaType)
        ? await readConfig(client, ref, parsed)
        : undefined;
    const summary = {
      reference: shown,
      kind: parsed.kind,
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.byteLength,
    };
    if (options.json) {
      const body =
        parsed.kind === "index"
          ? { manifests: parsed.manifests }
          : { config: { ...parsed.config, ...(config ?? {}) }, layers: parsed.layers };
      printJson(context.io, {
        ...summary,
        ...(parsed.artifactType ? { artifactType: parsed.artifactType } : {}),
        ...(parsed.subject ? { subject: parsed.subject } : {}),
        ...(parsed.annotations ? { annotations: parsed.annotations } : {}),
        ...body,
      });
      return;
    }
    const head = [
      `reference   ${shown}`,
      `media type  ${manifest.mediaType}${KIND_NAMES[manifest.mediaType] ? ` (${KIND_NAMES[manifest.mediaType]})` : ""}`,
      `digest      ${manifest.digest}`,
      `size        ${manifest.bytes.byteLength} bytes`,
    ];
    context.io.out(`${head.join("\n")}\n`);
    context.io.out(parsed.kind === "index" ? `\n${describeIndex(parsed)}` : describeImage(parsed, config));
  });
  return 0;
}
