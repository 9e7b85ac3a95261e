// Walks openapi.yaml and checks that every operation is complete and that every example matches its schema.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

type Json = Record<string, unknown>;

/** The operations of service.md's path table: operationId, method, path and success statuses. */
const CONTRACT: ReadonlyArray<readonly [string, string, string, readonly number[]]> = [
  ["health.get", "get", "/api/v1/health", [200]],
  ["application.list", "get", "/api/v1/app", [200]],
  ["application.create", "post", "/api/v1/app", [200, 201]],
  ["application.get", "get", "/api/v1/app/{app_id}", [200]],
  ["application.update", "put", "/api/v1/app/{app_id}", [200, 201]],
  ["application.patch", "patch", "/api/v1/app/{app_id}", [200]],
  ["application.delete", "delete", "/api/v1/app/{app_id}", [204]],
  ["endpoint.list", "get", "/api/v1/app/{app_id}/endpoint", [200]],
  ["endpoint.create", "post", "/api/v1/app/{app_id}/endpoint", [201]],
  ["endpoint.get", "get", "/api/v1/app/{app_id}/endpoint/{endpoint_id}", [200]],
  ["endpoint.update", "put", "/api/v1/app/{app_id}/endpoint/{endpoint_id}", [200, 201]],
  ["endpoint.patch", "patch", "/api/v1/app/{app_id}/endpoint/{endpoint_id}", [200]],
  ["endpoint.delete", "delete", "/api/v1/app/{app_id}/endpoint/{endpoint_id}", [204]],
  ["endpoint.getSecret", "get", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret", [200]],
  ["endpoint.rotateSecret", "post", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret/rotate", [204]],
  ["endpoint.getHeaders", "get", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers", [200]],
  ["endpoint.updateHeaders", "put", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers", [204]],
  ["endpoint.patchHeaders", "patch", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers", [204]],
  ["endpoint.recover", "post", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/recover", [202]],
  ["endpoint.replayMissing", "post", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/replay-missing", [202]],
  ["endpoint.getStats", "get", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/stats", [200]],
  ["endpoint.sendExample", "post", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/send-example", [202]],
  ["message.list", "get", "/api/v1/app/{app_id}/msg", [200]],
  ["message.create", "post", "/api/v1/app/{app_id}/msg", [202]],
  ["message.get", "get", "/api/v1/app/{app_id}/msg/{msg_id}", [200]],
  ["message.expungeContent", "delete", "/api/v1/app/{app_id}/msg/{msg_id}/content", [204]],
  ["attempt.listByEndpoint", "get", "/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}", [200]],
  ["attempt.listByMessage", "get", "/api/v1/app/{app_id}/attempt/msg/{msg_id}", [200]],
  ["attempt.get", "get", "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}", [200]],
  [
    "attempt.expungeContent",
    "delete",
    "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}/content",
    [204],
  ],
  ["attempt.resend", "post", "/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend", [202]],
  ["attempt.listAttemptedMessages", "get", "/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg", [200]],
  ["attempt.listAttemptedDestinations", "get", "/api/v1/app/{app_id}/msg/{msg_id}/endpoint", [200]],
  ["eventType.list", "get", "/api/v1/event-type", [200]],
  ["eventType.create", "post", "/api/v1/event-type", [201]],
  ["eventType.get", "get", "/api/v1/event-type/{event_type_name}", [200]],
  ["eventType.update", "put", "/api/v1/event-type/{event_type_name}", [200, 201]],
  ["eventType.patch", "patch", "/api/v1/event-type/{event_type_name}", [200]],
  ["eventType.delete", "delete", "/api/v1/event-type/{event_type_name}", [204]],
];

const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;
const SPEC_ID = "https://api.octohooks.com/openapi.yaml";
const spec = parse(readFileSync(new URL("../openapi.yaml", import.meta.url), "utf8")) as Json;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Follows a local `#/a/b` reference; undefined when it does not resolve. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isRecord(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns the object itself, or the object its `$ref` points to. */
function deref(value: unknown): Json {
  const node = record(value);
  return typeof node.$ref === "string" ? record(resolvePointer(node.$ref)) : node;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  op: Json;
  parameters: Json[];
}

function collectOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(record(spec.paths))) {
    const item = record(rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      if (!isRecord(item[method])) continue;
      const op = item[method] as Json;
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const id = typeof op.operationId === "string" ? op.operationId : `${method.toUpperCase()} ${path}`;
      operations.push({ id, method, path, op, parameters: [...shared, ...own].map(deref) });
    }
  }
  return operations;
}

const hasExample = (media: Json) => media.example !== undefined || isRecord(media.examples);

/** Every way one operation falls short of the spec's house rules; empty when it is complete. */
function operationProblems({ method, op, parameters }: Operation): string[] {
  const problems: string[] = [];
  const declaredTags = new Set((spec.tags as Json[]).map((tag) => tag.name));
  const tags = Array.isArray(op.tags) ? op.tags : [];
  if (typeof op.operationId !== "string") problems.push("no operationId");
  if (tags.length !== 1 || !declaredTags.has(tags[0])) problems.push(`needs one declared tag, has ${tags}`);
  if (typeof op.summary !== "string" || op.summary === "") problems.push("no summary");
  if (typeof op.description !== "string" || op.description === "") problems.push("no description");

  const responses = Object.entries(record(op.responses)).map(([code, raw]) => [code, deref(raw)] as const);
  const success = responses.filter(([code]) => code.startsWith("2"));
  if (success.length === 0) problems.push("no 2xx response");
  if (!responses.some(([code]) => code.startsWith("4"))) problems.push("no 4xx response");
  for (const [code, response] of responses) {
    if (!isRecord(record(response.headers)["x-request-id"])) problems.push(`${code} lacks x-request-id`);
    const media = record(record(response.content)["application/json"]);
    if (code.startsWith("2") && response.content !== undefined && !hasExample(media)) {
      problems.push(`${code} response has no example`);
    }
  }
  if (!isRecord(record(deref(record(op.responses)["429"]).headers)["Retry-After"])) {
    problems.push("429 missing or lacks Retry-After");
  }

  if (op.requestBody !== undefined) {
    const media = record(record(deref(op.requestBody).content)["application/json"]);
    if (!isRecord(media.schema)) problems.push("request body has no application/json schema");
    if (!hasExample(media)) problems.push("request body has no example");
  }
  // Every path parameter shows a value, so an operation with no body either way (a DELETE
  // answering 204) still has its example: the call itself.
  for (const parameter of parameters.filter((p) => p.in === "path")) {
    if (!hasExample(parameter)) problems.push(`path parameter ${parameter.name} has no example`);
  }
  const examples =
    parameters.filter(hasExample).length +
    success.filter(([, response]) => hasExample(record(record(response.content)["application/json"])))
      .length +
    (op.requestBody === undefined ? 0 : 1);
  if (examples === 0) problems.push("no example at all");
  if (method === "post") {
    const key = parameters.find((p) => p.in === "header" && p.name === "idempotency-key");
    if (key === undefined) problems.push("POST without idempotency-key header");
    if (!record(op.responses)["409"]) problems.push("POST without 409 (idempotency_in_flight)");
  }
  return problems;
}

function collectRefs(node: unknown, at: string, out: Array<[string, string]>): Array<[string, string]> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) collectRefs(child, `${at}/${i}`, out);
  }
  if (!isRecord(node)) return out;
  for (const [key, child] of Object.entries(node)) {
    if (key === "$ref" && typeof child === "string") out.push([at, child]);
    else collectRefs(child, `${at}/${escapePointer(key)}`, out);
  }
  return out;
}

interface ExampleCase {
  label: string;
  schemaPointer: string;
  value: unknown;
}

/** Examples next to a `schema` (media types, parameters, headers) and on component schemas. */
function collectExamples(node: unknown, at: string, out: ExampleCase[]): ExampleCase[] {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) collectExamples(child, `${at}/${i}`, out);
  }
  if (!isRecord(node)) return out;
  if (isRecord(node.schema)) {
    if (node.example !== undefined)
      out.push({ label: at, schemaPointer: `${at}/schema`, value: node.example });
    for (const [name, raw] of Object.entries(record(node.examples))) {
      const example = deref(raw);
      out.push({ label: `${at}/examples/${name}`, schemaPointer: `${at}/schema`, value: example.value });
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") collectExamples(child, `${at}/${escapePointer(key)}`, out);
  }
  return out;
}

function componentSchemaExamples(): ExampleCase[] {
  return Object.entries(record(record(spec.components).schemas)).flatMap(([name, schema]) => {
    const examples = record(schema).examples;
    const pointer = `#/components/schemas/${name}`;
    return Array.isArray(examples)
      ? examples.map((value, i) => ({ label: `${pointer}/examples/${i}`, schemaPointer: pointer, value }))
      : [];
  });
}

/** An Ajv that knows the whole spec, so `#/components/...` references resolve from any schema in it. */
function specValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  for (const key of Object.keys(spec)) ajv.addKeyword(key);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  return ajv;
}

const operations = collectOperations();

describe("openapi.yaml operations", () => {
  it.each(operations.map((operation) => [operation.id, operation] as const))(
    "%s is complete",
    (_id, operation) => {
      expect(operationProblems(operation), operation.id).toEqual([]);
    },
  );

  it("has exactly the contract's operationIds, each unique", () => {
    const ids = operations.map((operation) => operation.id);
    expect(new Set(ids).size, "duplicate operationId").toBe(ids.length);
    expect([...ids].sort()).toEqual(CONTRACT.map(([id]) => id).sort());
  });

  it.each(CONTRACT)("%s is %s %s with success statuses %j", (id, method, path, statuses) => {
    const operation = operations.find((candidate) => candidate.id === id);
    expect(operation, `${id} missing`).toBeDefined();
    expect([operation?.method, operation?.path]).toEqual([method, path]);
    const codes = Object.keys(record(operation?.op.responses)).filter((code) => code.startsWith("2"));
    expect(codes.map(Number).sort()).toEqual([...statuses].sort());
  });
});

describe("openapi.yaml references and examples", () => {
  it("resolves every $ref", () => {
    const refs = collectRefs(spec, "#", []);
    expect(refs.length).toBeGreaterThan(100);
    const broken = refs
      .filter(([, ref]) => resolvePointer(ref) === undefined)
      .map(([at, ref]) => `${at}: ${ref}`);
    expect(broken).toEqual([]);
  });

  const ajv = specValidator();
  const examples = [...collectExamples(spec, "#", []), ...componentSchemaExamples()];

  it("finds the examples of every operation", () => {
    expect(examples.length).toBeGreaterThan(operations.length);
  });

  it.each(examples.map((example) => [example.label, example] as const))(
    "%s matches its schema",
    (_, example) => {
      const validate = ajv.getSchema(`${SPEC_ID}${encodeURI(example.schemaPointer)}`);
      expect(validate, `no schema at ${example.schemaPointer}`).toBeDefined();
      const valid = validate?.(example.value);
      expect(valid ? [] : validate?.errors, example.label).toEqual([]);
    },
  );

  it("rejects an example that breaks its schema", () => {
    const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/ApplicationOut`);
    expect(validate?.({ id: "ep_wrongprefix", uid: null, name: "x" })).toBe(false);
  });
});

describe("npm run generate -- --check", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const committed = join(root, "src/generated/openapi.ts");
  const run = (args: string[]) =>
    new Promise<{ code: number; output: string }>((done) => {
      execFile(
        process.execPath,
        ["scripts/generate.mjs", "--check", ...args],
        { cwd: root },
        (error, out, err) => done({ code: error ? Number(error.code) : 0, output: out + err }),
      );
    });

  it("passes for the committed types and fails once the spec changes under them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octohooks-generate-"));
    try {
      const source = readFileSync(join(root, "openapi.yaml"), "utf8");
      const unchanged = join(dir, "same.yaml");
      const changed = join(dir, "changed.yaml");
      writeFileSync(unchanged, source);
      writeFileSync(
        changed,
        source.replace("description: The application's ID or UID.", "description: Changed."),
      );
      expect(await run(["--spec", unchanged, "--out", committed])).toMatchObject({ code: 0 });
      const stale = await run(["--spec", changed, "--out", committed]);
      expect(stale.code).toBe(1);
      expect(stale.output).toMatch(/is stale: it does not match openapi\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("fails when a schema's field description changes under the named models", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octohooks-generate-"));
    try {
      const source = readFileSync(join(root, "openapi.yaml"), "utf8");
      const changed = join(dir, "changed.yaml");
      writeFileSync(
        changed,
        source.replace('description: "The name of its event type."', 'description: "Changed."'),
      );
      const stale = await run(["--spec", changed, "--out", committed]);
      expect(stale.code).toBe(1);
      expect(stale.output).toMatch(/src\/generated\/models\.ts is stale/);
      expect(stale.output).toMatch(/src\/generated\/openapi\.ts is stale/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("writes named models: interfaces with documented fields, allOf as extends, enums as unions, camelCase options", async () => {
    const dir = mkdtempSync(join(tmpdir(), "octohooks-generate-"));
    try {
      const out = join(dir, "openapi.ts");
      await new Promise((done, fail) =>
        execFile(process.execPath, ["scripts/generate.mjs", "--out", out], { cwd: root }, (e) =>
          e ? fail(e) : done(0),
        ),
      );
      const models = readFileSync(join(dir, "models.ts"), "utf8");
      expect(models).toContain("export interface MessageOut {");
      expect(models).toMatch(/\/\*\*\n {3}\* The name of its event type\.\n {3}\*\/\n {2}eventType: string;/);
      expect(models).toContain("export interface EndpointMessageOut extends MessageOut {");
      expect(models).toContain('export type MessageStatus = "success" | "pending" | "failed" | "sending";');
      expect(models).toContain("  uid: string | null;");
      expect(models).toContain("export interface MessageListOptions extends RequestOptions {");
      expect(models).toContain("  eventTypes?: string[];");
      expect(models).toContain("  before?: string | Date;");
      expect(models).toContain("  iterator?: string | null;");
      const table = readFileSync(join(dir, "queryParams.ts"), "utf8");
      expect(table).toContain(
        '"GET /api/v1/app/{app_id}/msg": ["limit","iterator","order","event_types","channel","before","after","with_content"],',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
