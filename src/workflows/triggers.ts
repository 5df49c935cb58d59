import { isMap, isScalar, isSeq } from "yaml";
import type { Trigger, WorkflowError } from "./types.js";
import { listItems, mapEntries, mapGet, type SourceFile } from "./yaml-source.js";

/** Reads `on:` in all its forms: a string, a list of events, or a map of events with filters. */
export function parseTriggers(node: unknown, src: SourceFile, errors: WorkflowError[]): Trigger[] {
  const empty = (event: string, at: unknown): Trigger => ({
    event,
    span: src.span(at as never),
    filters: {},
    inputs: [],
    inputDefaults: {},
    secrets: [],
    crons: [],
  });
  if (isScalar(node) && node.value !== null && String(node.value) !== "") return [empty(String(node.value), node)];
  if (isSeq(node)) {
    return node.items.filter(isScalar).map((item) => empty(String(item.value), item));
  }
  if (!isMap(node) || node.items.length === 0) {
    const span = src.span(node as never);
    errors.push({
      code: "WORKFLOW_SHAPE",
      file: src.file,
      line: span.line,
      column: span.column,
      message: "`on` must be an event name, a list of events or a map of events",
    });
    return [];
  }
  const triggers: Trigger[] = [];
  for (const [event, pair] of mapEntries(node)) {
    const trigger = empty(event, pair.key);
    const config = pair.value;
    if (event === "schedule") {
      for (const item of listItems(config)) {
        const cron = mapGet(item, "cron");
        if (isScalar(cron)) trigger.crons.push(String(cron.value));
      }
    } else if (isMap(config)) {
      for (const [key, pairValue] of mapEntries(config)) {
        const value = pairValue.value;
        if (key === "inputs" || key === "secrets") {
          const names = mapEntries(value).map(([name]) => name);
          if (key === "inputs") {
            trigger.inputs = names;
            for (const [name, input] of mapEntries(value)) {
              const fallback = src.scalar(mapGet(input.value, "default"));
              if (fallback) trigger.inputDefaults[name] = fallback;
            }
          } else trigger.secrets = names;
        } else if (key !== "outputs") {
          trigger.filters[key] = listItems(value)
            .filter(isScalar)
            .map((s) => String(s.value));
        }
      }
    }
    triggers.push(trigger);
  }
  return triggers;
}
