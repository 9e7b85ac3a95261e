/**
 * A request's input checked against openapi.yaml through the validators `npm run generate` compiles
 * (src/generated/validators.js), with Ajv's errors turned into the API's 422 `{ loc, msg, type }`.
 * Only rules the spec cannot state are written here: payload depth ({@link MAX_DEPTH}), the custom
 * headers' reserved names and total size.
 *
 * @module
 */
import type { operations } from "../generated/openapi.js";
import {
  operationValidators,
  type SchemaError,
  type Validator,
  validateUid,
} from "../generated/validators.js";

/** One entry of a 422 response's `detail` list. */
export interface ValidationIssue {
  loc: string[];
  msg: string;
  type: string;
}

/** An operationId of the spec. */
export type OperationId = keyof operations;
/** The JSON body an operation takes (`undefined` when it takes none). */
export type BodyOf<O extends OperationId> = operations[O] extends {
  requestBody: { content: { "application/json": infer B } };
}
  ? B
  : undefined;
/** The query parameters an operation takes, by wire name, with the spec's defaults filled in. */
export type QueryOf<O extends OperationId> = NonNullable<operations[O]["parameters"]["query"]>;

/** How deep a JSON value in a request body may nest (service rule: a payload at most 64 levels). */
export const MAX_DEPTH = 64;
/** The most bytes of names and values an endpoint's custom headers may hold in all. */
export const MAX_HEADER_BYTES = 8 * 1024;

/** Header names a delivery sets itself, so an endpoint may not override them. */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "content-type",
  "content-length",
  "host",
  "user-agent",
  "connection",
  "transfer-encoding",
]);

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ["string_type", "Input should be a string."],
  integer: ["int_type", "Input should be a valid integer."],
  number: ["float_type", "Input should be a number."],
  boolean: ["bool_type", "Input should be a valid boolean."],
  array: ["list_type", "Input should be a valid list."],
  object: ["dict_type", "Input should be a JSON object."],
};

const FORMAT_NAMES: Record<string, [string, string]> = {
  "date-time": ["datetime_parsing", "Input should be an RFC 3339 date-time."],
  uri: ["url_parsing", "Input should be a valid URI."],
};

type Params = Record<string, unknown>;

/** `[type, msg]` by Ajv keyword; a keyword not listed (anyOf, …) is explained by its branches' errors. */
const DESCRIBE: Record<string, (p: Params) => [string, string] | undefined> = {
  type: (p) => {
    const wanted = String(p.type)
      .split(",")
      .find((t) => t !== "null");
    return wanted ? TYPE_NAMES[wanted] : undefined;
  },
  required: () => ["missing", "Field required."],
  additionalProperties: () => ["extra_forbidden", "Unknown field: extra inputs are not permitted."],
  propertyNames: (p) => ["value_error", `Name '${String(p.propertyName)}' is not allowed here.`],
  format: (p) => FORMAT_NAMES[String(p.format)] ?? ["value_error", `Input should be a valid ${p.format}.`],
  pattern: (p) => ["string_pattern_mismatch", `String should match ${p.pattern}.`],
  minLength: (p) => ["string_too_short", `String should have at least ${p.limit} characters.`],
  maxLength: (p) => ["string_too_long", `String should have at most ${p.limit} characters.`],
  minimum: (p) => ["greater_than_equal", `Input should be greater than or equal to ${p.limit}.`],
  maximum: (p) => ["less_than_equal", `Input should be less than or equal to ${p.limit}.`],
  minItems: (p) => ["too_short", `List should have at least ${p.limit} item(s).`],
  maxItems: (p) => ["too_long", `At most ${p.limit} items are allowed.`],
  maxProperties: (p) => ["too_long", `At most ${p.limit} items are allowed.`],
  uniqueItems: () => ["unique_items", "List items must be unique."],
  enum: (p) => ["enum", `Input should be one of: ${(p.allowedValues as unknown[]).join(", ")}.`],
};

function pointerParts(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Ajv's errors as 422 issues under `where` (`body`, `query`, `path`), one per place. */
export function issuesFrom(
  errors: readonly SchemaError[] | null | undefined,
  where: string,
): ValidationIssue[] {
  const issues = new Map<string, ValidationIssue>();
  for (const error of errors ?? []) {
    // A property-name check reports on the name itself, then once more as `propertyNames`.
    if ((error as { propertyName?: string }).propertyName !== undefined) continue;
    const described = DESCRIBE[error.keyword]?.(error.params);
    if (!described) continue;
    const child =
      error.params.missingProperty ?? error.params.additionalProperty ?? error.params.propertyName;
    const loc = [where, ...pointerParts(error.instancePath), ...(child === undefined ? [] : [String(child)])];
    const [type, msg] = described;
    // One issue per place, the first found: an empty name is "too short", not also "no match".
    const key = loc.join("\0");
    if (!issues.has(key)) issues.set(key, { loc, msg, type });
  }
  return [...issues.values()];
}

/** The issues of `validate` on `value`, or none. */
export function check(validate: Validator, value: unknown, where: string): ValidationIssue[] {
  return validate(value) ? [] : issuesFrom(validate.errors, where);
}

/** Issues for a path UID that an entity would take (`PUT` creating it): the spec's `Uid` rules. */
export function uidIssues(uid: string, loc: string[]): ValidationIssue[] {
  return check(validateUid, uid, loc[0] ?? "path").map((issue) => ({ ...issue, loc }));
}

/** Whether `value` nests deeper than `limit` levels (iteratively: a deep value cannot overflow the stack). */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Each top-level field of a body may nest at most {@link MAX_DEPTH} levels (so every stored value can be serialised). */
function depthIssues(body: unknown): ValidationIssue[] {
  if (!isObject(body)) return [];
  return Object.entries(body)
    .filter(([, value]) => deeperThan(value, MAX_DEPTH))
    .map(([name]) => ({
      loc: ["body", name],
      msg: `JSON nests at most ${MAX_DEPTH} levels deep.`,
      type: "too_deep",
    }));
}

/**
 * What the spec cannot say about custom headers: reserved names (case-insensitive) and 8 KiB of
 * names and values in all. `null` values (a PATCH removing one) count for nothing.
 */
export function headerIssues(headers: Record<string, string | null>, loc: string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let bytes = 0;
  for (const [name, value] of Object.entries(headers)) {
    if (RESERVED_HEADERS.has(name.toLowerCase()))
      issues.push({
        loc: [...loc, name],
        msg: `Header '${name}' is reserved and set by Octohooks.`,
        type: "value_error",
      });
    if (typeof value === "string") bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  if (bytes > MAX_HEADER_BYTES)
    issues.push({
      loc,
      msg: `Custom headers hold at most ${MAX_HEADER_BYTES} bytes in all.`,
      type: "too_long",
    });
  return issues;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The request's parts as validated: the body and the query object (defaults filled in). */
export interface CheckedInput {
  readonly body: unknown;
  readonly query: Record<string, unknown>;
}

/** The declared query parameters as an object: a repeatable one as its every value, others as the first. */
function queryObject(search: URLSearchParams, names: readonly string[], arrays: readonly string[]) {
  const query: Record<string, unknown> = {};
  for (const name of names) {
    if (arrays.includes(name)) {
      const all = search.getAll(name);
      if (all.length > 0) query[name] = all;
    } else {
      const value = search.get(name);
      if (value !== null) query[name] = value;
    }
  }
  return query;
}

/**
 * Checks an operation's path parameters, query and body against the spec and the hand-written
 * rules above: the checked input, or every issue found.
 */
export function checkInput(
  operationId: string,
  input: { params: Record<string, string>; search: URLSearchParams; body: unknown },
): CheckedInput | { issues: ValidationIssue[] } {
  const validators = operationValidators[operationId];
  if (!validators) return { body: input.body, query: {} };
  const issues: ValidationIssue[] = [];
  if (validators.path) issues.push(...check(validators.path, input.params, "path"));
  const query = queryObject(input.search, validators.queryNames, validators.queryArrays);
  if (validators.query) issues.push(...check(validators.query, query, "query"));
  if (validators.body) {
    if (input.body === undefined)
      issues.push({ loc: ["body"], msg: "A JSON body is required.", type: "missing" });
    else {
      const deep = depthIssues(input.body);
      issues.push(...(deep.length > 0 ? deep : check(validators.body, input.body, "body")));
      const headers = isObject(input.body) ? input.body.headers : undefined;
      if (deep.length === 0 && isObject(headers))
        issues.push(...headerIssues(headers as Record<string, string | null>, ["body", "headers"]));
    }
  }
  return issues.length > 0 ? { issues } : { body: input.body, query };
}

const LEAP_SECOND = /:60(?=(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)/;

/** An RFC 3339 date-time the spec's `format: date-time` accepted, as epoch ms (a leap second as the next second). */
export function toMillis(dateTime: string): number {
  return LEAP_SECOND.test(dateTime)
    ? Date.parse(dateTime.replace(LEAP_SECOND, ":59")) + 1000
    : Date.parse(dateTime);
}
