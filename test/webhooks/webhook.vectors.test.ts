import { describe, expect, it } from "vitest";
import { Webhook } from "../../src/webhooks/index.js";
import vectors from "../fixtures/standard-webhooks.json" with { type: "json" };

function expectedResult(payload: string): unknown {
  return payload === "" ? undefined : JSON.parse(payload);
}

describe.each(vectors.cases)("Standard Webhooks vector: $note", (v) => {
  const wh = new Webhook(v.secret);
  const headers = {
    "webhook-id": v.id,
    "webhook-timestamp": String(v.timestamp),
    "webhook-signature": v.expectedSignature,
  };

  it("signs to the expected signature, sync and async", async () => {
    expect(wh.sign(v.id, v.timestamp, v.payload)).toBe(v.expectedSignature);
    expect(await wh.signAsync(v.id, v.timestamp, v.payload)).toBe(v.expectedSignature);
    expect(wh.sign(v.id, v.timestamp, new TextEncoder().encode(v.payload))).toBe(v.expectedSignature);
  });

  it("verifies the expected signature, sync and async", async () => {
    expect(wh.verify(v.payload, headers, { now: v.timestamp })).toEqual(expectedResult(v.payload));
    expect(await wh.verifyAsync(v.payload, headers, { now: v.timestamp })).toEqual(expectedResult(v.payload));
  });
});
