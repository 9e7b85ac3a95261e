// The words of each refusal in octohooks/webhooks, and the edges the end-to-end receiver tests do not
// reach: each message is what a developer reads in a log, so each is held here word for word.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { webhookMiddleware } from "../../src/webhooks/express.js";
import { MemorySeenStore, signRequest, Webhook, WebhookVerificationError } from "../../src/webhooks/index.js";
import { hasV1Signature } from "../../src/webhooks/signatureHeader.js";
import { checkTimestamp, toUnixSeconds } from "../../src/webhooks/timestamp.js";
import { MSG_ID, NOW, PAYLOAD, SECRET, signedHeaders } from "./webhookFixtures.js";

afterEach(() => vi.useRealTimers());

const wh = new Webhook(SECRET);

describe("refusals, word for word", () => {
  it("of the timestamp", () => {
    expect(() => toUnixSeconds(-1)).toThrow(new RangeError("Expected unix seconds or a valid Date"));
    expect(toUnixSeconds(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => checkTimestamp("12a", 1_000, 300)).toThrow(
      new WebhookVerificationError("invalid_timestamp", "webhook-timestamp is not unix seconds"),
    );
    expect(() => checkTimestamp("600", 1_000, 300)).toThrow(
      new WebhookVerificationError("timestamp_too_old", "Webhook timestamp is too old"),
    );
    expect(() => checkTimestamp("1400", 1_000, 300)).toThrow(
      new WebhookVerificationError("timestamp_too_new", "Webhook timestamp is too new"),
    );
  });

  it("of a Webhook's arguments and payloads", () => {
    expect(() => new Webhook(SECRET, { tolerance: -1 })).toThrow(new RangeError("Invalid tolerance"));
    expect(() => wh.sign("", NOW, PAYLOAD)).toThrow(new TypeError("msgId must be a non-empty string"));
    const notJson = "not json";
    const error = (() => {
      try {
        wh.verify(notJson, signedHeaders({ payload: notJson }), { now: NOW });
      } catch (e) {
        return e as WebhookVerificationError;
      }
    })();
    expect(error?.reason).toBe("invalid_payload");
    expect(error?.message).toBe("Webhook payload is not valid JSON");
  });

  it("of a replay, and of a seen store's size", async () => {
    const seen = new MemorySeenStore();
    const guarded = new Webhook(SECRET, { seen });
    const headers = signedHeaders();
    await guarded.verifyAsync(PAYLOAD, headers, { now: NOW });
    await expect(guarded.verifyAsync(PAYLOAD, headers, { now: NOW })).rejects.toThrow(
      new WebhookVerificationError("replayed", "Webhook replayed"),
    );
    expect(() => new MemorySeenStore({ maxEntries: 0 })).toThrow(new RangeError("Invalid maxEntries"));
  });
});

describe("hasV1Signature", () => {
  it("drops only a trailing comma: a comma inside a candidate is part of it", () => {
    expect(hasV1Signature("v1,abc,", "abc")).toBe(true);
    expect(hasV1Signature("v1,ab,c", "abc")).toBe(false);
  });
});

describe("MemorySeenStore", () => {
  it("a key expires at its expiry instant, and is dropped by the next add", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 0 });
    const store = new MemorySeenStore({ maxEntries: 10 });
    store.add("a", 1);
    vi.setSystemTime(1_000);
    expect(store.has("a")).toBe(false);
    store.add("b", 60);
    expect(store.size).toBe(1);
  });

  it("re-adding an expired key moves it to the back, so a full store evicts the older live key last", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: 0 });
    const store = new MemorySeenStore({ maxEntries: 2 });
    store.add("live", 600);
    store.add("short", 1);
    vi.setSystemTime(2_000);
    expect(store.add("short", 600)).toBe(true);
    expect(store.has("live")).toBe(true);
    expect(store.has("short")).toBe(true);
  });
});

describe("signRequest", () => {
  it("makes a fresh test message ID of letters and digits for each request", async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () =>
        (await signRequest(wh, "http://127.0.0.1/hooks", { n: 1 })).headers.get("webhook-id"),
      ),
    );
    for (const id of ids) expect(id).toMatch(/^msg_test_[0-9a-z]+$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("webhookMiddleware, without Express", () => {
  /** A request stream with these chunks and headers. */
  const request = (body: Readable, headers: Record<string, string>) =>
    Object.assign(body, { headers }) as unknown as IncomingMessage;
  const response = () => {
    const res = { writeHead: vi.fn(), end: vi.fn() };
    return res as typeof res & ServerResponse;
  };

  it("answers a failed verification with a JSON 400 naming the reason", async () => {
    const res = response();
    const next = vi.fn();
    const ended = new Promise((resolve) => res.end.mockImplementation(resolve));
    webhookMiddleware(wh)(request(Readable.from([Buffer.from(PAYLOAD)]), {}), res, next);
    const body = JSON.parse(String(await ended));
    expect(res.writeHead).toHaveBeenCalledWith(400, { "content-type": "application/json" });
    expect(body.reason).toBe("missing_headers");
    expect(next).not.toHaveBeenCalled();
  });

  it("hands any other error to next(error), answering nothing", async () => {
    const res = response();
    const broken = new Readable({
      read() {
        this.destroy(new Error("socket broke"));
      },
    });
    const passed = new Promise<unknown>((resolve) => {
      webhookMiddleware(wh)(request(broken, { "webhook-id": MSG_ID }), res, resolve);
    });
    expect(await passed).toMatchObject({ message: "socket broke" });
    expect(res.writeHead).not.toHaveBeenCalled();
  });
});
