/**
 * Operations that send messages to one endpoint: recover, replay-missing and send-example.
 *
 * @module
 */

import { endpointSubscribes } from "../deliveryRecords.js";
import { json, notFound } from "../exchange.js";
import { newId } from "../ids.js";
import { type OperationContext, requireApp, requireEndpoint } from "../operation.js";
import { toMillis } from "../requestInput.js";
import type { EventTypeRecord, MessageRecord } from "../store.js";
import { messageOut } from "../views.js";
import { storeMessage } from "./messages.js";

function inRange(message: MessageRecord, since: number, until: number): boolean {
  return message.timestamp >= since && message.timestamp < until;
}

/** The `[since, until)` window of a recover or replay body, in ms; `until` defaults to now. */
function timeWindow(ctx: OperationContext, body: { since: string; until?: string }) {
  const since = toMillis(body.since);
  const until = body.until === undefined ? ctx.clock.now() + 1 : toMillis(body.until);
  return { since, until };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function taskOut(task: "endpoint.recover" | "endpoint.replay", queued: number) {
  return json(202, { id: newId("qtask"), status: queued > 0 ? "running" : "finished", task });
}

/**
 * `POST …/endpoint/{endpoint_id}/recover`: a new retry cycle for each failed delivery in the window
 * that still has its payload and no cycle under way.
 */
export function recoverEndpoint(ctx: OperationContext<"endpoint.recover">) {
  const { since, until } = timeWindow(ctx, ctx.body);
  const endpoint = requireEndpoint(ctx);
  const failed = endpoint.destinations.filter(
    (d) =>
      d.status === "failed" &&
      d.message.payload !== undefined &&
      !ctx.dispatcher.hasActiveCycle(d) &&
      inRange(d.message, since, until),
  );
  for (const { message } of failed)
    ctx.dispatcher.deliver(message, endpoint, { triggerType: "manual", retries: true });
  return taskOut("endpoint.recover", failed.length);
}

/**
 * `POST …/endpoint/{endpoint_id}/replay-missing`: sends each message of the window that the
 * endpoint's filters accept, that was never queued for it and whose payload is still kept.
 */
export function replayMissing(ctx: OperationContext<"endpoint.replayMissing">) {
  const { since, until } = timeWindow(ctx, ctx.body);
  const app = requireApp(ctx);
  const endpoint = requireEndpoint(ctx, app);
  const missing = app.messages.filter(
    (m) =>
      inRange(m, since, until) &&
      m.payload !== undefined &&
      endpointSubscribes(endpoint, m) &&
      !m.destinations.some((d) => d.endpoint === endpoint),
  );
  for (const message of missing)
    ctx.dispatcher.deliver(message, endpoint, { triggerType: "manual", retries: true });
  return taskOut("endpoint.replay", missing.length);
}

/** The first example in the event type's newest schema, or a generic example payload. */
function examplePayload(eventType: EventTypeRecord): Record<string, unknown> {
  const versions = Object.keys(eventType.schemas ?? {}).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const examples = eventType.schemas?.[version]?.examples;
    const first = Array.isArray(examples) ? examples[0] : undefined;
    if (isJsonObject(first)) return first;
  }
  return { eventType: eventType.name, example: true };
}

/** `POST …/endpoint/{endpoint_id}/send-example`: stores an example message and sends it to this endpoint only. */
export function sendExample(ctx: OperationContext<"endpoint.sendExample">) {
  const { body } = ctx;
  const app = requireApp(ctx);
  const endpoint = requireEndpoint(ctx, app);
  const eventType = ctx.env.eventTypesByName.get(body.eventType);
  if (!eventType) throw notFound("Event type");
  const message = storeMessage(app, ctx.clock.now(), {
    eventType: eventType.name,
    payload: examplePayload(eventType),
  });
  const rendered = messageOut(message, true);
  ctx.dispatcher.deliver(message, endpoint, { triggerType: "manual", retries: false });
  return json(202, rendered);
}
