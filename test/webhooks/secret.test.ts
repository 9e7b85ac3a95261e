import { describe, expect, it } from "vitest";
import { WebhookSecretError } from "../../src/webhooks/errors.js";
import { decodeSecret } from "../../src/webhooks/secret.js";

const KEY_B64 = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const KEY = Uint8Array.from(Buffer.from(KEY_B64, "base64"));

function secretError(secret: unknown): WebhookSecretError {
  try {
    decodeSecret(secret as string);
  } catch (err) {
    if (err instanceof WebhookSecretError) return err;
    throw err;
  }
  throw new Error("expected a WebhookSecretError");
}

describe("decodeSecret", () => {
  it("decodes whsec_-prefixed and bare base64 to the same key", () => {
    expect(decodeSecret(`whsec_${KEY_B64}`)).toEqual(KEY);
    expect(decodeSecret(KEY_B64)).toEqual(KEY);
  });

  it("accepts unpadded base64", () => {
    expect(decodeSecret("whsec_aGk")).toEqual(new Uint8Array([104, 105]));
    expect(decodeSecret("aA")).toEqual(new Uint8Array([104]));
  });

  it("copies raw key bytes, so later changes to the caller's array do not change the key", () => {
    const raw = new Uint8Array([1, 2, 3]);
    const key = decodeSecret(raw);
    raw[0] = 99;
    expect(key).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeSecret(Buffer.from([7, 8]))).toEqual(new Uint8Array([7, 8]));
  });

  it.each([
    ["empty string", "", /empty or not base64/],
    ["prefix only", "whsec_", /empty or not base64/],
    ["empty bytes", new Uint8Array(0), /empty or not base64/],
    ["not base64", "whsec_not base64!!", /empty or not base64/],
    ["base64url", "whsec_ab-_cd", /empty or not base64/],
    ["impossible length", "whsec_abcde", /empty or not base64/],
    ["trailing newline", `whsec_${KEY_B64}\n`, /empty or not base64/],
    ["a number", 12345, /empty or not base64/],
    ["undefined", undefined, /empty or not base64/],
  ])("rejects %s with a WebhookSecretError that does not echo it", (_label, secret, message) => {
    const err = secretError(secret);
    expect(err.message).toMatch(message);
    if (typeof secret === "string" && secret.length > 6) {
      expect(err.message).not.toContain(secret.trim());
      expect(String(err.stack)).not.toContain(secret.trim());
    }
  });
});
