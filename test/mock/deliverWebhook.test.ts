// deliverWebhook on its own: one signed delivery through a given send function.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { deliverWebhook } from "../../src/mock/delivery.js";

describe("deliverWebhook", () => {
  afterEach(() => vi.useRealTimers());
  const base = {
    url: "http://127.0.0.1:1/hook",
    msgId: "msg_1",
    body: "{}",
    secrets: [],
    headers: {},
    timestampSeconds: 1_700_000_000,
    timeoutMs: 1_000,
    signal: undefined,
  };
  const answering = (status: number) => async () => ({ status, body: "" });

  it("sends without a caller's signal, and reports the endpoint's answer", async () => {
    const seen: Array<Record<string, string>> = [];
    const result = await deliverWebhook({
      ...base,
      send: async (_url, headers) => {
        seen.push(headers);
        return { status: 204, body: "" };
      },
    });
    expect(result).toMatchObject({ ok: true, statusCode: 204, response: "" });
    expect(seen[0]?.["webhook-id"]).toBe("msg_1");
  });

  it("counts only a 2xx as delivered", async () => {
    for (const [status, ok] of [
      [199, false],
      [200, true],
      [299, true],
      [300, false],
    ] as const)
      expect((await deliverWebhook({ ...base, send: answering(status) })).ok, String(status)).toBe(ok);
  });

  it("refuses a URL with credentials before its host, not an @ later in the URL", async () => {
    const refused = await deliverWebhook({ ...base, url: "http://u:p@127.0.0.1/hook", send: answering(200) });
    expect(refused.response).toBe("Connection error: URLs with credentials are not supported");
    const sent = await deliverWebhook({
      ...base,
      url: "http://127.0.0.1/hook?next=http://a@b",
      send: answering(200),
    });
    expect(sent.ok).toBe(true);
  });

  it("names a failed send by its cause, and measures the attempt on the clock it was given", async () => {
    vi.useFakeTimers({ toFake: ["performance", "setTimeout", "clearTimeout"] });
    vi.advanceTimersByTime(1_000); // the attempt starts at 1 s on this clock, not at its 0
    const failed = await deliverWebhook({
      ...base,
      send: async () => {
        vi.advanceTimersByTime(250);
        throw new TypeError("fetch failed", { cause: new Error("ECONNREFUSED 127.0.0.1:1") });
      },
    });
    expect(failed).toEqual({
      ok: false,
      statusCode: 0,
      response: "Connection error: ECONNREFUSED 127.0.0.1:1",
      durationMs: 250,
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("says the mock closed when its signal stops the send, and leaves no listener on it", async () => {
    const controller = new AbortController();
    const result = await deliverWebhook({
      ...base,
      signal: controller.signal,
      send: (_url, _headers, _body, signal) =>
        new Promise((_, reject) => {
          signal.addEventListener("abort", () => reject(new Error("aborted")));
          controller.abort();
        }),
    });
    expect(result.response).toBe("Aborted: the mock server closed before the endpoint answered");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("takes its listener off a signal that never aborted once the delivery is over", async () => {
    const controller = new AbortController();
    await deliverWebhook({ ...base, signal: controller.signal, send: answering(200) });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
