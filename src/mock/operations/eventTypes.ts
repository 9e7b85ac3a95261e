/**
 * `eventType.*` operations.
 *
 * @module
 */
import { conflict, json, noContent, notFound } from "../exchange.js";
import { type OperationContext, pageRequest } from "../operation.js";
import { paginate, removeBySeq } from "../pagination.js";
import type { BodyOf } from "../requestInput.js";
import type { EventTypeRecord } from "../store.js";
import { eventTypeOut } from "../views.js";

function requireEventType(ctx: Pick<OperationContext, "env" | "params">): EventTypeRecord {
  const eventType = ctx.env.eventTypesByName.get(ctx.params.event_type_name ?? "");
  if (!eventType) throw notFound("Event type");
  return eventType;
}

function addEventType(
  ctx: OperationContext,
  name: string,
  body: BodyOf<"eventType.update">,
): EventTypeRecord {
  const now = ctx.clock.now();
  const eventType: EventTypeRecord = {
    seq: ctx.env.nextSeq(),
    name,
    description: body.description,
    schemas: body.schemas ?? null,
    archived: body.archived ?? false,
    createdAt: now,
    updatedAt: now,
  };
  ctx.env.eventTypes.push(eventType);
  ctx.env.eventTypesByName.set(name, eventType);
  return eventType;
}

/** `GET /api/v1/event-type`: archived ones only with `include_archived=true`, schemas only with `with_content=true`. */
export function listEventTypes(ctx: OperationContext<"eventType.list">) {
  const { include_archived: includeArchived, with_content: withContent } = ctx.query;
  const page = paginate(ctx.env.eventTypes, pageRequest(ctx.query), (e) => includeArchived || !e.archived);
  return json(200, { ...page, data: page.data.map((e) => eventTypeOut(e, withContent ?? false)) });
}

/** `POST /api/v1/event-type` */
export function createEventType(ctx: OperationContext<"eventType.create">) {
  const { body } = ctx;
  if (ctx.env.eventTypesByName.has(body.name)) throw conflict("An event type with this name already exists.");
  return json(201, eventTypeOut(addEventType(ctx, body.name, body)));
}

/** `GET /api/v1/event-type/{event_type_name}` */
export function getEventType(ctx: OperationContext<"eventType.get">) {
  return json(200, eventTypeOut(requireEventType(ctx)));
}

/** `PUT /api/v1/event-type/{event_type_name}`: replaces it, or creates it (201). */
export function updateEventType(ctx: OperationContext<"eventType.update">) {
  const { body } = ctx;
  const name = ctx.params.event_type_name ?? "";
  const eventType = ctx.env.eventTypesByName.get(name);
  if (!eventType) return json(201, eventTypeOut(addEventType(ctx, name, body)));
  eventType.description = body.description;
  eventType.schemas = body.schemas ?? null;
  eventType.archived = body.archived ?? false;
  eventType.updatedAt = ctx.clock.now();
  return json(200, eventTypeOut(eventType));
}

/** `PATCH /api/v1/event-type/{event_type_name}` */
export function patchEventType(ctx: OperationContext<"eventType.patch">) {
  const { body } = ctx;
  const eventType = requireEventType(ctx);
  if (body.description !== undefined) eventType.description = body.description;
  if (body.schemas !== undefined) eventType.schemas = body.schemas;
  if (body.archived !== undefined) eventType.archived = body.archived;
  eventType.updatedAt = ctx.clock.now();
  return json(200, eventTypeOut(eventType));
}

/** `DELETE /api/v1/event-type/{event_type_name}`: archives, or with `expunge=true` deletes. */
export function deleteEventType(ctx: OperationContext<"eventType.delete">) {
  const eventType = requireEventType(ctx);
  if (ctx.query.expunge) {
    removeBySeq(ctx.env.eventTypes, eventType);
    ctx.env.eventTypesByName.delete(eventType.name);
  } else {
    eventType.archived = true;
    eventType.updatedAt = ctx.clock.now();
  }
  return noContent();
}
