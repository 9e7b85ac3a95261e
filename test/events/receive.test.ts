// The receive side: a Webhook with a catalogue returns authentic payloads validated by it, and tells
// a schema drift (WebhookPayloadError) from a forgery (the signature reasons).
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvents, TypedWebhook, Webhook, WebhookPayloadError } from "../../src/index.js";
import { verificationError } from "../webhooks/webhookFixtures.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const NOW = 1_767_225_600;

const events = defineEvents(
  {
    "invoice.paid": z.object({
      type: z.literal("invoice.paid"),
      id: z.string(),
      amountCents: z.number().int(),
    }),
    "user.created": v.object({ type: v.literal("user.created"), email: v.string() }),
  },
  { discriminator: "type" },
);

function signed(payload: unknown, secret = SECRET) {
  const body = JSON.stringify(payload);
  return { body, headers: new Webhook(secret).signHeaders("msg_1", NOW, body) };
}

function verify(wh: Webhook, payload: unknown, options: Record<string, unknown> = {}) {
  const { body, headers } = signed(payload);
  return (wh.verify as (b: string, h: object, o: object) => unknown)(body, headers, { now: NOW, ...options });
}

const failure = verificationError;

describe("new TypedWebhook(secret, { events })", () => {
  const wh = new TypedWebhook(SECRET, { events });

  it("returns the payload validated by the schema its discriminator names (zod and valibot)", () => {
    const paid = { type: "invoice.paid", id: "in_1", amountCents: 1200 };
    expect(verify(wh, paid)).toEqual(paid);
    expect(verify(wh, { type: "user.created", email: "a@example.com" })).toEqual({
      type: "user.created",
      email: "a@example.com",
    });
  });

  it("returns the validator's output: unknown fields a zod object strips are gone", () => {
    expect(verify(wh, { type: "invoice.paid", id: "in_1", amountCents: 1, extra: true })).toEqual({
      type: "invoice.paid",
      id: "in_1",
      amountCents: 1,
    });
  });

  it("a drifted payload is schema_mismatch, a WebhookPayloadError with the issues", () => {
    const error = failure(() => verify(wh, { type: "invoice.paid", id: "in_1", amountCents: "12.00" }));
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error.reason).toBe("schema_mismatch");
    expect(error.message).toBe('Webhook payload does not match the schema of "invoice.paid"');
    const payloadError = error as WebhookPayloadError;
    expect(payloadError.eventType).toBe("invoice.paid");
    expect(payloadError.issues.map((i) => i.path)).toEqual([["amountCents"]]);
  });

  it("an event type the catalogue lacks, or none at all, is unknown_event_type", () => {
    const added = failure(() => verify(wh, { type: "invoice.refunded", id: "in_1" }));
    expect(added).toBeInstanceOf(WebhookPayloadError);
    expect(added.reason).toBe("unknown_event_type");
    expect((added as WebhookPayloadError).eventType).toBe("invoice.refunded");
    expect(failure(() => verify(wh, { id: "in_1" })).reason).toBe("unknown_event_type");
    expect(failure(() => verify(wh, ["invoice.paid"])).reason).toBe("unknown_event_type");
  });

  it("a forged payload is still a signature failure, never a schema one", () => {
    const { body, headers } = signed({ type: "invoice.paid", id: "in_1", amountCents: "x" });
    const error = failure(() => wh.verify(body.replace("in_1", "in_2"), headers, { now: NOW }));
    expect(error).not.toBeInstanceOf(WebhookPayloadError);
    expect(error.reason).toBe("no_matching_signature");
  });

  it("a per-call schema overrides the catalogue's", () => {
    const loose = z.object({ id: z.string() });
    expect(verify(wh, { type: "nothing.known", id: "in_1" }, { schema: loose })).toEqual({ id: "in_1" });
    expect(failure(() => verify(wh, { id: 1 }, { schema: loose })).reason).toBe("schema_mismatch");
  });

  it("verifyAsync and verifyRequest validate the same way", async () => {
    const paid = { type: "invoice.paid", id: "in_1", amountCents: 1200 };
    const { body, headers } = signed(paid);
    await expect(wh.verifyAsync(body, headers, { now: NOW })).resolves.toEqual(paid);
    const request = new Request("https://hooks.example/", { method: "POST", body, headers });
    await expect(wh.verifyRequest(request, { now: NOW })).resolves.toEqual(paid);
    const drift = signed({ ...paid, amountCents: "x" });
    await expect(wh.verifyAsync(drift.body, drift.headers, { now: NOW })).rejects.toMatchObject({
      reason: "schema_mismatch",
    });
  });
});

describe("a catalogue without a discriminator", () => {
  const plain = defineEvents({ "invoice.paid": z.object({ id: z.string() }) });
  const wh = new TypedWebhook(SECRET, { events: plain });

  it("checks the payload as the per-call eventType", () => {
    expect(verify(wh, { id: "in_1" }, { eventType: "invoice.paid" })).toEqual({ id: "in_1" });
    expect(failure(() => verify(wh, { id: 1 }, { eventType: "invoice.paid" })).reason).toBe(
      "schema_mismatch",
    );
  });

  it("refuses to guess: no eventType is a TypeError, not a silent pass", () => {
    expect(() => verify(wh, { id: "in_1" })).toThrow(TypeError);
  });
});

describe("a discriminator the schema does not declare", () => {
  it("is put back on the validated payload", () => {
    const events = defineEvents({ "invoice.paid": z.object({ id: z.string() }) }, { discriminator: "kind" });
    const wh = new TypedWebhook(SECRET, { events });
    expect(verify(wh, { kind: "invoice.paid", id: "in_1" })).toEqual({ kind: "invoice.paid", id: "in_1" });
  });
});

describe("an asynchronous validator", () => {
  const slow: StandardSchemaV1<{ id: string }> = {
    "~standard": {
      version: 1,
      vendor: "test",
      validate: async (value) => ({ value: value as { id: string } }),
    },
  };
  const wh = new TypedWebhook(SECRET, { events: defineEvents({ "a.b": slow }, { discriminator: "type" }) });

  it("works with verifyAsync and is refused by the synchronous verify", async () => {
    const { body, headers } = signed({ type: "a.b", id: "x" });
    await expect(wh.verifyAsync(body, headers, { now: NOW })).resolves.toEqual({ type: "a.b", id: "x" });
    expect(() => wh.verify(body, headers, { now: NOW })).toThrow(/asynchronous: use verifyAsync/);
  });
});

describe("a Webhook without a catalogue", () => {
  it("returns the parsed payload unchecked, as before", () => {
    expect(verify(new Webhook(SECRET), { anything: [1, 2] })).toEqual({ anything: [1, 2] });
  });
});
