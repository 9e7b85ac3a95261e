/**
 * Typed events with valibot: the same catalogue as the zod example, written with valibot. Its
 * `toStandardJsonSchema` gives each validator a JSON Schema, which `syncEventTypes` registers.
 * The receiver is a Fetch-API handler (Next.js, Hono, Workers, Bun, Deno) using `verifyRequest`.
 *
 *   OCTOHOOKS_TOKEN=... OCTOHOOKS_SERVER_URL=http://127.0.0.1:8071 \
 *     npx tsx --tsconfig examples/tsconfig.json examples/typed-events-valibot.ts
 */
import { pathToFileURL } from "node:url";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import {
  defineEvents,
  Octohooks,
  syncEventTypes,
  TypedWebhook,
  Webhook,
  WebhookPayloadError,
  WebhookVerificationError,
} from "octohooks";
import * as v from "valibot";

export const events = defineEvents(
  {
    "user.created": {
      schema: toStandardJsonSchema(
        v.object({ type: v.literal("user.created"), id: v.string(), email: v.pipe(v.string(), v.email()) }),
      ),
      description: "A user signed up.",
    },
    "user.deleted": toStandardJsonSchema(v.object({ type: v.literal("user.deleted"), id: v.string() })),
  },
  { discriminator: "type" },
);

/** The receiver, as a Fetch-API handler: 204 for a handled event, 400 for one that cannot be trusted. */
export function createHandler(secret: string, onEvent: (line: string) => void) {
  const webhook = new TypedWebhook(secret, { events });
  return async (request: Request): Promise<Response> => {
    try {
      const event = await webhook.verifyRequest(request);
      onEvent(
        event.type === "user.created"
          ? `user ${event.id} created (${event.email})`
          : `user ${event.id} deleted`,
      );
      return new Response(null, { status: 204 });
    } catch (error) {
      // An event type added since this receiver was deployed: acknowledge it, or it is retried for a day.
      if (error instanceof WebhookPayloadError && error.reason === "unknown_event_type")
        return new Response(null, { status: 204 });
      if (error instanceof WebhookVerificationError) return new Response(error.reason, { status: 400 });
      throw error;
    }
  };
}

export async function main(): Promise<void> {
  const octohooks = new Octohooks(process.env.OCTOHOOKS_TOKEN, { events });
  const sync = await syncEventTypes(octohooks, events);
  console.log(`event types: ${sync.created.length} created, ${sync.unchanged.length} unchanged`);
  const schema = await octohooks.eventType.get("user.created");
  console.log(`user.created schema requires: ${String(schema.schemas?.["1"]?.required)}`);

  // Sign a delivery as Octohooks would, and hand it to the handler.
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const handler = createHandler(secret, (line) => console.log(`handler: ${line}`));
  for (const payload of [
    { type: "user.created", id: "usr_1", email: "ada@example.com" },
    { type: "user.created", id: "usr_2", email: "not an email" },
    { type: "user.renamed", id: "usr_1" },
  ]) {
    const body = JSON.stringify(payload);
    const headers = new Webhook(secret).signHeaders(`msg_${payload.id}`, new Date(), body);
    const response = await handler(
      new Request("https://acme.example/hooks", { method: "POST", body, headers }),
    );
    console.log(`${payload.type} ${payload.id} -> ${response.status} ${await response.text()}`.trim());
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
