// One catalogue, end to end: the sender's client checks payloads before sending, syncEventTypes
// registers the schemas, the mock (validatePayloads) refuses a drifted payload, and the receiver
// gets each delivery typed and validated, telling a schema drift from a forgery.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  defineEvents,
  EventPayloadError,
  Octohooks,
  syncEventTypes,
  TypedWebhook,
  ValidationError,
  Webhook,
  WebhookPayloadError,
} from "../../src/index.js";
import { createMockServer, type MockServer, type RequestLogEntry } from "../../src/mock/index.js";
import { startReceiver } from "./receiver.js";

const events = defineEvents(
  {
    "invoice.paid": {
      schema: z.object({ type: z.literal("invoice.paid"), id: z.string(), amountCents: z.number().int() }),
      description: "An invoice was paid.",
    },
    "invoice.voided": z.object({ type: z.literal("invoice.voided"), id: z.string() }),
  },
  { discriminator: "type" },
);

let mock: MockServer;
let close: () => Promise<void>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let serverUrl: string;
let log: RequestLogEntry[];

beforeEach(async () => {
  log = [];
  mock = createMockServer({ validatePayloads: true, onRequest: (entry) => log.push(entry) });
  const listener = await mock.listen({ port: 0 });
  ({ close, url: serverUrl } = listener);
  receiver = await startReceiver();
});

afterEach(async () => {
  await mock?.close();
  await close?.();
  await receiver?.close();
});

async function setUp() {
  const octohooks = new Octohooks(mock.token, { serverUrl, maxRetries: 0, events });
  await syncEventTypes(octohooks, events);
  const app = await octohooks.application.create({ name: "Acme" });
  const endpoint = await octohooks.endpoint.create(app.id, { url: `${receiver.url}/hooks` });
  const { key } = await octohooks.endpoint.getSecret(app.id, endpoint.id);
  return { octohooks, app, receiverHook: new TypedWebhook(key, { events }) };
}

describe("typed events end to end", () => {
  it("a valid payload goes through, and the receiver gets it typed and validated", async () => {
    const { octohooks, app, receiverHook } = await setUp();
    await octohooks.message.create(app.id, {
      eventType: "invoice.paid",
      payload: { type: "invoice.paid", id: "in_1", amountCents: 1200 },
    });
    await receiver.waitFor(1);
    const [hook] = receiver.received;
    const event = receiverHook.verify(hook?.body as string, hook?.headers as Record<string, string>);
    expect(event).toEqual({ type: "invoice.paid", id: "in_1", amountCents: 1200 });
    // The union narrows by the discriminator: amountCents is a number only on invoice.paid.
    const cents: number = event.type === "invoice.paid" ? event.amountCents : 0;
    expect(cents).toBe(1200);
  });

  it("a wrong payload forced through with a cast throws EventPayloadError before any request", async () => {
    const { octohooks, app } = await setUp();
    log.length = 0;
    const wrong = { type: "invoice.paid", id: "in_1", amountCents: "12.00" } as unknown as {
      type: "invoice.paid";
      id: string;
      amountCents: number;
    };
    const error = await octohooks.message
      .create(app.id, { eventType: "invoice.paid", payload: wrong })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventPayloadError);
    expect((error as EventPayloadError).issues.map((i) => i.path)).toEqual([["amountCents"]]);
    // A copy with other defaults keeps the catalogue.
    await expect(
      octohooks
        .withOptions({ timeout: 5_000 })
        .message.create(app.id, { eventType: "invoice.paid", payload: wrong }),
    ).rejects.toBeInstanceOf(EventPayloadError);
    expect(log).toEqual([]);
  });

  it("a sender without the catalogue is stopped by the mock (422); a receiver tells drift from forgery", async () => {
    const { app } = await setUp();
    const untyped = new Octohooks(mock.token, { serverUrl, maxRetries: 0 });
    const drifted = { type: "invoice.paid", id: "in_1", amountCents: "12.00" };
    const refused = await untyped.message
      .create(app.id, { eventType: "invoice.paid", payload: drifted })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors[0]?.loc).toEqual(["body", "payload", "amountCents"]);

    // What a receiver sees if such a payload reaches it anyway (e.g. from a service that stores, not checks).
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const hook = new TypedWebhook(secret, { events });
    const body = JSON.stringify(drifted);
    const headers = new Webhook(secret).signHeaders("msg_1", new Date(), body);
    expect(() => hook.verify(body, headers)).toThrow(WebhookPayloadError);
    expect(() => hook.verify(body.replace("in_1", "in_2"), headers)).toThrow(/No matching webhook signature/);
  });
});
