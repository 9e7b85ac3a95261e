import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildUrl } from "../../src/core/apiClient.js";
import { InvalidArgumentError, Octohooks, OctohooksError } from "../../src/index.js";
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
    await expect(octohooks.health.get({ timeout: 5 })).resolves.toEqual({ status: "ok" });
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
