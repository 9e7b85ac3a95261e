// randomId's three sources: Web Crypto's randomUUID, getRandomValues alone (browsers outside a
// secure context), and Math.random where there is no Web Crypto at all. Each gives a v4 UUID.
import { afterEach, describe, expect, it, vi } from "vitest";
import { randomId } from "../../src/core/random.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const webCrypto = globalThis.crypto;

afterEach(() => vi.unstubAllGlobals());

function ids(count: number): string[] {
  return Array.from({ length: count }, () => randomId());
}

describe("randomId", () => {
  it("uses crypto.randomUUID where there is one", () => {
    const randomUUID = vi.fn(() => "3b241101-e2bb-4255-8caf-4136c566a962" as const);
    vi.stubGlobal("crypto", { randomUUID, getRandomValues: webCrypto.getRandomValues.bind(webCrypto) });
    expect(randomId()).toBe("3b241101-e2bb-4255-8caf-4136c566a962");
    expect(randomUUID).toHaveBeenCalledOnce();
  });

  it.each([
    ["getRandomValues alone", () => ({ getRandomValues: webCrypto.getRandomValues.bind(webCrypto) })],
    ["no Web Crypto (Math.random)", () => undefined],
  ])("lays out a v4 UUID from %s, every digit used", (_, crypto) => {
    vi.stubGlobal("crypto", crypto());
    const drawn = ids(2_000);
    for (const id of drawn) expect(id).toMatch(UUID_V4);
    expect(new Set(drawn).size).toBe(drawn.length);
    // Each random position takes every value it may: 16 hex digits, 4 for the variant.
    const at = (position: number) => new Set(drawn.map((id) => id[position]));
    expect(at(0).size).toBe(16);
    expect(at(35).size).toBe(16);
    expect([...at(19)].sort()).toEqual(["8", "9", "a", "b"]);
  });

  it("takes its bytes from getRandomValues when there is no randomUUID, not from Math.random", () => {
    const getRandomValues = vi.fn((bytes: Uint8Array) => bytes.fill(0xff));
    vi.stubGlobal("crypto", { getRandomValues });
    // Each template digit is XORed with its byte (the "1" digits: 1 ^ 0xf = e).
    expect(randomId()).toBe("efffffff-efff-4fff-bfff-efffffffffff");
    expect(getRandomValues).toHaveBeenCalledOnce();
  });

  it("in the node flavour, is node:crypto's randomUUID", async () => {
    const { randomId: nodeRandomId } = await import("../../src/core/random.node.js");
    const drawn = [nodeRandomId(), nodeRandomId()];
    for (const id of drawn) expect(id).toMatch(UUID_V4);
    expect(drawn[0]).not.toBe(drawn[1]);
  });
});
