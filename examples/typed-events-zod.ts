/**
 * Typed events with zod: one catalogue types and checks every message you send, registers the event
 * types with their JSON Schemas, and hands your receiver each webhook typed and validated.
 *
 *   OCTOHOOKS_TOKEN=... OCTOHOOKS_SERVER_URL=http://127.0.0.1:8071 \
 *     npx tsx --tsconfig examples/tsconfig.json examples/typed-events-zod.ts
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import {
  defineEvents,
  type EventPayload,
  EventPayloadError,
  Octohooks,
  syncEventTypes,
  TypedWebhook,
} from "octohooks";
import { z } from "zod";

/** Every event Acme sends; `type` in each payload tells a receiver which one it got. */
export const events = defineEvents(
  {
    "invoice.paid": {
      schema: z.object({ type: z.literal("invoice.paid"), id: z.string(), amountCents: z.number().int() }),
      description: "An invoice was paid in full.",
      example: { type: "invoice.paid", id: "in_example", amountCents: 1200 },
    },
    "invoice.voided": z.object({ type: z.literal("invoice.voided"), id: z.string(), reason: z.string() }),
  },
  { discriminator: "type" },
);

/** The receiver's own code: the `switch` narrows each payload by its `type`. */
export function describeEvent(event: EventPayload<typeof events>): string {
  switch (event.type) {
    case "invoice.paid":
      return `invoice ${event.id} paid, ${event.amountCents} cents`;
    case "invoice.voided":
      return `invoice ${event.id} voided: ${event.reason}`;
  }
}

/** A receiver on 127.0.0.1: verifies each delivery, validates it against the catalogue, answers 204. */
export async function startReceiver(secret: string, onEvent: (line: string) => void) {
  const webhook = new TypedWebhook(secret, { events });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      onEvent(describeEvent(webhook.verify(Buffer.concat(chunks), req.headers)));
      res.writeHead(204).end();
    } catch {
      res.writeHead(400).end(); // forged, or off its schema: Octohooks retries it later
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

export async function main(): Promise<void> {
  const octohooks = new Octohooks(process.env.OCTOHOOKS_TOKEN, { events });
  const sync = await syncEventTypes(octohooks, events); // idempotent: safe at every start
  console.log(`event types: ${sync.created.length} created, ${sync.unchanged.length} unchanged`);

  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  let delivered!: (line: string) => void;
  const received = new Promise<string>((resolve) => (delivered = resolve));
  const receiver = await startReceiver(secret, delivered);
  const app = await octohooks.application.getOrCreate({ name: "Acme (zod)", uid: "acme-zod" });
  await octohooks.endpoint.create(app.id, { url: receiver.url, secret });

  const payload = { type: "invoice.paid", id: "in_1", amountCents: 1200 } as const;
  await octohooks.message.create(app.id, { eventType: "invoice.paid", payload });
  try {
    // A payload off its schema (here from untyped JSON) is refused before anything is sent.
    const drifted = JSON.parse('{ "type": "invoice.paid", "id": "in_2", "amountCents": "12.00" }');
    await octohooks.message.create(app.id, { eventType: "invoice.paid", payload: drifted });
  } catch (error) {
    if (!(error instanceof EventPayloadError)) throw error;
    console.log(`refused before sending: ${error.message}`);
  }
  console.log(`receiver got: ${await received}`);
  await receiver.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
