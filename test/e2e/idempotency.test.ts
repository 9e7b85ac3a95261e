import { afterEach, beforeEach, expect, it } from "vitest";
import { ConflictError, Octohooks, ValidationError } from "../../src/index.js";
import { createMockServer, type MockServer } from "../../src/mock/index.js";

let mock: MockServer;
let close: () => Promise<void>;
let url: string;

beforeEach(async () => {
  mock = createMockServer();
  ({ url, close } = await mock.listen({ port: 0 }));
});
afterEach(async () => {
  await mock.close();
  await close();
});

it("the same key twice creates one message and returns it twice", async () => {
  const octohooks = new Octohooks(mock.token, { serverUrl: url });
  await octohooks.application.create({ name: "I", uid: "i" });
  const body = { eventType: "a.b", payload: { n: 1 } };
  const first = await octohooks.message.create("i", body, undefined, { idempotencyKey: "key-1" });
  const again = await octohooks.message.create("i", body, undefined, { idempotencyKey: "key-1" });
  expect(again).toEqual(first);
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
});

it("a repeat while the first is in flight gets 409, which the SDK retries into the replay", async () => {
  const octohooks = new Octohooks(mock.token, {
    serverUrl: url,
    retryPolicy: { baseDelayMs: 20, maxDelayMs: 40 },
  });
  await octohooks.application.create({ name: "I", uid: "i" });
  const body = { eventType: "a.b", payload: { n: 2 } };
  const calls = Array.from({ length: 5 }, () =>
    octohooks.message.create("i", body, undefined, { idempotencyKey: "same" }),
  );
  const results = await Promise.all(calls);
  expect(new Set(results.map((m) => m.id)).size).toBe(1);
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
  const raw = new Octohooks(mock.token, { serverUrl: url, maxRetries: 0 });
  const inFlight = await Promise.allSettled(
    Array.from({ length: 5 }, () =>
      raw.message.create("i", { ...body, payload: { n: 3 } }, undefined, { idempotencyKey: "other" }),
    ),
  );
  const codes = inFlight.map((r) => (r.status === "rejected" ? (r.reason as ConflictError).code : "ok"));
  expect(codes.filter((c) => c === "ok").length).toBeGreaterThanOrEqual(1);
  expect(codes.every((c) => c === "ok" || c === "idempotency_in_flight")).toBe(true);
});

it("the same key with another body is a ValidationError and changes nothing", async () => {
  const octohooks = new Octohooks(mock.token, { serverUrl: url, maxRetries: 0 });
  await octohooks.application.create({ name: "I", uid: "i" });
  await octohooks.message.create("i", { eventType: "a.b", payload: { n: 1 } }, undefined, {
    idempotencyKey: "k",
  });
  const error = await octohooks.message
    .create("i", { eventType: "a.b", payload: { n: 999 } }, undefined, { idempotencyKey: "k" })
    .catch((e) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.errors[0]?.type).toBe("idempotency_key_reuse");
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
  expect(error).not.toBeInstanceOf(ConflictError);
});
