import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvents, EventPayloadError, InvalidArgumentError, schema } from "../../src/index.js";

const invoicePaid = z.object({ id: z.string(), amountCents: z.number().int() });

describe("defineEvents", () => {
  it("keeps each event type's definition, in the order given, from a validator alone or with details", () => {
    const events = defineEvents({
      "invoice.paid": invoicePaid,
      "invoice.voided": {
        schema: z.object({ id: z.string() }),
        description: "Voided",
        example: { id: "in_1" },
      },
    });
    expect(events.names).toEqual(["invoice.paid", "invoice.voided"]);
    expect(events.definition("invoice.paid")).toEqual({ schema: invoicePaid });
    expect(events.definition("invoice.voided")).toMatchObject({
      description: "Voided",
      example: { id: "in_1" },
    });
    expect(events.definition("invoice.unknown")).toBeUndefined();
    expect(events.discriminator).toBeUndefined();
  });

  it("refuses an entry that is not a Standard Schema validator", () => {
    expect(() => defineEvents({ "a.b": {} as never })).toThrow(TypeError);
    expect(() => defineEvents({ "a.b": { schema: { parse: () => 1 } } as never })).toThrow(
      /"a\.b" needs a Standard Schema/,
    );
    expect(() => defineEvents({ "a.b": null as never })).toThrow(TypeError);
  });
});

describe("assertPayload (the send side)", () => {
  const events = defineEvents({
    "invoice.paid": invoicePaid,
    "user.created": v.object({ email: v.string() }),
  });

  it("resolves for a payload that matches its event type's schema, zod or valibot", async () => {
    await expect(
      events.assertPayload("invoice.paid", { id: "in_1", amountCents: 1200 }),
    ).resolves.toBeUndefined();
    await expect(events.assertPayload("user.created", { email: "a@example.com" })).resolves.toBeUndefined();
  });

  it("throws EventPayloadError, an InvalidArgumentError, carrying the validator's issues", async () => {
    const error = await events.assertPayload("invoice.paid", { id: 1, amountCents: 1.5 }).catch((e) => e);
    expect(error).toBeInstanceOf(EventPayloadError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.name).toBe("EventPayloadError");
    expect(error.eventType).toBe("invoice.paid");
    expect(error.issues.map((i: StandardSchemaV1.Issue) => i.path)).toEqual([["id"], ["amountCents"]]);
    expect(error.message).toMatch(
      /^Payload of "invoice\.paid" does not match its schema: id: .+; amountCents: .+$/,
    );
  });

  it("reports valibot's issues with their path too", async () => {
    const error = await events.assertPayload("user.created", { email: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(EventPayloadError);
    expect(error.issues[0].path.map((p: { key: string }) => p.key)).toEqual(["email"]);
    expect(error.message).toMatch(/email: /);
  });

  it("refuses an event type the catalogue lacks", async () => {
    const error = await events.assertPayload("invoice.refunded", { id: "in_1" }).catch((e) => e);
    expect(error).toBeInstanceOf(EventPayloadError);
    expect(error.message).toContain('Unknown event type "invoice.refunded"');
  });

  it("with a discriminator, requires the payload to name its own event type", async () => {
    const typed = defineEvents(
      { "invoice.paid": z.object({ type: z.literal("invoice.paid"), id: z.string() }) },
      { discriminator: "type" },
    );
    expect(typed.discriminator).toBe("type");
    await expect(
      typed.assertPayload("invoice.paid", { type: "invoice.paid", id: "in_1" }),
    ).resolves.toBeUndefined();
    const error = await typed
      .assertPayload("invoice.paid", { type: "invoice.voided", id: "in_1" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(EventPayloadError);
    expect(error.issues).toEqual([{ message: 'Expected "invoice.paid"', path: ["type"] }]);
  });

  it("awaits an asynchronous validator", async () => {
    const slow: StandardSchemaV1<{ n: number }> = {
      "~standard": {
        version: 1,
        vendor: "test",
        validate: async (value) =>
          typeof (value as { n?: unknown }).n === "number"
            ? { value: value as { n: number } }
            : { issues: [{ message: "n must be a number", path: ["n"] }] },
      },
    };
    const events = defineEvents({ "a.b": slow });
    await expect(events.assertPayload("a.b", { n: 1 })).resolves.toBeUndefined();
    await expect(events.assertPayload("a.b", { n: "1" })).rejects.toThrow("n: n must be a number");
  });

  it("describes at most five issues, then counts the rest", async () => {
    const wide = defineEvents({
      "a.b": z.object(Object.fromEntries("abcdefg".split("").map((k) => [k, z.string()]))),
    });
    const error = await wide.assertPayload("a.b", {}).catch((e) => e);
    expect(error.issues).toHaveLength(7);
    expect(error.message).toMatch(/; and 2 more$/);
  });
});

describe("schema<T>()", () => {
  it("types a payload with no runtime check: anything passes, as given", async () => {
    const typeOnly = schema<{ id: string }>();
    expect(typeOnly["~standard"].validate({ id: 1 })).toEqual({ value: { id: 1 } });
    const events = defineEvents({ "user.created": typeOnly });
    await expect(events.assertPayload("user.created", { anything: true })).resolves.toBeUndefined();
  });
});
