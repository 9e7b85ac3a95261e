import { toStandardJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvents, EventPayloadError, Octohooks, schema, syncEventTypes } from "../../src/index.js";
import { createMockServer, type MockServer, type RequestLogEntry } from "../../src/mock/index.js";

let mock: MockServer;
let close: () => Promise<void>;
let octohooks: Octohooks;
let log: RequestLogEntry[];

beforeEach(async () => {
  log = [];
  mock = createMockServer({ onRequest: (entry) => log.push(entry) });
  const listener = await mock.listen({ port: 0 });
  close = listener.close;
  octohooks = new Octohooks(mock.token, { serverUrl: listener.url, maxRetries: 0 });
});

afterEach(async () => {
  await close?.();
  await mock?.close();
});

const events = defineEvents({
  "invoice.paid": {
    schema: z.object({ id: z.string(), amountCents: z.number().int() }),
    description: "An invoice was paid.",
    example: { id: "in_1", amountCents: 1200 },
  },
  "user.created": toStandardJsonSchema(v.object({ email: v.string() })),
  "user.deleted": {
    schema: schema<{ id: string }>(),
    jsonSchema: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
  },
  "user.updated": schema<{ id: string }>(),
});

async function stored() {
  const all = await octohooks.eventType.list({ includeArchived: true, withContent: true });
  return all.data;
}

describe("syncEventTypes", () => {
  it("creates each event type with its description and JSON Schema (zod, valibot, by hand, none)", async () => {
    expect(await syncEventTypes(octohooks, events)).toEqual({
      created: ["invoice.paid", "user.created", "user.deleted", "user.updated"],
      updated: [],
      unchanged: [],
    });
    const byName = Object.fromEntries((await stored()).map((e) => [e.name, e]));
    expect(byName["invoice.paid"]).toMatchObject({ description: "An invoice was paid.", archived: false });
    expect(byName["invoice.paid"]?.schemas?.["1"]).toMatchObject({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { id: { type: "string" }, amountCents: { type: "integer" } },
      required: ["id", "amountCents"],
      examples: [{ id: "in_1", amountCents: 1200 }],
    });
    expect(byName["user.created"]?.schemas?.["1"]).toMatchObject({
      type: "object",
      properties: { email: { type: "string" } },
    });
    expect(byName["user.deleted"]?.schemas).toEqual({
      "1": { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    });
    expect(byName["user.updated"]).toMatchObject({ description: "", schemas: null });
  });

  it("run twice leaves one event type per name, each with its schema, and the second run sends no PUT", async () => {
    await syncEventTypes(octohooks, events);
    const first = await stored();
    log.length = 0;
    expect(await syncEventTypes(octohooks, events)).toEqual({
      created: [],
      updated: [],
      unchanged: ["invoice.paid", "user.created", "user.deleted", "user.updated"],
    });
    expect(log.map((entry) => entry.operationId)).toEqual(["eventType.list"]);
    expect(await stored()).toEqual(first);
  });

  it("updates what drifted (description, schema, archived) and leaves other event types alone", async () => {
    await syncEventTypes(octohooks, events);
    await octohooks.eventType.create({ name: "legacy.event", description: "Not in the catalogue" });
    await octohooks.eventType.patch("invoice.paid", { description: "Edited by hand" });
    await octohooks.eventType.delete("user.created"); // archives it
    const changed = defineEvents({
      ...{ "invoice.paid": { schema: z.object({ id: z.string() }), description: "An invoice was paid." } },
      "user.created": toStandardJsonSchema(v.object({ email: v.string() })),
      "user.deleted": { schema: schema<{ id: string }>(), jsonSchema: { type: "object" } },
    });
    expect(await syncEventTypes(octohooks, changed)).toEqual({
      created: [],
      updated: ["invoice.paid", "user.created", "user.deleted"],
      unchanged: [],
    });
    const byName = Object.fromEntries((await stored()).map((e) => [e.name, e]));
    expect(byName["invoice.paid"]?.description).toBe("An invoice was paid.");
    expect(byName["invoice.paid"]?.schemas?.["1"]).not.toHaveProperty("examples");
    expect(byName["user.created"]?.archived).toBe(false);
    expect(byName["user.deleted"]?.schemas).toEqual({ "1": { type: "object" } });
    expect(byName["legacy.event"]).toMatchObject({ description: "Not in the catalogue", archived: false });
  });

  it("refuses, before any request, an example that fails its own schema", async () => {
    const bad = defineEvents({
      "invoice.paid": { schema: z.object({ id: z.string() }), example: { id: 1 } as never },
    });
    await expect(syncEventTypes(octohooks, bad)).rejects.toBeInstanceOf(EventPayloadError);
    expect(log).toEqual([]);
  });

  it("says which event type's validator cannot give a JSON Schema", async () => {
    const transformed = defineEvents({ "a.b": z.object({ at: z.date() }) });
    await expect(syncEventTypes(octohooks, transformed)).rejects.toThrow(
      /the validator of "a\.b" cannot give a JSON Schema; pass jsonSchema/,
    );
    expect(log).toEqual([]);
  });
});
