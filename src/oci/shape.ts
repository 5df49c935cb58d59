/**
 * Field checks for the OCI JSON documents (manifests, indexes, descriptors, platforms). Hand-written rather than a
 * schema library because every registry command parses manifests and a schema library's load time would be paid
 * by each of them; the documents are small and fixed by the spec. Each check reports `path: problem` and keeps
 * going, so one message names every wrong field.
 */

/** Problems found so far, each `path: message`. */
export class Problems {
  readonly list: string[] = [];

  /** Records a problem with the field at `path` (`layers[0].digest`; empty for the document itself). */
  add(path: string, message: string): void {
    this.list.push(`${path || "(document)"}: ${message}`);
  }

  /** How many problems were recorded (compare before and after a check to see whether it failed). */
  get count(): number {
    return this.list.length;
  }
}

/** The path of `key` under `path`: `config.size`, `layers[2]`. */
export function fieldPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads an optional (or, with `required`, mandatory) string field. */
export function stringField(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
  options: { required?: boolean; nonEmpty?: boolean; check?: (value: string) => string | undefined } = {},
): string | undefined {
  const value = record[key];
  const at = fieldPath(path, key);
  if (value === undefined) {
    if (options.required) problems.add(at, "is required");
    return undefined;
  }
  if (typeof value !== "string") {
    problems.add(at, `must be a string, not ${describe(value)}`);
    return undefined;
  }
  if (options.nonEmpty && value === "") {
    problems.add(at, `${key} must not be empty`);
    return undefined;
  }
  const problem = options.check?.(value);
  if (problem) {
    problems.add(at, problem);
    return undefined;
  }
  return value;
}

/** Reads an optional array field, each item through `item` (which reports its own problems). */
export function arrayOf<T>(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
  item: (value: unknown, at: string) => T | undefined,
  options: { required?: boolean } = {},
): T[] | undefined {
  const value = record[key];
  const at = fieldPath(path, key);
  if (value === undefined) {
    if (options.required) problems.add(at, "is required");
    return undefined;
  }
  if (!Array.isArray(value)) {
    problems.add(at, `must be an array, not ${describe(value)}`);
    return undefined;
  }
  const items: T[] = [];
  value.forEach((entry, index) => {
    const read = item(entry, fieldPath(at, index));
    if (read !== undefined) items.push(read);
  });
  return items;
}

/** Reads an optional array of strings (`urls`, `features`). */
export function stringArray(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
): string[] | undefined {
  return arrayOf(record, key, path, problems, (item, at) => {
    if (typeof item === "string") return item;
    problems.add(at, `must be a string, not ${describe(item)}`);
    return undefined;
  });
}

/** Reads an optional object of string values (`annotations`). */
export function stringMap(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: Problems,
): Record<string, string> | undefined {
  const value = record[key];
  const at = fieldPath(path, key);
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.add(at, `must be an object of strings, not ${describe(value)}`);
    return undefined;
  }
  const map: Record<string, string> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry === "string") map[name] = entry;
    else problems.add(fieldPath(at, name), `must be a string, not ${describe(entry)}`);
  }
  return map;
}

/** How a wrong value reads in a message: its JSON type. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}
