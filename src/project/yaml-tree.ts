import { isAlias, isMap, isScalar, isSeq, type Node, parseAllDocuments } from "yaml";

/** A YAML scalar with its source range and where it sits. */
export interface YamlScalar {
  kind: "scalar";
  /** Source range of the value as written (quotes included, trailing comment excluded). */
  start: number;
  end: number;
  value: string;
  /** PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL or BLOCK_FOLDED. */
  style: string;
  path: string;
}

/** A YAML mapping; keys are the resolved key strings. */
export interface YamlMap {
  kind: "map";
  path: string;
  entries: Map<string, YamlNode>;
}

/** A YAML sequence. */
export interface YamlSeq {
  kind: "seq";
  path: string;
  items: YamlNode[];
}

/** The parts of a parsed YAML document the scanner uses; aliases and merge keys are left out (edited at the anchor). */
export type YamlNode = YamlScalar | YamlMap | YamlSeq;

/** Every document of a YAML file as a plain tree, the scalars in source order, and the parse errors. */
export interface YamlTree {
  documents: YamlNode[];
  scalars: YamlScalar[];
  errors: string[];
}

/** Parses a (multi-document) YAML file leniently into a tree whose scalars keep their source ranges. */
export function parseYamlTree(text: string): YamlTree {
  const scalars: YamlScalar[] = [];
  const errors: string[] = [];
  const documents: YamlNode[] = [];
  for (const document of parseAllDocuments(text, { strict: false, uniqueKeys: false })) {
    for (const error of document.errors) errors.push(error.message);
    const node = convert(document.contents as Node | null, "", scalars);
    if (node) documents.push(node);
  }
  scalars.sort((a, b) => a.start - b.start);
  return { documents, scalars, errors };
}

function convert(node: Node | null | undefined, path: string, scalars: YamlScalar[]): YamlNode | undefined {
  if (!node || isAlias(node)) return undefined;
  if (isScalar(node)) {
    if (!node.range || node.value === null || typeof node.value === "object") return undefined;
    const scalar: YamlScalar = {
      kind: "scalar",
      start: node.range[0],
      end: node.range[1],
      value: String(node.value),
      style: node.type ?? "PLAIN",
      path,
    };
    scalars.push(scalar);
    return scalar;
  }
  if (isMap(node)) {
    const entries = new Map<string, YamlNode>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || key === "<<") continue;
      const child = convert(pair.value as Node | null, path === "" ? key : `${path}.${key}`, scalars);
      if (child) entries.set(key, child);
    }
    return { kind: "map", path, entries };
  }
  if (isSeq(node)) {
    const items: YamlNode[] = [];
    node.items.forEach((item, index) => {
      const child = convert(item as Node | null, `${path}[${index}]`, scalars);
      if (child) items.push(child);
    });
    return { kind: "seq", path, items };
  }
  return undefined;
}

/** The scalar whose source range contains [start, end), found by binary search over the sorted scalars. */
export function scalarAt(scalars: readonly YamlScalar[], start: number, end: number): YamlScalar | undefined {
  let low = 0;
  let high = scalars.length - 1;
  let candidate: YamlScalar | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const scalar = scalars[middle];
    if (scalar && scalar.start <= start) {
      candidate = scalar;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return candidate && candidate.end >= end ? candidate : undefined;
}

/** The range of a scalar's content without its quotes; undefined for block scalars, whose source is indented. */
export function contentRange(scalar: YamlScalar): { start: number; end: number } | undefined {
  if (scalar.style === "PLAIN") return { start: scalar.start, end: scalar.end };
  if (scalar.style === "QUOTE_SINGLE" || scalar.style === "QUOTE_DOUBLE") {
    return { start: scalar.start + 1, end: scalar.end - 1 };
  }
  return undefined;
}

/** Walks every map of a tree. */
export function* yamlMaps(node: YamlNode | undefined): Generator<YamlMap> {
  if (!node || node.kind === "scalar") return;
  if (node.kind === "map") {
    yield node;
    for (const child of node.entries.values()) yield* yamlMaps(child);
  } else {
    for (const item of node.items) yield* yamlMaps(item);
  }
}

/** The scalar under `key` of a map, if it is one. */
export function scalarEntry(map: YamlMap | undefined, key: string): YamlScalar | undefined {
  const node = map?.entries.get(key);
  return node?.kind === "scalar" ? node : undefined;
}

/** The map under `key` of a map, if it is one. */
export function mapEntry(map: YamlNode | undefined, key: string): YamlMap | undefined {
  if (map?.kind !== "map") return undefined;
  const node = map.entries.get(key);
  return node?.kind === "map" ? node : undefined;
}
