// Checks responses against openapi.yaml: the status is documented for the operation; every response
// carries x-request-id; each documented header is there with a value of its schema's type (e.g.
// Retry-After an integer); a documented JSON body is declared `application/json` and matches the
// response schema (Ajv 2020-12). Schemas compile on first use, so a test file pays only for what
// its responses need.
import { readFileSync } from "node:fs";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { inject } from "vitest";
import { parse } from "yaml";
import type { ObservedExchange } from "../../src/mock/observe.js";

type Json = Record<string, unknown>;

const SPEC_ID = "https://api.octohooks.com/openapi.yaml";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

// The global setup parsed it once for the whole run; a cold YAML parse would cost each file ~0.3 s.
const spec =
  inject("openapiSpec") ??
  (parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as Json);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

/** A schema of the spec by JSON pointer, compiled the first time it is asked for. */
class LazySchema {
  #validate: ValidateFunction | undefined;
  constructor(readonly at: string) {}

  get validate(): ValidateFunction {
    this.#validate ??= ajv.compile({ $ref: `${SPEC_ID}#${this.at}` });
    return this.#validate;
  }
}

interface DocumentedHeader {
  /** Lower-case name. */
  readonly name: string;
  readonly type: unknown;
  readonly schema: LazySchema;
  /** False for a header documented with `required: false` (e.g. idempotent-replayed, only on a replay). */
  readonly required: boolean;
}

interface DocumentedResponse {
  readonly headers: readonly DocumentedHeader[];
  /** The `application/json` body schema; `undefined` when the response has no body. */
  readonly body: LazySchema | undefined;
}

interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly responses: Map<string, DocumentedResponse>;
}

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

function resolveRef(node: Json): { node: Json; at: string | undefined } {
  const ref = node.$ref;
  if (typeof ref !== "string") return { node, at: undefined };
  const path = ref.replace(/^#\//, "").split("/");
  let target: unknown = spec;
  for (const part of path) target = (target as Json)[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  return { node: target as Json, at: ref.slice(1) };
}

function documentHeader(base: string, name: string, raw: Json): DocumentedHeader {
  const { node, at } = resolveRef(raw);
  const schemaAt = `${at ?? `${base}/${pointer("headers", name)}`}/schema`;
  return {
    name: name.toLowerCase(),
    type: (node.schema as Json).type,
    schema: new LazySchema(schemaAt),
    required: node.required !== false,
  };
}

function documentResponse(at: string, raw: Json): DocumentedResponse {
  const { node, at: resolvedAt } = resolveRef(raw);
  const base = resolvedAt ?? at;
  const headers = Object.entries((node.headers as Json | undefined) ?? {}).map(([name, header]) =>
    documentHeader(base, name, header as Json),
  );
  const hasJson = Boolean((node.content as Json | undefined)?.["application/json"]);
  const body = hasJson
    ? new LazySchema(`${base}/${pointer("content", "application/json", "schema")}`)
    : undefined;
  return { headers, body };
}

const operations: SpecOperation[] = [];
for (const [path, item] of Object.entries(spec.paths as Json)) {
  for (const method of METHODS) {
    const op = (item as Json)[method] as Json | undefined;
    if (!op) continue;
    const responses = new Map<string, DocumentedResponse>();
    for (const [status, response] of Object.entries(op.responses as Json)) {
      const at = `/${pointer("paths", path, method, "responses", status)}`;
      responses.set(status, documentResponse(at, response as Json));
    }
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    operations.push({
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      pattern,
      responses,
    });
  }
}

/** What a request outside the spec may get: 404 (no such route), 405 (no such method) or 401, as an `HttpError`. */
const OUTSIDE_THE_SPEC: DocumentedResponse = {
  headers: documentResponse("/components/responses/NotFound", {}).headers,
  body: new LazySchema("/components/schemas/HttpError"),
};

/** Every operationId in the spec. */
export const specOperationIds: readonly string[] = operations.map((op) => op.operationId);

/** The operationIds whose responses were checked so far, with their statuses. */
export const checkedResponses = new Map<string, Set<number>>();

/** A header's text as its schema's type, so `Retry-After: soon` fails `type: integer`. */
function headerValue(text: string, type: unknown): unknown {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function responseProblems(label: string, documented: DocumentedResponse, headers: Headers, body: unknown) {
  const problems: string[] = [];
  if (!headers.has("x-request-id")) problems.push(`${label}: header x-request-id missing`);
  for (const header of documented.headers) {
    const text = headers.get(header.name);
    if (text === null) {
      if (header.name !== "x-request-id" && header.required)
        problems.push(`${label}: header ${header.name} missing`);
    } else if (!header.schema.validate(headerValue(text, header.type))) {
      problems.push(`${label}: header ${header.name} ${ajv.errorsText(header.schema.validate.errors)}`);
    }
  }
  if (!documented.body) {
    if (body !== undefined) problems.push(`${label}: unexpected body`);
    return problems;
  }
  if (!JSON_TYPE.test(headers.get("content-type") ?? ""))
    problems.push(`${label}: content-type ${headers.get("content-type")} is not application/json`);
  if (!documented.body.validate(body))
    problems.push(`${label}: ${ajv.errorsText(documented.body.validate.errors)}`);
  return problems;
}

/**
 * Problems with a response to `method path` (empty when it conforms). A path outside the spec may
 * only answer 404 (no such route) or 401 (checked before routing details matter), with an error body.
 */
export function conformanceProblems(
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: unknown,
): string[] {
  const pathname = path.split("?")[0] ?? path;
  const op = operations.find((o) => o.method === method && o.pattern.test(pathname));
  if (!op) {
    // 405 (with Allow) only for a path of the spec asked with a method it does not have.
    const pathInSpec = operations.some((o) => o.pattern.test(pathname));
    const allowed = status === 404 || status === 401 || (status === 405 && pathInSpec);
    if (!allowed) return [`${method} ${pathname} is not in the spec`];
    if (status === 405 && !headers.get("allow")) return [`${method} ${pathname} 405: header allow missing`];
    return responseProblems(`${method} ${pathname} ${status}`, OUTSIDE_THE_SPEC, headers, body);
  }
  // An explicit status wins over its range (`5XX`), as OpenAPI says.
  const documented = op.responses.get(String(status)) ?? op.responses.get(`${String(status)[0]}XX`);
  if (!documented) return [`${op.operationId}: status ${status} is not documented`];
  const seen = checkedResponses.get(op.operationId) ?? new Set<number>();
  seen.add(status);
  checkedResponses.set(op.operationId, seen);
  return responseProblems(`${op.operationId} ${status}`, documented, headers, body);
}

/** {@link conformanceProblems} of one exchange the mock reported, each prefixed with its request. */
export function exchangeProblems(exchange: ObservedExchange): string[] {
  const headers = new Headers(exchange.headers);
  const where = `${exchange.method} ${exchange.path}${exchange.search ? `?${exchange.search}` : ""}`;
  let body: unknown;
  if (exchange.body !== undefined && exchange.body !== "") {
    try {
      body = JSON_TYPE.test(headers.get("content-type") ?? "") ? JSON.parse(exchange.body) : exchange.body;
    } catch {
      return [`${where} -> ${exchange.status}: the body is not valid JSON`];
    }
  }
  return conformanceProblems(exchange.method, exchange.path, exchange.status, headers, body).map(
    (problem) => `${where} -> ${problem}`,
  );
}
