import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Webhook } from "../../src/webhooks/index.js";
import { reasonOf, SECRET } from "./webhookFixtures.js";

const wh = new Webhook(SECRET);
const id = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 });
const timestamp = fc.integer({ min: 0, max: 4_000_000_000 });
// Well-formed unicode text: lone surrogates all encode to U+FFFD, so they are not distinct payloads.
const text = fc.string({ unit: "grapheme", maxLength: 300 });
const jsonPayload = fc.oneof(
  fc.json(),
  text.map((s) => JSON.stringify(s)),
);
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));

function headersFor(msgId: string, ts: number, payload: string): Record<string, string> {
  return wh.signHeaders(msgId, ts, payload);
}

describe("Webhook properties", () => {
  it("sign then verify round-trips any id, timestamp and JSON payload", () => {
    fc.assert(
      fc.property(id, timestamp, jsonPayload, (msgId, ts, payload) => {
        expect(wh.verify(payload, headersFor(msgId, ts, payload), { now: ts })).toEqual(JSON.parse(payload));
      }),
    );
  });

  it("accepts the signature of any text payload, and rejects only non-JSON as invalid_payload", () => {
    fc.assert(
      fc.property(id, timestamp, text, (msgId, ts, payload) => {
        const headers = headersFor(msgId, ts, payload);
        let isJson = true;
        try {
          JSON.parse(payload);
        } catch {
          isJson = payload === "";
        }
        if (isJson) expect(() => wh.verify(payload, headers, { now: ts })).not.toThrow();
        else expect(reasonOf(() => wh.verify(payload, headers, { now: ts }))).toBe("invalid_payload");
      }),
    );
  });

  it("rejects any single-character change to the payload", () => {
    const payloadAndEdit = text
      .filter((s) => s.length > 0)
      .chain((payload) => {
        const chars = Array.from(payload);
        return fc.tuple(fc.constant(chars), fc.nat({ max: chars.length - 1 }), codePoint);
      })
      .filter(([chars, index, replacement]) => chars[index] !== replacement);
    fc.assert(
      fc.property(id, timestamp, payloadAndEdit, (msgId, ts, [chars, index, replacement]) => {
        const payload = chars.join("");
        const headers = headersFor(msgId, ts, payload);
        const changed = [...chars.slice(0, index), replacement, ...chars.slice(index + 1)].join("");
        expect(reasonOf(() => wh.verify(changed, headers, { now: ts }))).toBe("no_matching_signature");
      }),
    );
  });
});
