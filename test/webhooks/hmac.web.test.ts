// The browser flavour's HMAC: Web Crypto only, the same MACs as node:crypto, no sync path to carry.
import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { constantTimeEqual, createHmacSigner } from "../../src/webhooks/hmac.web.js";
import { KEY_BYTES } from "./webhookFixtures.js";

const reference = (prefix: string, payload: string) =>
  createHmac("sha256", KEY_BYTES).update(prefix).update(payload).digest("base64");

describe("hmac.web", () => {
  it("has no synchronous HMAC and never looks node:crypto up", async () => {
    const lookup = vi.spyOn(process, "getBuiltinModule");
    const signer = createHmacSigner(new Uint8Array(KEY_BYTES));
    expect(signer.signSync("msg_1.1.", "{}")).toBeUndefined();
    expect(await signer.signAsync("msg_1.1.", '{"é":1}')).toBe(reference("msg_1.1.", '{"é":1}'));
    expect(lookup).not.toHaveBeenCalled();
    lookup.mockRestore();
  });

  it("compares in constant time, true only for identical strings", () => {
    expect(constantTimeEqual("abc=", "abc=")).toBe(true);
    expect(constantTimeEqual("abc=", "abd=")).toBe(false);
    expect(constantTimeEqual("abc", "abc=")).toBe(false);
  });
});
