// deliverWebhook on its own: one signed delivery through a given send function.
import { describe, expect, it } from "vitest";
import { deliverWebhook } from "../../src/mock/delivery.js";

describe("deliverWebhook", () => {
  it("sends without a caller's signal, and reports the endpoint's answer", async () => {
    const seen: Array<Record<string, string>> = [];
    const result = await deliverWebhook({
      url: "http://127.0.0.1:1/hook",
      msgId: "msg_1",
      body: "{}",
      secrets: [],
      headers: {},
      timestampSeconds: 1_700_000_000,
      timeoutMs: 1_000,
      send: async (_url, headers) => {
        seen.push(headers);
        return { status: 204, body: "" };
      },
      signal: undefined,
    });
    expect(result).toMatchObject({ ok: true, statusCode: 204, response: "" });
    expect(seen[0]?.["webhook-id"]).toBe("msg_1");
  });
});
