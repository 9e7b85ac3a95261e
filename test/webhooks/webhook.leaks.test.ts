// Secrets, key bytes and computed signatures must never surface in errors or in the Webhook object.
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  Webhook,
  WebhookSecretError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "../../src/webhooks/index.js";
import { KEY_BYTES, MSG_ID, NOW, PAYLOAD, SECRET, signedHeaders } from "./webhookFixtures.js";

const wh = new Webhook(SECRET);
const at = { now: NOW };

/** Every form of the secret, the key and the valid signature that must not leak. */
function forbiddenFragments(payload: string | Uint8Array, id = MSG_ID): string[] {
  const signature = wh.sign(id, NOW, payload).slice(3);
  const hex = Buffer.from(KEY_BYTES).toString("hex");
  return [
    SECRET,
    SECRET.slice(6),
    SECRET.slice(6, 18),
    signature,
    signature.slice(0, 12),
    hex,
    hex.match(/../g)!.join(" "),
    Array.from(KEY_BYTES).join(", "),
  ];
}

function renderings(err: unknown): string[] {
  const error = err as Error;
  return [
    error.message,
    String(error),
    String(error.stack),
    inspect(error),
    inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
    JSON.stringify(error),
  ];
}

function expectNoLeak(err: unknown, fragments: string[]): void {
  for (const text of renderings(err)) {
    for (const fragment of fragments) expect(text).not.toContain(fragment);
  }
}

const CASES: Array<[WebhookVerificationReason, string, Record<string, string | string[]>]> = [
  ["missing_headers", PAYLOAD, { "webhook-id": MSG_ID }],
  ["missing_headers", PAYLOAD, { ...signedHeaders(), "webhook-id": [MSG_ID, "msg_x"] }],
  ["invalid_timestamp", PAYLOAD, { ...signedHeaders(), "webhook-timestamp": "12.5" }],
  ["timestamp_too_old", PAYLOAD, signedHeaders({ timestamp: NOW - 3600 })],
  ["timestamp_too_new", PAYLOAD, signedHeaders({ timestamp: NOW + 3600 })],
  ["no_matching_signature", PAYLOAD.replace("1999", "2999"), signedHeaders()],
  ["reserialized_body", JSON.stringify(JSON.parse(PAYLOAD), null, 2), signedHeaders()],
  ["no_matching_signature", PAYLOAD, { ...signedHeaders(), "webhook-signature": "v2,abc" }],
  ["invalid_payload", "not json", signedHeaders({ payload: "not json" })],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("verification errors never reveal the secret or the expected signature", () => {
  it.each(CASES)("%s (sync)", (reason, payload, headers) => {
    let caught: unknown;
    try {
      wh.verify(payload, headers, at);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ reason });
    expectNoLeak(caught, forbiddenFragments(payload));
  });

  it.each(CASES)("%s (async and Request)", async (reason, payload, headers) => {
    const fromAsync = await wh.verifyAsync(payload, headers, at).catch((err: unknown) => err);
    expect(fromAsync).toMatchObject({ reason });
    expectNoLeak(fromAsync, forbiddenFragments(payload));
    const request = new Request("http://127.0.0.1/hook", {
      method: "POST",
      body: payload,
      headers: new Headers(
        Object.entries(headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])) as [
          string,
          string,
        ][],
      ),
    });
    const fromRequest = await wh.verifyRequest(request, at).catch((err: unknown) => err);
    // fetch Headers joins a repeated id into one value, so that case fails on the signature instead.
    expect(fromRequest).toBeInstanceOf(WebhookVerificationError);
    expectNoLeak(fromRequest, forbiddenFragments(payload));
  });

  it("the missing-sync-crypto error", async () => {
    vi.resetModules();
    const { Webhook: WebOnly } = await import("../../src/webhooks/index.js");
    vi.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
    let caught: unknown;
    try {
      new WebOnly(SECRET).verify(PAYLOAD, signedHeaders(), at);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    expectNoLeak(caught, forbiddenFragments(PAYLOAD));
  });
});

describe("secret errors never echo the secret", () => {
  it.each([
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw!",
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n",
    "MfKQ9r8GKYqrTwjU PD8ILPZIo2LaLaSw",
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwx",
  ])("%j", (secret) => {
    let caught: unknown;
    try {
      new Webhook(secret);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(WebhookSecretError);
    expectNoLeak(caught, [secret.trim(), "MfKQ9r8GKYqrTwjU", "PD8ILPZIo2LaLaSw"]);
  });
});

describe("a Webhook instance keeps its key private", () => {
  it("reveals nothing through inspect, JSON, toString or reflection", () => {
    const fragments = forbiddenFragments(PAYLOAD);
    const views = [
      inspect(wh),
      inspect(wh, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
      JSON.stringify(wh),
      String(wh),
      `${wh}`,
      JSON.stringify(Reflect.ownKeys(wh).map(String)),
      JSON.stringify(Object.getOwnPropertyNames(Object.getPrototypeOf(wh))),
    ];
    for (const view of views) for (const fragment of fragments) expect(view).not.toContain(fragment);
    expect(Reflect.ownKeys(wh)).toEqual([]);
  });

  it("a Webhook built from raw bytes reveals nothing either", () => {
    const raw = new Webhook(KEY_BYTES);
    for (const view of [
      inspect(raw, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
      JSON.stringify(raw),
    ]) {
      for (const fragment of forbiddenFragments(PAYLOAD)) expect(view).not.toContain(fragment);
    }
    expect(raw.sign(MSG_ID, NOW, PAYLOAD)).toBe(wh.sign(MSG_ID, NOW, PAYLOAD));
  });
});
