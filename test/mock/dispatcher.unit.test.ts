// The Dispatcher on its own: records made by the mock's own insert functions, a scripted transport
// and a clock the test drives, so each state a delivery passes through (pending, sending, a retry
// queued, a slot waited for, close) can be looked at in the moment, not only after everything is over.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Clock, TimerHandle } from "../../src/mock/clock.js";
import { VirtualClock } from "../../src/mock/clock.js";
import { type DeliveryLogEntry, Dispatcher, type DispatcherOptions } from "../../src/mock/dispatcher.js";
import { newSecret } from "../../src/mock/ids.js";
import { insertApplication } from "../../src/mock/operations/applications.js";
import { insertEndpoint } from "../../src/mock/operations/endpoints.js";
import { storeMessage } from "../../src/mock/operations/messages.js";
import {
  type ApplicationRecord,
  type EndpointRecord,
  type Environment,
  type MessageRecord,
  MockStore,
} from "../../src/mock/store.js";
import type { DeliveryTransport } from "../../src/mock/transport.js";

/** One POST the fake endpoint got; `answer` ends a held one. */
interface Sent {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly at: number;
  answer(status: number): void;
}

/** What the fake endpoint does with the n-th POST: answer with a status, or hold it until told. */
type Script = (sent: Sent, index: number) => number | "hold";

interface World {
  readonly env: Environment;
  readonly app: ApplicationRecord;
  readonly dispatcher: Dispatcher;
  readonly sent: Sent[];
  readonly log: DeliveryLogEntry[];
  endpoint(fields?: Partial<EndpointRecord>): EndpointRecord;
  message(eventType?: string): MessageRecord;
}

let worlds: Dispatcher[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(worlds.map((d) => d.close()));
  worlds = [];
});

function world(options: Partial<DispatcherOptions> & { script?: Script; clock?: Clock } = {}): World {
  const clock = options.clock ?? new VirtualClock(0);
  const env = new MockStore(
    {},
    {
      idempotencyTtlMs: 1000,
      idempotencyMaxKeys: 10,
      retainMessages: Number.POSITIVE_INFINITY,
      now: () => clock.now(),
    },
  ).environment("default");
  const app = insertApplication(env, 0, { id: "app_1", name: "App", uid: null });
  const sent: Sent[] = [];
  const log: DeliveryLogEntry[] = [];
  const script = options.script ?? (() => 200);
  const send: DeliveryTransport = (url, headers, _body, signal) =>
    new Promise((resolve, reject) => {
      const entry: Sent = {
        url,
        headers,
        at: clock.now(),
        answer: (status) => resolve({ status, body: `${status}` }),
      };
      sent.push(entry);
      signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
      const answer = script(entry, sent.length - 1);
      if (answer !== "hold") entry.answer(answer);
    });
  const dispatcher = new Dispatcher({
    clock,
    retrySchedule: [5_000, 10_000],
    retryJitter: 0,
    random: () => 0.5,
    deliveryTimeoutMs: 60_000,
    transport: () => send,
    retainPayloads: true,
    onDelivery: (entry) => log.push(entry),
    ...options,
  });
  worlds.push(dispatcher);
  let n = 0;
  return {
    env,
    app,
    dispatcher,
    sent,
    log,
    endpoint(fields = {}) {
      n += 1;
      const endpoint = insertEndpoint(app, 0, { url: `http://127.0.0.1:9/hook/${n}` }, null, newSecret());
      return Object.assign(endpoint, fields);
    },
    message(eventType = "a") {
      n += 1;
      return storeMessage(app, clock.now(), { eventType, payload: { n } });
    },
  };
}

/** Lets `n` turns of the event loop go by. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

/** Waits (at most 5 s) until `done()` holds: signing and sending are asynchronous. */
async function until(done: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(done()).toBe(true), { timeout: 5_000, interval: 1 });
}

/** A clock that is not manual (like the real one) whose timers fire only when the test says. */
function heldClock() {
  let now = 0;
  const timers = new Map<TimerHandle, { at: number; callback: () => unknown }>();
  const clock: Clock = {
    manual: false,
    now: () => now,
    setTimer(callback, delayMs) {
      const handle = {};
      timers.set(handle, { at: now + delayMs, callback });
      return handle;
    },
    clearTimer: (handle) => void timers.delete(handle),
  };
  return {
    clock,
    timers,
    async fireAll() {
      for (const [handle, timer] of [...timers]) {
        timers.delete(handle);
        now = Math.max(now, timer.at);
        await timer.callback();
      }
    },
  };
}

/** Tracks whether `promise` has settled. */
function tracked(promise: Promise<unknown>): { readonly settled: boolean } {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

const failing: Script = () => 503;

describe("Dispatcher: a delivery's states", () => {
  it("settle() called in the same turn as fanOut delivers the message before it resolves", async () => {
    const w = world();
    const ep = w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    expect(w.sent.map((s) => s.url)).toEqual([ep.url]);
    expect(msg.destinations[0]).toMatchObject({ status: "success", nextAttempt: null });
    expect(msg.attempts).toHaveLength(1);
  });

  it("a delivery in flight is sending, with no next attempt", async () => {
    const w = world({ script: () => "hold" });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await until(() => w.sent.length === 1);
    expect(msg.destinations[0]).toMatchObject({ status: "sending", nextAttempt: null });
    w.sent[0]?.answer(200);
    await w.dispatcher.settle();
    expect(msg.destinations[0]).toMatchObject({ status: "success", nextAttempt: null });
  });

  it("a manual attempt of a finished delivery makes it pending now; beside a pending cycle it changes nothing", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: (_s, i) => (i === 0 ? 200 : 503) });
    const ok = w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    const destination = msg.destinations[0];
    expect(destination).toMatchObject({ status: "success", nextAttempt: null });

    await clock.advance(100);
    w.dispatcher.deliver(msg, ok, { triggerType: "manual", retries: false });
    expect(destination).toMatchObject({ status: "pending", nextAttempt: 100 });
    await w.dispatcher.settle();
    expect(destination).toMatchObject({ status: "failed", nextAttempt: null });

    // A cycle: the failed first attempt leaves a retry due at 5 s; a resend beside it leaves that be.
    const second = w.message();
    w.dispatcher.fanOut(second);
    await w.dispatcher.settle();
    expect(second.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 5_100 });
    w.dispatcher.deliver(second, ok, { triggerType: "manual", retries: false });
    expect(second.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 5_100 });
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(4);
    expect(second.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 5_100 });
  });

  it("does not start a second retry cycle while one is pending", async () => {
    const w = world({ script: failing });
    const ep = w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    const destination = w.dispatcher.deliver(msg, ep, { triggerType: "scheduled", retries: true });
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(1);
    expect(destination).toMatchObject({ status: "pending", nextAttempt: 5_000 });
    expect(msg.openDeliveries).toBe(1);
  });

  it("jitter moves a retry by the random draw's side: 0.75 of [0, 1) is 5 % late at a 10 % jitter", async () => {
    const w = world({ script: failing, retryJitter: 0.1, random: () => 0.75, retrySchedule: [10_000] });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    expect(msg.destinations[0]?.nextAttempt).toBe(10_500);
    expect(w.log[0]?.nextAttempt).toBe(10_500);
  });

  it("signs with every secret still valid when sent, not one that expires at that instant", async () => {
    const clock = new VirtualClock(10_000);
    const w = world({ clock });
    const secrets = [newSecret(), newSecret(), newSecret()];
    w.endpoint({
      secrets: [
        { key: secrets[0] as string, expiresAt: null },
        { key: secrets[1] as string, expiresAt: 10_001 },
        { key: secrets[2] as string, expiresAt: 10_000 },
      ],
    });
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    expect(w.sent[0]?.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
  });

  it("an attempt that throws before sending is recorded as a failed attempt and retried", async () => {
    const w = world({
      transport: () => {
        throw new Error("no transport here");
      },
    });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    expect(msg.attempts).toHaveLength(1);
    expect(msg.attempts[0]).toMatchObject({
      status: "failed",
      responseStatusCode: 0,
      response: "Delivery failed: no transport here",
      responseDurationMs: 0,
    });
    expect(msg.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 5_000 });
  });

  it("logs an endpoint URL that does not parse as (invalid url), never the URL itself", async () => {
    const w = world();
    w.endpoint({ url: "not a url/secret-token" });
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    expect(w.log.map((entry) => entry.url)).toEqual(["(invalid url)"]);
  });
});

describe("Dispatcher: endpoints that changed while a retry waited", () => {
  async function pendingRetry(options: Partial<DispatcherOptions> = {}) {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: failing, ...options });
    const ep = w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    const destination = msg.destinations[0];
    if (!destination) throw new Error("no destination");
    expect(destination).toMatchObject({ status: "pending", nextAttempt: 5_000 });
    return { clock, w, ep, msg, destination };
  }

  it("a deleted endpoint's retry is dropped unsent and its cycle ends", async () => {
    const { clock, w, ep, destination } = await pendingRetry();
    ep.deleted = true;
    await clock.advance(5_000);
    expect(w.sent).toHaveLength(1);
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(false);
  });

  it("a disabled endpoint's retry fails the delivery for good, and without retainPayloads drops the payload", async () => {
    const { clock, w, ep, msg, destination } = await pendingRetry({ retainPayloads: false });
    ep.enabled = false;
    await clock.advance(5_000);
    expect(w.sent).toHaveLength(1);
    expect(destination).toMatchObject({ status: "failed", nextAttempt: null });
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(false);
    expect(msg.payload).toBeUndefined();
  });

  it("a resend to a disabled endpoint beside a pending cycle leaves the cycle's status alone", async () => {
    const { w, ep, msg, destination } = await pendingRetry();
    ep.enabled = false;
    w.dispatcher.deliver(msg, ep, { triggerType: "manual", retries: false });
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(1);
    expect(destination).toMatchObject({ status: "pending", nextAttempt: 5_000 });
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(true);
  });

  it("a resend of an expunged payload beside a pending cycle leaves that cycle to fail on its own", async () => {
    const { clock, w, ep, msg, destination } = await pendingRetry();
    msg.payload = undefined;
    w.dispatcher.deliver(msg, ep, { triggerType: "manual", retries: false });
    await w.dispatcher.settle();
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(true);
    expect(destination).toMatchObject({ status: "pending", nextAttempt: 5_000 });
    await clock.advance(5_000);
    expect(destination).toMatchObject({ status: "failed", nextAttempt: null });
    expect(msg.attempts.map((a) => a.response)).toEqual(["503", "payload expunged", "payload expunged"]);
    expect(w.sent).toHaveLength(1);
  });

  it("refuses an endpoint at the mock's own API once, without sending or retrying", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, isOwnApi: (url) => url.includes("/hook/1") });
    const own = w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(0);
    expect(msg.attempts).toHaveLength(1);
    expect(msg.attempts[0]).toMatchObject({ status: "failed", responseStatusCode: 0, url: own.url });
    expect(msg.attempts[0]?.response).toMatch(/^Refused: the URL points at this mock server's own API/);
    const destination = msg.destinations[0];
    if (!destination) throw new Error("no destination");
    expect(destination).toMatchObject({ status: "failed", nextAttempt: null });
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });
});

describe("Dispatcher: timers", () => {
  it("the retry's timer is armed by the time its attempt is logged", async () => {
    const clock = new VirtualClock(0);
    const timersAtLog: number[] = [];
    const w = world({ clock, script: failing, onDelivery: () => timersAtLog.push(clock.pendingTimers) });
    w.endpoint();
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    expect(timersAtLog).toEqual([1]);
  });

  it("an earlier task moves the one timer forward, and the later one still fires", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: (sent) => (sent.url.endsWith("/1") ? 503 : 200) });
    w.endpoint({ eventTypes: ["a"] });
    w.endpoint({ eventTypes: ["b"], rateLimit: 1 });
    w.dispatcher.fanOut(w.message("a"));
    await w.dispatcher.settle();
    expect(clock.pendingTimers).toBe(1); // the retry at 5 s
    w.dispatcher.fanOut(w.message("b"));
    const late = w.message("b");
    w.dispatcher.fanOut(late);
    await w.dispatcher.settle();
    expect(late.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 1_000 });
    expect(clock.pendingTimers).toBe(1); // one timer, now at 1 s
    await clock.advance(1_000);
    expect(w.sent.map((s) => [s.url.slice(-1), s.at])).toEqual([
      ["1", 0],
      ["2", 0],
      ["2", 1_000],
    ]);
    await clock.advance(4_000);
    expect(w.sent.map((s) => [s.url.slice(-1), s.at]).at(-1)).toEqual(["1", 5_000]);
  });

  it("settle() on a clock that is not manual leaves no interval of its own running", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const held = heldClock();
    const w = world({ clock: held.clock });
    w.endpoint();
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("settle() waiting for a later retry wakes when that retry's task is dropped unsent", async () => {
    const held = heldClock();
    const w = world({ clock: held.clock, script: failing });
    const ep = w.endpoint();
    w.dispatcher.fanOut(w.message());
    await until(() => held.timers.size === 1);
    const settle = tracked(w.dispatcher.settle());
    await turns(20);
    expect(settle.settled).toBe(false);
    ep.deleted = true;
    await held.fireAll();
    await until(() => settle.settled);
    expect(w.sent).toHaveLength(1);
  });
});

describe("Dispatcher: settle() and the clock it shares", () => {
  it("settle() woken by a retry that goes out waits for that delivery to end, then resolves", async () => {
    const held = heldClock();
    const w = world({ clock: held.clock, script: (_s, i) => (i === 0 ? 503 : "hold") });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await until(() => held.timers.size === 1);
    const settle = tracked(w.dispatcher.settle());
    // The timer's callback resolves when the retry it starts is over, so it is not awaited here.
    void held.fireAll();
    await until(() => w.sent.length === 2);
    await turns(20);
    expect(settle.settled).toBe(false);
    w.sent[1]?.answer(200);
    await until(() => settle.settled);
    expect(msg.destinations[0]).toMatchObject({ status: "success", nextAttempt: null });
  });

  it("on a clock it shares, its retry timer keeps its place among timers due at the same instant", async () => {
    const clock = new VirtualClock(0);
    const order: string[] = [];
    const script: Script = (sent) => {
      order.push(`sent ${sent.at}`);
      return 503;
    };
    const w = world({ clock, script });
    w.endpoint();
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    clock.setTimer(() => order.push("user timer"), 5_000);
    // A second failure queues its retry for the same instant: the one timer already armed stays.
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    await clock.advance(5_000);
    expect(order).toEqual(["sent 0", "sent 0", "sent 5000", "sent 5000", "user timer"]);
  });
});

describe("Dispatcher: rate limits", () => {
  it("a rate-limited task waits for its slot, which is its next attempt", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock });
    w.endpoint({ rateLimit: 1 });
    const first = w.message();
    const second = w.message();
    w.dispatcher.fanOut(first);
    w.dispatcher.fanOut(second);
    await w.dispatcher.settle();
    expect(w.sent).toHaveLength(1);
    expect(second.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 1_000 });
    await clock.advance(1_000);
    expect(w.sent.map((s) => s.at)).toEqual([0, 1_000]);
  });

  it("holds nothing back on a clock that reads below 0: the first slots are now and a second later", async () => {
    for (const limited of ["app", "endpoint"] as const) {
      const clock = new VirtualClock(-10_000);
      const w = world({ clock });
      const ep = w.endpoint();
      if (limited === "app") w.app.rateLimit = 1;
      else ep.rateLimit = 1;
      const messages = [w.message(), w.message()];
      for (const msg of messages) w.dispatcher.fanOut(msg);
      await w.dispatcher.settle();
      await clock.advance(1_000);
      // Attempted on time (a timestamp before 1970 cannot be signed, so each attempt fails).
      const times = messages.map((msg) => msg.attempts.map((a) => a.timestamp));
      expect(times, limited).toEqual([[-10_000], [-9_000]]);
    }
  });

  it("a resend waiting for a slot beside a pending cycle leaves the cycle's next attempt", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: failing });
    const ep = w.endpoint({ rateLimit: 1 });
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    w.dispatcher.deliver(msg, ep, { triggerType: "manual", retries: false });
    await w.dispatcher.settle();
    expect(msg.destinations[0]).toMatchObject({ status: "pending", nextAttempt: 5_000 });
    await clock.advance(1_000);
    expect(w.sent.map((s) => s.at)).toEqual([0, 1_000]);
  });

  it("a task whose slot is now goes out in its turn, ahead of the tasks queued after it", async () => {
    const w = world();
    w.endpoint({ rateLimit: 1 });
    w.endpoint();
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    expect(w.sent.map((s) => s.url.slice(-1))).toEqual(["1", "2"]);
  });

  it("a limit switched on later starts from now: the other limit's slots never counted against it", async () => {
    for (const limited of ["app", "endpoint"] as const) {
      const clock = new VirtualClock(0);
      const w = world({ clock });
      const ep = w.endpoint();
      if (limited === "app") w.app.rateLimit = 4;
      else ep.rateLimit = 4;
      w.dispatcher.fanOut(w.message());
      await w.dispatcher.settle();
      await clock.advance(1_000);
      if (limited === "app") ep.rateLimit = 1;
      else w.app.rateLimit = 1;
      const later = w.message();
      w.dispatcher.fanOut(later);
      await w.dispatcher.settle();
      expect(
        w.sent.map((s) => s.at),
        limited,
      ).toEqual([0, 1_000]);
      expect(later.destinations[0], limited).toMatchObject({ status: "success" });
    }
  });
});

describe("Dispatcher: close()", () => {
  it("clears the retry timer and the queued retry's next attempt, and forgets the cycle", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: failing });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await w.dispatcher.settle();
    const destination = msg.destinations[0];
    if (!destination) throw new Error("no destination");
    expect(clock.pendingTimers).toBe(1);
    await w.dispatcher.close();
    expect(clock.pendingTimers).toBe(0);
    expect(destination.nextAttempt).toBeNull();
    expect(w.dispatcher.hasActiveCycle(destination)).toBe(false);
    await clock.advance(60_000);
    expect(w.sent).toHaveLength(1);
  });

  it("waits for the delivery in flight, records it as aborted, and retries nothing", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock, script: () => "hold" });
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await until(() => w.sent.length === 1);
    await w.dispatcher.close();
    expect(msg.attempts.map((a) => a.response)).toEqual([
      "Aborted: the mock server closed before the endpoint answered",
    ]);
    expect(msg.destinations[0]).toMatchObject({ status: "failed", nextAttempt: null });
    expect(clock.pendingTimers).toBe(0);
  });

  it("wakes a settle() that waits for a later retry", async () => {
    const held = heldClock();
    const w = world({ clock: held.clock, script: failing });
    w.endpoint();
    w.dispatcher.fanOut(w.message());
    await until(() => held.timers.size === 1);
    const settle = tracked(w.dispatcher.settle());
    await turns(20);
    expect(settle.settled).toBe(false);
    await w.dispatcher.close();
    await until(() => settle.settled);
  });

  it("queues nothing afterwards: a message fanned out then is neither sent nor timed", async () => {
    const clock = new VirtualClock(0);
    const w = world({ clock });
    w.endpoint({ rateLimit: 1 });
    await w.dispatcher.close();
    w.dispatcher.fanOut(w.message());
    await w.dispatcher.settle();
    await turns(20);
    expect(w.sent).toHaveLength(0);
    expect(clock.pendingTimers).toBe(0);
  });
});

describe("Dispatcher: message retention", () => {
  it("hands a message to retention once, when its last delivery is over", async () => {
    const w = world({ script: (sent) => (sent.url.endsWith("/2") ? "hold" : 200) });
    const idle = vi.spyOn(w.env.retention, "idle");
    w.endpoint();
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    expect(idle).not.toHaveBeenCalled();
    await until(() => w.sent.length === 2 && msg.attempts.length === 1);
    expect(idle).not.toHaveBeenCalled();
    w.sent[1]?.answer(200);
    await w.dispatcher.settle();
    expect(idle.mock.calls).toEqual([[msg]]);
  });

  it("hands a message nobody subscribes to over at once", () => {
    const w = world();
    const idle = vi.spyOn(w.env.retention, "idle");
    w.endpoint({ eventTypes: ["other"] });
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    expect(idle.mock.calls).toEqual([[msg]]);
  });

  it("hands nothing over while closing: a delivery aborted by close() leaves the message be", async () => {
    const w = world({ script: () => "hold" });
    const idle = vi.spyOn(w.env.retention, "idle");
    w.endpoint();
    const msg = w.message();
    w.dispatcher.fanOut(msg);
    await until(() => w.sent.length === 1);
    await w.dispatcher.close();
    expect(msg.attempts).toHaveLength(1);
    expect(msg.openDeliveries).toBe(0);
    expect(idle).not.toHaveBeenCalled();
  });
});
