// The reference mock answers any malformed body with a 4xx, never a 5xx, and a refused request
// changes nothing: for every operation that takes a body, bytes, JSON non-objects and wrong types.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer } from "../../src/mock/index.js";
import { runs } from "./fastCheck.js";
import { BODY_OPERATIONS, type BodyOperation, SEEDED, wrongValue } from "./mockBodies.js";

const TOKEN = "tk_bad_input";
const ENV = "bad-input";
const mock = createMockServer({ tokens: { [TOKEN]: ENV }, retryJitter: 0 });
const ALLOWED_4XX = [400, 413, 415, 422];

function send(operation: BodyOperation, body: BodyInit | undefined, contentType = "application/json") {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` };
  if (contentType) headers["content-type"] = contentType;
  return mock.handle(
    new Request(`${mock.url}${operation.path}`, { method: operation.method, headers, body }),
  );
}

/** Everything a refused request must leave alone: the snapshot, and the secrets it leaves out. */
function state(): string {
  const env = mock.store.environments.get(ENV);
  const secrets = env?.apps.flatMap((app) => app.endpoints.map((e) => e.secrets));
  return JSON.stringify({ snapshot: mock.snapshot(ENV), secrets });
}

beforeAll(async () => {
  const seed = [
    ["POST", "/api/v1/app", SEEDED.app],
    ["POST", `/api/v1/app/${SEEDED.app.uid}/endpoint`, SEEDED.endpoint],
    ["POST", "/api/v1/event-type", SEEDED.eventType],
  ] as const;
  for (const [method, path, body] of seed) {
    const response = await send({ name: path, method, path, valid: body, fields: {} }, JSON.stringify(body));
    expect(response.status).toBe(201);
  }
});
afterAll(() => mock.close());

const operationName = fc.constantFrom(...BODY_OPERATIONS.map((o) => o.name));
const byName = (name: string) => BODY_OPERATIONS.find((o) => o.name === name) as BodyOperation;

/** Parses the bytes the way the mock does, to know whether they form a JSON object. */
function parsedKind(bytes: Uint8Array): "none" | "object" | "other json" | "not json" {
  if (bytes.byteLength === 0) return "none";
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? "object" : "other json";
  } catch {
    return "not json";
  }
}

describe("the mock refuses malformed bodies with a 4xx and changes nothing", () => {
  it("arbitrary bytes: 400 invalid_json, or 422 when they parse to a JSON non-object", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: "binary", maxLength: 32 }).map((s) => new TextEncoder().encode(s)),
      fc
        .constantFrom("{", '{"a":', "[1,", "nul", '"x', "{}}", "\ufeff{}", "{'a':1}")
        .map((s) => new TextEncoder().encode(s)),
    );
    const before = state();
    await fc.assert(
      fc.asyncProperty(operationName, bytes, async (name, body) => {
        const kind = parsedKind(body);
        fc.pre(kind !== "object");
        const response = await send(byName(name), body.byteLength === 0 ? undefined : body);
        // No body at all is a missing required body (422), like a JSON value of the wrong type.
        expect(response.status).toBe(kind === "not json" ? 400 : 422);
        if (response.status === 400) expect((await response.json()).code).toBe("invalid_json");
        expect(state()).toBe(before);
      }),
      runs(400),
    );
  });

  it("any JSON value that is not an object: 422", async () => {
    const nonObject = fc
      .jsonValue({ maxDepth: 3 })
      .filter((v) => typeof v !== "object" || v === null || Array.isArray(v));
    const before = state();
    await fc.assert(
      fc.asyncProperty(operationName, nonObject, async (name, value) => {
        const response = await send(byName(name), JSON.stringify(value));
        expect(response.status).toBe(422);
        const { detail } = await response.json();
        expect(detail[0].loc[0]).toBe("body");
        expect(state()).toBe(before);
      }),
      runs(300),
    );
  });

  it("a valid body with one field of the wrong type or shape: 422 naming that field", async () => {
    const wrongBody = operationName.chain((name) => {
      const operation = byName(name);
      const field = fc.constantFrom(...Object.keys(operation.fields));
      return field.chain((f) => wrongValue(operation, f).map((value) => ({ name, field: f, value })));
    });
    const before = state();
    await fc.assert(
      fc.asyncProperty(wrongBody, async ({ name, field, value }) => {
        const operation = byName(name);
        const response = await send(operation, JSON.stringify({ ...operation.valid, [field]: value }));
        expect(response.status).toBe(422);
        const { detail } = (await response.json()) as { detail: { loc: string[] }[] };
        expect(detail.some((d) => d.loc[0] === "body" && d.loc[1] === field)).toBe(true);
        expect(state()).toBe(before);
      }),
      runs(600),
    );
  });

  it.each(BODY_OPERATIONS.map((o) => [o.name, o] as const))(
    "%s: wrong content type 400, no body 422, over 1 MiB 413; then a valid body still works",
    async (_name, operation) => {
      const before = state();
      const valid = JSON.stringify(operation.valid);
      const statuses = [
        (await send(operation, valid, "text/plain")).status,
        (await send(operation, valid, "application/x-www-form-urlencoded")).status,
        (await send(operation, undefined)).status,
        (await send(operation, `{"pad":"${"x".repeat(1024 * 1024)}"}`)).status,
      ];
      expect(statuses).toEqual([400, 400, 422, 413]);
      for (const status of statuses) expect(ALLOWED_4XX).toContain(status);
      expect(state()).toBe(before);
      const response = await send(operation, valid);
      expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
    },
  );
});
