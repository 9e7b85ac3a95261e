// The API token never surfaces: not in any error (message, stack, inspect, JSON, cause), not in a
// log record, not in the client object, whatever went wrong.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidArgumentError,
  type LogRecord,
  NotFoundError,
  Octohooks,
  type OctohooksOptions,
  PayloadTooLargeError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from "../../src/index.js";
import { createMockServer, type RequestLogEntry } from "../../src/mock/index.js";
import { until } from "../helpers/loopbackServer.js";

const SECRET_PART = "Zq8xT3vLw9";
const TOKEN = `tk_live_${SECRET_PART}Kp2`;
const WRONG_TOKEN = `tk_live_${SECRET_PART}Wrong`;
const FAST_RETRIES = { baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 0 };

const requestLog: RequestLogEntry[] = [];
const mock = createMockServer({ tokens: { [TOKEN]: "leaks" }, onRequest: (entry) => requestLog.push(entry) });
let serverUrl: string;
let refusedUrl: string;

beforeAll(async () => {
  serverUrl = (await mock.listen({ port: 0 })).url;
  // A port that was just free: connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  refusedUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise((resolve) => probe.close(resolve));
  await client().application.create({ name: "Leaks", uid: "leaks" });
});
afterAll(() => mock.close());

/** A client that logs into `records`; `maxRetries: 1` so retried failures log twice. */
function client(records: LogRecord[] = [], options: OctohooksOptions = {}, token = TOKEN): Octohooks {
  return new Octohooks(token, {
    serverUrl,
    maxRetries: 1,
    retryPolicy: FAST_RETRIES,
    logger: (record) => records.push(record),
    ...options,
  });
}

/** Every way an error can be shown: message, string, stack, inspect (with its cause chain), JSON. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    String(e),
    String(e.stack),
    inspect(e, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
    JSON.stringify(e),
    String((e.cause as Error | undefined)?.stack),
  ];
}

function expectNoToken(texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(SECRET_PART);
    expect(text).not.toMatch(/Bearer\s+tk_/);
  }
}

type Case = [string, new (...args: never[]) => Error, (records: LogRecord[]) => Promise<unknown>];

const CASES: Case[] = [
  ["401 unknown token", AuthenticationError, (r) => client(r, {}, WRONG_TOKEN).application.list()],
  ["404 not found", NotFoundError, (r) => client(r).application.get("missing")],
  ["409 conflict", ConflictError, (r) => client(r).application.create({ name: "Dup", uid: "leaks" })],
  [
    "413 too large",
    PayloadTooLargeError,
    (r) => client(r).message.create("leaks", { eventType: "a.b", payload: { big: "x".repeat(1024 * 1024) } }),
  ],
  ["422 validation", ValidationError, (r) => client(r).endpoint.create("leaks", { url: "ftp://nope" })],
  [
    "429 rate limited (retried)",
    RateLimitError,
    (r) => {
      mock.faults.inject({
        operation: "application.list",
        kind: "rateLimit",
        retryAfterSeconds: 0,
        times: 2,
      });
      return client(r).application.list();
    },
  ],
  [
    "503 server error (retried)",
    InternalServerError,
    (r) => {
      mock.faults.inject({ operation: "application.get", kind: "serverError", status: 503, times: 2 });
      return client(r).application.get("leaks");
    },
  ],
  ["connection refused (retried)", ConnectionError, (r) => client(r, { serverUrl: refusedUrl }).health.get()],
  [
    "timeout",
    TimeoutError,
    async (r) => {
      mock.faults.inject({ operation: "application.list", kind: "hang", times: 1 });
      // The per-attempt timer on a fake clock, moved once the request hangs in the mock.
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      try {
        const call = client(r, { timeout: 60_000, maxRetries: 0 }).application.list();
        call.catch(() => undefined);
        await until(() => mock.faults.hanging === 1);
        await vi.advanceTimersByTimeAsync(60_000);
        return await call;
      } finally {
        vi.useRealTimers();
      }
    },
  ],
  [
    "abort",
    AbortError,
    async (r) => {
      mock.faults.inject({ operation: "application.list", kind: "hang", times: 1 });
      const controller = new AbortController();
      const call = client(r).application.list({ signal: controller.signal });
      call.catch(() => undefined);
      await until(() => mock.faults.hanging === 1);
      controller.abort();
      return call;
    },
  ],
  ["invalid argument: path ID", InvalidArgumentError, (r) => client(r).application.get("..")],
  [
    "invalid argument: header value",
    InvalidArgumentError,
    (r) => client(r).health.get({ headers: { "x-forward": `Bearer ${TOKEN}\r\nx: y` } }),
  ],
  [
    "invalid argument: token with a line break",
    InvalidArgumentError,
    (r) => client(r, {}, `${TOKEN}\nX-Injected: 1`).health.get(),
  ],
  [
    "invalid argument: token with a non-Latin-1 character",
    InvalidArgumentError,
    (r) => client(r, {}, `${TOKEN}🔑`).health.get(),
  ],
];

describe("the token never leaks", () => {
  it.each(CASES)("%s: not in the error nor in the log records", async (_name, ErrorClass, provoke) => {
    const records: LogRecord[] = [];
    const before = requestLog.length;
    // A bad token is refused by the constructor (a sync throw), the rest by the call: both count.
    const error = await Promise.resolve()
      .then(() => provoke(records))
      .then(
        () => expect.unreachable("the call should fail"),
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ErrorClass);
    expectNoToken(renderings(error));
    expectNoToken(records.map((record) => JSON.stringify(record)));
    for (const record of records) expect(record.headers.authorization).toBe("[redacted]");
    expectNoToken(requestLog.slice(before).map((entry) => JSON.stringify(entry)));
    // Refused arguments send nothing, so log nothing.
    if (error instanceof InvalidArgumentError) expect(records).toEqual([]);
    else if (!(error instanceof AbortError)) expect(records.length).toBeGreaterThan(0);
  });

  it("the retried cases logged each attempt, with the wait before the retry", async () => {
    const records: LogRecord[] = [];
    await client(records, { serverUrl: refusedUrl })
      .health.get()
      .catch(() => undefined);
    expect(records.map((r) => r.retryCount)).toEqual([0, 1]);
    expect(records[0]?.retryInMs).toBeTypeOf("number");
    expectNoToken(records.map((record) => JSON.stringify(record)));
  });

  it("is not in the client's inspect, JSON or string forms", () => {
    const octohooks = client();
    const views = [
      inspect(octohooks, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
      String(octohooks),
      JSON.stringify(Object.keys(octohooks)),
      ...Object.values(octohooks).map((resource) =>
        inspect(resource, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
      ),
    ];
    expectNoToken(views);
    // The client and its resources hold no string property with the token, however deep.
    expectNoToken([JSON.stringify(octohooks, (_key, value) => (typeof value === "function" ? "fn" : value))]);
  });

  it("the token it sends is the given one, so the checks above look for the right string", async () => {
    const seen: string[] = [];
    const octohooks = client([], {
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers).get("authorization") ?? "");
        return Response.json({ status: "ok" });
      },
    });
    await octohooks.health.get();
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
  });
});
