// msw's `setupServer` intercepts the client's default Node path (node:http), as it always
// intercepted fetch: a user's msw-backed tests keep working without passing `fetch`.
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { Octohooks } from "../../src/index.js";
import { MSG } from "../helpers/transportFixtures.js";

const BASE = "https://api.octohooks.test";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("answers message.create over node:http, fetch untouched, retries keeping the idempotency key", async () => {
  const keys: Array<string | null> = [];
  let calls = 0;
  server.use(
    http.post(`${BASE}/api/v1/app/app_1/msg`, async ({ request }) => {
      keys.push(request.headers.get("idempotency-key"));
      expect(await request.json()).toEqual({ eventType: "a.b", payload: {} });
      return calls++ === 0
        ? HttpResponse.json({ code: "x" }, { status: 503 })
        : HttpResponse.json(MSG, { status: 202 });
    }),
  );
  const fetchSpy = vi.spyOn(globalThis, "fetch");
  const octohooks = new Octohooks("tok", { serverUrl: BASE, retryPolicy: { baseDelayMs: 1, maxDelayMs: 1 } });
  await expect(octohooks.message.create("app_1", { eventType: "a.b", payload: {} })).resolves.toEqual(MSG);
  expect(fetchSpy).not.toHaveBeenCalled();
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^auto_/);
  expect(keys[1]).toBe(keys[0]);
  fetchSpy.mockRestore();
});
