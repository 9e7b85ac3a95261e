// The mock against the hostile inputs and shutdowns that used to break it: each case failed on the
// mock before its fix (a crash, a wrong status, a stored request that should have been refused).
import { connect } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

let h: MockHarness;
let receiver: Receiver;
const app = "/api/v1/app/app";

beforeEach(async () => {
  h = await startMock({ clock: new VirtualClock(Date.parse("2024-05-01T12:00:00Z")) });
  receiver = await startReceiver();
  expect((await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } })).status).toBe(201);
});
afterEach(async () => {
  await h.close();
  await receiver.close();
});

/** `{"a":{"a":…{}…}}` nested `depth` levels deep. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

/** The JSON text of {@link nested}, built as text: `JSON.stringify` itself overflows on it. */
function nestedText(depth: number): string {
  return `${'{"a":'.repeat(depth - 1)}{}${"}".repeat(depth - 1)}`;
}

const locs = (body: { detail: { loc: string[] }[] }) => body.detail.map((d) => d.loc.join("."));

describe("payload depth (a 12 KB message once crashed the process)", () => {
  it("refuses a payload nested 6 000 levels deep with 422, stores nothing, and the key is not spent", async () => {
    await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url } });
    const rawBody = `{"eventType":"deep","payload":${nestedText(6000)}}`;
    expect(rawBody.length).toBeLessThan(40_000);
    const headers = { "idempotency-key": "deep-1" };
    for (let i = 0; i < 3; i++) {
      const refused = await h.api("POST", `${app}/msg`, { rawBody, headers });
      expect(refused.status).toBe(422);
      expect(refused.body.detail[0]).toMatchObject({ loc: ["body", "payload"], type: "too_deep" });
    }
    const list = await h.api("GET", `${app}/msg`);
    expect([list.status, list.body.data]).toEqual([200, []]);
    await h.mock.settle();
    expect(receiver.received).toEqual([]);
  });

  it("takes a payload exactly 64 levels deep and delivers it", async () => {
    await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url } });
    const sent = await h.api("POST", `${app}/msg`, { body: { eventType: "deep", payload: nested(64) } });
    expect(sent.status).toBe(202);
    expect(await h.mock.waitForDelivery({ msgId: sent.body.id })).toMatchObject({ status: "success" });
    expect(JSON.parse(receiver.received[0]?.body ?? "")).toEqual(nested(64));
  });

  it("refuses deep event type schemas, so send-example cannot carry them into a delivery", async () => {
    const rawBody = `{"name":"deep.event","description":"d","schemas":{"1":{"examples":[${nestedText(6000)}]}}}`;
    const refused = await h.api("POST", "/api/v1/event-type", { rawBody });
    expect(refused.status).toBe(422);
    expect(locs(refused.body)).toEqual(["body.schemas"]);
  });

  it("survives any JSON up to 1 MiB, however deep, with a 4xx", async () => {
    const deepest = `${"[".repeat(500_000)}${"]".repeat(500_000)}`;
    const deepObject = `{"eventType":"x","payload":${'{"a":'.repeat(170_000)}1${"}".repeat(170_000)}}`;
    for (const raw of [deepest, deepObject]) {
      const response = await h.api("POST", `${app}/msg`, { rawBody: raw });
      expect(response.status).toBe(422);
    }
    expect((await h.api("GET", "/api/v1/health")).status).toBe(200);
  });
});

describe("endpoint secrets", () => {
  it.each([
    `whsec_${"A".repeat(33)}`,
    `whsec_${Buffer.alloc(23).toString("base64")}`,
    `whsec_${Buffer.alloc(65).toString("base64")}`,
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS=",
  ])("refuses %s, which no receiver could verify", async (secret) => {
    const refused = await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, secret } });
    expect(refused.status).toBe(422);
    expect(locs(refused.body)).toEqual(["body.secret"]);
  });

  it.each([24, 32, 50, 64])("takes the base64 of %i bytes and signs with it", async (bytes) => {
    const secret = `whsec_${Buffer.alloc(bytes, 7).toString("base64")}`;
    const created = await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, secret } });
    expect(created.status).toBe(201);
    await h.api("POST", `${app}/msg`, { body: { eventType: "e", payload: {} } });
    expect(await h.mock.waitForDelivery({ endpointId: created.body.id })).toMatchObject({
      status: "success",
    });
  });
});

describe("dates and URLs as the spec's formats read them", () => {
  const since = (value: string) => h.api("POST", `${app}/endpoint/ep/recover`, { body: { since: value } });
  beforeEach(async () => {
    await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, uid: "ep" } });
  });

  it.each(["2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-01T24:00:00Z"])(
    "refuses the impossible date %s",
    async (value) => {
      const refused = await since(value);
      expect(refused.status).toBe(422);
      expect(refused.body.detail[0]).toMatchObject({ loc: ["body", "since"], type: "datetime_parsing" });
    },
  );

  it.each(["2016-12-31T23:59:60Z", "2024-02-29T00:00:00Z"])(
    "takes %s (a leap second, a leap day)",
    async (value) => {
      expect((await since(value)).status).toBe(202);
      expect((await h.api("GET", `${app}/msg?before=${encodeURIComponent(value)}`)).status).toBe(200);
    },
  );

  it.each(["https://Ï", "https://example.com/a b"])(
    "refuses the endpoint URL %s, which is no URI",
    async (url) => {
      const refused = await h.api("POST", `${app}/endpoint`, { body: { url } });
      expect(refused.status).toBe(422);
      expect(refused.body.detail[0]).toMatchObject({ loc: ["body", "url"] });
      expect((await h.api("GET", `${app}/endpoint`)).body.data).toHaveLength(1);
    },
  );
});

describe("endpoints", () => {
  it("PUT replaces the custom headers like every other field", async () => {
    const body = { url: receiver.url, uid: "ep", headers: { "x-old": "1" } };
    await h.api("POST", `${app}/endpoint`, { body });
    const put = await h.api("PUT", `${app}/endpoint/ep`, { body: { url: receiver.url } });
    expect(put.body.headers).toEqual({});
    expect((await h.api("GET", `${app}/endpoint/ep/headers`)).body.headers).toEqual({});
  });

  it("caps custom headers at 64 and 8 KiB in all, on create, PUT headers and PATCH headers", async () => {
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`x-h${i}`, "v"]));
    const big = { "x-big": "v".repeat(900 * 1024) };
    expect(
      (await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, headers: many } })).status,
    ).toBe(422);
    expect(
      (await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, headers: big } })).status,
    ).toBe(422);
    const almost = { "x-a": "v".repeat(4000), "x-b": "v".repeat(4000) };
    const created = await h.api("POST", `${app}/endpoint`, {
      body: { url: receiver.url, uid: "ep", headers: almost },
    });
    expect(created.status).toBe(201);
    const patched = await h.api("PATCH", `${app}/endpoint/ep/headers`, {
      body: { headers: { "x-c": "v".repeat(400) } },
    });
    expect(patched.status).toBe(422);
    expect(patched.body.detail[0]).toMatchObject({ loc: ["body", "headers"], type: "too_long" });
    const replaced = await h.api("PUT", `${app}/endpoint/ep/headers`, {
      body: { headers: { "x-c": "v".repeat(8 * 1024) } },
    });
    expect(replaced.status).toBe(422);
    expect((await h.api("GET", `${app}/endpoint/ep/headers`)).body.headers).toEqual(almost);
  });

  it("refuses a URL that points at the mock's own API, by any loopback name", async () => {
    const port = new URL(h.url).port;
    for (const url of [
      `${h.url}/api/v1/app/app/msg`,
      `http://localhost:${port}/x`,
      `http://127.1:${port}/`,
    ]) {
      const refused = await h.api("POST", `${app}/endpoint`, {
        body: { url, headers: { authorization: `Bearer ${h.mock.token}` } },
      });
      expect(refused.status, url).toBe(422);
      expect(locs(refused.body)).toEqual(["body.url"]);
    }
    expect(
      (await h.api("POST", `${app}/endpoint`, { body: { url: "https://api.octohooks.com/api/v1/app" } }))
        .status,
    ).toBe(422);
    expect((await h.api("GET", `${app}/endpoint`)).body.data).toEqual([]);
  });

  it("never delivers to its own API, even to an endpoint made before the mock listened there", async () => {
    await h.close();
    h = await startMock();
    const mock = h.mock;
    await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
    const second = await mock.listen();
    // Created while `second` was not yet known would be refused now, so go through the store's view.
    const created = await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, uid: "ep" } });
    const record = mock.store.environments.get("default")?.findApp("app")?.endpointsById.get(created.body.id);
    if (record) record.url = `${second.url}/api/v1/app/app/msg`;
    await h.api("POST", `${app}/msg`, { body: { eventType: "loop", payload: {} } });
    const attempt = await mock.waitForDelivery({ endpointId: "ep" });
    expect(attempt).toMatchObject({ status: "failed", responseStatusCode: 0 });
    expect((await h.api("GET", `${app}/msg`)).body.data).toHaveLength(1);
  });
});

describe("UIDs", () => {
  it("refuses a UID of an ID's form, which a path would read as that ID", async () => {
    const other = await h.api("POST", "/api/v1/app", { body: { name: "Other" } });
    const refused = await h.api("POST", "/api/v1/app", { body: { name: "Evil", uid: other.body.id } });
    expect(refused.status).toBe(422);
    expect(locs(refused.body)).toEqual(["body.uid"]);
    for (const uid of ["ep_abc123", "msg_X", "atmpt_1"]) {
      const r = await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url, uid } });
      expect(r.status, uid).toBe(422);
    }
    // A PUT that would create an app under an ID-shaped UID is refused too.
    expect((await h.api("PUT", "/api/v1/app/app_missing1", { body: { name: "x" } })).status).toBe(422);
    expect((await h.api("GET", `/api/v1/app/${other.body.id}`)).body.name).toBe("Other");
  });
});

describe("the application's rate limit", () => {
  it("spaces deliveries to all its endpoints together", async () => {
    const clock = h.mock.clock as VirtualClock;
    await h.api("PATCH", app, { body: { rateLimit: 1 } });
    for (let i = 0; i < 2; i++) await h.api("POST", `${app}/endpoint`, { body: { url: receiver.url } });
    for (let i = 0; i < 2; i++)
      await h.api("POST", `${app}/msg`, { body: { eventType: "e", payload: { i } } });
    await h.mock.settle();
    expect(h.mock.deliveries()).toHaveLength(1);
    await clock.advance(1000);
    await h.mock.settle();
    expect(h.mock.deliveries()).toHaveLength(2);
    await clock.advance(2000);
    await h.mock.settle();
    expect(h.mock.deliveries()).toHaveLength(4);
  });
});

describe("close()", () => {
  /** Sends `count` messages to an endpoint that never answers, then closes the mock while they hang. */
  async function closeWithHanging(count: number): Promise<void> {
    const hanging = await startReceiver(() => "hang");
    try {
      await h.api("POST", `${app}/endpoint`, { body: { url: hanging.url } });
      for (let i = 0; i < count; i++)
        await h.api("POST", `${app}/msg`, { body: { eventType: "e", payload: { i } } });
      await vi.waitFor(() => expect(hanging.received).toHaveLength(count));
      await h.mock.close();
    } finally {
      await hanging.close();
    }
  }

  it("records the deliveries in flight as attempts, drops queued retries and answers 503 afterwards", async () => {
    await closeWithHanging(5);
    const attempts = h.mock.snapshot().attempts;
    expect(attempts).toHaveLength(5);
    expect(attempts.every((a) => a.status === "failed")).toBe(true);
    const messages = h.mock.store.environments.get("default")?.findApp("app")?.messages.toArray() ?? [];
    expect(messages.flatMap((m) => m.destinations.map((d) => d.status))).toEqual(Array(5).fill("failed"));
    const after = await h.mock.handle(
      new Request(`${h.mock.url}/api/v1/app`, { headers: { authorization: `Bearer ${h.mock.token}` } }),
    );
    expect(after.status).toBe(503);
    expect(after.headers.get("x-request-id")).toBeTruthy();
  });

  it("with 11 or more deliveries in flight, warns of no listener leak", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      await closeWithHanging(12);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});

describe("answers outside the operations", () => {
  /** Writes raw bytes to the listener and reads the whole answer. */
  function raw(bytes: string): Promise<string> {
    const { hostname, port } = new URL(h.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end(bytes));
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
  }

  it("gives Node's parser errors the API's error body and an x-request-id", async () => {
    const badChunks = await raw(
      "POST /api/v1/app HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    );
    expect(badChunks).toMatch(/^HTTP\/1\.1 400 /);
    expect(badChunks).toMatch(/x-request-id: req_/i);
    expect(JSON.parse(badChunks.slice(badChunks.indexOf("\r\n\r\n") + 4))).toMatchObject({
      code: "bad_request",
    });
    const bigHeader = await raw(
      `GET /api/v1/health HTTP/1.1\r\nhost: x\r\nx-big: ${"a".repeat(70_000)}\r\n\r\n`,
    );
    expect(bigHeader).toMatch(/^HTTP\/1\.1 431 /);
    expect(bigHeader).toContain('"code":"headers_too_large"');
  });

  it("answers a method the path does not have with 405 and Allow", async () => {
    const wrong = await h.api("DELETE", `${app}/msg`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
    expect(wrong.body.code).toBe("method_not_allowed");
    expect((await h.api("GET", "/api/v1/nowhere")).status).toBe(404);
  });
});
