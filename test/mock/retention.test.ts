// Bounded message history (`retainMessages`): the oldest delivered messages go, with everything
// that points at them; a message still in delivery stays.
import { afterEach, describe, expect, it } from "vitest";
import { createMockServer, type MockServerOptions, VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

let h: MockHarness;
let receiver: Receiver;
/** Whether the receiver answers 200; a body `{"fail":true}` gets 500 regardless. */
let up = true;
const app = "/api/v1/app/app";
const start = Date.parse("2024-01-01T00:00:00Z");

async function setup(options: MockServerOptions) {
  up = true;
  h = await startMock({ clock: new VirtualClock(start), ...options });
  receiver = await startReceiver((req) =>
    up && !req.body.includes('"fail"') ? { status: 200 } : { status: 500 },
  );
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
}

async function endpoint(body: Record<string, unknown> = {}): Promise<string> {
  return (await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, ...body } })).body.id;
}

async function send(payload: Record<string, unknown> = {}, uid?: string): Promise<string> {
  const created = await h.api("POST", `${app}/msg`, { body: { eventType: "a", payload, uid } });
  expect(created.status).toBe(202);
  return created.body.id;
}

async function status(msg: string): Promise<number> {
  return (await h.api("GET", `${app}/msg/${msg}`)).status;
}

const ids = (page: { body: { data: { id: string }[] } }) => page.body.data.map((m) => m.id);

afterEach(async () => {
  await h.close();
  await receiver.close();
});

describe("retainMessages", () => {
  it("keeps the most recent N messages of each environment; older ones answer 404", async () => {
    await setup({ retainMessages: 3, tokens: { tk_a: "a", tk_b: "b" } });
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push(await send({ i }));
    expect(ids(await h.api("GET", `${app}/msg`))).toEqual(sent.slice(2).reverse());
    expect(await status(sent[0] as string)).toBe(404);
    expect(await status(sent[1] as string)).toBe(404);
    expect(h.mock.snapshot().messages.map((m) => m.id)).toEqual(sent.slice(2));
    // Environment b counts its own messages: a's history does not evict them.
    const b = { token: "tk_b" };
    await h.api("POST", "/api/v1/app", { ...b, body: { name: "B", uid: "app" } });
    await h.api("POST", `${app}/msg`, { ...b, body: { eventType: "a", payload: {} } });
    expect((await h.api("GET", `${app}/msg`, b)).body.data).toHaveLength(1);
    expect(h.mock.store.environments.get("a")?.retention.size).toBe(3);
  });

  it("keeps every message by default", async () => {
    await setup({});
    for (let i = 0; i < 30; i++) await send();
    expect((await h.api("GET", `${app}/msg?limit=100`)).body.data).toHaveLength(30);
  });

  it("never evicts a message with a retry scheduled; it goes once delivered", async () => {
    await setup({ retainMessages: 2, retryJitter: 0 });
    await endpoint();
    const failing = await send({ fail: true });
    const rest = [await send(), await send(), await send(), await send()];
    await h.mock.settle();
    // The failing one waits for its retry in 5 s: the oldest delivered ones went instead.
    expect(await status(failing)).toBe(200);
    expect(ids(await h.api("GET", `${app}/msg`))).toEqual([rest[3], failing]);
    const clock = h.mock.clock as VirtualClock;
    await clock.advance(7 * 3_600_000);
    // Retries still failing: kept through all eight attempts until its delivery is over.
    expect(await status(failing)).toBe(200);
    await clock.advance(30 * 3_600_000);
    await h.mock.settle();
    expect((await h.api("GET", `${app}/attempt/msg/${failing}`)).body.data).toHaveLength(8);
    const next = await send();
    await h.mock.settle();
    expect(await status(failing)).toBe(404);
    expect(ids(await h.api("GET", `${app}/msg`))).toEqual([next, rest[3]]);
  });

  it("never evicts a message waiting for a rate-limited slot or a queued resend", async () => {
    await setup({ retainMessages: 1 });
    const ep = await endpoint({ rateLimit: 1 });
    const first = await send({ n: 1 });
    await h.mock.settle();
    expect(receiver.received).toHaveLength(1);
    // The resend waits for the next slot (1 s); the new message for the one after.
    expect((await h.api("POST", `${app}/msg/${first}/endpoint/${ep}/resend`)).status).toBe(202);
    const second = await send({ n: 2 });
    await h.mock.settle();
    expect([await status(first), await status(second)]).toEqual([200, 200]);
    const clock = h.mock.clock as VirtualClock;
    await clock.advance(1_000);
    expect(await status(first)).toBe(404);
    expect(await status(second)).toBe(200);
    await clock.advance(1_000);
    expect(receiver.received.map((r) => r.body)).toEqual(['{"n":1}', '{"n":1}', '{"n":2}']);
    expect(await status(second)).toBe(200);
  });

  it("leaves attempt lists, destinations, stats and uids consistent after eviction", async () => {
    await setup({ retainMessages: 2 });
    const ep = await endpoint();
    const sent = [await send({}, "u1"), await send(), await send(), await send()];
    await h.mock.settle();
    const kept = [sent[3], sent[2]];
    const attempts = await h.api("GET", `${app}/attempt/endpoint/${ep}`);
    expect(attempts.body.data.map((a: { msgId: string }) => a.msgId)).toEqual(kept);
    expect(ids(await h.api("GET", `${app}/endpoint/${ep}/msg`))).toEqual(kept);
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body).toEqual({
      success: 2,
      pending: 0,
      sending: 0,
      fail: 0,
    });
    expect((await h.api("GET", `${app}/attempt/msg/${sent[0]}`)).status).toBe(404);
    expect((await h.api("GET", `${app}/msg/u1`)).status).toBe(404);
    expect(
      h.mock
        .snapshot()
        .attempts.map((a) => a.msgId)
        .sort(),
    ).toEqual([...kept].sort());
    // The uid of an evicted message is free again.
    const reused = await send({}, "u1");
    expect((await h.api("GET", `${app}/msg/u1`)).body.id).toBe(reused);
  });

  it("recover and replay-missing only see the messages kept", async () => {
    await setup({ retainMessages: 2, retrySchedule: [] });
    up = false;
    const ep = await endpoint();
    const sent = [await send({ n: 1 }), await send({ n: 2 }), await send({ n: 3 })];
    await h.mock.settle();
    expect(await status(sent[0] as string)).toBe(404);
    up = true;
    const window = { body: { since: "2023-12-31T00:00:00Z" } };
    await h.api("POST", `${app}/endpoint/${ep}/recover`, window);
    await h.mock.settle();
    const late = await endpoint();
    await h.api("POST", `${app}/endpoint/${late}/replay-missing`, window);
    await h.mock.settle();
    expect(receiver.received.slice(3).map((r) => r.body)).toEqual([
      '{"n":2}',
      '{"n":3}',
      '{"n":2}',
      '{"n":3}',
    ]);
  });

  it("holds a bounded number of records over thousands of delivered messages", async () => {
    const ok = async () => new Response("ok");
    const mock = createMockServer({ clock: new VirtualClock(start), retainMessages: 50, fetch: ok });
    const call = async (path: string, body: unknown) => {
      const headers = { authorization: `Bearer ${mock.token}`, "content-type": "application/json" };
      const init = { method: "POST", headers, body: JSON.stringify(body) };
      return (await mock.handle(new Request(`${mock.url}/api/v1${path}`, init))).json();
    };
    const created = await call("/app", { name: "A" });
    for (let i = 0; i < 2; i++) await call(`/app/${created.id}/endpoint`, { url: `https://e${i}.example` });
    for (let i = 0; i < 2_000; i++) {
      await call(`/app/${created.id}/msg`, { eventType: "a", payload: { i } });
      if (i % 100 === 99) await mock.settle();
    }
    await mock.settle();
    const stored = mock.store.environments.get("default")?.apps[0];
    expect(stored?.messages.length).toBe(50);
    expect(stored?.messagesById.size).toBe(50);
    expect(stored?.attemptsById.size).toBe(100);
    for (const ep of stored?.endpoints ?? []) {
      expect(ep.attempts.length).toBe(50);
      expect(ep.destinations.length).toBe(50);
    }
    expect(stored?.messages.at(0)?.payload).toEqual({ i: 1_950 });
    await mock.close();
  });

  it("refuses a limit that is not a positive integer", () => {
    for (const retainMessages of [0, -1, 1.5, Number.NaN])
      expect(() => createMockServer({ retainMessages })).toThrow(/retainMessages/);
    expect(() => createMockServer({ retainMessages: Number.POSITIVE_INFINITY })).not.toThrow();
  });
});
