import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { pathId } from "../../src/core/request.js";
import { InvalidArgumentError, Octohooks } from "../../src/index.js";
import { BASE, recorder, useMswServer } from "../helpers/mswServer.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const APP = {
  id: "app_1",
  uid: "x",
  name: "A",
  rateLimit: null,
  metadata: {},
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

/** Answers every request with `body` and records it: the tests expect none to be sent. */
function recordEveryRequest(body: object) {
  const rec = recorder();
  server.use(
    http.all("*", ({ request }) => {
      rec.record(request);
      return HttpResponse.json(body);
    }),
  );
  return rec;
}

describe("path parameters", () => {
  it("percent-encodes a UID with /, ?, #, spaces and unicode into one segment", async () => {
    const rec = recorder();
    server.use(
      http.get(`${BASE}/api/v1/app/*`, ({ request }) => {
        rec.record(request);
        return HttpResponse.json(APP);
      }),
    );
    await octohooks.application.get("a/b?c=d#e f ü");
    const url = rec.requests[0]?.url as string;
    expect(url).toBe(`${BASE}/api/v1/app/a%2Fb%3Fc%3Dd%23e%20f%20%C3%BC`);
    expect(decodeURIComponent(url.split("/").pop() as string)).toBe("a/b?c=d#e f ü");
  });

  it.each([[""], ["."], [".."], [null], [undefined], [42]])(
    "refuses %o as an ID before any request",
    async (bad) => {
      const rec = recordEveryRequest(APP);
      await expect(octohooks.application.get(bad as string)).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(octohooks.endpoint.get("app_1", bad as string)).rejects.toThrow(/endpointId/);
      expect(() => octohooks.message.list(bad as string)).not.toThrow();
      await expect(octohooks.message.list(bad as string)).rejects.toBeInstanceOf(InvalidArgumentError);
      expect(rec.requests).toHaveLength(0);
    },
  );
});

describe("pathId", () => {
  it.each([
    ["", "appId must be a non-empty string, got an empty string"],
    [null, "appId must be a non-empty string, got null"],
    [undefined, "appId must be a non-empty string, got undefined"],
    [42, "appId must be a non-empty string, got number"],
    [".", 'appId cannot be "."'],
    ["..", 'appId cannot be ".."'],
    ["a\uD800b", "appId has a lone surrogate (not valid Unicode)"],
  ])("refuses %o, saying why", async (bad, message) => {
    const rec = recordEveryRequest(APP);
    await expect(octohooks.application.get(bad as string)).rejects.toThrow(new InvalidArgumentError(message));
    expect(rec.requests).toHaveLength(0);
  });

  it("returns a valid value as it is, and calls it id unless told what it is", () => {
    for (const good of ["app_1", "a.b", "...", "ü", "\uD83D\uDE00"]) expect(pathId(good)).toBe(good);
    expect(() => pathId("")).toThrow(
      new InvalidArgumentError("id must be a non-empty string, got an empty string"),
    );
  });
});

describe("query parameters", () => {
  it("refuses an invalid Date with a typed error before any request", async () => {
    const rec = recordEveryRequest({ data: [], iterator: null, prevIterator: null, done: true });
    const list = octohooks.message.list("app_1", { before: new Date("not a date") });
    await expect(list).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(list).rejects.toThrow(/^before is an invalid Date$/);
    expect(rec.requests).toHaveLength(0);
  });
});
