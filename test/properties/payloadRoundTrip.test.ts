// Any JSON object payload survives message.create → message.get and the delivery to a receiver
// byte for byte: unicode keys and strings, nested arrays, negative, fractional and large numbers.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Octohooks, Webhook } from "../../src/index.js";
import { createMockServer } from "../../src/mock/index.js";
import { type Received, startReceiver } from "../e2e/receiver.js";
import { runs } from "./fastCheck.js";

const mock = createMockServer({ tokens: { tk_payloads: "payloads" } });
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let octohooks: Octohooks;
let appId: string;
let webhook: Webhook;

beforeAll(async () => {
  receiver = await startReceiver();
  const { url } = await mock.listen({ port: 0 });
  octohooks = new Octohooks("tk_payloads", { serverUrl: url, maxRetries: 0 });
  appId = (await octohooks.application.create({ name: "Payloads" })).id;
  const endpoint = await octohooks.endpoint.create(appId, { url: `${receiver.url}/hook` });
  webhook = new Webhook((await octohooks.endpoint.getSecret(appId, endpoint.id)).key);
});
afterAll(async () => {
  await mock.close();
  await receiver.close();
});

/** Object keys: any code points, plus the ones that trip up naive object handling. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
  fc.constantFrom(
    "",
    "__proto__",
    "constructor",
    "toString",
    "0",
    "-1",
    "1e3",
    "a.b",
    "\u0000",
    "🚀",
    "日本語",
  ),
);
const number = fc.oneof(
  fc.maxSafeInteger(),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    -0.5,
    1e-7,
    1e21,
    -1.7976931348623157e308,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const leaf = fc.oneof(
  fc.jsonValue({ stringUnit: "binary", maxDepth: 2 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  number,
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    leaf,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
  ),
}));
const payload = fc.dictionary(key, value, { maxKeys: 8 });

/** The webhook the receiver got for a message, waiting (bounded) for it to arrive. */
async function deliveryOf(msgId: string): Promise<Received> {
  for (let waits = 0; waits < 4; waits++) {
    const found = receiver.received.find((r) => r.headers["webhook-id"] === msgId);
    if (found) return found;
    await receiver.waitFor(receiver.received.length + 1, 500).catch(() => undefined);
  }
  throw new Error(`no delivery of ${msgId}`);
}

describe("payload round trip", () => {
  it("create → get → delivery keeps every payload byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(payload, async (sent) => {
        const expected = JSON.stringify(sent);
        const created = await octohooks.message.create(appId, { eventType: "round.trip", payload: sent });
        expect(JSON.stringify(created.payload)).toBe(expected);
        const fetched = await octohooks.message.get(appId, created.id);
        expect(JSON.stringify(fetched.payload)).toBe(expected);

        const delivery = await deliveryOf(created.id);
        expect(delivery.body).toBe(expected);
        const verified = webhook.verify(delivery.body, delivery.headers as Record<string, string>);
        expect(JSON.stringify(verified)).toBe(expected);
      }),
      runs(120),
    );
  });
});
