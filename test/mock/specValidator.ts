// Checks responses against openapi.yaml: the status is documented for the operation, the documented
// headers are there, and the body matches the response schema (compiled with Ajv 2020-12).
import { readFileSync } from "node:fs";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

type Json = Record<string, unknown>;

const SPEC_ID = "https://api.octohooks.com/openapi.yaml";
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, SPEC_ID);

interface DocumentedResponse {
  readonly headers: readonly string[];
  readonly validate: ValidateFunction | undefined;
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

function compileResponse(at: string, raw: Json): DocumentedResponse {
  const { node, at: resolvedAt } = resolveRef(raw);
  const base = resolvedAt ?? at;
  const headers = Object.keys((node.headers as Json | undefined) ?? {}).map((h) => h.toLowerCase());
  const hasJson = Boolean((node.content as Json | undefined)?.["application/json"]);
  const validate = hasJson
    ? ajv.compile({ $ref: `${SPEC_ID}#${base}/${pointer("content", "application/json", "schema")}` })
    : undefined;
  return { headers, validate };
}

const operations: SpecOperation[] = [];
for (const [path, item] of Object.entries(spec.paths as Json)) {
  for (const method of METHODS) {
    const op = (item as Json)[method] as Json | undefined;
    if (!op) continue;
    const responses = new Map<string, DocumentedResponse>();
    for (const [status, response] of Object.entries(op.responses as Json)) {
      const at = `/${pointer("paths", path, method, "responses", status)}`;
      responses.set(status, compileResponse(at, response as Json));
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

/** Every operationId in the spec. */
export const specOperationIds: readonly string[] = operations.map((op) => op.operationId);

/** The operationIds whose responses were checked so far, with their statuses. */
export const checkedResponses = new Map<string, Set<number>>();

/**
 * Problems with a response to `method path` (empty when it conforms). A path outside the spec may
 * only answer 404 (no such route) or 401 (checked before routing details matter).
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
  if (!op) return status === 404 || status === 401 ? [] : [`${method} ${pathname} is not in the spec`];
  const documented = op.responses.get(String(status));
  if (!documented) return [`${op.operationId}: status ${status} is not documented`];
  const seen = checkedResponses.get(op.operationId) ?? new Set<number>();
  seen.add(status);
  checkedResponses.set(op.operationId, seen);
  const problems: string[] = [];
  for (const header of documented.headers) {
    if (!headers.has(header)) problems.push(`${op.operationId} ${status}: header ${header} missing`);
  }
  if (documented.validate && !documented.validate(body)) {
    problems.push(`${op.operationId} ${status}: ${ajv.errorsText(documented.validate.errors)}`);
  }
  if (!documented.validate && body !== undefined)
    problems.push(`${op.operationId} ${status}: unexpected body`);
  return problems;
}
