/**
 * docker/metadata-action's tag computation: each enabled entry, highest priority first, may produce one value;
 * the first value is the main version, later distinct ones are partial versions, and the first entry that
 * produces a value decides whether `latest` is added. Tags are then `image:value` for every enabled image.
 */
import semver from "semver";
import { DockhandError } from "../errors.js";
import type { TagContext } from "./context.js";
import { dateHelper, renderGlobal, shortSha } from "./expressions.js";
import { type Flavor, parseFlavor } from "./flavor.js";
import { parseImages } from "./image.js";
import { formatPep440, parsePep440, pep440Parts } from "./pep440.js";
import { parseTags, type TagEntry } from "./tag.js";
import { isRawStatement, renderTemplate } from "./template.js";

/** The versions a plan produced. */
export interface Version {
  /** The first value produced; undefined when no entry produced one. */
  main: string | undefined;
  /** Further distinct values, in priority order. */
  partial: string[];
  /** Whether `latest` is added. */
  latest: boolean;
}

/** Inputs as entries (one per line already). */
export interface MetaInputs {
  images: readonly string[];
  tags?: readonly string[];
  flavor?: readonly string[];
}

/** What the metadata-action computation gives. */
export interface MetaResult {
  version: Version;
  /** `image:tag` for every enabled image (bare tags when no image is given); `latest` last for each image. */
  tags: string[];
  /** The tag names without images: main, partials, and the latest tag when added. */
  tagNames: string[];
  /** Enabled images, lower-cased. */
  images: string[];
  flavor: Flavor;
  /** The `latest` tag's name with its flavor affixes (`latest`, `latest-amd64`). */
  latestTag: string;
  /** Things the action only warns about (a pattern that does not match, a tag that is not semver …). */
  warnings: string[];
}

/** Replaces every run of characters not allowed in a tag with one `-`. */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, "-");
}

/** Computes the version and tags exactly as metadata-action does. */
export function computeMeta(inputs: MetaInputs, context: TagContext): MetaResult {
  const flavor = parseFlavor(inputs.flavor ?? []);
  const entries = parseTags(inputs.tags ?? []);
  const images = parseImages(inputs.images)
    .filter((image) => image.enable)
    .map((image) => image.name.toLowerCase());
  const warnings: string[] = [];
  const version: { main: string | undefined; partial: string[]; latest: boolean | undefined } = {
    main: undefined,
    partial: [],
    latest: undefined,
  };

  const render = (value: string) => renderGlobal(value, context);
  const withAffixes = (value: string, entry: TagEntry): string => {
    let result = value;
    if (Object.hasOwn(entry.attrs, "prefix")) result = `${render(entry.attrs.prefix ?? "")}${result}`;
    else if (flavor.prefix !== "") result = `${render(flavor.prefix)}${result}`;
    if (Object.hasOwn(entry.attrs, "suffix")) result = `${result}${render(entry.attrs.suffix ?? "")}`;
    else if (flavor.suffix !== "") result = `${result}${render(flavor.suffix)}`;
    return result;
  };
  const latestFor = (auto: boolean) => (flavor.latest === "auto" ? auto : flavor.latest === "true");
  const add = (value: string, auto: boolean) => {
    if (value === "") return;
    const tag = sanitizeTag(value);
    if (version.main === undefined) version.main = tag;
    else if (tag !== version.main) version.partial.push(tag);
    if (version.latest === undefined) version.latest = latestFor(auto);
  };

  for (const entry of entries) {
    const enabled = render(entry.attrs.enable ?? "true");
    if (enabled !== "true" && enabled !== "false") {
      throw new DockhandError("TAGS_INPUT", `Invalid value for enable attribute: "${enabled}" in "${entry.source}"`, {
        exit: 2,
        hint: "enable must render to true or false, e.g. enable={{is_default_branch}}",
      });
    }
    if (enabled === "false") continue;
    const produced = produce(entry, context, render, warnings);
    if (produced) add(withAffixes(produced.value, entry), produced.latest);
  }

  const partial = version.partial.filter((tag, index) => version.partial.indexOf(tag) === index);
  const result: Version = { main: version.main, partial, latest: version.latest ?? false };
  const latestTag = sanitizeTag(
    `${flavor.prefixLatest ? flavor.prefix : ""}latest${flavor.suffixLatest ? flavor.suffix : ""}`,
  );
  const tagNames =
    result.main === undefined ? [] : [result.main, ...result.partial, ...(result.latest ? [latestTag] : [])];
  const tags = (images.length > 0 ? images : [""]).flatMap((image) =>
    tagNames.map((name) => (image === "" ? name : `${image}:${name}`)),
  );
  return { version: result, tags, tagNames, images, flavor, latestTag, warnings };
}

interface Produced {
  value: string;
  /** latest under `latest=auto`. */
  latest: boolean;
}

/** The value one entry yields in this context (before affixes), or undefined when it yields nothing. */
function produce(
  entry: TagEntry,
  context: TagContext,
  render: (value: string) => string,
  warnings: string[],
): Produced | undefined {
  const attrs = entry.attrs;
  const isTag = /^refs\/tags\//.test(context.ref);
  const tagName = context.ref.replace(/^refs\/tags\//, "");
  switch (entry.type) {
    case "schedule": {
      if (!/schedule/.test(context.eventName)) return undefined;
      // A schedule pattern sees only the date helpers, not the other global expressions.
      const scope = { date: dateHelper(context.date), commit_date: dateHelper(context.commitDate) };
      return { value: renderTemplate(attrs.pattern ?? "nightly", scope), latest: false };
    }
    case "semver":
    case "pep440": {
      if (!isTag && attrs.value === "") return undefined;
      let raw = attrs.value !== "" ? render(attrs.value ?? "") : tagName;
      if (attrs.match) {
        const found = raw.match(compileRegex(attrs.match, entry));
        if (found) raw = found[1] ?? "";
        else warnings.push(`${attrs.match} does not match ${raw}.`);
      }
      raw = raw.replace(/\//g, "-");
      return entry.type === "semver"
        ? produceSemver(raw, attrs.pattern ?? "", warnings)
        : producePep440(raw, attrs.pattern ?? "", warnings);
    }
    case "match": {
      if (!isTag && attrs.value === "") return undefined;
      const raw = attrs.value !== "" ? render(attrs.value ?? "") : tagName;
      const pattern = attrs.pattern ?? "";
      const literal = /^\/(.+)\/(.*)$/.exec(pattern);
      const regex =
        literal?.[1] !== undefined ? compileRegex(literal[1], entry, literal[2]) : compileRegex(pattern, entry);
      const found = raw.match(regex) as (RegExpMatchArray & Record<string, string | undefined>) | null;
      if (!found) {
        warnings.push(`${pattern} does not match ${raw}.`);
        return undefined;
      }
      const group = found[attrs.group ?? "0"];
      if (group === undefined) {
        warnings.push(`Group ${attrs.group} does not exist for ${pattern} pattern.`);
        return undefined;
      }
      return { value: group, latest: true };
    }
    case "ref": {
      if (attrs.event === "branch") {
        if (!/^refs\/heads\//.test(context.ref)) return undefined;
        return { value: context.ref.replace(/^refs\/heads\//, ""), latest: false };
      }
      if (attrs.event === "tag") {
        if (!isTag) return undefined;
        return { value: tagName, latest: true };
      }
      if (!/^refs\/pull\//.test(context.ref)) return undefined;
      return { value: context.ref.replace(/^refs\/pull\//, "").replace(/\/merge$/, ""), latest: false };
    }
    case "edge": {
      if (!/^refs\/heads\//.test(context.ref)) return undefined;
      const branch = attrs.branch !== "" ? attrs.branch : context.defaultBranch;
      if (!branch || branch !== context.ref.replace(/^refs\/heads\//, "")) return undefined;
      return { value: "edge", latest: false };
    }
    case "raw":
      return { value: render(attrs.value ?? ""), latest: false };
    case "sha": {
      if (context.sha === "") return undefined;
      const value = attrs.format === "short" ? shortSha(context.sha, context.shortShaLength) : context.sha;
      return { value, latest: false };
    }
  }
}

function produceSemver(raw: string, pattern: string, warnings: string[]): Produced | undefined {
  if (!semver.valid(raw)) {
    warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
    return undefined;
  }
  const parsed = semver.parse(raw, { loose: true });
  if (!parsed) return undefined;
  const scope = {
    raw: parsed.raw,
    version: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease,
    build: parsed.build,
  };
  // A pre-release must not move the major/minor tags: every pattern but {{raw}} becomes {{version}}.
  if (semver.prerelease(raw)) {
    return { value: renderTemplate(isRawStatement(pattern) ? pattern : "{{version}}", scope), latest: false };
  }
  return { value: renderTemplate(pattern, scope), latest: true };
}

function producePep440(raw: string, pattern: string, warnings: string[]): Produced | undefined {
  const parsed = parsePep440(raw);
  if (!parsed) {
    warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
    return undefined;
  }
  const clean = formatPep440(parsed);
  if (parsed.isPrerelease || parsed.isPostrelease || parsed.isDevrelease) {
    return { value: isRawStatement(pattern) ? raw : clean, latest: false };
  }
  const parts = pep440Parts(parsed);
  return { value: renderTemplate(pattern, { raw, version: clean, ...parts }), latest: true };
}

function compileRegex(source: string, entry: TagEntry, flags?: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new DockhandError("TAGS_INPUT", `Invalid regular expression "${source}" in "${entry.source}"`, {
      exit: 2,
      hint: error instanceof Error ? error.message : undefined,
    });
  }
}
