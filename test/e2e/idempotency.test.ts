import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { AbortError, ConflictError, type LogRecord, Octohooks, ValidationError } from "../../src/index.js";
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
  const first = await octohooks.message.create("i", body, { idempotencyKey: "key-1" });
  const again = await octohooks.message.create("i", body, { idempotencyKey: "key-1" });
  expect(again).toEqual(first);
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
});

it("five concurrent calls with one key create one message and all resolve to it", async () => {
  const octohooks = new Octohooks(mock.token, {
    serverUrl: url,
    retryPolicy: { baseDelayMs: 20, maxDelayMs: 40 },
  });
  await octohooks.application.create({ name: "I", uid: "i" });
  const body = { eventType: "a.b", payload: { n: 2 } };
  const calls = Array.from({ length: 5 }, () =>
    octohooks.message.create("i", body, { idempotencyKey: "same" }),
  );
  const results = await Promise.all(calls);
  expect(new Set(results.map((m) => m.id)).size).toBe(1);
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
});

it("a repeat while the first is in flight gets 409 idempotency_in_flight, which the SDK retries until it goes through", async () => {
  const setup = new Octohooks(mock.token, { serverUrl: url });
  await setup.application.create({ name: "I", uid: "i" });
  const body = { eventType: "a.b", payload: { n: 3 } };
  // The first call hangs inside the mock, its key in flight, until its caller gives up.
  mock.faults.inject({ operation: "message.create", kind: "hang", times: 1 });
  const first = new AbortController();
  const hung = setup.message
    .create("i", body, { idempotencyKey: "same", signal: first.signal, maxRetries: 0 })
    .catch((e: unknown) => e);
  await vi.waitFor(() => expect(mock.faults.stats().hang).toBe(1));

  const records: LogRecord[] = [];
  const octohooks = new Octohooks(mock.token, {
    serverUrl: url,
    maxRetries: 50,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 10 },
    logger: (record) => {
      records.push(record);
      if (record.status === 409) first.abort(); // the first caller leaves; its key is released
    },
  });
  const message = await octohooks.message.create("i", body, { idempotencyKey: "same" });

  expect(records[0]?.status).toBe(409);
  expect(records[0]?.error).toMatch(/409 idempotency_in_flight/);
  expect(records.at(-1)?.status).toBe(202);
  expect(records.every((record) => record.idempotencyKey === "same")).toBe(true);
  expect(await hung).toBeInstanceOf(AbortError);
  const stored = (await octohooks.message.list("i")).data;
  expect(stored.map((m) => m.id)).toEqual([message.id]);
});

it("the same key with another body is a ValidationError and changes nothing", async () => {
  const octohooks = new Octohooks(mock.token, { serverUrl: url, maxRetries: 0 });
  await octohooks.application.create({ name: "I", uid: "i" });
  await octohooks.message.create(
    "i",
    { eventType: "a.b", payload: { n: 1 } },
    {
      idempotencyKey: "k",
    },
  );
  const error = await octohooks.message
    .create("i", { eventType: "a.b", payload: { n: 999 } }, { idempotencyKey: "k" })
    .catch((e) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.errors[0]?.type).toBe("idempotency_key_reuse");
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
  expect(error).not.toBeInstanceOf(ConflictError);
});

it("the Svix shape from plain JavaScript: create(app, body, { idempotencyKey }) twice stores one message, and the repeat says it was replayed", async () => {
  const octohooks = new Octohooks(mock.token, { serverUrl: url });
  await octohooks.application.create({ name: "I", uid: "i" });
  // As a JavaScript caller sees it: no type checks anywhere on the way.
  const create = octohooks.message.create.bind(octohooks.message) as (
    ...args: unknown[]
  ) => ReturnType<typeof octohooks.message.create>;
  const body = { eventType: "a.b", payload: { n: 7 } };
  const first = await create("i", body, { idempotencyKey: "job-42" }).withResponse();
  const again = await create("i", body, { idempotencyKey: "job-42" }).withResponse();
  expect(first.idempotencyReplayed).toBe(false);
  expect(again.idempotencyReplayed).toBe(true);
  expect(again.data.id).toBe(first.data.id);
  expect(again.requestId).not.toBe(first.requestId);
  expect((await octohooks.message.list("i")).data).toHaveLength(1);
});

it("an unknown options key is refused before any request is made", async () => {
  const records: LogRecord[] = [];
  const octohooks = new Octohooks(mock.token, { serverUrl: url, logger: (r) => records.push(r) });
  const create = octohooks.message.create.bind(octohooks.message) as (...args: unknown[]) => Promise<unknown>;
  await expect(create("i", { eventType: "a.b", payload: {} }, { idempotency_key: "k" })).rejects.toThrow(
    /takes no option "idempotency_key"; it takes: withContent, idempotencyKey/,
  );
  expect(records).toHaveLength(0);
});
