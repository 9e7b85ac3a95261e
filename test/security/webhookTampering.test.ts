// Webhook verification refuses replays outside the tolerance and every tampering (id, timestamp,
// body, signature bytes, version prefix), refuses a replay inside it when given a seen store, and its
// errors never reveal the secret or a signature.
import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MemorySeenStore,
  Webhook,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "../../src/webhooks/index.js";
import { runs } from "../properties/fastCheck.js";

const SECRET = "whsec_3q2+7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789AB";
const TOLERANCE = 300;
const wh = new Webhook(SECRET);

const msgId = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 });
const now = fc.integer({ min: 1_000_000_000, max: 4_000_000_000 });
const payload = fc.oneof(
  fc.json({ maxDepth: 2 }),
  fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => JSON.stringify(s)),
);

/** `body` serialised again as compact JSON, or `undefined` when it is not JSON. */
function compact(body: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return undefined;
  }
}

/** A message signed at `timestamp`, verified at `now`. */
interface Signed {
  id: string;
  timestamp: number;
  now: number;
  body: string;
  headers: Record<string, string>;
}
const signed: fc.Arbitrary<Signed> = fc
  .tuple(msgId, now, fc.integer({ min: -TOLERANCE, max: TOLERANCE }), payload)
  .map(([id, at, skew, body]) => ({
    id,
    timestamp: at + skew,
    now: at,
    body,
    headers: wh.signHeaders(id, at + skew, body),
  }));

/** Runs verify (sync and async) and returns the errors; both must fail the same way. */
async function failures(message: Signed): Promise<WebhookVerificationError[]> {
  const sync = (() => {
    try {
      wh.verify(message.body, message.headers, { now: message.now });
    } catch (error) {
      return error;
    }
    return undefined;
  })();
  const async = await wh.verifyAsync(message.body, message.headers, { now: message.now }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(sync).toBeInstanceOf(WebhookVerificationError);
  expect(async).toBeInstanceOf(WebhookVerificationError);
  return [sync, async] as WebhookVerificationError[];
}

/** The secret in every form, and the signatures a verifier computed or could have: none may show. */
function secretsFor(...signatures: string[]): string[] {
  const key = SECRET.slice("whsec_".length);
  return [
    SECRET,
    key,
    key.slice(0, 16),
    key.slice(-16),
    Buffer.from(key, "base64").toString("hex"),
    ...signatures.map((s) => s.slice(3)),
  ];
}

function expectNoLeak(errors: WebhookVerificationError[], forbidden: string[]): void {
  for (const error of errors) {
    const views = [
      error.message,
      String(error),
      String(error.stack),
      inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
      JSON.stringify(error),
    ];
    for (const view of views) for (const secret of forbidden) expect(view).not.toContain(secret);
  }
}

async function expectRefused(
  message: Signed,
  reason: WebhookVerificationReason,
  computed: string,
): Promise<void> {
  const errors = await failures(message);
  for (const error of errors) expect(error.reason).toBe(reason);
  expectNoLeak(errors, secretsFor(computed, message.headers["webhook-signature"] ?? ""));
}

describe("webhook verification under attack", () => {
  it("accepts an untampered message within the tolerance (the control case)", () => {
    fc.assert(
      fc.property(signed, (message) => {
        expect(wh.verify(message.body, message.headers, { now: message.now })).toEqual(
          JSON.parse(message.body),
        );
      }),
      runs(200),
    );
  });

  it("refuses a replay outside the tolerance, either way, even with a valid signature", async () => {
    const replay = fc.tuple(signed, fc.integer({ min: TOLERANCE + 1, max: 10 * 365 * 86_400 }), fc.boolean());
    await fc.assert(
      fc.asyncProperty(replay, async ([message, drift, late]) => {
        const replayed = { ...message, now: message.timestamp + (late ? drift : -drift) };
        const signature = wh.sign(message.id, message.timestamp, message.body);
        await expectRefused(replayed, late ? "timestamp_too_old" : "timestamp_too_new", signature);
      }),
      runs(200),
    );
  });

  it("refuses a changed id, timestamp or body (within the tolerance) as no_matching_signature", async () => {
    const tampered = fc.tuple(
      signed,
      fc.constantFrom("id", "timestamp", "body"),
      msgId,
      fc.integer({ min: 1, max: TOLERANCE }),
      payload,
    );
    await fc.assert(
      fc.asyncProperty(tampered, async ([message, part, otherId, shift, otherBody]) => {
        const forged = { ...message, headers: { ...message.headers } };
        if (part === "id") forged.headers["webhook-id"] = otherId === message.id ? `${otherId}x` : otherId;
        if (part === "timestamp") {
          const timestamp =
            message.timestamp + (message.timestamp + shift - message.now <= TOLERANCE ? shift : -shift);
          forged.headers["webhook-timestamp"] = String(timestamp);
        }
        if (part === "body") forged.body = otherBody === message.body ? `${otherBody} ` : otherBody;
        const computed = wh.sign(
          forged.headers["webhook-id"] as string,
          Number(forged.headers["webhook-timestamp"]),
          forged.body,
        );
        // A body that is the signed JSON formatted otherwise is named for what it most likely is.
        const reformatted = part === "body" && compact(forged.body) === message.body;
        await expectRefused(forged, reformatted ? "reserialized_body" : "no_matching_signature", computed);
      }),
      runs(300),
    );
  });

  it("refuses any flipped bit of the signature bytes", async () => {
    await fc.assert(
      fc.asyncProperty(signed, fc.nat({ max: 255 }), async (message, bit) => {
        const signature = message.headers["webhook-signature"] as string;
        const bytes = Buffer.from(signature.slice(3), "base64");
        bytes[bit >> 3] = (bytes[bit >> 3] as number) ^ (1 << (bit & 7));
        const forged = {
          ...message,
          headers: { ...message.headers, "webhook-signature": `v1,${bytes.toString("base64")}` },
        };
        await expectRefused(forged, "no_matching_signature", signature);
      }),
      runs(300),
    );
  });

  it("refuses the right signature under any other version prefix", async () => {
    const prefix = fc.oneof(
      fc.constantFrom(
        "v0,",
        "v2,",
        "V1,",
        "v1a,",
        "v1 ,",
        "v1;",
        "v1=",
        "v1",
        ",",
        "",
        "v1,,",
        " v1 ,",
        "v10,",
        "v1\t,",
      ),
      // Spaces separate candidates, so a prefix ending in " v1," would carry a genuine signature.
      fc
        .string({ maxLength: 4 })
        .map((p) => `${p},`)
        .filter((p) => p.split(" ").pop() !== "v1,"),
    );
    await fc.assert(
      fc.asyncProperty(signed, prefix, async (message, version) => {
        const signature = message.headers["webhook-signature"] as string;
        const forged = {
          ...message,
          headers: { ...message.headers, "webhook-signature": `${version}${signature.slice(3)}` },
        };
        // The errors must not echo the signature that was offered either.
        await expectRefused(forged, "no_matching_signature", signature);
      }),
      runs(200),
    );
  });
});

describe("webhook verification with a seen store", () => {
  it("refuses every copy of a verified delivery inside the tolerance, and accepts a retry signed anew", async () => {
    const retry = fc.tuple(signed, fc.integer({ min: 1, max: TOLERANCE }));
    await fc.assert(
      fc.asyncProperty(retry, async ([message, later]) => {
        const guarded = new Webhook(SECRET, { seen: new MemorySeenStore() });
        const at = { now: message.now };
        await guarded.verifyAsync(message.body, message.headers, at);
        const copy = () => guarded.verifyAsync(message.body, { ...message.headers }, at);
        await expect(copy()).rejects.toMatchObject({ reason: "replayed" });
        expect(() => guarded.verify(message.body, message.headers, at)).toThrow(/replayed/);
        // Octohooks signs each attempt with its own timestamp: a retry is a new delivery, not a replay.
        const timestamp = message.timestamp + later;
        const retried = wh.signHeaders(message.id, timestamp, message.body);
        const result = await guarded.verifyAsync(message.body, retried, { now: timestamp });
        expect(result).toEqual(JSON.parse(message.body));
      }),
      runs(100),
    );
  });
});
