// The exchange observer, and through it the suite-wide conformance check of vitest.config.ts's
// setup file (test/helpers/mockConformance.ts).
import { afterEach, describe, expect, it } from "vitest";
import { createMockServer } from "../../src/mock/index.js";
import { type ObservedExchange, observed, observeExchanges, reportExchange } from "../../src/mock/observe.js";

// Read before this file imports the setup module itself: only the configured setup file can have registered it.
const observedBySetup = observed();

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe("observeExchanges", () => {
  it("sees every response of every mock, in process and over HTTP, until stopped", async () => {
    const seen: ObservedExchange[] = [];
    stop = observeExchanges((exchange) => seen.push(exchange));
    const mock = createMockServer({ tokens: { tk: "default" } });
    const request = { headers: { authorization: "Bearer tk", "x-request-id": "req-1" } };
    await mock.handle(new Request(`${mock.url}/api/v1/app?limit=2`, request));
    const { url } = await mock.listen();
    await (await fetch(`${url}/api/v1/nowhere`)).text();
    stop();
    await mock.handle(new Request(`${mock.url}/api/v1/health`));
    await mock.close();
    expect(seen.map((e) => [e.method, e.path, e.search, e.status])).toEqual([
      ["GET", "/api/v1/app", "limit=2", 200],
      ["GET", "/api/v1/nowhere", "", 404],
    ]);
    expect(seen[0]?.headers).toMatchObject({ "content-type": "application/json", "x-request-id": "req-1" });
    expect(JSON.parse(seen[0]?.body ?? "")).toMatchObject({ data: [], done: true });
  });

  it("a throwing observer changes nothing for the client", async () => {
    stop = observeExchanges(() => {
      throw new Error("observer bug");
    });
    const mock = createMockServer();
    const response = await mock.handle(new Request(`${mock.url}/api/v1/health`));
    expect(response.status).toBe(200);
    await mock.close();
  });
});

describe("the suite-wide conformance check", () => {
  it("is registered for every test file by the vitest setup", () => {
    expect(observedBySetup).toBe(true);
  });

  it("catches a response that breaks the spec: status, headers and their types, content-type, body", async () => {
    const { takeConformanceProblems } = await import("../helpers/mockConformance.js");
    const exchange = { method: "GET", path: "/api/v1/health", search: "", body: undefined };
    reportExchange({ ...exchange, status: 200, headers: { "content-type": "text/plain" }, body: "ok" });
    reportExchange({ ...exchange, status: 429, headers: { "x-request-id": "r", "retry-after": "soon" } });
    reportExchange({ ...exchange, status: 418, headers: { "x-request-id": "r" } });
    const rateLimited = { "x-request-id": "r", "retry-after": "2", "content-type": "application/json" };
    reportExchange({ ...exchange, status: 429, headers: rateLimited, body: '{"code":"rate_limited"}' });
    const problems = await takeConformanceProblems();
    expect(problems).toEqual([
      "GET /api/v1/health -> health.get 200: header x-request-id missing",
      "GET /api/v1/health -> health.get 200: content-type text/plain is not application/json",
      expect.stringMatching(/^GET \/api\/v1\/health -> health.get 200: data must be object/),
      expect.stringMatching(
        /^GET \/api\/v1\/health -> health.get 429: header retry-after data must be integer/,
      ),
      "GET /api/v1/health -> health.get 429: content-type null is not application/json",
      expect.stringMatching(/health.get 429: data must be object/),
      "GET /api/v1/health -> health.get: status 418 is not documented",
      expect.stringMatching(/health.get 429: data must have required property 'detail'/),
    ]);
  });
});
