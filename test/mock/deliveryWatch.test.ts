// mock.deliveries() and mock.waitForDelivery(): in process and on a port, real and virtual clock.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createMockServer,
  DeliveryTimeoutError,
  type MockServer,
  VirtualClock,
} from "../../src/mock/index.js";
import { type Receiver, startReceiver } from "./helpers.js";

let mock: MockServer;
let receiver: Receiver;
afterEach(async () => {
  vi.useRealTimers();
  await mock.close();
  await receiver.close();
});

/** Calls the mock in process (`handle`) or over its port. */
async function client(where: "in process" | "on a port") {
  const base = where === "on a port" ? (await mock.listen()).url : mock.url;
  return async (method: string, path: string, body?: unknown) => {
    const request = new Request(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${mock.token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = where === "on a port" ? await fetch(request) : await mock.handle(request);
    return response.json();
  };
}

describe.each(["in process", "on a port"] as const)("%s", (where) => {
  it.each(["real", "virtual"] as const)(
    "waits for a delivery with the %s clock, retry included",
    async (kind) => {
      const clock = kind === "virtual" ? new VirtualClock() : undefined;
      mock = createMockServer({ clock, retryJitter: 0, retrySchedule: [kind === "virtual" ? 5_000 : 10] });
      receiver = await startReceiver((_request, index) => ({ status: index === 0 ? 500 : 200 }));
      const api = await client(where);
      const app = await api("POST", "/api/v1/app", { name: "A", uid: "shop" });
      const endpoint = await api("POST", "/api/v1/app/shop/endpoint", { url: receiver.url, uid: "hook" });
      const message = await api("POST", "/api/v1/app/shop/msg", {
        eventType: "order.paid",
        payload: { n: 1 },
      });
      const failed = await mock.waitForDelivery({ msgId: message.id, status: "failed" });
      expect(failed).toMatchObject({
        msgId: message.id,
        endpointId: endpoint.id,
        appId: app.id,
        eventType: "order.paid",
        status: "failed",
        responseStatusCode: 500,
        triggerType: "scheduled",
      });
      const success = mock.waitForDelivery({ appId: "shop", endpointId: "hook", status: "success" });
      if (clock) await clock.advance(5_000);
      expect(await success).toMatchObject({ msgId: message.id, responseStatusCode: 200 });
      expect(mock.deliveries({ msgId: message.id }).map((d) => d.status)).toEqual(["failed", "success"]);
      expect(mock.deliveries({ eventType: "other" })).toEqual([]);
    },
  );
});

/** A fresh mock with one endpoint at a receiver, and one message of `eventType` delivered to it. */
async function deliveredOne(eventType: string): Promise<{ id: string }> {
  mock = createMockServer();
  receiver = await startReceiver();
  const api = await client("in process");
  await api("POST", "/api/v1/app", { name: "A", uid: "a" });
  await api("POST", "/api/v1/app/a/endpoint", { url: receiver.url });
  const message = await api("POST", "/api/v1/app/a/msg", { eventType, payload: {} });
  await mock.settle();
  return message;
}

describe("waitForDelivery", () => {
  it("resolves at once with an attempt already made", async () => {
    const message = await deliveredOne("e");
    expect(mock.deliveries()).toHaveLength(1);
    await expect(mock.waitForDelivery({ msgId: message.id })).resolves.toMatchObject({ status: "success" });
  });

  it("rejects on timeout with a DeliveryTimeoutError listing what was delivered instead", async () => {
    const message = await deliveredOne("invoice.paid");
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const waiting = mock.waitForDelivery({ eventType: "invoice.failed" }, { timeout: 20 }).catch((e) => e);
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(19);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await waiting;
    expect(error).toBeInstanceOf(DeliveryTimeoutError);
    expect(error.message).toContain("Timed out after 20 ms");
    expect(error.delivered).toHaveLength(1);
    expect(error.message).toContain('no delivery matched {"eventType":"invoice.failed"}');
    expect(error.message).toContain(`${message.id} (invoice.paid`);
    expect(error.message).toContain("success 200");
  });

  it("says so when nothing was delivered, and rejects waiters when the mock closes", async () => {
    mock = createMockServer();
    receiver = await startReceiver();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const timedOut = mock.waitForDelivery({}, { timeout: 1 }).catch((e) => e);
    await vi.advanceTimersByTimeAsync(1);
    const error = await timedOut;
    vi.useRealTimers();
    expect(error.message).toContain("Nothing was delivered.");
    const waiting = mock.waitForDelivery({}, { timeout: 60_000 }).catch((e) => e);
    await mock.close();
    expect((await waiting).message).toMatch(/^The mock server closed/);
  });

  it("stops on its signal and refuses a negative timeout", async () => {
    mock = createMockServer();
    receiver = await startReceiver();
    const controller = new AbortController();
    const waiting = mock.waitForDelivery({}, { signal: controller.signal });
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    await expect(mock.waitForDelivery({}, { timeout: -1 })).rejects.toBeInstanceOf(RangeError);
  });
});
