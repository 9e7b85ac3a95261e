import { afterEach, describe, expect, it, vi } from "vitest";
import { Webhook, WebhookSecretError, WebhookVerificationError } from "../../src/webhooks/index.js";
import {
  MSG_ID,
  NOW,
  OTHER_SECRET,
  PAYLOAD,
  reasonOf,
  SECRET,
  signedHeaders,
  verificationError,
} from "./webhookFixtures.js";

const wh = new Webhook(SECRET);
const at = { now: NOW };
const EVENT = JSON.parse(PAYLOAD);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("Webhook round trip", () => {
  it("verifies what it signs and returns the parsed payload, sync and async", async () => {
    const headers = signedHeaders();
    expect(wh.verify(PAYLOAD, headers, at)).toEqual(EVENT);
    expect(await wh.verifyAsync(PAYLOAD, headers, at)).toEqual(EVENT);
  });

  it("signs a string, a Uint8Array and a Buffer of the same UTF-8 bytes identically, and verifies each", () => {
    const bytes = new TextEncoder().encode(PAYLOAD);
    const signature = wh.sign(MSG_ID, NOW, PAYLOAD);
    expect(wh.sign(MSG_ID, NOW, bytes)).toBe(signature);
    expect(wh.sign(MSG_ID, NOW, Buffer.from(PAYLOAD))).toBe(signature);
    const headers = signedHeaders();
    for (const payload of [PAYLOAD, bytes, Buffer.from(PAYLOAD)])
      expect(wh.verify(payload, headers, at)).toEqual(EVENT);
  });

  it("takes the timestamp as unix seconds or a Date", () => {
    expect(wh.sign(MSG_ID, new Date(NOW * 1000 + 999), PAYLOAD)).toBe(wh.sign(MSG_ID, NOW, PAYLOAD));
    expect(wh.verify(PAYLOAD, signedHeaders(), { now: new Date(NOW * 1000) })).toEqual(EVENT);
  });

  it("builds the three headers with signHeaders", async () => {
    const headers = wh.signHeaders(MSG_ID, new Date(NOW * 1000), PAYLOAD);
    expect(headers).toEqual({
      "webhook-id": MSG_ID,
      "webhook-timestamp": String(NOW),
      "webhook-signature": await wh.signAsync(MSG_ID, NOW, PAYLOAD),
    });
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it("returns undefined for an empty body with a valid signature", () => {
    expect(wh.verify("", signedHeaders({ payload: "" }), at)).toBeUndefined();
  });

  it("uses the current time when no now is given", () => {
    const now = Math.floor(Date.now() / 1000);
    expect(wh.verify(PAYLOAD, signedHeaders({ timestamp: now }))).toEqual(EVENT);
    expect(reasonOf(() => wh.verify(PAYLOAD, signedHeaders({ timestamp: now - 400 })))).toBe(
      "timestamp_too_old",
    );
  });
});

describe("Webhook rejects tampering", () => {
  it.each([
    ["payload", () => wh.verify(PAYLOAD.replace("1999", "1998"), signedHeaders(), at)],
    ["id", () => wh.verify(PAYLOAD, { ...signedHeaders(), "webhook-id": "msg_other" }, at)],
    ["timestamp", () => wh.verify(PAYLOAD, { ...signedHeaders(), "webhook-timestamp": String(NOW + 1) }, at)],
    ["secret", () => new Webhook(OTHER_SECRET).verify(PAYLOAD, signedHeaders(), at)],
    ["signature", () => wh.verify(PAYLOAD, { ...signedHeaders(), "webhook-signature": "v1,AAAA" }, at)],
  ])("a changed %s gives no_matching_signature", (_label, action) => {
    expect(reasonOf(action)).toBe("no_matching_signature");
  });

  it("rejects changed bytes in a byte payload", () => {
    const bytes = new TextEncoder().encode(PAYLOAD);
    bytes[5] = bytes[5]! ^ 1;
    expect(reasonOf(() => wh.verify(bytes, signedHeaders(), at))).toBe("no_matching_signature");
  });
});

describe("Webhook timestamps", () => {
  it("accepts up to the default tolerance of 300 s either way and rejects beyond", () => {
    const headers = signedHeaders();
    expect(wh.verify(PAYLOAD, headers, { now: NOW + 300 })).toEqual(EVENT);
    expect(wh.verify(PAYLOAD, headers, { now: NOW - 300 })).toEqual(EVENT);
    expect(reasonOf(() => wh.verify(PAYLOAD, headers, { now: NOW + 301 }))).toBe("timestamp_too_old");
    expect(reasonOf(() => wh.verify(PAYLOAD, headers, { now: NOW - 301 }))).toBe("timestamp_too_new");
  });

  it("honours a configured tolerance, including zero", () => {
    const strict = new Webhook(SECRET, { tolerance: 10 });
    expect(strict.verify(PAYLOAD, signedHeaders(), { now: NOW + 10 })).toEqual(EVENT);
    expect(reasonOf(() => strict.verify(PAYLOAD, signedHeaders(), { now: NOW + 11 }))).toBe(
      "timestamp_too_old",
    );
    expect(reasonOf(() => strict.verify(PAYLOAD, signedHeaders(), { now: NOW - 11 }))).toBe(
      "timestamp_too_new",
    );
    const exact = new Webhook(SECRET, { tolerance: 0 });
    expect(exact.verify(PAYLOAD, signedHeaders(), at)).toEqual(EVENT);
    expect(reasonOf(() => exact.verify(PAYLOAD, signedHeaders(), { now: NOW + 1 }))).toBe(
      "timestamp_too_old",
    );
    const lax = new Webhook(SECRET, { tolerance: 3600 });
    expect(lax.verify(PAYLOAD, signedHeaders(), { now: NOW + 3600 })).toEqual(EVENT);
  });

  it.each(["1e9", "12.5", "", " 1732406400", "-1732406400", "0x6740A900"])(
    "rejects timestamp %j",
    (timestamp) => {
      const headers = { ...signedHeaders(), "webhook-timestamp": timestamp };
      expect(reasonOf(() => wh.verify(PAYLOAD, headers, at))).toBe("invalid_timestamp");
    },
  );

  it("checks the timestamp before the signature", () => {
    const headers = { ...signedHeaders(), "webhook-signature": "v1,wrong" };
    expect(reasonOf(() => wh.verify(PAYLOAD, headers, { now: NOW + 1000 }))).toBe("timestamp_too_old");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses tolerance %s", (tolerance) => {
    expect(() => new Webhook(SECRET, { tolerance })).toThrow(RangeError);
  });
});

describe("Webhook signature lists", () => {
  const valid = () => signedHeaders()["webhook-signature"]!;
  const wrong = () => signedHeaders({ secret: OTHER_SECRET })["webhook-signature"]!;

  it("accepts a list where any one v1 signature is valid", () => {
    for (const list of [
      `${wrong()} ${valid()}`,
      `${valid()} ${wrong()}`,
      `v1,short ${wrong()} ${valid()} v1,x`,
    ]) {
      expect(wh.verify(PAYLOAD, { ...signedHeaders(), "webhook-signature": list }, at)).toEqual(EVENT);
    }
  });

  it("ignores other versions, even when they carry the right bytes", () => {
    const bytes = valid().slice(3);
    expect(
      wh.verify(PAYLOAD, { ...signedHeaders(), "webhook-signature": `v2,${bytes} ${valid()}` }, at),
    ).toEqual(EVENT);
    const onlyV2 = { ...signedHeaders(), "webhook-signature": `v2,${bytes} v1a,${bytes}` };
    expect(reasonOf(() => wh.verify(PAYLOAD, onlyV2, at))).toBe("no_matching_signature");
  });

  it("accepts repeated signature headers as arrays and as fetch Headers", async () => {
    const asArray = { ...signedHeaders(), "webhook-signature": [wrong(), valid()] };
    expect(wh.verify(PAYLOAD, asArray, at)).toEqual(EVENT);
    const headers = new Headers(signedHeaders());
    headers.set("webhook-signature", wrong());
    headers.append("webhook-signature", valid());
    expect(await wh.verifyAsync(PAYLOAD, headers, at)).toEqual(EVENT);
  });
});

describe("Webhook headers", () => {
  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])("rejects a missing %s", (name) => {
    const headers: Record<string, string> = signedHeaders();
    delete headers[name];
    const err = verificationError(() => wh.verify(PAYLOAD, headers, at));
    expect(err.reason).toBe("missing_headers");
    expect(err.message).toContain(name);
  });

  it("reads fetch Headers and mixed-case keys", () => {
    const h = signedHeaders();
    expect(wh.verify(PAYLOAD, new Headers(h), at)).toEqual(EVENT);
    const mixed = {
      "Webhook-ID": h["webhook-id"],
      "WEBHOOK-Timestamp": h["webhook-timestamp"],
      "webhook-SIGNATURE": h["webhook-signature"],
    };
    expect(wh.verify(PAYLOAD, mixed, at)).toEqual(EVENT);
  });

  it("accepts identical repeated ids and rejects conflicting ones", () => {
    const h = signedHeaders();
    expect(wh.verify(PAYLOAD, { ...h, "webhook-id": [MSG_ID, MSG_ID] }, at)).toEqual(EVENT);
    expect(reasonOf(() => wh.verify(PAYLOAD, { ...h, "webhook-id": [MSG_ID, "msg_x"] }, at))).toBe(
      "missing_headers",
    );
  });
});

describe("Webhook payloads", () => {
  it("rejects a validly signed payload that is not JSON as invalid_payload", () => {
    for (const payload of ["not json", "{", '{"a":1} trailing']) {
      expect(reasonOf(() => wh.verify(payload, signedHeaders({ payload }), at))).toBe("invalid_payload");
    }
  });

  it("rejects validly signed bytes that are not UTF-8 as invalid_payload", () => {
    const bytes = new Uint8Array([0x22, 0xff, 0x22]);
    expect(reasonOf(() => wh.verify(bytes, signedHeaders({ payload: bytes }), at))).toBe("invalid_payload");
  });

  it("parses byte payloads as UTF-8", () => {
    const bytes = new TextEncoder().encode('{"city":"東京"}');
    expect(wh.verify(bytes, signedHeaders({ payload: bytes }), at)).toEqual({ city: "東京" });
  });
});

describe("Webhook.verifyAsync and verifyRequest", () => {
  it("reject with the same reasons as verify", async () => {
    const tampered = { ...signedHeaders(), "webhook-id": "msg_other" };
    await expect(wh.verifyAsync(PAYLOAD, tampered, at)).rejects.toMatchObject({
      reason: "no_matching_signature",
    });
    await expect(wh.verifyAsync(PAYLOAD, {}, at)).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it("verifies a real Request", async () => {
    const request = new Request("http://127.0.0.1/hook", {
      method: "POST",
      body: PAYLOAD,
      headers: signedHeaders(),
    });
    expect(await wh.verifyRequest(request, at)).toEqual(EVENT);
    expect(request.bodyUsed).toBe(true);
  });

  it("verifies a Request whose streamed body can be read only once", async () => {
    const bytes = new TextEncoder().encode(PAYLOAD);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    const init = { method: "POST", body, headers: signedHeaders(), duplex: "half" } as RequestInit;
    const request = new Request("http://127.0.0.1/hook", init);
    expect(await wh.verifyRequest(request, at)).toEqual(EVENT);
    await expect(request.text()).rejects.toThrow(TypeError);
  });

  it("rejects a Request with a tampered body or missing headers", async () => {
    const tampered = new Request("http://127.0.0.1/hook", {
      method: "POST",
      body: `${PAYLOAD} `,
      headers: signedHeaders(),
    });
    await expect(wh.verifyRequest(tampered, at)).rejects.toMatchObject({ reason: "no_matching_signature" });
    const bare = new Request("http://127.0.0.1/hook", { method: "POST", body: PAYLOAD });
    await expect(wh.verifyRequest(bare, at)).rejects.toMatchObject({ reason: "missing_headers" });
  });
});

describe("Webhook without a synchronous native HMAC (browsers, workerd)", () => {
  async function webOnlyWebhook(): Promise<typeof Webhook> {
    vi.resetModules();
    const module = await import("../../src/webhooks/index.js");
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    return module.Webhook;
  }

  it("makes verify, sign and signHeaders throw a clear error pointing to the async methods", async () => {
    const WebOnly = await webOnlyWebhook();
    const web = new WebOnly(SECRET);
    expect(() => web.verify(PAYLOAD, signedHeaders(), at)).toThrow(
      "synchronous verification needs node:crypto; use verifyAsync()",
    );
    expect(() => web.sign(MSG_ID, NOW, PAYLOAD)).toThrow(
      "synchronous signing needs node:crypto; use signAsync()",
    );
    expect(() => web.signHeaders(MSG_ID, NOW, PAYLOAD)).toThrow(/signAsync/);
  });

  it("still verifies and signs through Web Crypto", async () => {
    const WebOnly = await webOnlyWebhook();
    const web = new WebOnly(SECRET);
    expect(await web.signAsync(MSG_ID, NOW, PAYLOAD)).toBe(wh.sign(MSG_ID, NOW, PAYLOAD));
    expect(await web.verifyAsync(PAYLOAD, signedHeaders(), at)).toEqual(EVENT);
    const request = new Request("http://127.0.0.1/hook", {
      method: "POST",
      body: PAYLOAD,
      headers: signedHeaders(),
    });
    expect(await web.verifyRequest(request, at)).toEqual(EVENT);
    await expect(web.verifyAsync(PAYLOAD.replace("1999", "2999"), signedHeaders(), at)).rejects.toMatchObject(
      {
        reason: "no_matching_signature",
      },
    );
  });
});

describe("Webhook construction", () => {
  it("accepts whsec_, bare and unpadded base64 secrets and raw bytes as the same key", () => {
    const signature = wh.sign(MSG_ID, NOW, PAYLOAD);
    const bytes = Uint8Array.from(Buffer.from(SECRET.slice(6), "base64"));
    expect(new Webhook(SECRET.slice(6)).sign(MSG_ID, NOW, PAYLOAD)).toBe(signature);
    expect(new Webhook(bytes).sign(MSG_ID, NOW, PAYLOAD)).toBe(signature);
    expect(new Webhook("whsec_aGk").sign(MSG_ID, NOW, PAYLOAD)).toBe(
      new Webhook("whsec_aGk=").sign(MSG_ID, NOW, PAYLOAD),
    );
  });

  it.each(["", "whsec_", "whsec_not base64", "whsec_abcde", "whsec_ab-_"])(
    "rejects the secret %j",
    (secret) => {
      expect(() => new Webhook(secret)).toThrow(WebhookSecretError);
    },
  );

  it("rejects empty raw key bytes", () => {
    expect(() => new Webhook(new Uint8Array(0))).toThrow(WebhookSecretError);
  });

  it("does no I/O, no timers and no randomness, only decodes the secret", () => {
    const spies = [
      vi.spyOn(process, "getBuiltinModule"),
      vi.spyOn(crypto, "getRandomValues"),
      vi.spyOn(crypto.subtle, "importKey"),
      vi.spyOn(globalThis, "setTimeout"),
      vi.spyOn(globalThis, "fetch"),
    ];
    new Webhook(SECRET, { tolerance: 60 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it("refuses to sign with an empty message id or an invalid time", () => {
    expect(() => wh.sign("", NOW, PAYLOAD)).toThrow(TypeError);
    expect(() => wh.sign(MSG_ID, Number.NaN, PAYLOAD)).toThrow(RangeError);
    expect(() => wh.sign(MSG_ID, new Date("nope"), PAYLOAD)).toThrow(RangeError);
    expect(() => wh.verify(PAYLOAD, signedHeaders(), { now: -5 })).toThrow(RangeError);
  });
});

describe("Webhook mistakes, answered with their cause", () => {
  it.each([
    ["a parsed object", EVENT, "Body is object"],
    ["undefined (Express with no raw parser)", undefined, "Body is undefined"],
    ["a number", 42, "Body is number"],
  ])("refuses %s as parsed_body, naming the fix, sync and async", async (_name, body, start) => {
    const error = verificationError(() => wh.verify(body as string, signedHeaders(), at));
    expect(error.reason).toBe("parsed_body");
    expect(error.message).toBe(
      `${start}, not raw: pass the raw body: use express.raw({ type: "application/json" })`,
    );
    await expect(wh.verifyAsync(body as string, signedHeaders(), at)).rejects.toMatchObject({
      reason: "parsed_body",
    });
  });

  it("names a re-serialised body: its signature matches only as JSON.stringify(JSON.parse(body))", async () => {
    const pretty = JSON.stringify(EVENT, null, 2);
    const error = verificationError(() => wh.verify(pretty, signedHeaders(), at));
    expect(error.reason).toBe("reserialized_body");
    expect(error.message).toContain("pass the raw body");
    await expect(wh.verifyAsync(pretty, signedHeaders(), at)).rejects.toMatchObject({
      reason: "reserialized_body",
    });
  });

  it("does not call a changed body, a wrong secret or bytes re-serialised", () => {
    const changed = JSON.stringify({ ...EVENT, type: "invoice.void" }, null, 2);
    expect(reasonOf(() => wh.verify(changed, signedHeaders(), at))).toBe("no_matching_signature");
    const pretty = JSON.stringify(EVENT, null, 2);
    const forged = signedHeaders({ secret: OTHER_SECRET });
    expect(reasonOf(() => wh.verify(pretty, forged, at))).toBe("no_matching_signature");
    // Bytes come straight off the wire, so they are raw by construction.
    expect(reasonOf(() => wh.verify(Buffer.from(pretty), signedHeaders(), at))).toBe("no_matching_signature");
  });

  it("reads a fetch Headers object and Node's headersDistinct arrays", () => {
    const h = signedHeaders();
    expect(wh.verify(PAYLOAD, new Headers(h), at)).toEqual(EVENT);
    const distinct = Object.fromEntries(Object.entries(h).map(([k, v]) => [k, [v]]));
    expect(wh.verify(PAYLOAD, distinct, at)).toEqual(EVENT);
  });

  it("reads missing headers (undefined given, or req.rawHeaders) as missing_headers", () => {
    expect(reasonOf(() => wh.verify(PAYLOAD, undefined as unknown as Headers, at))).toBe("missing_headers");
    const raw = Object.entries(signedHeaders()).flat() as unknown as Record<string, string>;
    expect(reasonOf(() => wh.verify(PAYLOAD, raw, at))).toBe("missing_headers");
  });
});
