import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../../src/webhooks/base64.js";

describe("decodeBase64", () => {
  it("decodes padded and unpadded base64 to the same bytes", () => {
    expect(decodeBase64("aGk=")).toEqual(new Uint8Array([104, 105]));
    expect(decodeBase64("aGk")).toEqual(new Uint8Array([104, 105]));
    expect(decodeBase64("aA==")).toEqual(new Uint8Array([104]));
    expect(decodeBase64("aA")).toEqual(new Uint8Array([104]));
    expect(decodeBase64("")).toEqual(new Uint8Array([]));
  });

  it.each([
    ["whitespace", "aGk= "],
    ["inner space", "aG k="],
    ["newline", "aGk=\n"],
    ["base64url characters", "a-_k"],
    ["too much padding", "aA==="],
    ["padding in the middle", "aA==aA=="],
    ["impossible length", "aGkhY"],
    ["non-ASCII", "aGké"],
  ])("rejects %s", (_label, text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });

  it("agrees with Buffer for any bytes, padded or not", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const padded = Buffer.from(bytes).toString("base64");
        expect(decodeBase64(padded)).toEqual(new Uint8Array(bytes));
        expect(decodeBase64(padded.replace(/=+$/, ""))).toEqual(new Uint8Array(bytes));
      }),
    );
  });
});

describe("encodeBase64", () => {
  it("matches Buffer's padded base64 and round-trips through decodeBase64", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });
});
