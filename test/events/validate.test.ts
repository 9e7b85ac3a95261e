import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { EventDefinition } from "../../src/events/catalogue.js";
import { validateEvent } from "../../src/events/validate.js";

const definitions = new Map<string, EventDefinition>([
  ["invoice.paid", { schema: z.object({ id: z.string() }) }],
]);

describe("validateEvent", () => {
  it("checks a payload as the given event type, returning the validator's output", () => {
    expect(validateEvent(definitions, undefined, { id: "in_1", extra: 1 }, "invoice.paid")).toEqual({
      value: { id: "in_1" },
      eventType: "invoice.paid",
    });
  });

  it("reads the event type from the discriminator field, which must be a string the catalogue has", () => {
    expect(validateEvent(definitions, "type", { type: "invoice.paid", id: "in_1" })).toEqual({
      value: { type: "invoice.paid", id: "in_1" },
      eventType: "invoice.paid",
    });
    for (const type of [42, null, "invoice.refunded", "__proto__", "constructor"]) {
      expect(validateEvent(definitions, "type", { type, id: "in_1" })).toMatchObject({
        reason: "unknown_event_type",
        issues: [{ path: ["type"] }],
      });
    }
  });

  it("refuses a discriminator that disagrees with the given event type", () => {
    expect(validateEvent(definitions, "type", { type: "other", id: "in_1" }, "invoice.paid")).toEqual({
      reason: "schema_mismatch",
      eventType: "invoice.paid",
      issues: [{ message: 'Expected "invoice.paid"', path: ["type"] }],
    });
  });

  it("reports the validator's issues as a schema mismatch", () => {
    expect(validateEvent(definitions, undefined, { id: 1 }, "invoice.paid")).toMatchObject({
      reason: "schema_mismatch",
      eventType: "invoice.paid",
      issues: [{ path: ["id"] }],
    });
  });

  it("throws when nothing says which schema applies", () => {
    expect(() => validateEvent(definitions, undefined, { id: "in_1" })).toThrow(TypeError);
  });
});
