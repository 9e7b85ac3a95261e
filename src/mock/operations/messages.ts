/**
 * `message.*` operations.
 *
 * @module
 */
import { conflict, json, noContent } from "../exchange.js";
import { newId } from "../ids.js";
import {
  inWindow,
  type OperationContext,
  readInput,
  readPageRequest,
  requireApp,
  requireMessage,
} from "../operation.js";
import { paginate } from "../pagination.js";
import type { QueryReader } from "../queryParams.js";
import { channelParam, eventTypeNameParam, MessageIn } from "../schemas.js";
import type { ApplicationRecord, MessageRecord } from "../store.js";
import type { Infer } from "../validation.js";
import { messageOut } from "../views.js";

/** Stores a new message in `app` (the caller fans it out). */
export function storeMessage(
  ctx: OperationContext,
  app: ApplicationRecord,
  input: Infer<typeof MessageIn>,
): MessageRecord {
  if (input.uid && app.messagesByUid.has(input.uid))
    throw conflict("A message with this uid already exists.");
  const message: MessageRecord = {
    seq: ctx.env.nextSeq(),
    id: newId("msg"),
    app,
    uid: input.uid ?? null,
    eventType: input.eventType,
    payload: input.payload,
    channels: input.channels ?? null,
    timestamp: ctx.clock.now(),
    destinations: [],
    attempts: [],
    openDeliveries: 0,
  };
  app.messages.push(message);
  app.messagesById.set(message.id, message);
  if (message.uid !== null) app.messagesByUid.set(message.uid, message);
  ctx.env.retention.added();
  return message;
}

/** The filters shared by message lists: event types, channel, time window, content. */
export function readMessageFilters(q: QueryReader) {
  return {
    eventTypes: q.list("event_types", eventTypeNameParam, 100),
    channel: q.string("channel", channelParam),
    before: q.dateTime("before"),
    after: q.dateTime("after"),
    withContent: q.boolean("with_content") ?? true,
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
export function listMessages(ctx: OperationContext) {
  const { query } = readInput(ctx, {
    query: (q) => ({ page: readPageRequest(q, "descending"), filters: readMessageFilters(q) }),
  });
  const { filters } = query;
  const page = paginate(requireApp(ctx).messages, query.page, (m) => messageMatches(m, filters));
  return json(200, { ...page, data: page.data.map((m) => messageOut(m, filters.withContent)) });
}

/** `POST /api/v1/app/{app_id}/msg`: stores the message and queues its deliveries (202). */
export async function createMessage(ctx: OperationContext) {
  const { body, query } = readInput(ctx, {
    body: MessageIn,
    query: (q) => q.boolean("with_content") ?? true,
  });
  const app = requireApp(ctx);
  const validator = ctx.settings.payloadValidator;
  if (validator) await validator.check(ctx.env.eventTypesByName.get(body.eventType), body.payload);
  const message = storeMessage(ctx, app, body);
  const rendered = messageOut(message, query);
  ctx.dispatcher.fanOut(message);
  return json(202, rendered);
}

/** `GET /api/v1/app/{app_id}/msg/{msg_id}` */
export function getMessage(ctx: OperationContext) {
  const { query } = readInput(ctx, { query: (q) => q.boolean("with_content") ?? true });
  return json(200, messageOut(requireMessage(ctx), query));
}

/** `DELETE /api/v1/app/{app_id}/msg/{msg_id}/content`: the payload is gone for good. */
export function expungeMessageContent(ctx: OperationContext) {
  requireMessage(ctx).payload = undefined;
  return noContent();
}
