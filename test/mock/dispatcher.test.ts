import { afterEach, describe, expect, it } from "vitest";
import {
  type Clock,
  DEFAULT_RETRY_SCHEDULE_MS,
  type MockServerOptions,
  VirtualClock,
} from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

let h: MockHarness;
let receiver: Receiver;
const app = "/api/v1/app/app";

async function setup(options: MockServerOptions, reply?: Receiver["reply"]) {
  h = await startMock(options);
  receiver = await startReceiver(reply);
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
}

async function endpoint(body: Record<string, unknown> = {}): Promise<string> {
  return (await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, ...body } })).body.id;
}

async function send(eventType = "a"): Promise<string> {
  return (await h.api("POST", `${app}/msg`, { body: { eventType, payload: { n: 1 } } })).body.id;
}

afterEach(async () => {
  await h.close();
  await receiver.close();
});

const fail: Receiver["reply"] = () => ({ status: 503, body: "down" });

describe("retries", () => {
  it("follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h on a virtual clock, then marks the message failed", async () => {
    const clock = new VirtualClock(Date.parse("2024-01-01T00:00:00Z"));
    await setup({ clock }, fail);
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    const pending = (await h.api("GET", `${app}/endpoint/${ep}/msg`)).body.data[0];
    expect(pending).toMatchObject({ status: "pending", nextAttempt: "2024-01-01T00:00:05.000Z" });

    await clock.advance(4_999);
    expect(receiver.received).toHaveLength(1);
    await clock.advance(1);
    expect(receiver.received).toHaveLength(2);
    for (const delay of DEFAULT_RETRY_SCHEDULE_MS.slice(1)) await clock.advance(delay);
    await h.mock.settle();

    const attempts = (await h.api("GET", `${app}/attempt/msg/${msg}?order=ascending`)).body.data;
    expect(attempts).toHaveLength(8);
    expect(
      attempts.every(
        (a: { status: string; responseStatusCode: number }) =>
          a.status === "failed" && a.responseStatusCode === 503,
      ),
    ).toBe(true);
    const gaps = attempts
      .slice(1)
      .map(
        (a: { timestamp: string }, i: number) => Date.parse(a.timestamp) - Date.parse(attempts[i].timestamp),
      );
    expect(gaps).toEqual(DEFAULT_RETRY_SCHEDULE_MS);
    expect((await h.api("GET", `${app}/endpoint/${ep}/msg`)).body.data[0]).toMatchObject({
      status: "failed",
      nextAttempt: null,
    });
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body).toEqual({
      success: 0,
      pending: 0,
      sending: 0,
      fail: 1,
    });
    await clock.advance(100 * 3_600_000);
    expect(receiver.received).toHaveLength(8);
  });

  it("scales the schedule, and on a clock that is not manual settle() waits for the retries", async () => {
    // Not manual, like the real clock, but time jumps to each timer as it fires on the next turn:
    // the schedule runs without waiting on the real clock.
    let now = Date.parse("2024-01-01T00:00:00Z");
    const delays: number[] = [];
    const clock: Clock = {
      manual: false,
      now: () => now,
      setTimer(callback, delayMs) {
        delays.push(delayMs);
        return setImmediate(() => {
          now += delayMs;
          callback();
        });
      },
      clearTimer: (handle) => clearImmediate(handle as ReturnType<typeof setImmediate>),
    };
    await setup({ clock, retryScheduleScale: 0.001 }, (_req, i) =>
      i < 3 ? { status: 500 } : { status: 200 },
    );
    const ep = await endpoint();
    await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(4);
    const attempts = (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data;
    expect(attempts.map((a: { status: string }) => a.status)).toEqual([
      "success",
      "failed",
      "failed",
      "failed",
    ]);
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body.success).toBe(1);
    expect(delays).toEqual(DEFAULT_RETRY_SCHEDULE_MS.slice(0, 3).map((ms) => ms * 0.001));
  });

  it("jitters retry delays within the given fraction", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock, retryJitter: 0.1, retrySchedule: [10_000], seed: 7 }, fail);
    const ep = await endpoint();
    await send();
    await h.mock.settle();
    const next = Date.parse((await h.api("GET", `${app}/endpoint/${ep}/msg`)).body.data[0].nextAttempt);
    expect(next).toBeGreaterThanOrEqual(9_000);
    expect(next).toBeLessThanOrEqual(11_000);
    expect(next).not.toBe(10_000);
  });
});

describe("queued retries", () => {
  it("jitter spreads retries both sides of the schedule, never past the fraction", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock, retryJitter: 0.5, retrySchedule: [10_000], seed: 11 }, fail);
    const ep = await endpoint();
    for (let i = 0; i < 20; i++) await send();
    await h.mock.settle();
    const due = (await h.api("GET", `${app}/endpoint/${ep}/msg?limit=50`)).body.data.map(
      (m: { nextAttempt: string }) => Date.parse(m.nextAttempt),
    );
    expect(due).toHaveLength(20);
    expect(Math.min(...due)).toBeLessThan(10_000);
    expect(Math.max(...due)).toBeGreaterThan(10_000);
    for (const at of due) expect(Math.abs(at - 10_000)).toBeLessThanOrEqual(5_000);
  });

  it("are dropped by close(): nothing is delivered after it", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock }, fail);
    await endpoint();
    await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    await h.mock.close();
    await clock.advance(DEFAULT_RETRY_SCHEDULE_MS[0] as number);
    expect(receiver.received).toHaveLength(1);
  });

  it.each([
    ["deleted", "DELETE", undefined],
    ["disabled", "PATCH", { enabled: false }],
  ] as const)("never reach an endpoint %s meanwhile", async (_what, method, body) => {
    const clock = new VirtualClock(0);
    await setup({ clock }, fail);
    const ep = await endpoint();
    await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    const changed = await h.api(method, `${app}/endpoint/${ep}`, body ? { body } : {});
    expect(changed.status).toBeLessThan(300);
    for (const delay of DEFAULT_RETRY_SCHEDULE_MS) await clock.advance(delay);
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
  });

  it("wait for the endpoint's rate limit like first attempts do", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock }, (_req, i) => (i === 0 ? { status: 503 } : { status: 200 }));
    await endpoint({ rateLimit: 1 });
    await send();
    await h.mock.settle();
    await clock.advance(DEFAULT_RETRY_SCHEDULE_MS[0] as number);
    // The retry took the slot at 5 s: a message sent now waits for the next one, a second later.
    expect(receiver.received).toHaveLength(2);
    await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(2);
    await clock.advance(999);
    expect(receiver.received).toHaveLength(2);
    await clock.advance(1);
    expect(receiver.received).toHaveLength(3);
  });

  it("with retainPayloads: false, a delivery that failed for good drops its payload", async () => {
    await setup({ clock: new VirtualClock(0), retainPayloads: false, retrySchedule: [] }, fail);
    await endpoint();
    const id = await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    expect((await h.api("GET", `${app}/msg/${id}`)).body.payload).toEqual({});
  });
});

describe("rate limit", () => {
  it("spaces deliveries to an endpoint at its rate; excess waits, nothing is dropped", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock });
    const ep = await endpoint({ rateLimit: 2 });
    for (let i = 0; i < 4; i++) await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    await clock.advance(499);
    expect(receiver.received).toHaveLength(1);
    await clock.advance(1);
    expect(receiver.received).toHaveLength(2);
    await clock.advance(1000);
    expect(receiver.received).toHaveLength(4);
    const times = (await h.api("GET", `${app}/attempt/endpoint/${ep}?order=ascending`)).body.data.map(
      (a: { timestamp: string }) => Date.parse(a.timestamp),
    );
    expect(times).toEqual([0, 500, 1000, 1500]);
  });

  it("on a clock below 0 (before 1970) the first slot of an endpoint and of its application is now", async () => {
    const clock = new VirtualClock(-10_000);
    await setup({ clock });
    expect((await h.api("PATCH", app, { body: { rateLimit: 1 } })).status).toBe(200);
    const ep = await endpoint({ rateLimit: 1 });
    await send();
    await h.mock.settle();
    const attempts = (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data;
    expect(attempts.map((a: { timestamp: string }) => Date.parse(a.timestamp))).toEqual([-10_000]);
  });
});

describe("the application's rate limit", () => {
  it("spaces every delivery of the application at its rate, across endpoints without one of their own", async () => {
    const clock = new VirtualClock(0);
    await setup({ clock });
    expect((await h.api("PATCH", app, { body: { rateLimit: 4 } })).status).toBe(200);
    const endpoints = [await endpoint(), await endpoint()];
    for (let i = 0; i < 2; i++) await send();
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    await clock.advance(1_000);
    expect(receiver.received).toHaveLength(4);
    const times: number[] = [];
    for (const ep of endpoints) {
      const attempts = (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data;
      times.push(...attempts.map((a: { timestamp: string }) => Date.parse(a.timestamp)));
    }
    // Four slots a second, shared by both endpoints.
    expect(times.sort((a, b) => a - b)).toEqual([0, 250, 500, 750]);
  });
});

describe("manual deliveries", () => {
  it("resends a message once, as a manual attempt", async () => {
    await setup({ clock: new VirtualClock() });
    const ep = await endpoint();
    const msg = await send();
    await h.mock.settle();
    expect((await h.api("POST", `${app}/msg/${msg}/endpoint/${ep}/resend`)).status).toBe(202);
    await h.mock.settle();
    const attempts = (await h.api("GET", `${app}/attempt/msg/${msg}`)).body.data;
    expect(attempts.map((a: { triggerType: string }) => a.triggerType)).toEqual(["manual", "scheduled"]);
    expect(receiver.received).toHaveLength(2);
    expect((await h.api("POST", `${app}/msg/nope/endpoint/${ep}/resend`)).status).toBe(404);
  });

  it("recovers failed messages in the window", async () => {
    const clock = new VirtualClock(Date.parse("2024-01-01T00:00:00Z"));
    let up = false;
    await setup({ clock, retrySchedule: [] }, () => (up ? { status: 200 } : { status: 500 }));
    const ep = await endpoint();
    await send();
    await clock.advance(60_000);
    await send();
    await h.mock.settle();
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body.fail).toBe(2);
    up = true;
    const task = await h.api("POST", `${app}/endpoint/${ep}/recover`, {
      body: { since: "2024-01-01T00:00:30Z" },
    });
    expect(task.status).toBe(202);
    expect(task.body).toMatchObject({
      id: expect.stringMatching(/^qtask_/),
      status: "running",
      task: "endpoint.recover",
    });
    await h.mock.settle();
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body).toMatchObject({ success: 1, fail: 1 });
    const none = await h.api("POST", `${app}/endpoint/${ep}/recover`, {
      body: { since: "2024-01-01T00:00:30Z" },
    });
    expect(none.body.status).toBe("finished");
  });

  it("replays messages the endpoint never got, within its filters", async () => {
    const clock = new VirtualClock(Date.parse("2024-01-01T00:00:00Z"));
    await setup({ clock });
    await send("a");
    const ep = await endpoint({ enabled: false, eventTypes: ["a"] });
    await send("a");
    await send("b");
    await h.mock.settle();
    expect(receiver.received).toHaveLength(0);
    await h.api("PATCH", `${app}/endpoint/${ep}`, { body: { enabled: true } });
    const task = await h.api("POST", `${app}/endpoint/${ep}/replay-missing`, {
      body: { since: "2023-12-31T00:00:00Z" },
    });
    expect(task.body).toMatchObject({ status: "running", task: "endpoint.replay" });
    await h.mock.settle();
    expect(receiver.received).toHaveLength(2);
    const again = await h.api("POST", `${app}/endpoint/${ep}/replay-missing`, {
      body: { since: "2023-12-31T00:00:00Z" },
    });
    expect(again.body.status).toBe("finished");
  });

  it("sends an example of an event type to one endpoint only", async () => {
    await setup({ clock: new VirtualClock() });
    const ep = await endpoint();
    await endpoint();
    await h.api("POST", "/api/v1/event-type", {
      body: { name: "user.created", description: "", schemas: { "1": { examples: [{ id: 7 }] } } },
    });
    const sent = await h.api("POST", `${app}/endpoint/${ep}/send-example`, {
      body: { eventType: "user.created" },
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ eventType: "user.created", payload: { id: 7 } });
    await h.mock.settle();
    expect(receiver.received.map((r) => r.body)).toEqual(['{"id":7}']);
    expect((await h.api("GET", `${app}/msg/${sent.body.id}`)).status).toBe(200);
    const unknown = await h.api("POST", `${app}/endpoint/${ep}/send-example`, {
      body: { eventType: "nope" },
    });
    expect(unknown.status).toBe(404);
  });
});

describe("payload retention", () => {
  it("drops payloads once delivered with retainPayloads: false", async () => {
    await setup({ clock: new VirtualClock(), retainPayloads: false });
    await endpoint();
    const created = await h.api("POST", `${app}/msg`, { body: { eventType: "a", payload: { big: "x" } } });
    expect(created.body.payload).toEqual({ big: "x" });
    await h.mock.settle();
    expect(receiver.received[0]?.body).toBe('{"big":"x"}');
    expect((await h.api("GET", `${app}/msg/${created.body.id}`)).body.payload).toEqual({});
    expect(h.mock.store.environments.get("default")?.apps[0]?.messages.at(0)?.payload).toBeUndefined();
  });

  it("holds no payload after thousands of messages that had nothing left to deliver", async () => {
    await setup({ clock: new VirtualClock(), retainPayloads: false });
    const payload = { blob: "x".repeat(2000) };
    const post = () =>
      h.mock.handle(
        new Request(`${h.mock.url}${app}/msg`, {
          method: "POST",
          headers: { authorization: `Bearer ${h.mock.token}`, "content-type": "application/json" },
          body: JSON.stringify({ eventType: "a", payload }),
        }),
      );
    for (let i = 0; i < 5_000; i++) expect((await post()).status).toBe(202);
    const messages = h.mock.store.environments.get("default")?.apps[0]?.messages.toArray() ?? [];
    expect(messages).toHaveLength(5_000);
    expect(messages.every((m) => m.payload === undefined)).toBe(true);
  });
});
