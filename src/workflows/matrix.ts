import { isScalar, isSeq } from "yaml";
import { findExpressions } from "./expressions.js";
import type { Matrix, MatrixCombination, MatrixValue } from "./types.js";
import { mapEntries, type SourceFile, toPlain } from "./yaml-source.js";

/** Reads `strategy.matrix` and expands it when every value is literal. */
export function parseMatrix(node: unknown, src: SourceFile): Matrix {
  const span = src.span(node as never);
  if (isScalar(node)) {
    return { span, dimensions: {}, include: [], exclude: [], combinations: undefined, expression: String(node.value) };
  }
  const dimensions: Record<string, MatrixValue[]> = {};
  let include: MatrixCombination[] = [];
  let exclude: MatrixCombination[] = [];
  let expression: string | undefined;
  for (const [key, pair] of mapEntries(node)) {
    const value = pair.value;
    if (key === "include" || key === "exclude") {
      if (isScalar(value)) {
        expression = String(value.value);
        continue;
      }
      const list = (isSeq(value) ? value.items : []).map(toPlain).filter(isObject) as MatrixCombination[];
      if (key === "include") include = list;
      else exclude = list;
    } else if (isSeq(value)) {
      dimensions[key] = value.items.map(toPlain) as MatrixValue[];
    } else {
      expression = isScalar(value) ? String(value.value) : key;
    }
  }
  const dynamic =
    expression !== undefined ||
    [...Object.values(dimensions).flat(), ...include, ...exclude].some((v) => hasExpression(v));
  const matrix: Matrix = {
    span,
    dimensions,
    include,
    exclude,
    combinations: dynamic ? undefined : expandMatrix(dimensions, include, exclude),
  };
  if (expression !== undefined) matrix.expression = expression;
  return matrix;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function hasExpression(v: unknown): boolean {
  if (typeof v === "string") return findExpressions(v).length > 0;
  if (Array.isArray(v)) return v.some(hasExpression);
  if (isObject(v)) return Object.values(v).some(hasExpression);
  return false;
}

function same(a: MatrixValue | undefined, b: MatrixValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Expands a matrix the way GitHub does: the product of the dimensions, minus combinations that
 * match an `exclude` entry (all its keys), then each `include` entry is merged into every
 * product combination whose original values it does not overwrite, or else added as a new combination.
 */
export function expandMatrix(
  dimensions: Record<string, MatrixValue[]>,
  include: MatrixCombination[],
  exclude: MatrixCombination[],
): MatrixCombination[] {
  const keys = Object.keys(dimensions);
  let product: MatrixCombination[] = keys.length === 0 ? [] : [{}];
  for (const key of keys) {
    const values = dimensions[key] ?? [];
    product = product.flatMap((combo) => values.map((v) => ({ ...combo, [key]: v })));
  }
  const base = product.filter(
    (combo) => !exclude.some((ex) => Object.entries(ex).every(([k, v]) => same(combo[k], v))),
  );
  // Include entries merge only into the product's combinations; the ones they add stay as they are.
  const result = base.map((combo) => ({ ...combo }));
  const added: MatrixCombination[] = [];
  for (const extra of include) {
    let merged = false;
    result.forEach((combo, i) => {
      const original = base[i] ?? {};
      const overwritesOriginal = Object.entries(extra).some(([k, v]) => k in original && !same(original[k], v));
      if (!overwritesOriginal) {
        Object.assign(combo, extra);
        merged = true;
      }
    });
    if (!merged) added.push({ ...extra });
  }
  result.push(...added);
  return result;
}
