import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCliArgs } from "../../src/mock/cli.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
afterEach(() => h?.close());

const msgs = "/api/v1/app/app-1/msg";
const invoiceSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    amountCents: { type: "integer" },
    email: { type: "string", format: "email" },
  },
  required: ["id", "amountCents"],
};

async function start(validatePayloads?: boolean) {
  h = await startMock(validatePayloads === undefined ? {} : { validatePayloads });
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app-1" } });
  await h.api("PUT", "/api/v1/event-type/invoice.paid", {
    body: { description: "Paid", schemas: { "1": { type: "object" }, "2": invoiceSchema } },
  });
}

const send = (eventType: string, payload: unknown) => h.api("POST", msgs, { body: { eventType, payload } });

describe("createMockServer({ validatePayloads: true })", () => {
  it("answers 422 to a drifted payload, with where it drifted, and stores nothing", async () => {
    await start(true);
    const drifted = await send("invoice.paid", { id: "in_1", amountCents: "12.00" });
    expect(drifted.status).toBe(422);
    expect(drifted.body.detail).toEqual([
      {
        loc: ["body", "payload", "amountCents"],
        msg: "Payload does not match the event type's schema: must be integer",
        type: "payload_schema",
      },
    ]);
    const missing = await send("invoice.paid", { id: "in_1" });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0].loc).toEqual(["body", "payload"]);
    expect((await h.api("GET", msgs)).body.data).toEqual([]);
  });

  it("checks the newest schema version, formats included", async () => {
    await start(true);
    expect((await send("invoice.paid", { id: "in_1", amountCents: 1200 })).status).toBe(202);
    const badEmail = await send("invoice.paid", { id: "in_1", amountCents: 1, email: "not an email" });
    expect(badEmail.status).toBe(422);
    expect(badEmail.body.detail[0].loc).toEqual(["body", "payload", "email"]);
  });

  it("accepts anything for an event type without a schema, or not registered at all", async () => {
    await start(true);
    await h.api("PUT", "/api/v1/event-type/user.created", { body: { description: "No schema" } });
    expect((await send("user.created", { whatever: 1 })).status).toBe(202);
    expect((await send("never.registered", { whatever: 1 })).status).toBe(202);
  });

  it("follows a schema replaced by PUT, and reads JSON Schema 2020-12 as such", async () => {
    await start(true);
    await h.api("PUT", "/api/v1/event-type/invoice.paid", {
      body: {
        description: "Paid",
        schemas: {
          "1": {
            $schema: "https://json-schema.org/draft/2020-12/schema",
            type: "object",
            properties: { lines: { type: "array", prefixItems: [{ type: "string" }], items: false } },
          },
        },
      },
    });
    expect((await send("invoice.paid", { id: 5, lines: ["a"] })).status).toBe(202);
    expect((await send("invoice.paid", { lines: ["a", "b"] })).status).toBe(422);
    expect((await send("invoice.paid", { lines: [1] })).status).toBe(422);
  });
});

describe("an event type whose schema does not compile", () => {
  it("answers 422 saying so, rather than failing", async () => {
    await start(true);
    await h.api("PUT", "/api/v1/event-type/broken", {
      body: { description: "Broken", schemas: { "1": { type: "object", required: "id" } } },
    });
    const result = await send("broken", { id: 1 });
    expect(result.status).toBe(422);
    expect(result.body.detail).toEqual([
      {
        loc: ["body", "eventType"],
        msg: expect.stringMatching(/^The event type's schema is not a valid JSON Schema: .*required/),
        type: "payload_schema_invalid",
      },
    ]);
  });
});

describe("validatePayloads is off by default", () => {
  it("stores a payload that does not match its schema, as the service does", async () => {
    await start();
    expect((await send("invoice.paid", { id: 1 })).status).toBe(202);
  });
});

describe("octohooks-mock --validate-payloads", () => {
  it("turns the check on; it is off without the flag", () => {
    expect(parseCliArgs(["--validate-payloads"]).validatePayloads).toBe(true);
    expect(parseCliArgs([]).validatePayloads).toBe(false);
  });
});

describe("without ajv installed", () => {
  afterEach(() => {
    vi.doUnmock("ajv");
    vi.resetModules();
  });

  it("says what to install, on the first payload it has to check", async () => {
    vi.resetModules();
    vi.doMock("ajv", () => {
      throw new Error("Cannot find package 'ajv'");
    });
    const { createPayloadValidator } = await import("../../src/mock/payloadSchemas.js");
    const eventType = { schemas: { "1": { type: "object" } } } as unknown as Parameters<
      ReturnType<typeof createPayloadValidator>["check"]
    >[0];
    await expect(createPayloadValidator().check(eventType, {})).rejects.toThrow(
      "validatePayloads needs ajv: npm install -D ajv",
    );
  });
});
