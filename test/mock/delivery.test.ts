import { Webhook as StandardWebhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DELIVERY_USER_AGENT, type MockServerOptions, VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

let h: MockHarness;
let receiver: Receiver;
const app = "/api/v1/app/app";

async function setup(options: MockServerOptions = {}) {
  h = await startMock(options);
  receiver = await startReceiver();
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
}

async function endpoint(body: Record<string, unknown>): Promise<string> {
  const res = await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, ...body } });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function send(body: Record<string, unknown>): Promise<string> {
  const res = await h.api("POST", `${app}/msg`, { body: { payload: { hello: "world" }, ...body } });
  expect(res.status).toBe(202);
  return res.body.id;
}

afterEach(async () => {
  await h.close();
  await receiver.close();
});

describe("delivery", () => {
  // A virtual clock: settle() returns once nothing is due now, leaving later retries alone.
  beforeEach(() => setup({ clock: new VirtualClock() }));

  it("POSTs the payload signed, with custom headers, and records the attempt", async () => {
    const ep = await endpoint({ headers: { "x-custom": "42" } });
    const msgId = await send({ eventType: "invoice.paid" });
    await h.mock.settle();

    expect(receiver.received).toHaveLength(1);
    const [req] = receiver.received;
    expect(req).toMatchObject({ method: "POST", path: "/hook", body: '{"hello":"world"}' });
    expect(req?.headers).toMatchObject({
      "webhook-id": msgId,
      "content-type": "application/json",
      "user-agent": DELIVERY_USER_AGENT,
      "x-custom": "42",
    });
    const secret = (await h.api("GET", `${app}/endpoint/${ep}/secret`)).body.key;
    const verified = new StandardWebhook(secret).verify(
      req?.body ?? "",
      req?.headers as Record<string, string>,
    );
    expect(verified).toEqual({ hello: "world" });

    const attempts = await h.api("GET", `/api/v1/app/app/attempt/endpoint/${ep}`);
    expect(attempts.body.data).toEqual([
      expect.objectContaining({
        msgId,
        endpointId: ep,
        url: receiver.url,
        status: "success",
        responseStatusCode: 200,
        response: "ok",
        triggerType: "scheduled",
      }),
    ]);
    const attemptId = attempts.body.data[0].id;
    expect((await h.api("GET", `${app}/msg/${msgId}/attempt/${attemptId}`)).body.id).toBe(attemptId);
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body).toEqual({
      success: 1,
      pending: 0,
      sending: 0,
      fail: 0,
    });
    expect((await h.api("GET", `${app}/msg/${msgId}/endpoint`)).body.data).toEqual([
      expect.objectContaining({ id: ep, status: "success", nextAttempt: null }),
    ]);
    expect((await h.api("GET", `${app}/endpoint/${ep}/msg`)).body.data).toEqual([
      expect.objectContaining({
        id: msgId,
        status: "success",
        nextAttempt: null,
        payload: { hello: "world" },
      }),
    ]);
    expect((await h.api("DELETE", `${app}/msg/${msgId}/attempt/${attemptId}/content`)).status).toBe(204);
    expect((await h.api("GET", `${app}/msg/${msgId}/attempt/${attemptId}`)).body.response).toBe("");
  });

  it("sends only to enabled endpoints whose event types and channels match", async () => {
    const onlyA = await endpoint({ eventTypes: ["a"], uid: "only-a" });
    const onlyX = await endpoint({ channels: ["x"], uid: "only-x" });
    await endpoint({ enabled: false, uid: "off" });
    const all = await endpoint({ uid: "all" });
    const m1 = await send({ eventType: "a" });
    const m2 = await send({ eventType: "b", channels: ["x", "y"] });
    const m3 = await send({ eventType: "b", channels: ["z"] });
    await h.mock.settle();
    const got = (msg: string) =>
      h.mock
        .snapshot()
        .attempts.filter((a) => a.msgId === msg)
        .map((a) => a.endpointId)
        .sort();
    expect(got(m1)).toEqual([onlyA, all].sort());
    expect(got(m2)).toEqual([onlyX, all].sort());
    expect(got(m3)).toEqual([all]);
    expect(receiver.received).toHaveLength(5);
  });

  it("lists attempts by message with status and endpoint filters", async () => {
    receiver.reply = (req) => (req.headers["x-ep"] === "bad" ? { status: 500, body: "no" } : { status: 204 });
    const good = await endpoint({ uid: "good", headers: { "x-ep": "good" } });
    const bad = await endpoint({ uid: "bad", headers: { "x-ep": "bad" } });
    const msg = await send({ eventType: "a" });
    await h.mock.settle();
    const list = async (q: string) =>
      (await h.api("GET", `${app}/attempt/msg/${msg}${q}`)).body.data.map(
        (a: { endpointId: string }) => a.endpointId,
      );
    expect((await list("")).sort()).toEqual([good, bad].sort());
    expect(await list("?status=failed")).toEqual([bad]);
    expect(await list("?endpoint_id=good")).toEqual([good]);
    const failed = await h.api("GET", `${app}/endpoint/${bad}/msg?status=pending`);
    expect(failed.body.data[0]).toMatchObject({
      id: msg,
      status: "pending",
      nextAttempt: expect.any(String),
    });
  });

  it("fails an attempt that times out, with status code 0", async () => {
    await h.close();
    await setup({ clock: new VirtualClock(), deliveryTimeoutMs: 50, retrySchedule: [] });
    receiver.reply = () => "hang";
    const ep = await endpoint({});
    await send({ eventType: "a" });
    await h.mock.settle();
    const [attempt] = (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data;
    expect(attempt).toMatchObject({ status: "failed", responseStatusCode: 0 });
    expect(attempt.response).toMatch(/Timed out/);
    expect((await h.api("GET", `${app}/endpoint/${ep}/stats`)).body.fail).toBe(1);
  });

  it("records a connection error, and never sends to a URL with credentials", async () => {
    const closed = receiver.url;
    await receiver.close();
    receiver = await startReceiver();
    const refused = await endpoint({ url: closed });
    const withCredentials = await endpoint({ url: receiver.url.replace("//", "//user:hunter2@") });
    await send({ eventType: "a" });
    await h.mock.settle();
    const attempt = async (ep: string) => (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data[0];
    expect(await attempt(refused)).toMatchObject({
      status: "failed",
      responseStatusCode: 0,
      response: expect.stringMatching(/^Connection error: .*ECONNREFUSED/),
    });
    expect(await attempt(withCredentials)).toMatchObject({
      status: "failed",
      responseStatusCode: 0,
      response: "Connection error: URLs with credentials are not supported",
    });
    expect(receiver.received).toHaveLength(0);
  });

  it("truncates recorded responses to 10 KB", async () => {
    receiver.reply = () => ({ status: 200, body: "é".repeat(20_000) });
    const ep = await endpoint({});
    await send({ eventType: "a" });
    await h.mock.settle();
    const [attempt] = (await h.api("GET", `${app}/attempt/endpoint/${ep}`)).body.data;
    expect(Buffer.byteLength(attempt.response)).toBeLessThanOrEqual(10 * 1024 + 2);
    expect(attempt.response.length).toBeGreaterThan(5000);
  });
});

describe("secret rotation", () => {
  it("signs with the old and the new secret during the grace period, then the new one only", async () => {
    const clock = new VirtualClock();
    await setup({ clock, secretGracePeriodMs: 60_000 });
    const ep = await endpoint({});
    const oldKey = (await h.api("GET", `${app}/endpoint/${ep}/secret`)).body.key;
    await h.api("POST", `${app}/endpoint/${ep}/secret/rotate`, { body: {} });
    const newKey = (await h.api("GET", `${app}/endpoint/${ep}/secret`)).body.key;
    await send({ eventType: "a" });
    await h.mock.settle();
    const during = receiver.received[0];
    expect(String(during?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const key of [oldKey, newKey]) {
      expect(
        new StandardWebhook(key).verify(during?.body ?? "", during?.headers as Record<string, string>),
      ).toEqual({ hello: "world" });
    }
    await clock.advance(60_001);
    await send({ eventType: "a" });
    await h.mock.settle();
    const after = receiver.received[1];
    expect(String(after?.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() =>
      new StandardWebhook(oldKey).verify(after?.body ?? "", after?.headers as Record<string, string>),
    ).toThrow("No matching signature found");
  });
});
