/**
 * `message.*` operations.
 *
 * @module
 */
import { conflict, json, noContent } from "../exchange.js";
import { newId } from "../ids.js";
import { inWindow, type OperationContext, pageRequest, requireApp, requireMessage } from "../operation.js";
import { paginate } from "../pagination.js";
import { type BodyOf, toMillis } from "../requestInput.js";
import type { ApplicationRecord, MessageRecord } from "../store.js";
import { messageOut } from "../views.js";

/** Stores a new message in `app`, sent at `now` (the caller fans it out). */
export function storeMessage(
  app: ApplicationRecord,
  now: number,
  input: BodyOf<"message.create">,
): MessageRecord {
  if (input.uid && app.messagesByUid.has(input.uid))
    throw conflict("A message with this uid already exists.");
  const message: MessageRecord = {
    seq: app.env.nextSeq(),
    id: newId("msg"),
    app,
    uid: input.uid ?? null,
    eventType: input.eventType,
    payload: input.payload,
    channels: input.channels ?? null,
    timestamp: now,
    destinations: [],
    attempts: [],
    openDeliveries: 0,
  };
  app.messages.push(message);
  app.messagesById.set(message.id, message);
  if (message.uid !== null) app.messagesByUid.set(message.uid, message);
  app.env.retention.added();
  return message;
}

/** The query filters shared by message lists (each optional). */
export interface MessageFilterQuery {
  event_types?: string[];
  channel?: string;
  before?: string;
  after?: string;
  with_content?: boolean;
}

/** The filters shared by message lists: event types, channel, time window (in ms), content. */
export function readMessageFilters(query: MessageFilterQuery) {
  return {
    eventTypes: query.event_types,
    channel: query.channel,
    before: query.before === undefined ? undefined : toMillis(query.before),
    after: query.after === undefined ? undefined : toMillis(query.after),
    withContent: query.with_content ?? true,
  };
}

/**
 * Whether a message passes the filters read by {@link readMessageFilters}; the time window applies
 * to `at` (the message's own timestamp unless, e.g., an attempt's is given).
 */
export function messageMatches(
  message: MessageRecord,
  filters: ReturnType<typeof readMessageFilters>,
  at = message.timestamp,
): boolean {
  const { eventTypes, channel, before, after } = filters;
  if (eventTypes && !eventTypes.includes(message.eventType)) return false;
  if (channel !== undefined && !message.channels?.includes(channel)) return false;
  return inWindow(at, after, before);
}

/** `GET /api/v1/app/{app_id}/msg` */
export function listMessages(ctx: OperationContext<"message.list">) {
  const filters = readMessageFilters(ctx.query);
  const page = paginate(requireApp(ctx).messages, pageRequest(ctx.query), (m) => messageMatches(m, filters));
  return json(200, { ...page, data: page.data.map((m) => messageOut(m, filters.withContent)) });
}

/** `POST /api/v1/app/{app_id}/msg`: stores the message and queues its deliveries (202). */
export async function createMessage(ctx: OperationContext<"message.create">) {
  const app = requireApp(ctx);
  const validator = ctx.settings.payloadValidator;
  if (validator) await validator.check(ctx.env.eventTypesByName.get(ctx.body.eventType), ctx.body.payload);
  const message = storeMessage(app, ctx.clock.now(), ctx.body);
  const rendered = messageOut(message, ctx.query.with_content ?? true);
  ctx.dispatcher.fanOut(message);
  return json(202, rendered);
}

/** `GET /api/v1/app/{app_id}/msg/{msg_id}` */
export function getMessage(ctx: OperationContext<"message.get">) {
  return json(200, messageOut(requireMessage(ctx), ctx.query.with_content ?? true));
}

/** `DELETE /api/v1/app/{app_id}/msg/{msg_id}/content`: the payload is gone for good. */
export function expungeMessageContent(ctx: OperationContext<"message.expungeContent">) {
  requireMessage(ctx).payload = undefined;
  return noContent();
}
