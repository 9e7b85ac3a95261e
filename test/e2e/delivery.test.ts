import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Octohooks, Webhook } from "../../src/index.js";
import { createMockServer, type MockServer, VirtualClock } from "../../src/mock/index.js";
import { startReceiver } from "./receiver.js";

let mock: MockServer;
let close: () => Promise<void>;
let octohooks: Octohooks;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

async function start(
  options: Parameters<typeof createMockServer>[0] = {},
  status?: (i: number, path: string) => number,
) {
  mock = createMockServer(options);
  const listener = await mock.listen({ port: 0 });
  close = listener.close;
  octohooks = new Octohooks(mock.token, { serverUrl: listener.url, maxRetries: 0 });
  receiver = await startReceiver(status);
}

afterEach(async () => {
  await mock?.close();
  await close?.();
  await receiver?.close();
});

describe("a message reaches its endpoints, signed", () => {
  beforeEach(() => start());

  it("app → endpoint → message → a signed POST that Webhook.verify accepts", async () => {
    const app = await octohooks.application.create({ name: "Acme", uid: "acme" });
    const endpoint = await octohooks.endpoint.create("acme", {
      url: `${receiver.url}/hooks`,
      eventTypes: ["customer.created"],
      headers: { "x-partner": "p-1" },
    });
    const payload = { email: "customer@email.com", id: 1173, name: "Zoë ✓" };
    const message = await octohooks.message.create(app.id, {
      eventType: "customer.created",
      payload,
      uid: "m-1",
    });
    const delivered = await mock.waitForDelivery({ msgId: message.id });
    expect(delivered).toMatchObject({ status: "success", endpointId: endpoint.id, appId: app.id });
    const [hook] = receiver.received;
    const { key } = await octohooks.endpoint.getSecret("acme", endpoint.id);
    expect(hook?.path).toBe("/hooks");
    expect(hook?.headers["webhook-id"]).toBe(message.id);
    expect(hook?.headers["content-type"]).toBe("application/json");
    expect(hook?.headers["x-partner"]).toBe("p-1");
    expect(new Webhook(key).verify(hook?.body as string, hook?.headers as Record<string, string>)).toEqual(
      payload,
    );
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another secret, 24 bytes!").toString("base64")}`).verify(
        hook?.body as string,
        hook?.headers as Record<string, string>,
      ),
    ).toThrow(expect.objectContaining({ name: "WebhookVerificationError", reason: "no_matching_signature" }));
    await mock.settle();
    const attempts = await octohooks.attempt.listByMessage("acme", "m-1");
    expect(attempts.data).toHaveLength(1);
    expect(attempts.data[0]).toMatchObject({
      status: "success",
      responseStatusCode: 200,
      endpointId: endpoint.id,
      triggerType: "scheduled",
    });
  });

  it("filters by event type, channel and enabled", async () => {
    await octohooks.application.create({ name: "F", uid: "f" });
    await octohooks.endpoint.create("f", { url: `${receiver.url}/all` });
    await octohooks.endpoint.create("f", { url: `${receiver.url}/paid`, eventTypes: ["invoice.paid"] });
    await octohooks.endpoint.create("f", { url: `${receiver.url}/eu`, channels: ["eu"] });
    await octohooks.endpoint.create("f", { url: `${receiver.url}/off`, enabled: false });
    await octohooks.message.create("f", { eventType: "invoice.paid", payload: { n: 1 }, channels: ["us"] });
    await octohooks.message.create("f", {
      eventType: "customer.created",
      payload: { n: 2 },
      channels: ["eu"],
    });
    await mock.settle();
    const got = receiver.received.map((r) => `${r.path} ${JSON.parse(r.body).n}`).sort();
    expect(got).toEqual(["/all 1", "/all 2", "/eu 2", "/paid 1"]);
  });

  it("a message with no matching endpoint is stored and sent nowhere", async () => {
    await octohooks.application.create({ name: "N", uid: "n" });
    const msg = await octohooks.message.create("n", { eventType: "a.b", payload: {} });
    await mock.settle();
    expect(receiver.received).toHaveLength(0);
    expect((await octohooks.message.get("n", msg.id)).id).toBe(msg.id);
  });
});

describe("retries on the (virtual) schedule", () => {
  it("retries a failing endpoint 8 times in all, lists the attempts, then marks it failed", async () => {
    const clock = new VirtualClock();
    await start({ clock, retryJitter: 0 }, () => 503);
    await octohooks.application.create({ name: "R", uid: "r" });
    const ep = await octohooks.endpoint.create("r", { url: `${receiver.url}/down` });
    const msg = await octohooks.message.create("r", { eventType: "a.b", payload: { x: 1 } });
    await mock.settle();
    expect(receiver.received).toHaveLength(1);
    const schedule = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];
    for (const [i, delay] of schedule.entries()) {
      await clock.advance(delay - 1);
      expect(receiver.received).toHaveLength(i + 1);
      await clock.advance(1);
      await mock.settle();
      expect(receiver.received).toHaveLength(i + 2);
    }
    await clock.advance(100 * 3_600_000);
    expect(receiver.received).toHaveLength(8);
    const attempts = [];
    for await (const a of octohooks.attempt.listByEndpoint("r", ep.id)) attempts.push(a);
    expect(attempts).toHaveLength(8);
    expect(attempts.every((a) => a.status === "failed" && a.responseStatusCode === 503)).toBe(true);
    const [dest] = (await octohooks.attempt.listAttemptedDestinations("r", msg.id)).data;
    expect(dest?.status).toBe("failed");
    expect(dest?.nextAttempt).toBeNull();
    expect(await octohooks.endpoint.getStats("r", ep.id)).toMatchObject({ fail: 1, success: 0 });
  });

  it("resend makes a manual attempt that can succeed", async () => {
    let fail = true;
    await start({ retryScheduleScale: 1e-9, retryJitter: 0 }, () => (fail ? 500 : 204));
    await octohooks.application.create({ name: "S", uid: "s" });
    const ep = await octohooks.endpoint.create("s", { url: `${receiver.url}/x` });
    const msg = await octohooks.message.create("s", { eventType: "a.b", payload: {} });
    await mock.settle(); // the real clock: settle waits for the (scaled) retries too
    expect(mock.deliveries({ msgId: msg.id, status: "failed" })).toHaveLength(8);
    fail = false;
    await octohooks.attempt.resend("s", msg.id, ep.id);
    await mock.waitForDelivery({ msgId: msg.id, status: "success" });
    const attempts = (await octohooks.attempt.listByMessage("s", msg.id, { limit: 50 })).data;
    expect(attempts.filter((a) => a.triggerType === "manual")).toMatchObject([
      { status: "success", responseStatusCode: 204 },
    ]);
  });
});

describe("rate limits", () => {
  it("spaces deliveries to an endpoint to its rateLimit per second, on the mock's clock", async () => {
    const clock = new VirtualClock(Date.parse("2024-05-01T12:00:00Z"));
    await start({ clock });
    await octohooks.application.create({ name: "L", uid: "l" });
    await octohooks.endpoint.create("l", { url: `${receiver.url}/slow`, rateLimit: 20 });
    const messages = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        octohooks.message.create("l", { eventType: "a.b", payload: { i } }),
      ),
    );
    await mock.waitForDelivery({ msgId: messages[0]?.id });
    // One slot every 50 ms: nothing more goes out until the clock reaches the next one.
    for (let slot = 1; slot < 6; slot++) {
      await mock.settle();
      expect(mock.deliveries()).toHaveLength(slot);
      await clock.advance(50);
    }
    await mock.settle();
    const times = mock.deliveries().map((d) => Date.parse(d.timestamp) - clock.now());
    expect(times).toEqual([-250, -200, -150, -100, -50, 0]);
    expect(receiver.received).toHaveLength(6);
  });
});
