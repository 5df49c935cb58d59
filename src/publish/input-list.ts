/**
 * Input syntax shared by the tag planner's inputs: multi-line values split into entries, and each entry read as
 * one CSV record, the way docker/metadata-action reads its `images`, `tags`, `flavor`, `labels` inputs.
 */
import { DockhandError } from "../errors.js";

/**
 * Splits input values into entries: one per line, trimmed; blank lines and lines starting with `#` are dropped.
 * A `#` inside an entry is kept (`type=raw,value=foo#bar`). Commas do not split: they separate fields of one entry.
 */
export function splitInputList(values: readonly string[]): string[] {
  const entries: string[] = [];
  for (const value of values) {
    for (const line of value.split(/\r?\n/)) {
      const entry = line.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      entries.push(entry);
    }
  }
  return entries;
}

/**
 * Reads one entry as a CSV record: fields split on `,`; a field that starts with `"` is quoted, may contain commas,
 * and writes a literal quote as `""` (so a regex with commas is written `"pattern=\d{1,3}"`).
 */
export function parseCsvRecord(entry: string, what: string): string[] {
  const fields: string[] = [];
  let i = 0;
  if (entry === "") return fields;
  while (i <= entry.length) {
    if (entry[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= entry.length) {
          throw syntaxError(what, entry, "a quoted field is not closed");
        }
        if (entry[j] === '"') {
          if (entry[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += entry[j];
        j += 1;
      }
      j += 1;
      if (j < entry.length && entry[j] !== ",") {
        throw syntaxError(what, entry, `unexpected text after the closing quote at column ${j + 1}`);
      }
      fields.push(value);
      i = j + 1;
      continue;
    }
    const end = entry.indexOf(",", i);
    const value = end === -1 ? entry.slice(i) : entry.slice(i, end);
    if (value.includes('"')) {
      throw syntaxError(what, entry, `a quote inside the unquoted field "${value}"; quote the whole field instead`);
    }
    fields.push(value);
    if (end === -1) break;
    i = end + 1;
  }
  return fields;
}

function syntaxError(what: string, entry: string, problem: string): DockhandError {
  return new DockhandError("TAGS_INPUT", `Invalid ${what} entry "${entry}": ${problem}`, {
    exit: 2,
    hint: 'Fields are separated by commas; wrap a field holding commas in double quotes: type=match,"pattern=\\d{1,3}"',
  });
}
