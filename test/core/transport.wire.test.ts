// The transport on real sockets, on both paths: node:http (what Node users get by default) and
// fetch (what every other runtime uses, and Node when given `fetch`). Stalls, resets, caps and
// keep-alive are things only a real server can do; msw is not loaded here, so nothing intercepts.
import { getEventListeners } from "node:events";
import http from "node:http";
import net from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidArgumentError,
  Octohooks,
  type OctohooksOptions,
  ResponseTooLargeError,
  TimeoutError,
  VERSION,
} from "../../src/index.js";
import { loopback, type Seen, until } from "../helpers/loopbackServer.js";
import { MSG } from "../helpers/transportFixtures.js";

const TOKEN = "sk_test_SUPERSECRET_wire_token";
const SEND = { eventType: "a.b", payload: {} };
const fast = { baseDelayMs: 1, maxDelayMs: 2 };

/** The two paths: the client's default on Node (node:http), and fetch. */
const PATHS: Array<[string, OctohooksOptions]> = [
  ["node:http", {}],
  ["fetch", { fetch: globalThis.fetch }],
];

const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

afterEach(() => {
  vi.useRealTimers();
});

describe.each(PATHS)("over %s", (path, pathOptions) => {
  const client = (url: string, options: OctohooksOptions = {}) =>
    new Octohooks(TOKEN, { serverUrl: url, retryPolicy: fast, ...pathOptions, ...options });

  it("sends the method, path, auth, SDK headers and JSON body, and reads the answer", async () => {
    const server = await loopback((_req, res) => json(res, 202, MSG));
    const out = await client(server.url, { headers: { "x-extra": "1" } }).message.create("app_1", SEND, {
      idempotencyKey: "key-1",
    });
    expect(out).toEqual(MSG);
    const [seen] = server.requests;
    expect(seen?.method).toBe("POST");
    expect(seen?.url).toBe("/api/v1/app/app_1/msg");
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen?.headers["user-agent"]).toBe(`octohooks-typescript/${VERSION}`);
    expect(seen?.headers["idempotency-key"]).toBe("key-1");
    expect(seen?.headers["x-request-id"]).toMatch(/^req_[0-9a-f-]{36}$/);
    expect(seen?.headers["x-extra"]).toBe("1");
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(seen?.headers["content-length"]).toBe(String(Buffer.byteLength(seen?.body ?? "")));
    expect(JSON.parse(seen?.body ?? "")).toEqual(SEND);
  });

  it("answers a redirect as it is, never following it (a POST would turn into a GET)", async () => {
    const server = await loopback((_req, res) => {
      res.writeHead(307, { location: "/elsewhere", "content-length": 0 });
      res.end();
    });
    const error = await client(server.url)
      .message.create("app_1", SEND)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(307);
    expect(server.requests.map((r) => r.url)).toEqual(["/api/v1/app/app_1/msg"]);
  });

  it("gives every API error the request ID of its exchange", async () => {
    const server = await loopback((_req, res, seen) =>
      json(res, 404, { code: "not_found", detail: "no" }, { "x-request-id": seen.headers["x-request-id"] }),
    );
    const error = await client(server.url)
      .application.get("app_1")
      .catch((e) => e);
    expect(error.status).toBe(404);
    expect(error.requestId).toBe(server.requests[0]?.headers["x-request-id"]);
  });

  it("times out a 2xx whose body never ends: the timeout covers reading the body", async () => {
    // Each attempt's first bytes reach the client before its timer is moved, on a fake clock.
    let bodySent: () => void = () => undefined;
    const server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":', () => bodySent());
    });
    const bodyOnItsWay = () =>
      new Promise<void>((resolve) => {
        bodySent = resolve;
      });
    let sent = bodyOnItsWay();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const call = client(server.url, { timeout: 60_000, maxRetries: 1 })
        .application.get("app_1")
        .catch((e) => e);
      for (let attempt = 0; attempt < 2; attempt++) {
        await sent;
        sent = bodyOnItsWay();
        await turns(3); // the client reads the head and the first bytes
        await vi.advanceTimersByTimeAsync(60_000);
        await vi.advanceTimersByTimeAsync(fast.maxDelayMs); // the wait before the retry
      }
      const error = await call;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.message).toMatch(
        /^GET \/api\/v1\/app\/app_1: no response from .* within 60000 ms, after 2 attempts/,
      );
      // The request ID the client sent: no answer brought the server's.
      expect(error.requestId).toBe(server.requests[0]?.headers["x-request-id"]);
      expect(server.requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("stops at once when the caller aborts while the body is read, and never retries", async () => {
    let bodyStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      bodyStarted = resolve;
    });
    const server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":', () => bodyStarted());
    });
    const controller = new AbortController();
    const call = client(server.url).application.get("app_1", { signal: controller.signal });
    await started;
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a body cut mid-way with the same idempotency key", async () => {
    const server = await loopback((req, res, seen) => {
      if (server.requests.length > 1) return json(res, 202, MSG);
      res.writeHead(202, { "content-type": "application/json", "content-length": 500 });
      res.write('{"id":"msg_1"', () => req.socket.destroy());
      void seen;
    });
    await expect(client(server.url).message.create("app_1", SEND)).resolves.toEqual(MSG);
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(server.requests.map((r) => r.headers["octohooks-retry-count"])).toEqual([undefined, "1"]);
  });

  it("fails a body cut mid-way at once as a connection error, not after the timeout", async () => {
    const server = await loopback((req, res) => {
      res.writeHead(202, { "content-type": "application/json", "content-length": 500 });
      res.write('{"id":"msg_1"', () => req.socket.destroy());
    });
    const error = await client(server.url, { maxRetries: 0, timeout: 5_000 })
      .message.create("app_1", SEND)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });

  it("retries a keep-alive socket the server reset while idle, with the same idempotency key", async () => {
    // The first request to come on a connection that already served one meets a reset (RST), as
    // when the server dropped the idle socket just before the client reused it.
    let reset: Seen | undefined;
    const server = await loopback((req, res, seen) => {
      const served = server.requests.filter((r) => r.connection === seen.connection).length;
      if (!reset && served > 1) {
        reset = seen;
        return void req.socket.resetAndDestroy();
      }
      json(res, 202, MSG);
    });
    const octohooks = client(server.url);
    for (let i = 0; i < 5 && !reset; i++)
      await expect(octohooks.message.create("app_1", SEND)).resolves.toEqual(MSG);
    expect(reset).toBeDefined();
    const retried = server.requests[server.requests.indexOf(reset as Seen) + 1];
    expect(retried?.connection).not.toBe(reset?.connection);
    expect(retried?.headers["idempotency-key"]).toBe(reset?.headers["idempotency-key"]);
    expect(retried?.headers["octohooks-retry-count"]).toBe("1");
  });

  it("a refused connection is a ConnectionError naming ECONNREFUSED, with its cause", async () => {
    const closed = await closedPort();
    const error = await client(closed, { maxRetries: 0 })
      .health.get()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(
      /^GET \/api\/v1\/health: could not connect to .* \(.*ECONNREFUSED\) after 1 attempt/,
    );
    expect(error.requestId).toMatch(/^req_/);
    expect(JSON.stringify(codes(error))).toContain("ECONNREFUSED");
  });

  it("an unknown host is a ConnectionError naming the resolver's code", async () => {
    const error = await client("http://octohooks-no-such-host.invalid", { maxRetries: 0 })
      .health.get()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(codes(error).some((code) => code === "ENOTFOUND" || code === "EAI_AGAIN")).toBe(true);
  });

  it("decodes a UTF-8 character whose bytes come in two chunks", async () => {
    const text = JSON.stringify({ ...MSG, eventType: "café.créé" });
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from("é")) + 1; // between the two bytes of the first é
    const server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }); // no length: chunked
      res.write(bytes.subarray(0, cut), () => setImmediate(() => res.end(bytes.subarray(cut))));
    });
    const out = await client(server.url).message.get("app_1", "msg_1");
    expect(out.eventType).toBe("café.créé");
  });

  it("sends a Latin-1 header value as its Latin-1 bytes, with or without a body", async () => {
    const server = await loopback((_req, res) => json(res, 202, MSG));
    const octohooks = client(server.url, { headers: { "x-name": "café" } });
    await octohooks.message.create("app_1", SEND);
    await octohooks.message.get("app_1", "msg_1");
    // node:http parses header bytes as Latin-1: é arrives as the one byte 0xe9, not as UTF-8's two.
    expect(server.requests.map((r) => r.headers["x-name"])).toEqual(["café", "café"]);
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual(SEND);
  });

  it("reads a repeated header as its values joined by a comma, as fetch joins them", async () => {
    const server = await loopback((_req, res) => {
      const text = JSON.stringify(MSG);
      res.writeHead(202, [
        ["content-type", "application/json"],
        ["content-length", String(Buffer.byteLength(text))],
        ["x-request-id", "req_a"],
        ["X-Request-Id", "req_b"],
      ]);
      res.end(text);
    });
    const result = await client(server.url).message.create("app_1", SEND).withResponse();
    expect(result.requestId).toBe("req_a, req_b");
    expect(result.response.headers.get("x-request-id")).toBe("req_a, req_b");
    expect([...result.response.headers.keys()]).not.toContain("undefined");
  });

  it("takes its listener off the caller's signal once a call ends, retried or not", async () => {
    let calls = 0;
    const server = await loopback((_req, res) =>
      ++calls === 1 ? json(res, 503, { code: "unavailable", detail: "later" }) : json(res, 202, MSG),
    );
    const signal = new AbortController().signal;
    await client(server.url).message.create("app_1", SEND, { signal });
    expect(calls).toBe(2);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
    await client(server.url).message.create("app_1", SEND, { signal });
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  describe("the response size cap", () => {
    it("refuses a declared length over the cap before reading it, and does not retry", async () => {
      const server = await loopback((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": 2_000 });
        res.write("[");
      });
      const error = await client(server.url, { maxResponseBytes: 1_000 })
        .application.get("app_1")
        .catch((e) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(error.message).toBe("GET /api/v1/app/app_1: the 200 answer is over 1000 bytes");
      expect(error.requestId).toBe(server.requests[0]?.headers["x-request-id"]);
      expect([error.status, error.limit]).toEqual([200, 1_000]);
      expect(server.requests).toHaveLength(1);
    });

    it("stops a body without a length as soon as it passes the cap", async () => {
      let written = 0;
      const server = await loopback((_req, res) => {
        res.writeHead(500, { "content-type": "application/json" });
        // Streams without end: only the cap can stop the client.
        const pump = () => {
          if (res.destroyed) return;
          written += 1_024;
          res.write("x".repeat(1_024), () => setImmediate(pump));
        };
        pump();
      });
      const error = await client(server.url, { maxResponseBytes: 64 * 1_024 })
        .application.get("app_1")
        .catch((e) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error.status).toBe(500);
      expect(server.requests).toHaveLength(1);
      // The client stopped reading: what the server could write is bounded by the socket buffers.
      expect(written).toBeLessThan(64 * 1_024 * 64);
      // node:http also drops the socket; undici's fetch keeps it until the server gives up on it.
      if (path === "node:http") await until(() => server.open() === 0);
    });

    it("is 32 MiB by default", async () => {
      const server = await loopback((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": 32 * 1024 * 1024 + 1 });
        res.write("[");
      });
      const error = await client(server.url)
        .application.get("app_1")
        .catch((e) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error.limit).toBe(32 * 1024 * 1024);
    });

    it("accepts a streamed body (no declared length) of exactly the cap", async () => {
      const body = JSON.stringify({ ...MSG, payload: { pad: "y".repeat(200) } });
      const server = await loopback((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write(body.slice(0, 100), () => setImmediate(() => res.end(body.slice(100))));
      });
      const out = await client(server.url, { maxResponseBytes: Buffer.byteLength(body) }).message.get(
        "app_1",
        "msg_1",
      );
      expect(out.id).toBe("msg_1");
    });

    it("accepts a body of exactly the cap", async () => {
      const body = JSON.stringify({ ...MSG, payload: { pad: "y".repeat(200) } });
      const server = await loopback((_req, res) => json(res, 200, JSON.parse(body)));
      const out = await client(server.url, { maxResponseBytes: Buffer.byteLength(body) }).message.get(
        "app_1",
        "msg_1",
      );
      expect(out.id).toBe("msg_1");
    });
  });
});

describe("the fetch path", () => {
  it("refuses a compressed body that inflates past the cap, though its declared length fits", async () => {
    const inflated = JSON.stringify({ ...MSG, payload: { pad: "z".repeat(10_000) } });
    const gzipped = gzipSync(inflated);
    const server = await loopback((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": gzipped.length,
      });
      res.end(gzipped);
    });
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: server.url,
      fetch: globalThis.fetch,
      maxResponseBytes: 1_000,
    });
    expect(gzipped.length).toBeLessThan(1_000);
    const error = await octohooks.message.get("app_1", "msg_1").catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limit).toBe(1_000);
  });

  it("decodes a UTF-8 character split between two chunks of the body stream", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...MSG, eventType: "café.créé" }));
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of the first é
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: "http://127.0.0.1:1",
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(bytes.subarray(0, cut));
              controller.enqueue(bytes.subarray(cut));
              controller.close();
            },
          }),
          { status: 200, headers: { "content-type": "application/json" } },
        ),
    });
    expect((await octohooks.message.get("app_1", "msg_1")).eventType).toBe("café.créé");
  });

  it("stops the download of a body whose declared length is over the cap", async () => {
    const signals: AbortSignal[] = [];
    const server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": 2_000 });
      res.write("[");
    });
    const octohooks = new Octohooks(TOKEN, {
      serverUrl: server.url,
      maxResponseBytes: 1_000,
      fetch: (url, init) => {
        if (init?.signal) signals.push(init.signal);
        return globalThis.fetch(url, init);
      },
    });
    await expect(octohooks.application.get("app_1")).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
  });
});

describe("the node:http path", () => {
  const client = (url: string, options: OctohooksOptions = {}) =>
    new Octohooks(TOKEN, { serverUrl: url, ...options });
  it("reads response headers alike: any case, repeats joined, all of them in withResponse()", async () => {
    const server = await loopback((_req, res) => {
      const text = JSON.stringify(MSG);
      // Raw pairs, so the names keep their case and a header can repeat.
      res.writeHead(202, [
        ["Content-Type", "application/json"],
        ["Content-Length", String(Buffer.byteLength(text))],
        ["X-Request-Id", "req_server_1"],
        ["Idempotent-Replayed", "true"],
        ["X-Many", "a"],
        ["x-many", "b"],
      ]);
      res.end(text);
    });
    const result = await client(server.url).message.create("app_1", SEND).withResponse();
    expect(result.data).toEqual(MSG);
    expect(result.requestId).toBe("req_server_1");
    expect(result.idempotencyReplayed).toBe(true);
    expect(result.response.status).toBe(202);
    expect(result.response.headers.get("x-many")).toBe("a, b");
    expect(result.response.headers.get("content-type")).toBe("application/json");
  });

  it("leaves no timer behind once a call settles, answered or refused", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const server = await loopback((req, res) =>
      req.url?.endsWith("/big") ? json(res, 200, { pad: "x".repeat(2_000) }) : json(res, 202, MSG),
    );
    const octohooks = client(server.url, { maxResponseBytes: 1_000 });
    await octohooks.message.create("app_1", SEND);
    expect(vi.getTimerCount()).toBe(0);
    await expect(octohooks.application.get("big")).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("turns an agent that throws while taking the request into a ConnectionError naming it", async () => {
    // Node calls the agent's addRequest inside http.request: a throw there escapes synchronously.
    const agent = Object.assign(new http.Agent(), {
      addRequest() {
        throw new Error("agent broke");
      },
    });
    const error = await client("http://127.0.0.1:9", { httpAgent: agent, maxRetries: 0 })
      .health.get()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("(agent broke)");
    expect(error.cause?.message).toBe("agent broke");
  });

  it("connects to an IPv6 literal by its bare address (no brackets)", async () => {
    const server = await loopback((_req, res) => json(res, 202, MSG));
    const { port } = new URL(server.url);
    const hosts: unknown[] = [];
    // An agent that records the host asked for and connects to the IPv4 loopback server instead.
    const agent = new (class extends http.Agent {
      override createConnection(options: net.NetConnectOpts & { host?: string }) {
        hosts.push(options.host);
        return net.connect({ host: "127.0.0.1", port: Number(port) });
      }
    })();
    const octohooks = client(`http://[::1]:${port}`, { httpAgent: agent });
    await expect(octohooks.message.create("app_1", SEND)).resolves.toEqual(MSG);
    expect(hosts).toEqual(["::1"]);
    agent.destroy();
  });

  it("keeps one connection alive across sequential calls", async () => {
    const server = await loopback((_req, res) => json(res, 202, MSG));
    const octohooks = client(server.url);
    for (let i = 0; i < 5; i++) await octohooks.message.create("app_1", SEND);
    expect(server.requests).toHaveLength(5);
    expect(server.connections()).toBe(1);
  });
});

describe("maxResponseBytes", () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s at construction", (max) => {
    expect(() => new Octohooks(TOKEN, { maxResponseBytes: max })).toThrow(InvalidArgumentError);
  });
});

/** An http URL on 127.0.0.1 where nothing listens (a port just freed). */
async function closedPort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** Every `code` along an error's cause chain. */
function codes(error: unknown): string[] {
  const found: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string") found.push(e.code);
    if (found.length > 10) break;
  }
  return found;
}

/** Waits `n` turns of the event loop (each after its I/O), never the clock. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}
