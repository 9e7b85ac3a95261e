// The mock's operations that take a JSON body, read from openapi.yaml rather than restated: each
// one's path (at the seeded entities), a valid body built from its schema's own examples, and for
// each field an arbitrary of values the spec refuses (drawn from the field's schema, and kept only
// when Ajv, reading the spec itself, refuses the body they make).

import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { inject } from "vitest";
import { parse } from "yaml";

type Json = Record<string, unknown>;

/** One operation that takes a body, addressed at the seeded entities (see {@link SEEDED}). */
export interface BodyOperation {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** A body the operation accepts. */
  readonly valid: Readonly<Record<string, unknown>>;
  /** Every field of its body schema, with the field's schema. */
  readonly fields: Readonly<Record<string, Json>>;
}

const spec = (inject("openapiSpec") ??
  parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"))) as Json;
const SPEC_ID = "https://api.octohooks.com/openapi.yaml";
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

/** The entities the property tests create first: the path parameters' values. */
export const SEEDED = {
  app: { name: "App", uid: "app" },
  endpoint: { url: "http://127.0.0.1:9/hook", uid: "ep", enabled: false },
  eventType: { name: "customer.created", description: "seed" },
} as const;
const PATH_VALUES: Record<string, string> = {
  app_id: SEEDED.app.uid,
  endpoint_id: SEEDED.endpoint.uid,
  event_type_name: SEEDED.eventType.name,
};
/**
 * Where the spec's examples would clash with the seeded state: a new event type must not take the
 * seeded name, and endpoints get a URL that refuses at once instead of one on the internet.
 */
const STATE_OVERRIDES: Record<string, Json> = {
  "eventType.create": { name: "new.event" },
  "endpoint.create": { url: SEEDED.endpoint.url, enabled: false },
  "endpoint.update": { url: SEEDED.endpoint.url, enabled: false },
};

function deref(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const target = ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, part) => (at as Json)[part.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  return deref(target as Json);
}

/** A value the schema accepts: its own example when it has one. */
function exampleOf(raw: Json): unknown {
  const schema = deref(raw);
  if (Array.isArray(schema.examples)) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.anyOf)) return exampleOf(schema.anyOf[0] as Json);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.format === "date-time") return "2020-01-01T00:00:00Z";
  if (type === "string") return "x".repeat(Number(schema.minLength ?? 1));
  if (type === "integer" || type === "number") return Number(schema.minimum ?? 1);
  if (type === "boolean") return true;
  if (type === "array") return [];
  return requiredExample(schema);
}

function requiredExample(schema: Json): Json {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = (schema.required ?? []) as string[];
  return Object.fromEntries(required.map((name) => [name, exampleOf(properties[name] as Json)]));
}

function bodyOperations(): BodyOperation[] {
  const operations: BodyOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
    for (const method of ["post", "put", "patch"]) {
      const op = item[method] as Json | undefined;
      const schemaRef = (op?.requestBody as Json | undefined)?.content as Json | undefined;
      const bodySchema = (schemaRef?.["application/json"] as Json | undefined)?.schema as Json | undefined;
      if (!op || !bodySchema) continue;
      const name = op.operationId as string;
      const schema = deref(bodySchema);
      const valid = { ...requiredExample(schema), ...STATE_OVERRIDES[name] };
      const filled = path.replace(/\{(\w+)\}/g, (_, param: string) => PATH_VALUES[param] ?? param);
      const fields = (schema.properties ?? {}) as Record<string, Json>;
      if (!accepts(name, valid))
        throw new Error(`${name}: the body built from the spec's examples is invalid`);
      operations.push({ name, method: method.toUpperCase(), path: filled, valid, fields });
    }
  }
  return operations;
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Whether the spec accepts `body` for the operation (Ajv reading openapi.yaml, not the mock's code). */
export function accepts(operationId: string, body: unknown): boolean {
  let validate = validators.get(operationId);
  if (!validate) {
    const [path, method] = Object.entries(spec.paths as Record<string, Json>).flatMap(([p, item]) =>
      Object.entries(item)
        .filter(([, op]) => (op as Json)?.operationId === operationId)
        .map(([m]) => [p, m] as const),
    )[0] as readonly [string, string];
    const pointer = `/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}/requestBody/content/application~1json/schema`;
    validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
    validators.set(operationId, validate);
  }
  return validate(body) as boolean;
}

/** The operations with a body (`attempt.resend` takes none). */
export const BODY_OPERATIONS: readonly BodyOperation[] = bodyOperations();

type JsonType = "number" | "boolean" | "string" | "array" | "object" | "null";
const SMALL_JSON = fc.jsonValue({ maxDepth: 1 });
const OF_TYPE: Record<JsonType, fc.Arbitrary<unknown>> = {
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  string: fc.string({ maxLength: 10 }),
  array: fc.array(SMALL_JSON, { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 5 }), SMALL_JSON, { maxKeys: 3 }),
  null: fc.constant(null),
};

/** The JSON types a schema allows (`integer` counts as `number`). */
function typesOf(raw: Json): JsonType[] {
  const schema = deref(raw);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).flatMap(typesOf);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  return types.map((t) => (t === "integer" ? "number" : t)) as JsonType[];
}

const odd = fc.constantFrom("", " ", "/", "?", "#", "é", "🚀", "\n", "\r\n", ":", "a b", "x".repeat(300));
const BAD_DATES = ["yesterday", "2020-01-01", "2020-13-45T00:00:00Z", "2024-02-30T00:00:00Z", "1700000000"];
const BAD_URIS = ["not a url", "ftp://example.com/x", "javascript:alert(1)", "//example.com/x", "https://Ï"];

/** Candidates for values the schema refuses, from its type and each of its constraints. */
function candidates(raw: Json): fc.Arbitrary<unknown>[] {
  const schema = deref(raw);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).flatMap(candidates);
  const types = typesOf(schema);
  const others = (Object.keys(OF_TYPE) as JsonType[]).filter((t) => !types.includes(t));
  const out: fc.Arbitrary<unknown>[] = others.map((t) => OF_TYPE[t]);
  if (types.includes("string")) out.push(odd, fc.string({ unit: "binary", maxLength: 6 }));
  if (schema.maxLength !== undefined) out.push(fc.constant("a".repeat(Number(schema.maxLength) + 1)));
  if (schema.format === "date-time") out.push(fc.constantFrom(...BAD_DATES));
  if (schema.format === "uri") out.push(fc.constantFrom(...BAD_URIS));
  if (types.includes("number"))
    out.push(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 65536 }), fc.constant(1.5));
  if (schema.items) {
    const item = fc.oneof(...candidates(schema.items as Json));
    out.push(
      fc.array(item, { minLength: 1, maxLength: 3 }),
      fc.constant(Array(2).fill(exampleOf(schema.items as Json))),
    );
    if (schema.maxItems !== undefined)
      out.push(fc.constant(Array.from({ length: Number(schema.maxItems) + 1 }, (_, i) => `v${i}`)));
  }
  const values = schema.additionalProperties;
  if (typeof values === "object" && values !== null) {
    out.push(fc.oneof(...candidates(values as Json)).map((value) => ({ "x-key": value })));
    out.push(odd.map((name) => ({ [name]: exampleOf(values as Json) })));
  }
  return out;
}

/** Values the field's schema refuses in `operation`'s valid body. */
export function wrongValue(operation: BodyOperation, field: string): fc.Arbitrary<unknown> {
  const schema = operation.fields[field] as Json;
  return fc
    .oneof(...candidates(schema))
    .filter((value) => !accepts(operation.name, { ...operation.valid, [field]: value }));
}
