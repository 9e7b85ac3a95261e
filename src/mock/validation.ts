/**
 * A small schema language for request validation. Each schema checks one value and records every
 * problem as a 422 `detail` entry whose `loc` points at the field, e.g. `["body", "eventType"]`.
 *
 * @module
 */

/** One entry of a 422 response's `detail` list. */
export interface ValidationIssue {
  loc: string[];
  msg: string;
  type: string;
}

/** Returned by a schema for a value it rejected (its problems are in the issue list). */
export const INVALID: unique symbol = Symbol("invalid");
/** The type of {@link INVALID}. */
export type Invalid = typeof INVALID;

/** Checks `value` found at `loc`; returns the accepted value or {@link INVALID} after recording issues. */
export type Schema<T> = (value: unknown, loc: string[], issues: ValidationIssue[]) => T | Invalid;

/** Records one problem and returns {@link INVALID}. */
export function reject(issues: ValidationIssue[], loc: string[], type: string, msg: string): Invalid {
  issues.push({ loc, msg, type });
  return INVALID;
}

/** The character class shared by UIDs, event type names and channels. */
export const SLUG_PATTERN = /^[a-zA-Z0-9\-_.]+$/;

interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternMsg?: string;
}

/** A string, optionally with length bounds and a pattern. */
export function string(rules: StringRules = {}): Schema<string> {
  return (value, loc, issues) => {
    if (typeof value !== "string") return reject(issues, loc, "string_type", "Input should be a string.");
    if (rules.min !== undefined && value.length < rules.min)
      return reject(issues, loc, "string_too_short", `String should have at least ${rules.min} characters.`);
    if (rules.max !== undefined && value.length > rules.max)
      return reject(issues, loc, "string_too_long", `String should have at most ${rules.max} characters.`);
    if (rules.pattern && !rules.pattern.test(value))
      return reject(
        issues,
        loc,
        "string_pattern_mismatch",
        rules.patternMsg ?? `String should match ${rules.pattern}.`,
      );
    return value;
  };
}

/** A UID, event type name (max 256) or channel (max 128): letters, digits, `-`, `_` and `.`. */
export function slug(max = 256): Schema<string> {
  return string({
    min: 1,
    max,
    pattern: SLUG_PATTERN,
    patternMsg: "Only letters, digits, '-', '_' and '.' are allowed.",
  });
}

/** An integer within optional bounds. */
export function integer(rules: { min?: number; max?: number } = {}): Schema<number> {
  return (value, loc, issues) => {
    if (typeof value !== "number" || !Number.isInteger(value))
      return reject(issues, loc, "int_type", "Input should be a valid integer.");
    if (rules.min !== undefined && value < rules.min)
      return reject(
        issues,
        loc,
        "greater_than_equal",
        `Input should be greater than or equal to ${rules.min}.`,
      );
    if (rules.max !== undefined && value > rules.max)
      return reject(issues, loc, "less_than_equal", `Input should be less than or equal to ${rules.max}.`);
    return value;
  };
}

/** A boolean. */
export const boolean: Schema<boolean> = (value, loc, issues) =>
  typeof value === "boolean" ? value : reject(issues, loc, "bool_type", "Input should be a valid boolean.");

/** One of a fixed set of strings. */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  return (value, loc, issues) =>
    (values as readonly unknown[]).includes(value)
      ? (value as T)
      : reject(issues, loc, "enum", `Input should be one of: ${values.join(", ")}.`);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 date-time string, returned as milliseconds since the epoch. */
export const dateTime: Schema<number> = (value, loc, issues) => {
  const ms = typeof value === "string" && RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms)
    ? reject(issues, loc, "datetime_parsing", "Input should be an RFC 3339 date-time.")
    : ms;
};

/** An absolute http or https URL of at most 65536 characters. */
export const httpUrl: Schema<string> = (value, loc, issues) => {
  const text = string({ min: 1, max: 65536 })(value, loc, issues);
  if (text === INVALID) return INVALID;
  let protocol = "";
  try {
    protocol = new URL(text).protocol;
  } catch {
    return reject(issues, loc, "url_parsing", "Input should be a valid URL.");
  }
  if ((protocol !== "http:" && protocol !== "https:") || !/^https?:\/\//i.test(text))
    return reject(issues, loc, "value_error", "URL must use http or https.");
  return text;
};

/** `null`, or a value of `schema`. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (value, loc, issues) => (value === null ? null : schema(value, loc, issues));
}

/** An array of `item`, with optional size bounds and a uniqueness rule. */
export function array<T>(
  item: Schema<T>,
  rules: { min?: number; max?: number; unique?: boolean } = {},
): Schema<T[]> {
  return (value, loc, issues) => {
    if (!Array.isArray(value)) return reject(issues, loc, "list_type", "Input should be a valid list.");
    if (rules.min !== undefined && value.length < rules.min)
      return reject(issues, loc, "too_short", `List should have at least ${rules.min} item(s).`);
    if (rules.max !== undefined && value.length > rules.max)
      return reject(issues, loc, "too_long", `List should have at most ${rules.max} items.`);
    const before = issues.length;
    const out = value.map((v, i) => item(v, [...loc, String(i)], issues));
    if (issues.length > before) return INVALID;
    if (rules.unique && new Set(out).size !== out.length)
      return reject(issues, loc, "unique_items", "List items must be unique.");
    return out as T[];
  };
}

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Any JSON object, kept as is. */
export const jsonObject: Schema<Record<string, unknown>> = (value, loc, issues) =>
  isJsonObject(value) ? value : reject(issues, loc, "dict_type", "Input should be a JSON object.");

/** An object whose keys match `key` and whose values match `item` (e.g. metadata, headers). */
export function record<T>(
  item: Schema<T>,
  key?: (name: string, loc: string[], issues: ValidationIssue[]) => boolean,
): Schema<Record<string, T>> {
  return (value, loc, issues) => {
    if (!isJsonObject(value)) return reject(issues, loc, "dict_type", "Input should be a JSON object.");
    const before = issues.length;
    const entries: [string, T][] = [];
    for (const [name, v] of Object.entries(value)) {
      const at = [...loc, name];
      if (key && !key(name, at, issues)) continue;
      const checked = item(v, at, issues);
      if (checked !== INVALID) entries.push([name, checked]);
    }
    // fromEntries defines own properties, so a key like "__proto__" stays data, never a prototype.
    return issues.length > before ? INVALID : Object.fromEntries(entries);
  };
}

/** A field of an {@link object} schema. */
export interface Field<T, Optional extends boolean> {
  readonly schema: Schema<T>;
  readonly optional: Optional;
}

/** A field that must be present. */
export function required<T>(schema: Schema<T>): Field<T, false> {
  return { schema, optional: false };
}

/** A field that may be absent (absent stays `undefined`; `null` is up to the schema). */
export function optional<T>(schema: Schema<T>): Field<T, true> {
  return { schema, optional: true };
}

type Shape = Record<string, Field<unknown, boolean>>;
type FieldValue<F> = F extends Field<infer T, boolean> ? T : never;
/** The value an {@link object} schema of `S` produces. */
export type ObjectOf<S extends Shape> = {
  [K in keyof S as S[K] extends Field<unknown, false> ? K : never]: FieldValue<S[K]>;
} & {
  [K in keyof S as S[K] extends Field<unknown, true> ? K : never]?: FieldValue<S[K]>;
};

/** A JSON object with the given fields; unknown fields are ignored and left out of the result. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return (value, loc, issues) => {
    if (!isJsonObject(value)) return reject(issues, loc, "dict_type", "Input should be a JSON object.");
    const before = issues.length;
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(shape)) {
      const present = Object.hasOwn(value, name) && value[name] !== undefined;
      if (!present) {
        if (!field.optional) reject(issues, [...loc, name], "missing", "Field required.");
        continue;
      }
      const checked = field.schema(value[name], [...loc, name], issues);
      if (checked !== INVALID) out[name] = checked;
    }
    return issues.length > before ? INVALID : (out as ObjectOf<S>);
  };
}

/** The value type a schema accepts, e.g. `Infer<typeof MessageIn>`. */
export type Infer<S> = S extends Schema<infer T> ? Exclude<T, Invalid> : never;
