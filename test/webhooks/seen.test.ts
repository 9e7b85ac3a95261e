// MemorySeenStore and the Webhook's `seen` option: a verified delivery is refused when it comes again,
// memory stays bounded, and any answer but `true` from a store fails closed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemorySeenStore, Webhook, type WebhookSeenStore } from "../../src/webhooks/index.js";
import { MSG_ID, NOW, PAYLOAD, reasonOf, SECRET, signedHeaders } from "./webhookFixtures.js";

const at = { now: NOW };

afterEach(() => {
  vi.useRealTimers();
});

describe("MemorySeenStore", () => {
  it("answers true for a new key and false while it is held", () => {
    const store = new MemorySeenStore();
    expect(store.add("a", 10)).toBe(true);
    expect(store.add("a", 10)).toBe(false);
    expect(store.has("a")).toBe(true);
    expect(store.has("b")).toBe(false);
  });

  it("forgets a key once its time is up", () => {
    vi.useFakeTimers();
    const store = new MemorySeenStore();
    store.add("a", 10);
    vi.advanceTimersByTime(9_999);
    expect(store.has("a")).toBe(true);
    vi.advanceTimersByTime(1);
    expect(store.has("a")).toBe(false);
    expect(store.add("a", 10)).toBe(true);
  });

  it("holds at most maxEntries keys over 100,000 ids, dropping the oldest first", () => {
    const store = new MemorySeenStore();
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      store.add(`msg_${i}.${NOW}.`, 300);
      largest = Math.max(largest, store.size);
    }
    expect(largest).toBe(10_000);
    expect(store.has("msg_99999.1732406400.")).toBe(true);
    expect(store.has("msg_0.1732406400.")).toBe(false);
    const small = new MemorySeenStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) small.add(key, 300);
    expect([small.size, small.has("a"), small.has("d")]).toEqual([3, false, true]);
  });

  it("drops expired keys as new ones come, so a steady flow holds only the window's keys", () => {
    vi.useFakeTimers();
    const store = new MemorySeenStore();
    // 100,000 deliveries, one every 10 ms, each held 1 s: about 100 are in the window at any time.
    for (let i = 0; i < 100_000; i++) {
      store.add(`msg_${i}`, 1);
      vi.advanceTimersByTime(10);
    }
    expect(store.size).toBeLessThanOrEqual(101);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses maxEntries %s", (maxEntries) => {
    expect(() => new MemorySeenStore({ maxEntries })).toThrow(RangeError);
  });
});

describe("Webhook with a seen store", () => {
  it("refuses a second copy of a delivery, sync and async, with reason replayed", async () => {
    const wh = new Webhook(SECRET, { seen: new MemorySeenStore() });
    expect(wh.verify(PAYLOAD, signedHeaders(), at)).toEqual(JSON.parse(PAYLOAD));
    expect(reasonOf(() => wh.verify(PAYLOAD, signedHeaders(), at))).toBe("replayed");
    await expect(wh.verifyAsync(PAYLOAD, signedHeaders(), at)).rejects.toMatchObject({ reason: "replayed" });
  });

  it("accepts the same message signed at another second (a retry or a resend), and other messages", () => {
    const wh = new Webhook(SECRET, { seen: new MemorySeenStore() });
    wh.verify(PAYLOAD, signedHeaders(), at);
    expect(wh.verify(PAYLOAD, signedHeaders({ timestamp: NOW + 5 }), { now: NOW + 5 })).toBeDefined();
    expect(wh.verify(PAYLOAD, signedHeaders({ id: `${MSG_ID}x` }), at)).toBeDefined();
  });

  it("records only deliveries that verified, each for the rest of the tolerance window", () => {
    const add = vi.fn<WebhookSeenStore["add"]>(() => true);
    const wh = new Webhook(SECRET, { seen: { add }, tolerance: 300 });
    expect(reasonOf(() => wh.verify(`${PAYLOAD}x`, signedHeaders(), at))).toBe("no_matching_signature");
    expect(add).not.toHaveBeenCalled();
    wh.verify(PAYLOAD, signedHeaders({ timestamp: NOW - 100 }), at);
    expect(add).toHaveBeenCalledWith(`${MSG_ID}.${NOW - 100}.`, 201);
  });

  it("lets exactly one of two copies verified at once through an async atomic store", async () => {
    const held = new Set<string>();
    const seen: WebhookSeenStore = {
      add: async (key) => {
        await new Promise((resolve) => setImmediate(resolve)); // a round trip, without the clock
        return held.has(key) ? false : Boolean(held.add(key));
      },
    };
    const wh = new Webhook(SECRET, { seen });
    const results = await Promise.allSettled([
      wh.verifyAsync(PAYLOAD, signedHeaders(), at),
      wh.verifyAsync(PAYLOAD, signedHeaders(), at),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("fails closed: a store answering nothing, or a Promise to the synchronous verify, refuses", () => {
    const silent = new Webhook(SECRET, { seen: { add: () => undefined as unknown as boolean } });
    expect(reasonOf(() => silent.verify(PAYLOAD, signedHeaders(), at))).toBe("replayed");
    const async = new Webhook(SECRET, { seen: { add: async () => true } });
    expect(reasonOf(() => async.verify(PAYLOAD, signedHeaders(), at))).toBe("replayed");
  });
});
