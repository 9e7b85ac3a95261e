import type { StandardSchemaV1 } from "@standard-schema/spec";
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildUrl, createApiClient } from "../../src/core/apiClient.js";
import {
  DEFAULT_RETRY_POLICY,
  defineEvents,
  InvalidArgumentError,
  Octohooks,
  OctohooksError,
} from "../../src/index.js";
import { recorder, useMswServer } from "../helpers/mswServer.js";
import { loadSpecOperations } from "../helpers/specOperations.js";
import { runs } from "../properties/fastCheck.js";

const server = useMswServer();

afterEach(() => vi.unstubAllEnvs());

describe("new Octohooks()", () => {
  it("falls back to OCTOHOOKS_TOKEN and OCTOHOOKS_SERVER_URL", async () => {
    vi.stubEnv("OCTOHOOKS_TOKEN", "from_env");
    vi.stubEnv("OCTOHOOKS_SERVER_URL", "https://env.example.test/");
    const rec = recorder();
    server.use(
      http.get("https://env.example.test/api/v1/health", ({ request }) => {
        rec.record(request);
        return HttpResponse.json({ status: "ok" });
      }),
    );
    await expect(new Octohooks().health.get()).resolves.toEqual({ status: "ok" });
    expect(rec.requests[0]?.headers.get("authorization")).toBe("Bearer from_env");
  });

  it("defaults to the public server", async () => {
    vi.stubEnv("OCTOHOOKS_SERVER_URL", "");
    const rec = recorder();
    server.use(
      http.get("https://api.octohooks.com/api/v1/health", ({ request }) => {
        rec.record(request);
        return HttpResponse.json({ status: "ok" });
      }),
    );
    await new Octohooks("t").health.get();
    expect(rec.requests).toHaveLength(1);
  });

  it("fails clearly at construction without any token", () => {
    vi.stubEnv("OCTOHOOKS_TOKEN", "");
    expect(() => new Octohooks()).toThrow(OctohooksError);
    expect(() => new Octohooks()).toThrow(/OCTOHOOKS_TOKEN/);
    expect(() => new Octohooks("   ")).toThrow(/No API token/);
  });

  it("refuses bad options with typed errors", () => {
    expect(() => new Octohooks("t", { serverUrl: "not a url" })).toThrow(InvalidArgumentError);
    expect(() => new Octohooks("t", { serverUrl: "ftp://x" })).toThrow(InvalidArgumentError);
    expect(() => new Octohooks("t", { timeout: -1 })).toThrow(/timeout/);
    expect(() => new Octohooks("t", { timeout: 0 })).toThrow(/timeout must be 1\.\.2147483647 ms/);
    expect(() => new Octohooks("t", { timeout: 2 ** 31 })).toThrow(InvalidArgumentError);
    expect(() => new Octohooks("t", { maxRetries: 1.5 })).toThrow(/maxRetries a whole number/);
    expect(() => new Octohooks("t", { retryPolicy: { baseDelayMs: Number.NaN } })).toThrow(
      /retryPolicy.baseDelayMs/,
    );
    expect(() => new Octohooks("t", { headers: { "Idempotency-Key": "shared" } })).toThrow(/client-wide/);
    expect(() => new Octohooks("tok\nX: 1")).toThrow(/cannot carry/);
  });

  it("refuses bad per-call timeout and maxRetries before sending", async () => {
    const octohooks = new Octohooks("t", { fetch: async () => Response.json({ status: "ok" }) });
    await expect(octohooks.health.get({ timeout: 0 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(octohooks.health.get({ maxRetries: -1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(octohooks.health.get({ timeout: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(octohooks.health.get({ timeout: 5_000 })).resolves.toEqual({ status: "ok" });
    expect(() => new Octohooks("t", { maxRetries: Number.NaN })).toThrow(/maxRetries/);
  });

  it("uses a custom fetch and keeps a server URL path prefix", async () => {
    const calls: string[] = [];
    const octohooks = new Octohooks("t", {
      serverUrl: "https://proxy.test/octo/",
      fetch: async (input) => {
        calls.push(String(input));
        return Response.json({ status: "ok" });
      },
    });
    await octohooks.health.get();
    expect(calls).toEqual(["https://proxy.test/octo/api/v1/health"]);
  });
});

describe("buildUrl", () => {
  const templates = [...new Set([...loadSpecOperations().values()].map((operation) => operation.path))];
  const anyText = fc.string({ unit: "grapheme", maxLength: 12 });
  // What the spec's query parameters hold: strings, integers, booleans and form-exploded arrays.
  const queryValue = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(undefined), fc.array(anyText));

  it("builds the URL openapi-fetch's default serializers build, for every path of the spec", () => {
    const querySerializer = createQuerySerializer();
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        // Names as the spec writes them (snake_case): openapi-fetch encodes no parameter name.
        fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,11}$/), queryValue, { maxKeys: 5 }),
        anyText.filter((text) => text !== ""),
        (template, query, id) => {
          const path = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], id]));
          const params = { path, query };
          const baseUrl = "https://api.example.test";
          const expected = createFinalURL(template, {
            baseUrl,
            params,
            querySerializer,
            pathSerializer: defaultPathSerializer,
          });
          expect(buildUrl(baseUrl, template, params)).toBe(expected);
        },
      ),
      runs(500),
    );
    expect(templates.length).toBeGreaterThan(20);
  });
});

/** A client whose fetch records every call and answers `answer`; `sent` shows what went out. */
function recordingClient(answer: () => Response = () => Response.json({ status: "ok" })) {
  const sent: { url: string; init: RequestInit }[] = [];
  const octohooks = new Octohooks("t", {
    serverUrl: "https://api.example.test",
    maxRetries: 0,
    fetch: async (input, init = {}) => {
      sent.push({ url: String(input), init });
      return answer();
    },
  });
  return { octohooks, sent };
}

const MESSAGE = { eventType: "a.b", payload: { n: 1 } };

describe("one options object per method", () => {
  it("refuses idempotencyKey on a call that is not a POST, before sending, rather than dropping it", async () => {
    const client = new Octohooks("t", { serverUrl: "http://127.0.0.1:9", maxRetries: 0 });
    // The types refuse it too (RequestOptions has no key); plain JavaScript meets this check.
    await expect(
      // @ts-expect-error idempotencyKey is for POST calls only
      client.endpoint.update("app_1", "ep_1", { url: "https://example.com/" }, { idempotencyKey: "k" }),
    ).rejects.toThrow(
      /PUT \/api\/v1\/app\/\{app_id\}\/endpoint\/\{endpoint_id\}: idempotencyKey applies to POST calls only/,
    );
    // @ts-expect-error idempotencyKey is for POST calls only
    await expect(client.application.delete("app_1", { idempotencyKey: "k" })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it("sends idempotencyKey as the header and never in the query (the Svix shape)", async () => {
    const { octohooks, sent } = recordingClient(() => Response.json({}));
    await octohooks.message.create("app_1", MESSAGE, { idempotencyKey: "job-42", withContent: false });
    expect(sent[0]?.url).toBe("https://api.example.test/api/v1/app/app_1/msg?with_content=false");
    expect((sent[0]?.init.headers as Record<string, string> | undefined)?.["idempotency-key"]).toBe("job-42");
  });

  it("maps camelCase query options to their wire names, Dates as RFC 3339", async () => {
    const { octohooks, sent } = recordingClient(() =>
      Response.json({ data: [], iterator: null, prevIterator: null, done: true }),
    );
    await octohooks.message.list("app_1", {
      eventTypes: ["a.b", "c.d"],
      withContent: false,
      before: new Date("2026-01-02T03:04:05.000Z"),
      limit: 5,
      timeout: 1000,
    });
    expect(sent[0]?.url).toBe(
      "https://api.example.test/api/v1/app/app_1/msg?event_types=a.b&event_types=c.d&with_content=false&before=2026-01-02T03%3A04%3A05.000Z&limit=5",
    );
  });

  it("refuses a key the method does not take, naming it and the accepted ones, before any request", async () => {
    const { octohooks, sent } = recordingClient();
    // A JavaScript caller, or a snake_case key from the old shape.
    const options = { with_content: false } as object;
    const error = await octohooks.message
      .create("app_1", MESSAGE, options as { withContent?: boolean })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(
      'POST /api/v1/app/{app_id}/msg takes no option "with_content"; it takes: withContent, idempotencyKey, timeout, maxRetries, signal, headers',
    );
    await expect(octohooks.health.get({ limit: 1 } as object)).rejects.toThrow(/takes no option "limit"/);
    await expect(
      octohooks.application.get("app_1", "not options" as unknown as object),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(sent).toHaveLength(0);
  });

  it("accepts a page's iterator (null on the last page) back as the iterator option", async () => {
    const { octohooks, sent } = recordingClient(() =>
      Response.json({ data: [], iterator: null, prevIterator: null, done: true }),
    );
    const page = await octohooks.application.list({ limit: 1 });
    await octohooks.application.list({ iterator: page.iterator });
    expect(sent[1]?.url).toBe("https://api.example.test/api/v1/app");
  });
});

describe("bodies JSON cannot carry", () => {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 20_000; i++) deep = { d: deep };
  it.each([
    ["a BigInt", { n: 1n }],
    ["a cycle", cycle],
    ["20,000 levels of nesting", deep],
  ])("%s is an InvalidArgumentError and nothing is sent", async (_, payload) => {
    const { octohooks, sent } = recordingClient();
    const error = await octohooks.message.create("app_1", { eventType: "a.b", payload }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(/^the request body cannot be sent as JSON/);
    expect(sent).toHaveLength(0);
  });

  it("names why, and keeps JSON.stringify's own error as the cause", async () => {
    const { octohooks } = recordingClient();
    const send = (payload: unknown) =>
      octohooks.message.create("app_1", { eventType: "a.b", payload } as never).catch((e) => e);
    const tooDeep = await send(deep);
    expect(tooDeep.message).toBe("the request body cannot be sent as JSON: it nests too deeply");
    expect(tooDeep.cause).toBeInstanceOf(RangeError);
    const bigint = await send({ n: 1n });
    expect(bigint.message).toBe(
      "the request body cannot be sent as JSON: it holds a BigInt, a cycle or a value that throws",
    );
    expect(bigint.cause).toBeInstanceOf(TypeError);
  });
});

describe("refused at construction, without echoing secrets", () => {
  it('a token given as "Bearer tok" says to pass the token alone', () => {
    expect(() => new Octohooks("Bearer tok_secret")).toThrow(/pass the token alone/);
    expect(() => new Octohooks("Bearer tok_secret")).not.toThrow(/tok_secret/);
  });

  it("credentials inside serverUrl are refused and never echoed", () => {
    const attempt = () => new Octohooks("t", { serverUrl: "http://user:pw-secret@host.test" });
    expect(attempt).toThrow(InvalidArgumentError);
    expect(attempt).toThrow(/must not contain credentials/);
    expect(attempt).not.toThrow(/pw-secret/);
    // Even a URL too broken to parse keeps its user:password part out of the message.
    for (const password of ["pw-secret", "p/w-secret", "pw?secret", `pw-secret${"x".repeat(120)}`]) {
      const broken = `http://user:${password}@host:99999`;
      expect(() => new Octohooks("t", { serverUrl: broken }), password).toThrow(InvalidArgumentError);
      expect(() => new Octohooks("t", { serverUrl: broken }), password).not.toThrow(/secret|user:/);
    }
  });

  it("a retryPolicy wait longer than a timer can hold is refused, not fired at once", () => {
    expect(() => new Octohooks("t", { retryPolicy: { maxDelayMs: 2 ** 31 } })).toThrow(
      /retryPolicy.maxDelayMs must be a number of ms from 0 to 2147483647/,
    );
    expect(() => new Octohooks("t", { retryPolicy: { maxRetryAfterMs: 1e12 } })).toThrow(
      InvalidArgumentError,
    );
  });

  it("DEFAULT_RETRY_POLICY is frozen, so no client can change another's", () => {
    expect(Object.isFrozen(DEFAULT_RETRY_POLICY)).toBe(true);
    expect(() => {
      (DEFAULT_RETRY_POLICY as { baseDelayMs: number }).baseDelayMs = 0;
    }).toThrow(TypeError);
    expect(DEFAULT_RETRY_POLICY.baseDelayMs).toBe(500);
  });
});

describe("a per-call content-type", () => {
  it("never replaces the JSON content-type of a body", async () => {
    const { octohooks, sent } = recordingClient(() => Response.json({}));
    await octohooks.message.create("app_1", MESSAGE, { headers: { "Content-Type": "text/plain" } });
    expect((sent[0]?.init.headers as Record<string, string> | undefined)?.["content-type"]).toBe(
      "application/json",
    );
  });
});

describe("client.withOptions()", () => {
  it("is a copy with other defaults; the original is unchanged", async () => {
    const sent: Record<string, string>[] = [];
    const base = new Octohooks("t", {
      serverUrl: "https://api.example.test",
      headers: { "x-team": "a" },
      fetch: async (_, init = {}) => {
        sent.push(init.headers as Record<string, string>);
        return Response.json({ status: "ok" });
      },
    });
    const copy = base.withOptions({ headers: { "x-tenant": "b" }, timeout: 5_000 });
    await copy.health.get();
    await base.health.get();
    expect(sent[0]).toMatchObject({ "x-team": "a", "x-tenant": "b" });
    expect(sent[1]?.["x-tenant"]).toBeUndefined();
    expect(copy).not.toBe(base);
    expect(copy.message).not.toBe(base.message);
  });
});

describe("the internal client's types", () => {
  it("claim only what exists at run time: the body, and the response on withResponse()", async () => {
    const { api } = createApiClient("t", {
      serverUrl: "https://api.example.test",
      fetch: async () => Response.json({ status: "ok" }, { headers: { "x-request-id": "req_1" } }),
    });
    const body = await api.GET("/api/v1/health");
    // @ts-expect-error a call resolves to the body alone, which has no `response`
    expect(body.response).toBeUndefined();
    expect(body).toEqual({ status: "ok" });
    const { response, requestId } = await api.GET("/api/v1/health").withResponse();
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_1");
  });
});

describe("what a client is given, checked", () => {
  /** A client whose fetch records each URL and headers and answers an empty page or `{}`. */
  function recording(options: ConstructorParameters<typeof Octohooks>[1] = {}, token = "t") {
    const sent: Array<{ url: string; headers: Record<string, string> }> = [];
    const octohooks = new Octohooks(token, {
      serverUrl: "https://api.example.test",
      maxRetries: 0,
      ...options,
      fetch: async (input, init = {}) => {
        sent.push({ url: String(input), headers: init.headers as Record<string, string> });
        return Response.json(String(input).includes("/msg") ? { data: [], iterator: null, done: true } : {});
      },
    });
    return { octohooks, sent };
  }

  it("refuses options that are not an object, before sending", async () => {
    const { octohooks, sent } = recording();
    for (const bad of ["x", null, 1]) {
      await expect(octohooks.application.get("app_1", bad as unknown as undefined)).rejects.toBeInstanceOf(
        InvalidArgumentError,
      );
    }
    expect(sent).toEqual([]);
  });

  it("leaves query options given as undefined or null out of the URL", async () => {
    const { octohooks, sent } = recording();
    await octohooks.message.list("app_1", { limit: undefined, channel: null as unknown as string });
    expect(sent[0]?.url).toBe("https://api.example.test/api/v1/app/app_1/msg");
    await octohooks.message.list("app_1", { limit: 5, iterator: null });
    expect(sent[1]?.url).toBe("https://api.example.test/api/v1/app/app_1/msg?limit=5");
  });

  it("trims the token and every trailing slash of the server URL", async () => {
    const { octohooks, sent } = recording({ serverUrl: "https://api.example.test///" }, "  tk_1  ");
    await octohooks.health.get();
    expect(sent[0]?.url).toBe("https://api.example.test/api/v1/health");
    expect(sent[0]?.headers.authorization).toBe("Bearer tk_1");
  });

  it("says what is wrong with a server URL, echoing at most 100 characters of one that does not parse", () => {
    expect(() => new Octohooks("t", { serverUrl: "not a url" })).toThrow(
      new InvalidArgumentError('serverUrl is not a valid URL: "not a url"'),
    );
    const long = `x${"y".repeat(200)}`;
    expect(() => new Octohooks("t", { serverUrl: long })).toThrow(
      new InvalidArgumentError(`serverUrl is not a valid URL: ${JSON.stringify(long.slice(0, 100))}`),
    );
    expect(() => new Octohooks("t", { serverUrl: "http://u:p@ho st" })).toThrow(
      new InvalidArgumentError('serverUrl is not a valid URL: "http://…@ho st"'),
    );
    expect(() => new Octohooks("t", { serverUrl: "ftp://files.example.test" })).toThrow(
      new InvalidArgumentError("serverUrl must be an http(s) URL"),
    );
    expect(() => new Octohooks("t", { maxResponseBytes: -1 })).toThrow(
      new InvalidArgumentError("maxResponseBytes must be a whole number of bytes >= 0"),
    );
  });

  it("refuses options that are not an object with a message naming the operation", async () => {
    const { octohooks } = recording();
    await expect(octohooks.application.get("app_1", "x" as unknown as undefined)).rejects.toThrow(
      new InvalidArgumentError("GET /api/v1/app/{app_id}: options must be an object"),
    );
  });

  it("starts a list at the iterator option, and takes an idempotencyKey left undefined on any call", async () => {
    const { octohooks, sent } = recording();
    await octohooks.message.list("app_1", { iterator: "it_1" });
    expect(sent[0]?.url).toBe("https://api.example.test/api/v1/app/app_1/msg?iterator=it_1");
    await octohooks.application.get("app_1", { idempotencyKey: undefined } as object);
    expect(sent).toHaveLength(2);
  });

  it("lists what a call takes when it refuses an option: the idempotency key only on a POST", async () => {
    const { octohooks } = recording();
    await expect(octohooks.health.get({ limit: 1 } as object)).rejects.toThrow(
      new InvalidArgumentError(
        'GET /api/v1/health takes no option "limit"; it takes: timeout, maxRetries, signal, headers',
      ),
    );
  });

  it("awaits an asynchronous payload check, then sends; a failed one sends nothing", async () => {
    let checks = 0;
    const events = defineEvents({
      "a.b": {
        "~standard": {
          version: 1,
          vendor: "test",
          validate: async (value: unknown) => {
            checks += 1;
            return (value as { n?: unknown }).n === 1 ? { value } : { issues: [{ message: "n must be 1" }] };
          },
        },
      } as StandardSchemaV1<{ n: number }>,
    });
    const { octohooks, sent } = recording({ events });
    await octohooks.message.create("app_1", { eventType: "a.b", payload: { n: 1 } });
    expect(sent.map((s) => s.url)).toEqual(["https://api.example.test/api/v1/app/app_1/msg"]);
    await expect(octohooks.message.create("app_1", { eventType: "a.b", payload: { n: 2 } })).rejects.toThrow(
      "n must be 1",
    );
    expect([checks, sent.length]).toEqual([2, 1]);
  });

  it("refuses a path template with no value for it as an invalid argument", () => {
    expect(() => buildUrl("https://api.example.test", "/api/v1/app/{app_id}")).toThrow(
      new InvalidArgumentError("appId must be a non-empty string, got undefined"),
    );
  });

  it("shows at most 64 characters of an option it does not take", async () => {
    const { octohooks } = recording();
    const key = `k${"e".repeat(100)}`;
    const error = await octohooks.health.get({ [key]: 1 } as object).catch((e) => e);
    expect(error.message).toContain(`takes no option ${JSON.stringify(key.slice(0, 64))};`);
  });

  it('refuses "Bearer " only at the start of a token; one with a space elsewhere is refused as unsendable', () => {
    expect(() => new Octohooks("tok bearer x")).toThrow(
      new InvalidArgumentError("the API token has characters an HTTP header cannot carry"),
    );
  });

  it("refuses a server URL with only a user name in it", () => {
    expect(() => new Octohooks("t", { serverUrl: "https://someone@api.example.test" })).toThrow(
      /must not contain credentials/,
    );
  });

  it("takes maxResponseBytes 0 and retry waits from 0 to the largest timer", () => {
    expect(() => new Octohooks("t", { maxResponseBytes: 0 })).not.toThrow();
    expect(
      () => new Octohooks("t", { retryPolicy: { baseDelayMs: 0, maxDelayMs: 2_147_483_647 } }),
    ).not.toThrow();
    for (const bad of [-1, 2_147_483_648, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new Octohooks("t", { retryPolicy: { baseDelayMs: bad } })).toThrow(InvalidArgumentError);
    }
  });
});
