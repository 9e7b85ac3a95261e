// DeliveryWatch on its own, fed attempt records by hand: which attempts a filter matches, the
// timeout message, the bound on what it keeps, and that a finished wait leaves nothing behind.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DeliveryTimeoutError, DeliveryWatch, MAX_WATCHED_DELIVERIES } from "../../src/mock/deliveryWatch.js";
import type { AttemptRecord } from "../../src/mock/store.js";

afterEach(() => vi.useRealTimers());

let n = 0;
/** An attempt record with just what the watch reads. */
function attempt(
  over: { app?: string; endpoint?: string; msg?: string; eventType?: string; status?: string } = {},
) {
  n += 1;
  return {
    id: `atmpt_${n}`,
    message: {
      id: over.msg ?? `msg_${n}`,
      uid: `msg-uid-${n}`,
      eventType: over.eventType ?? "a.b",
      app: { id: over.app ?? "app_1", uid: "shop", env: { name: "test" } },
    },
    endpoint: { id: over.endpoint ?? "ep_1", uid: "hook" },
    url: "http://127.0.0.1/hook",
    status: over.status ?? "success",
    responseStatusCode: over.status === "failed" ? 500 : 200,
    response: "",
    responseDurationMs: 1,
    triggerType: "scheduled",
    timestamp: 0,
  } as unknown as AttemptRecord;
}

describe("DeliveryWatch", () => {
  it("matches every field of a filter, IDs or UIDs, and nothing it leaves out", () => {
    const watch = new DeliveryWatch();
    watch.record(attempt({ app: "app_1", endpoint: "ep_1", msg: "msg_a", eventType: "a.b" }));
    watch.record(
      attempt({ app: "app_2", endpoint: "ep_2", msg: "msg_b", eventType: "c.d", status: "failed" }),
    );
    const ids = (filter: Parameters<DeliveryWatch["deliveries"]>[0]) =>
      watch.deliveries(filter).map((d) => d.msgId);
    expect(ids({})).toEqual(["msg_a", "msg_b"]);
    expect(ids({ appId: "app_2" })).toEqual(["msg_b"]);
    expect(ids({ appId: "shop", endpointId: "ep_1" })).toEqual(["msg_a"]);
    expect(ids({ endpointId: "ep_2" })).toEqual(["msg_b"]);
    expect(ids({ msgId: "msg_a" })).toEqual(["msg_a"]);
    expect(ids({ eventType: "c.d" })).toEqual(["msg_b"]);
    expect(ids({ status: "failed" })).toEqual(["msg_b"]);
    expect(ids({ appId: "app_1", eventType: "c.d" })).toEqual([]);
    expect(ids({ appId: "nope" })).toEqual([]);
  });

  it("keeps the last MAX_WATCHED_DELIVERIES attempts", () => {
    const watch = new DeliveryWatch();
    for (let i = 0; i < MAX_WATCHED_DELIVERIES + 2; i++) watch.record(attempt({ msg: `m${i}` }));
    const kept = watch.deliveries();
    expect(kept).toHaveLength(MAX_WATCHED_DELIVERIES);
    expect(kept[0]?.msgId).toBe("m2");
  });

  it("resolves a waiter only with an attempt matching its filter, and forgets it once resolved", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const watch = new DeliveryWatch();
    const controller = new AbortController();
    const waiting = watch.waitForDelivery({ msgId: "msg_x" }, { signal: controller.signal, timeout: 1_000 });
    watch.record(attempt({ msg: "msg_other" }));
    watch.record(attempt({ msg: "msg_x" }));
    expect((await waiting).msgId).toBe("msg_x");
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    // A resolved waiter is gone: closing rejects nobody.
    watch.close();
  });

  it("times out with the last ten attempts listed, and says how many it left out", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const watch = new DeliveryWatch();
    for (let i = 0; i < 12; i++) watch.record(attempt({ msg: `m${i}`, eventType: "e.t", endpoint: "ep_9" }));
    const waiting = watch.waitForDelivery({ msgId: "none" }, { timeout: 0 }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(0);
    const error = await waiting;
    expect(error).toBeInstanceOf(DeliveryTimeoutError);
    expect(error.name).toBe("DeliveryTimeoutError");
    const lines = error.message.split("\n");
    expect(lines[0]).toBe(
      'Timed out after 0 ms: no delivery matched {"msgId":"none"}. Delivered instead, 12 attempt(s) (the last 10 shown):',
    );
    expect(lines.slice(1)).toHaveLength(10);
    expect(lines[1]).toBe("  m2 (e.t, app app_1) -> ep_9: success 200");
    const ten = new DeliveryWatch();
    for (let i = 0; i < 10; i++) ten.record(attempt({ msg: `t${i}` }));
    const all = ten.waitForDelivery({ msgId: "none" }, { timeout: 0 }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect((await all).message).toContain("Delivered instead, 10 attempt(s):\n");
    const few = new DeliveryWatch();
    few.record(attempt({ msg: "only" }));
    const one = few.waitForDelivery({ msgId: "none" }, { timeout: 0 }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect((await one).message).toMatch(/Delivered instead, 1 attempt\(s\):\n {2}only /);
  });

  it("refuses a wait on a closed watch at once, and a negative timeout", async () => {
    const watch = new DeliveryWatch();
    watch.close();
    await expect(watch.waitForDelivery({ msgId: "x" })).rejects.toThrow(
      'The mock server is closed: no delivery matched {"msgId":"x"}. Nothing was delivered.',
    );
    await expect(new DeliveryWatch().waitForDelivery({}, { timeout: -1 })).rejects.toThrow(
      new RangeError("timeout must be >= 0"),
    );
  });

  it("stops on an already-aborted signal with its reason, and a signal aborted later", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const watch = new DeliveryWatch();
    const reason = new Error("stop");
    await expect(watch.waitForDelivery({ msgId: "x" }, { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    const controller = new AbortController();
    const waiting = watch.waitForDelivery({ msgId: "x" }, { signal: controller.signal, timeout: 60_000 });
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    // The aborted waiter is gone: a later matching attempt resolves nothing, and close rejects nothing.
    watch.record(attempt({ msg: "x" }));
    watch.close();
  });
});
