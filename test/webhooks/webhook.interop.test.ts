// Interoperability with the reference Standard Webhooks library and with svix, both directions.
import { Webhook as StdWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { describe, expect, it } from "vitest";
import { Webhook } from "../../src/webhooks/index.js";
import { MSG_ID, PAYLOAD, SECRET } from "./webhookFixtures.js";

const ours = new Webhook(SECRET);
const std = new StdWebhook(SECRET);
const PAYLOADS = [PAYLOAD, '{"a":1}', JSON.stringify({ text: '東京 ✓ 🚀 \u0000 "quoted"', list: [1, 2, 3] })];

// standardwebhooks checks against the real clock, so these use the current time.
function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

describe("interoperability with standardwebhooks", () => {
  it.each(PAYLOADS)("verifies what standardwebhooks signs: %s", async (payload) => {
    const timestamp = nowSeconds();
    const headers = {
      "webhook-id": MSG_ID,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": std.sign(MSG_ID, new Date(timestamp * 1000), payload),
    };
    expect(ours.verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(await ours.verifyAsync(Buffer.from(payload), new Headers(headers))).toEqual(JSON.parse(payload));
  });

  it.each(PAYLOADS)("is verified by standardwebhooks: %s", (payload) => {
    const headers = ours.signHeaders(MSG_ID, new Date(), payload);
    expect(std.verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(std.verify(Buffer.from(payload), headers)).toEqual(JSON.parse(payload));
  });

  it("agrees with standardwebhooks on a raw-bytes key", () => {
    const key = new Uint8Array([1, 2, 3, 250, 251, 252]);
    const theirs = new StdWebhook(key as unknown as string, { format: "raw" });
    const date = new Date(nowSeconds() * 1000);
    expect(new Webhook(key).sign(MSG_ID, date, PAYLOAD)).toBe(theirs.sign(MSG_ID, date, PAYLOAD));
  });

  it("rejects what standardwebhooks signed with another secret, and vice versa", () => {
    const other = new StdWebhook("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD");
    const timestamp = nowSeconds();
    const headers = {
      "webhook-id": MSG_ID,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": other.sign(MSG_ID, new Date(timestamp * 1000), PAYLOAD),
    };
    expect(() => ours.verify(PAYLOAD, headers)).toThrow(/No matching/);
    expect(() => other.verify(PAYLOAD, ours.signHeaders(MSG_ID, timestamp, PAYLOAD))).toThrow(
      "No matching signature found",
    );
  });
});

describe("interoperability with svix", () => {
  const svix = new SvixWebhook(SECRET);

  it("is verified by svix, and verifies what svix signs", () => {
    const headers = ours.signHeaders(MSG_ID, new Date(), PAYLOAD);
    expect(() => svix.verify(PAYLOAD, headers)).not.toThrow();
    const timestamp = new Date(nowSeconds() * 1000);
    const signature = svix.sign(MSG_ID, timestamp, PAYLOAD);
    expect(signature).toBe(ours.sign(MSG_ID, timestamp, PAYLOAD));
  });
});
