// One retry cycle per delivery, and no delivery of a payload that is gone.
import { afterEach, describe, expect, it } from "vitest";
import { type DeliveryLogEntry, type MockServerOptions, VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

let h: MockHarness;
let receiver: Receiver;
let up = false;
const app = "/api/v1/app/app";
const start = Date.parse("2024-01-01T00:00:00Z");

async function setup(options: MockServerOptions = {}) {
  up = false;
  h = await startMock(options);
  receiver = await startReceiver(() => (up ? { status: 200 } : { status: 500 }));
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
}

async function endpoint(body: Record<string, unknown> = {}): Promise<string> {
  return (await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, ...body } })).body.id;
}

async function send(): Promise<string> {
  return (await h.api("POST", `${app}/msg`, { body: { eventType: "a", payload: { n: 1 } } })).body.id;
}

async function destination(ep: string) {
  return (await h.api("GET", `${app}/endpoint/${ep}/msg`)).body.data[0];
}

afterEach(async () => {
  await h.close();
  await receiver.close();
});

describe("retry cycles", () => {
  it("a failed resend keeps the pending retry, and recover does not start a second cycle", async () => {
    const clock = new VirtualClock(start);
    await setup({ clock });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    expect((await h.api("POST", `${app}/msg/${msg}/endpoint/${ep}/resend`)).status).toBe(202);
    await h.mock.settle();
    expect(receiver.received).toHaveLength(2);
    expect(await destination(ep)).toMatchObject({
      status: "pending",
      nextAttempt: "2024-01-01T00:00:05.000Z",
    });

    const task = await h.api("POST", `${app}/endpoint/${ep}/recover`, {
      body: { since: "2023-12-31T00:00:00Z" },
    });
    expect(task.body.status).toBe("finished");
    await h.mock.settle();
    expect(receiver.received).toHaveLength(2);

    up = true;
    await clock.advance(6_000);
    await h.mock.settle();
    expect(receiver.received).toHaveLength(3);
    expect(await destination(ep)).toMatchObject({ status: "success", nextAttempt: null });
    await clock.advance(24 * 3_600_000);
    expect(receiver.received).toHaveLength(3);
  });

  it("a successful resend ends the pending cycle", async () => {
    const clock = new VirtualClock(start);
    await setup({ clock });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    up = true;
    await h.api("POST", `${app}/msg/${msg}/endpoint/${ep}/resend`);
    await h.mock.settle();
    expect(await destination(ep)).toMatchObject({ status: "success", nextAttempt: null });
    await clock.advance(24 * 3_600_000);
    expect(receiver.received).toHaveLength(2);
  });
});

describe("expunged payloads", () => {
  it("resend answers 409 payload_expunged and sends nothing", async () => {
    await setup({ clock: new VirtualClock(start) });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    expect((await h.api("DELETE", `${app}/msg/${msg}/content`)).status).toBe(204);
    const resent = await h.api("POST", `${app}/msg/${msg}/endpoint/${ep}/resend`);
    expect(resent.status).toBe(409);
    expect(resent.body).toEqual({ code: "payload_expunged", detail: expect.any(String) });
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
  });

  it("resend of a payload pruned after delivery answers 409", async () => {
    await setup({ clock: new VirtualClock(start), retainPayloads: false });
    up = true;
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    expect((await h.api("POST", `${app}/msg/${msg}/endpoint/${ep}/resend`)).status).toBe(409);
  });

  it("recover and replay-missing skip messages whose payload is gone", async () => {
    const clock = new VirtualClock(start);
    await setup({ clock, retrySchedule: [] });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    await h.api("DELETE", `${app}/msg/${msg}/content`);
    await h.api("PATCH", `${app}/endpoint/${ep}`, { body: { eventTypes: ["b"] } });
    await h.api("POST", `${app}/msg`, { body: { eventType: "a", payload: { n: 2 } } });
    const other = (await h.api("POST", `${app}/msg`, { body: { eventType: "a", payload: { n: 3 } } })).body
      .id;
    await h.api("DELETE", `${app}/msg/${other}/content`);
    await h.api("PATCH", `${app}/endpoint/${ep}`, { body: { eventTypes: ["a"] } });
    up = true;
    const window = { body: { since: "2023-12-31T00:00:00Z" } };
    expect((await h.api("POST", `${app}/endpoint/${ep}/recover`, window)).body.status).toBe("finished");
    expect((await h.api("POST", `${app}/endpoint/${ep}/replay-missing`, window)).body.status).toBe("running");
    await h.mock.settle();
    expect(receiver.received.map((r) => r.body)).toEqual(['{"n":1}', '{"n":2}']);
  });

  it("drops a queued retry whose payload was expunged: recorded as failed, no request, no {}", async () => {
    const clock = new VirtualClock(start);
    const log: DeliveryLogEntry[] = [];
    await setup({ clock, onDelivery: (entry) => log.push(entry) });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    await h.api("DELETE", `${app}/msg/${msg}/content`);
    up = true;
    await clock.advance(24 * 3_600_000);
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    const attempts = (await h.api("GET", `${app}/attempt/msg/${msg}`)).body.data;
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatchObject({
      status: "failed",
      response: "payload expunged",
      responseStatusCode: 0,
    });
    expect(await destination(ep)).toMatchObject({ status: "failed", nextAttempt: null });
    expect(log.map((e) => e.ok)).toEqual([false, false]);
  });
});
