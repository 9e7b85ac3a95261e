import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as web from "../../src/webhooks/hmac.js";
import * as node from "../../src/webhooks/hmac.node.js";

const KEY = Uint8Array.from(Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64"));
const text = fc.string({ unit: "grapheme", maxLength: 200 });
const payload = fc.oneof(text, fc.uint8Array({ maxLength: 200 }));

describe("hmac.node (node flavour)", () => {
  it("exports exactly what the default flavour exports", () => {
    expect(Object.keys(node).sort()).toEqual(Object.keys(web).sort());
  });

  it("signs like the default flavour, sync and async, for any prefix and payload", async () => {
    const nodeSigner = node.createHmacSigner(KEY);
    const webSigner = web.createHmacSigner(KEY);
    await fc.assert(
      fc.asyncProperty(text, payload, async (prefix, body) => {
        const expected = webSigner.signSync(prefix, body);
        expect(expected).toMatch(/^[A-Za-z0-9+/]{43}=$/);
        expect(nodeSigner.signSync(prefix, body)).toBe(expected);
        expect(await nodeSigner.signAsync(prefix, body)).toBe(expected);
        expect(await webSigner.signAsync(prefix, body)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("compares strings like the default flavour, including non-ASCII strings of equal length", () => {
    const pairs: Array<[string, string]> = [
      ["abc=", "abc="],
      ["abc=", "abd="],
      ["abc", "abc="],
      ["", ""],
      ["A", "Ł"],
      ["Ł", "Ł"],
      ["aĀ", "a\u0000"],
    ];
    for (const [a, b] of pairs)
      expect(node.constantTimeEqual(a, b), `${a} vs ${b}`).toBe(web.constantTimeEqual(a, b));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(node.constantTimeEqual(a, b)).toBe(a === b);
        expect(web.constantTimeEqual(a, b)).toBe(a === b);
      }),
    );
  });
});
