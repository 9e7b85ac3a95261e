// nock intercepts the client's default Node path (node:http): a user's nock-backed tests work.
import nock from "nock";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NotFoundError, Octohooks } from "../../src/index.js";
import { MSG } from "../helpers/transportFixtures.js";

const BASE = "https://api.octohooks.test";

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

it("answers message.create with the SDK's headers, and a retry keeps the idempotency key", async () => {
  const keys: string[] = [];
  const scope = nock(BASE, {
    reqheaders: { authorization: "Bearer tok", "content-type": "application/json" },
  })
    .post("/api/v1/app/app_1/msg", { eventType: "a.b", payload: {} })
    .times(2)
    .reply(function () {
      keys.push(String(this.req.headers["idempotency-key"]));
      return keys.length === 1 ? [503, { code: "x" }] : [202, MSG];
    });
  const octohooks = new Octohooks("tok", { serverUrl: BASE, retryPolicy: { baseDelayMs: 1, maxDelayMs: 1 } });
  await expect(octohooks.message.create("app_1", { eventType: "a.b", payload: {} })).resolves.toEqual(MSG);
  expect(scope.isDone()).toBe(true);
  expect(keys[0]).toMatch(/^auto_/);
  expect(keys[1]).toBe(keys[0]);
});

it("turns a nock error answer into the typed error, with its request ID", async () => {
  nock(BASE)
    .get("/api/v1/app/missing")
    .reply(404, { code: "not_found", detail: "no" }, { "x-request-id": "req_9" });
  const error = await new Octohooks("tok", { serverUrl: BASE }).application.get("missing").catch((e) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error.requestId).toBe("req_9");
});
