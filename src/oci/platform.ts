/**
 * Platforms (`os/architecture[/variant]`): the validated JSON shape of an index entry's `platform`, parsing the
 * command-line form, and matching with the usual normalisation (x86_64 = amd64, aarch64 = arm64, arm64 = arm64/v8,
 * arm = arm/v7).
 */
import { DockhandError } from "../errors.js";
import { isRecord, type Problems, stringArray, stringField } from "./shape.js";

/** A platform, in the OCI JSON shape (the `platform` object of an index entry). */
export interface Platform {
  architecture: string;
  os: string;
  "os.version"?: string;
  "os.features"?: string[];
  variant?: string;
  features?: string[];
}

/**
 * Reads the `platform` object of an index entry: the known fields, checked, unknown ones dropped. Problems are
 * added to `problems` under `path`; the result is undefined when there were any.
 */
export function readPlatform(value: unknown, path: string, problems: Problems): Platform | undefined {
  if (!isRecord(value)) {
    problems.add(path, "must be an object");
    return undefined;
  }
  const record = value;
  const before = problems.count;
  const architecture = stringField(record, "architecture", path, problems, { required: true, nonEmpty: true });
  const os = stringField(record, "os", path, problems, { required: true, nonEmpty: true });
  const osVersion = stringField(record, "os.version", path, problems);
  const osFeatures = stringArray(record, "os.features", path, problems);
  const variant = stringField(record, "variant", path, problems);
  const features = stringArray(record, "features", path, problems);
  if (problems.count > before || architecture === undefined || os === undefined) return undefined;
  return {
    architecture,
    os,
    ...(osVersion !== undefined ? { "os.version": osVersion } : {}),
    ...(osFeatures !== undefined ? { "os.features": osFeatures } : {}),
    ...(variant !== undefined ? { variant } : {}),
    ...(features !== undefined ? { features } : {}),
  };
}

const PART = /^[a-z0-9._-]+$/;

/** Parses `os/arch[/variant]` (e.g. `linux/arm64/v8`); throws PLATFORM_INVALID naming the bad part. */
export function parsePlatform(input: string): Platform {
  const parts = input.trim().split("/");
  const fail = (problem: string, hint?: string): never => {
    throw new DockhandError("PLATFORM_INVALID", `invalid platform "${input}": ${problem}`, {
      hint: hint ?? "write it as os/architecture[/variant], e.g. linux/amd64 or linux/arm64/v8",
      exit: 2,
      details: { platform: input },
    });
  };
  if (parts.length < 2) fail("missing the architecture");
  if (parts.length > 3) fail(`too many parts (${parts.length}); at most os/architecture/variant`);
  const names = ["os", "architecture", "variant"];
  parts.forEach((part, i) => {
    if (part === "") fail(`the ${names[i]} is empty`);
    if (!PART.test(part)) {
      const lower = part.toLowerCase();
      if (PART.test(lower))
        fail(`the ${names[i]} "${part}" must be lower case`, `did you mean ${input.toLowerCase()}?`);
      fail(`the ${names[i]} "${part}" has characters other than a-z, 0-9, ".", "_" and "-"`);
    }
  });
  const [os = "", architecture = "", variant] = parts;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** Formats a platform as `os/arch[/variant]`. */
export function formatPlatform(platform: Pick<Platform, "os" | "architecture" | "variant">): string {
  const base = `${platform.os}/${platform.architecture}`;
  return platform.variant ? `${base}/${platform.variant}` : base;
}

const ARCH_ALIASES: Record<string, { architecture: string; variant?: string }> = {
  x86_64: { architecture: "amd64" },
  "x86-64": { architecture: "amd64" },
  aarch64: { architecture: "arm64" },
  armhf: { architecture: "arm", variant: "v7" },
  armel: { architecture: "arm", variant: "v6" },
  i386: { architecture: "386" },
  i686: { architecture: "386" },
};

/**
 * The canonical form used for matching: aliases resolved, variants spelled `vN`, the default variant of arm64
 * (v8) dropped, arm's default (v7) filled in, amd64's baseline v1 dropped.
 */
export function normalizePlatform(platform: Pick<Platform, "os" | "architecture" | "variant">): {
  os: string;
  architecture: string;
  variant?: string;
} {
  const os = platform.os.toLowerCase();
  const alias = ARCH_ALIASES[platform.architecture.toLowerCase()];
  const architecture = alias?.architecture ?? platform.architecture.toLowerCase();
  let variant = (platform.variant ?? alias?.variant)?.toLowerCase();
  if (variant && /^\d+$/.test(variant)) variant = `v${variant}`;
  if (architecture === "arm64" && variant === "v8") variant = undefined;
  if (architecture === "amd64" && variant === "v1") variant = undefined;
  if (architecture === "arm" && !variant) variant = "v7";
  return variant ? { os, architecture, variant } : { os, architecture };
}

/**
 * True when `have` (an index entry's platform) satisfies `want`: same normalised os, architecture and variant,
 * and the same `os.version` when `want` names one.
 */
export function platformMatches(want: Platform, have: Platform): boolean {
  const a = normalizePlatform(want);
  const b = normalizePlatform(have);
  if (a.os !== b.os || a.architecture !== b.architecture || a.variant !== b.variant) return false;
  return want["os.version"] === undefined || want["os.version"] === have["os.version"];
}
