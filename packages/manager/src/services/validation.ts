/** Checks on the values the services accept; a failure is an InvalidInputError naming the field. */
import { InvalidInputError, NotFoundError, type ResourceKind } from "../errors.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Length in characters (code points), as PostgreSQL's char_length counts. */
export const charLength = (value: string): number => [...value].length;

export interface TextRule {
  readonly min?: number;
  readonly max: number;
  /** Leading or trailing white space refused (default true). */
  readonly trimmed?: boolean;
}

/** A one-line text of `min`-`max` characters (default 1-max), without control characters. */
export function checkText(field: string, value: unknown, rule: TextRule): string {
  if (typeof value !== "string") throw new InvalidInputError(field, "must be a string");
  const min = rule.min ?? 1;
  const length = charLength(value);
  if (length < min || length > rule.max) {
    throw new InvalidInputError(
      field,
      `must be ${min}-${rule.max} characters: got ${length} (${JSON.stringify(value)})`,
    );
  }
  if (CONTROL.test(value)) throw new InvalidInputError(field, "must not hold control characters");
  if (rule.trimmed !== false && value.trim() !== value) {
    throw new InvalidInputError(field, "must not begin or end with white space");
  }
  return value;
}

export function checkInteger(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidInputError(
      field,
      `must be an integer from ${min} to ${max}: got ${String(value)}`,
    );
  }
  return value;
}

export function checkBoolean(field: string, value: unknown): boolean {
  if (typeof value !== "boolean")
    throw new InvalidInputError(field, `must be true or false: got ${String(value)}`);
  return value;
}

export function checkDate(field: string, value: unknown): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidInputError(field, `must be a valid date: got ${String(value)}`);
  }
  return value;
}

export function checkOneOf<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(
      field,
      `must be one of ${allowed.join(", ")}: got ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

/**
 * A row ID: a positive safe integer. Anything else names no object, so it
 * is a NotFoundError rather than a bad value.
 */
export function checkId(resource: ResourceKind, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new NotFoundError(resource, String(value));
  }
  return value;
}
