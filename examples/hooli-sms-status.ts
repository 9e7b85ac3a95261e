/**
 * The Hooli case study in TypeScript. Hooli, an SMS provider, gives each API partner its own
 * Octohooks application (keyed by the partner's ID, so Hooli stores no Octohooks IDs), lets partners
 * add endpoints with event filters, custom headers and rate limits, and reports each SMS it sends as
 * a `message.sent` webhook whose UID is the SMS's ID. One event catalogue (zod) types every payload
 * Hooli sends, checks it before sending, and registers each event type with its JSON Schema, so
 * partners see what they will receive.
 *
 * `createMessagesHandler` is Hooli's `POST /api/messages` (the case study's MessagesController) as a
 * Fetch-API handler. Running this file onboards one partner, adds its endpoint and sends one SMS:
 *
 *   HOOLI_PARTNER_WEBHOOK_URL=https://partner.example.com/hooks \
 *     npx tsx --tsconfig examples/tsconfig.json examples/hooli-sms-status.ts
 */
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { type ApplicationOut, defineEvents, type EndpointOut, Octohooks, syncEventTypes } from "octohooks";
import { z } from "zod";

/** An SMS as Hooli's SMS service returns it, in a given status; it is also the webhook payload. */
function smsIn<S extends string>(status: S) {
  return z.object({
    id: z.string(),
    to: z.string(),
    body: z.string(),
    status: z.literal(status),
    createdAt: z.iso.datetime(),
  });
}

/** The SMS status events Hooli's partners can subscribe to, and the payload of each. */
export const smsEvents = defineEvents({
  "message.sent": { schema: smsIn("sent"), description: "An SMS was accepted and handed to the carrier." },
  "message.delivered": {
    schema: smsIn("delivered"),
    description: "The carrier confirmed delivery of an SMS.",
  },
  "message.failed": { schema: smsIn("failed"), description: "An SMS could not be delivered." },
});

/** Hooli's client: every message it sends is typed and checked by {@link smsEvents}. */
export type HooliOctohooks = Octohooks<typeof smsEvents>;

/** An API partner of Hooli. */
export interface Partner {
  id: string;
  name: string;
}

/** What Hooli's SMS service returns for a sent SMS; it is also the webhook payload. */
export type Sms = z.infer<ReturnType<typeof smsIn<"sent">>>;

/** Declares the event types with their schemas; idempotent, so this is safe on every start. */
export async function registerEventTypes(octohooks: HooliOctohooks): Promise<void> {
  await syncEventTypes(octohooks, smsEvents);
}

/** One application per partner, with the partner's ID as its UID; safe to call again. */
export function onboardPartner(octohooks: HooliOctohooks, partner: Partner): Promise<ApplicationOut> {
  return octohooks.application.getOrCreate({ name: partner.name, uid: partner.id });
}

/** A partner's endpoint: which events, which extra headers, how many deliveries per second. */
export interface PartnerEndpoint {
  url: string;
  eventTypes?: string[];
  headers?: Record<string, string>;
  rateLimit?: number;
}

/** Adds an endpoint to a partner's application (the partner's ID works in place of the app ID). */
export function addPartnerEndpoint(
  octohooks: HooliOctohooks,
  partnerId: string,
  endpoint: PartnerEndpoint,
): Promise<EndpointOut> {
  return octohooks.endpoint.create(partnerId, {
    url: endpoint.url,
    eventTypes: endpoint.eventTypes,
    headers: endpoint.headers,
    rateLimit: endpoint.rateLimit,
  });
}

/** What `POST /api/messages` needs: the client, the SMS service, and who is calling. */
export interface MessagesHandlerDeps {
  octohooks: HooliOctohooks;
  sendSms: (to: string, body: string) => Promise<Sms>;
  /** The partner behind a request's bearer token, or `undefined` (the case study reads a JWT). */
  partnerIdFromToken: (token: string) => string | undefined;
}

/** `POST /api/messages` with `{ mobileNumber, body }`: sends the SMS, then the `message.sent` webhook. */
export function createMessagesHandler(deps: MessagesHandlerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const token = request.headers.get("authorization")?.replace(/^Bearer /i, "") ?? "";
    const partnerId = deps.partnerIdFromToken(token);
    if (!partnerId) return Response.json({ error: "unknown partner" }, { status: 401 });
    const input = (await request.json().catch(() => null)) as {
      mobileNumber?: unknown;
      body?: unknown;
    } | null;
    if (typeof input?.mobileNumber !== "string" || typeof input.body !== "string") {
      return Response.json({ error: "mobileNumber and body are required strings" }, { status: 400 });
    }
    const sms = await deps.sendSms(input.mobileNumber, input.body);
    await deps.octohooks.message.create(partnerId, {
      channels: [],
      eventType: "message.sent",
      payload: sms,
      uid: sms.id,
    });
    return Response.json(sms);
  };
}

/** A stand-in for Hooli's SMS service. */
export async function fakeSendSms(to: string, body: string): Promise<Sms> {
  return { id: `sms_${randomUUID()}`, to, body, status: "sent", createdAt: new Date().toISOString() };
}

/** Onboards partner Acme, adds its endpoint and sends one SMS on its behalf. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const url = env.HOOLI_PARTNER_WEBHOOK_URL;
  if (!url) throw new Error("Set HOOLI_PARTNER_WEBHOOK_URL to the URL the partner receives webhooks on");
  const octohooks = new Octohooks(undefined, { events: smsEvents });
  const acme: Partner = { id: "partner_acme", name: "Acme Messaging" };

  await registerEventTypes(octohooks);
  const app = await onboardPartner(octohooks, acme);
  console.log(`partner ${acme.id}: application ${app.id}`);
  const endpoint = await addPartnerEndpoint(octohooks, acme.id, {
    url,
    eventTypes: ["message.sent", "message.failed"],
    headers: { "x-acme-account": "acct_42" },
    rateLimit: 10,
  });
  console.log(`endpoint ${endpoint.id}: ${endpoint.eventTypes?.join(", ")}, ${endpoint.rateLimit}/s`);

  const handler = createMessagesHandler({
    octohooks,
    sendSms: fakeSendSms,
    partnerIdFromToken: (token) => (token === "acme-api-key" ? acme.id : undefined),
  });
  const response = await handler(
    new Request("https://api.hooli.example/api/messages", {
      method: "POST",
      headers: { authorization: "Bearer acme-api-key", "content-type": "application/json" },
      body: JSON.stringify({ mobileNumber: "+15555550100", body: "Your code is 123456" }),
    }),
  );
  const sms = (await response.json()) as Sms;
  console.log(`sms ${sms.id}: ${response.status}, message.sent webhook queued with uid ${sms.id}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
