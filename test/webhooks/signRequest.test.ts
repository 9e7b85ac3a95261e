// signRequest: a POST signed as Octohooks delivers one, which verifyRequest accepts.
import { describe, expect, it } from "vitest";
import { signRequest, Webhook } from "../../src/webhooks/index.js";
import { NOW, OTHER_SECRET, SECRET } from "./webhookFixtures.js";

const wh = new Webhook(SECRET);

describe("signRequest", () => {
  it("builds a JSON POST with the three signed headers, which verifyRequest accepts", async () => {
    const request = await signRequest(wh, "http://127.0.0.1/hooks", { type: "ping" });
    expect(request.method).toBe("POST");
    expect(request.url).toBe("http://127.0.0.1/hooks");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.headers.get("webhook-id")).toMatch(/^msg_test_/);
    expect(await wh.verifyRequest(request)).toEqual({ type: "ping" });
  });

  it("sends a string payload as it is, with the id, time and extra headers given", async () => {
    const request = await signRequest(wh, new URL("http://x/"), '{ "a": 1 }', {
      id: "msg_given",
      timestamp: NOW,
      headers: { "x-custom": "yes" },
    });
    expect(await request.clone().text()).toBe('{ "a": 1 }');
    expect(request.headers.get("webhook-id")).toBe("msg_given");
    expect(request.headers.get("webhook-timestamp")).toBe(String(NOW));
    expect(request.headers.get("x-custom")).toBe("yes");
    expect(request.headers.get("webhook-signature")).toBe(wh.sign("msg_given", NOW, '{ "a": 1 }'));
    expect(await wh.verifyRequest(request, { now: NOW })).toEqual({ a: 1 });
  });

  it("gives every request its own id, so a seen store never takes two for a replay", async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await signRequest(wh, "http://x/", {})).headers.get("webhook-id")),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it("signs with the webhook's own secret only", async () => {
    const request = await signRequest(new Webhook(OTHER_SECRET), "http://x/", {});
    await expect(wh.verifyRequest(request)).rejects.toMatchObject({ reason: "no_matching_signature" });
  });
});
