// Renders src/generated/models.ts from openapi.yaml: one named interface per component schema (its
// fields documented by the spec's descriptions), one options interface per operation with query
// parameters (camelCase, plus the request options), and the table of each operation's query
// parameters by wire name, which the client uses to map and to refuse unknown option keys.
// Called by scripts/generate.mjs (and its --check); not run on its own.
import { parse } from "yaml";

const HEADER = `/**
 * Generated from openapi.yaml by \`npm run generate\` (scripts/generate-models.mjs).
 * NEVER edit this file by hand: change openapi.yaml and run \`npm run generate\` again.
 * @module
 */

import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";
`;

// List envelopes are served as `Page<T>`, error bodies as the error classes: neither is a model.
const SKIPPED =
  /^(ListResponse|HttpError$|HTTPValidationError$|ValidationErrorItem$|ListIterator$|ListDone$)/;
const METHODS = ["get", "post", "put", "patch", "delete"];

/** Renders src/generated/models.ts and src/generated/queryParams.ts for the spec text. */
export function renderModels(specText) {
  const spec = parse(specText);
  const schemas = spec.components?.schemas ?? {};
  const ctx = { spec, schemas };
  const operations = listOperations(ctx);
  ctx.usage = schemaUsage(operations);
  const parts = [HEADER];
  for (const [name, schema] of Object.entries(schemas)) {
    if (SKIPPED.test(name) || !isNamed(schema)) continue;
    parts.push(renderSchema(ctx, name, schema));
  }
  for (const op of operations) if (op.query.length) parts.push(renderOptions(ctx, op));
  return { models: parts.join("\n"), queryParams: renderQueryTable(operations) };
}

/** Whether a schema gets its own declaration: objects and enums. Plain strings and maps are inlined. */
function isNamed(schema) {
  return Boolean(schema.properties || schema.allOf || schema.enum);
}

/** `#/components/schemas/X` -> `{ name: "X", schema }`. */
function resolveRef(ctx, ref) {
  const segments = ref.replace(/^#\//, "").split("/");
  let schema = ctx.spec;
  for (const segment of segments) schema = schema?.[segment];
  return { name: segments.at(-1), schema };
}

function renderSchema(ctx, name, schema) {
  const doc = docComment(schema.description ?? usageDescription(ctx, name), "");
  if (schema.enum) return `${doc}export type ${name} = ${literalUnion(schema.enum)};\n`;
  const bases = [];
  let own = schema;
  if (schema.allOf) {
    for (const part of schema.allOf) {
      if (part.$ref) bases.push(resolveRef(ctx, part.$ref).name);
      else own = part;
    }
  }
  const extendsClause = bases.length ? ` extends ${bases.join(", ")}` : "";
  const family = name.replace(/(In|Out|Update|Patch)$/, "");
  return `${doc}export interface ${name}${extendsClause} {\n${renderFields(ctx, own, family)}}\n`;
}

function renderFields(ctx, schema, family) {
  const required = new Set(schema.required ?? []);
  let out = "";
  for (const [field, prop] of Object.entries(schema.properties ?? {})) {
    const optional = required.has(field) ? "" : "?";
    out += docComment(fieldDescription(ctx, field, prop, family), "  ", prop.default);
    out += `  ${field}${optional}: ${tsType(ctx, prop)};\n`;
  }
  return out;
}

/**
 * A field's description: its own or its schema's, else the same field's in a sibling schema
 * (`EndpointIn.version` from `EndpointOut.version`), else what its format says.
 */
function fieldDescription(ctx, field, prop, family) {
  const own = describedBy(ctx, prop);
  if (own) return own;
  for (const [name, schema] of Object.entries(ctx.schemas)) {
    const sibling = family && name.startsWith(family) ? schema.properties?.[field] : undefined;
    const described = sibling && describedBy(ctx, sibling);
    if (described) return described;
  }
  if (prop.format === "date-time") return `The \`${field}\` time, an RFC 3339 string.`;
  return `The \`${field}\` field.`;
}

/** A schema's own description, or that of the schema it refers to (directly or in a union). */
function describedBy(ctx, prop) {
  if (prop.description) return prop.description;
  const ref = prop.$ref ?? prop.anyOf?.find((s) => s.$ref)?.$ref;
  return ref ? resolveRef(ctx, ref).schema?.description : undefined;
}

/** The TypeScript type of a schema, naming the component schemas that have a declaration. */
function tsType(ctx, schema) {
  if (schema.$ref) {
    const { name, schema: target } = resolveRef(ctx, schema.$ref);
    return isNamed(target) ? name : tsType(ctx, target);
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return joinUnion(union.map((s) => tsType(ctx, s)));
  if (schema.allOf) return schema.allOf.map((s) => tsType(ctx, s)).join(" & ");
  if (schema.enum) return literalUnion(schema.enum);
  if (Array.isArray(schema.type)) {
    return joinUnion(schema.type.map((type) => tsType(ctx, { ...schema, type })));
  }
  switch (schema.type) {
    case "null":
      return "null";
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = tsType(ctx, schema.items ?? {});
      return /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case "object":
      return objectType(ctx, schema);
    default:
      return "unknown";
  }
}

function objectType(ctx, schema) {
  if (schema.properties) return `{\n${renderFields(ctx, schema, "")}}`;
  const extra = schema.additionalProperties;
  const value = extra && extra !== true ? tsType(ctx, extra) : "unknown";
  return `Record<string, ${value}>`;
}

function joinUnion(types) {
  return [...new Set(types)].join(" | ");
}

function literalUnion(values) {
  return values.map((v) => JSON.stringify(v)).join(" | ");
}

function docComment(text, indent, defaultValue) {
  const lines = String(text).trim().split("\n");
  if (defaultValue !== undefined) lines.push(`@defaultValue \`${JSON.stringify(defaultValue)}\``);
  const body = lines.map((line) => `${indent} *${line ? ` ${line.replace(/\*\//g, "*\\/")}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** Every operation with its query parameters (resolved), in spec order. */
function listOperations(ctx) {
  const operations = [];
  for (const [path, item] of Object.entries(ctx.spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
        p.$ref ? resolveRef(ctx, p.$ref).schema : p,
      );
      const query = params.filter((p) => p.in === "query");
      const body = operation.requestBody?.content?.["application/json"]?.schema?.$ref;
      const answer = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith("2"));
      const result = answer?.[1]?.content?.["application/json"]?.schema?.$ref;
      operations.push({ id: operation.operationId, method: method.toUpperCase(), path, query, body, result });
    }
  }
  return operations;
}

/** Which operations take each schema as their body, answer with it, or list it. */
function schemaUsage(operations) {
  const usage = {};
  const add = (ref, kind, id) => {
    if (!ref) return;
    const name = ref
      .split("/")
      .pop()
      .replace(/^ListResponse/, "");
    usage[name] ??= { body: [], answer: [], list: [] };
    const kinds = usage[name];
    kinds[ref.includes("/ListResponse") ? "list" : kind].push(`\`${id}\``);
  };
  for (const op of operations) {
    add(op.body, "body", op.id);
    add(op.result, "answer", op.id);
  }
  return usage;
}

/** For a schema without a description: where the API uses it. */
function usageDescription(ctx, name) {
  const use = ctx.usage[name];
  const said = [];
  if (use?.body.length) said.push(`The request body of ${use.body.join(", ")}.`);
  if (use?.answer.length) said.push(`The answer of ${use.answer.join(", ")}.`);
  if (use?.list.length) said.push(`The items listed by ${use.list.join(", ")}.`);
  return said.join(" ") || `The \`${name}\` object of the API.`;
}

/** `message.list` -> `MessageListOptions`. */
export function optionsTypeName(operationId) {
  const words = operationId.split(".").map((w) => w[0].toUpperCase() + w.slice(1));
  return `${words.join("")}Options`;
}

function camelCase(wire) {
  return wire.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

function renderOptions(ctx, op) {
  let fields = "";
  for (const param of op.query) {
    let type = tsType(ctx, param.schema ?? {});
    // Times may be given as a Date; a page's `iterator` (null on the last page) may be passed back.
    if (param.schema?.format === "date-time") type = `${type} | Date`;
    if (param.name === "iterator") type = `${type} | null`;
    const wire = param.name === camelCase(param.name) ? "" : ` Sent as \`${param.name}\`.`;
    fields += docComment(
      `${param.description ?? `The \`${param.name}\` parameter.`}${wire}`,
      "  ",
      param.schema?.default,
    );
    fields += `  ${camelCase(param.name)}?: ${type};\n`;
  }
  const doc = docComment(
    `Options of \`${op.id}\`: its query parameters (camelCase here, snake_case on the wire) and the request options.`,
    "",
  );
  const base = op.method === "POST" ? "PostRequestOptions" : "RequestOptions";
  return `${doc}export interface ${optionsTypeName(op.id)} extends ${base} {\n${fields}}\n`;
}

function renderQueryTable(operations) {
  const rows = operations
    .filter((op) => op.query.length)
    .map((op) => `  "${op.method} ${op.path}": ${JSON.stringify(op.query.map((p) => p.name))},`);
  const doc = docComment(
    "The query parameters of each operation (by method and path) under their wire names; the\n" +
      "options object takes them in camelCase. Operations not listed take none.\n@internal",
    "",
  );
  const header = HEADER.split("\n\nimport")[0].replace("@module", "@internal\n * @module");
  return `${header}\n\n${doc}export const QUERY_PARAMS: Readonly<Record<string, readonly string[]>> = {\n${rows.join("\n")}\n};\n`;
}
