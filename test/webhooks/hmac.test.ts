import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { constantTimeEqual, createHmacSigner } from "../../src/webhooks/hmac.js";
import vectors from "../fixtures/standard-webhooks.json" with { type: "json" };

const KEY = Uint8Array.from(Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64"));
const PREFIX = "msg_1.1700000000.";

function reference(prefix: string, payload: string | Uint8Array): string {
  return createHmac("sha256", KEY)
    .update(Buffer.concat([Buffer.from(prefix), Buffer.from(payload)]))
    .digest("base64");
}

function keyOf(secret: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(secret.replace(/^whsec_/, ""), "base64"));
}

/** A fresh copy of hmac.ts, so its lazily cached node:crypto lookup starts empty. */
async function freshHmacModule(): Promise<typeof import("../../src/webhooks/hmac.js")> {
  vi.resetModules();
  return import("../../src/webhooks/hmac.js");
}

const PAYLOADS: Array<[string, string | Uint8Array]> = [
  ["an ASCII string", '{"a":1}'],
  ["a unicode string", '{"name":"Zoë ✓ 東京 🚀"}'],
  ["an empty string", ""],
  ["a Uint8Array", new TextEncoder().encode('{"name":"Zoë"}')],
  ["a Buffer", Buffer.from('{"b":[1,2,3]}')],
  ["bytes that are not UTF-8", new Uint8Array([0xff, 0xfe, 0x00, 0x80])],
];

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("createHmacSigner (default flavour)", () => {
  it.each(PAYLOADS)(
    "signs %s like node:crypto over the UTF-8 or raw bytes, sync and async",
    async (_l, payload) => {
      const signer = createHmacSigner(KEY);
      expect(signer.signSync(PREFIX, payload)).toBe(reference(PREFIX, payload));
      expect(await signer.signAsync(PREFIX, payload)).toBe(reference(PREFIX, payload));
    },
  );

  it("reproduces every Standard Webhooks vector through Web Crypto", async () => {
    for (const v of vectors.cases) {
      const signer = createHmacSigner(keyOf(v.secret));
      const signature = await signer.signAsync(`${v.id}.${v.timestamp}.`, v.payload);
      expect(`v1,${signature}`, v.note).toBe(v.expectedSignature);
    }
  });

  it("does no crypto work until the first signature", () => {
    const lookup = vi.spyOn(process, "getBuiltinModule");
    const importKey = vi.spyOn(crypto.subtle, "importKey");
    createHmacSigner(KEY);
    expect(lookup).not.toHaveBeenCalled();
    expect(importKey).not.toHaveBeenCalled();
  });

  it("looks node:crypto up once, on first use", async () => {
    const { createHmacSigner: fresh } = await freshHmacModule();
    const lookup = vi.spyOn(process, "getBuiltinModule");
    const signer = fresh(KEY);
    signer.signSync(PREFIX, "a");
    signer.signSync(PREFIX, "b");
    fresh(KEY).signSync(PREFIX, "c");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith("node:crypto");
  });

  it("imports the Web Crypto key once per signer", async () => {
    const importKey = vi.spyOn(crypto.subtle, "importKey");
    const signer = createHmacSigner(KEY);
    await Promise.all([signer.signAsync(PREFIX, "a"), signer.signAsync(PREFIX, "b")]);
    await signer.signAsync(PREFIX, "c");
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it("has no sync HMAC but a working async one when getBuiltinModule finds no node:crypto", async () => {
    const { createHmacSigner: fresh } = await freshHmacModule();
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    const signer = fresh(KEY);
    expect(signer.signSync(PREFIX, '{"a":1}')).toBeUndefined();
    expect(await signer.signAsync(PREFIX, '{"a":1}')).toBe(reference(PREFIX, '{"a":1}'));
  });

  it("has no sync HMAC when the runtime has no process.getBuiltinModule (Node 18, browsers)", async () => {
    const { createHmacSigner: fresh } = await freshHmacModule();
    vi.stubGlobal("process", { ...process, getBuiltinModule: undefined });
    const signer = fresh(KEY);
    expect(signer.signSync(PREFIX, "x")).toBeUndefined();
    expect(await signer.signAsync(PREFIX, "x")).toBe(reference(PREFIX, "x"));
  });

  it("rejects with a clear error when there is no crypto.subtle either", async () => {
    vi.stubGlobal("crypto", undefined);
    await expect(createHmacSigner(KEY).signAsync(PREFIX, "x")).rejects.toThrow(
      "crypto.subtle is unavailable",
    );
  });

  it("has no runtime import of a Node module, so browsers and workers can load it", () => {
    const source = readFileSync(new URL("../../src/webhooks/hmac.ts", import.meta.url), "utf8");
    const runtimeImports = source.split("\n").filter((line) => /^import (?!type )/.test(line));
    expect(runtimeImports.join("\n")).not.toMatch(/node:/);
  });
});

describe("constantTimeEqual (default flavour)", () => {
  it("is true only for identical strings", () => {
    expect(constantTimeEqual("abc=", "abc=")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("abc=", "abd=")).toBe(false);
    expect(constantTimeEqual("bbc=", "abc=")).toBe(false);
    expect(constantTimeEqual("abc", "abc=")).toBe(false);
    expect(constantTimeEqual("A", "Ł")).toBe(false);
  });
});
