/**
 * `attempt.*` operations: attempts, the messages an endpoint got, the endpoints a message went to.
 *
 * @module
 */
import { ApiProblem, json, noContent, notFound } from "../exchange.js";
import {
  inWindow,
  type Lookup,
  type OperationContext,
  pageRequest,
  requireApp,
  requireEndpoint,
  requireMessage,
} from "../operation.js";
import { paginate } from "../pagination.js";
import { toMillis } from "../requestInput.js";
import type { AttemptRecord } from "../store.js";
import { attemptOut, endpointMessageOut, messageEndpointOut } from "../views.js";
import { messageMatches, readMessageFilters } from "./messages.js";

/** `GET /api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}` */
export function listAttemptsByEndpoint(ctx: OperationContext<"attempt.listByEndpoint">) {
  const { status } = ctx.query;
  const filters = readMessageFilters(ctx.query);
  const keep = (a: AttemptRecord) =>
    (status === undefined || a.status === status) && messageMatches(a.message, filters, a.timestamp);
  const page = paginate(requireEndpoint(ctx).attempts, pageRequest(ctx.query), keep);
  return json(200, { ...page, data: page.data.map(attemptOut) });
}

/** `GET /api/v1/app/{app_id}/attempt/msg/{msg_id}` */
export function listAttemptsByMessage(ctx: OperationContext<"attempt.listByMessage">) {
  const { status, endpoint_id: endpointId } = ctx.query;
  const before = ctx.query.before === undefined ? undefined : toMillis(ctx.query.before);
  const after = ctx.query.after === undefined ? undefined : toMillis(ctx.query.after);
  const keep = (a: AttemptRecord) =>
    (status === undefined || a.status === status) &&
    (endpointId === undefined || a.endpoint.id === endpointId || a.endpoint.uid === endpointId) &&
    inWindow(a.timestamp, after, before);
  const page = paginate(requireMessage(ctx).attempts, pageRequest(ctx.query), keep);
  return json(200, { ...page, data: page.data.map(attemptOut) });
}

function requireAttempt(ctx: Lookup): AttemptRecord {
  const app = requireApp(ctx);
  const message = requireMessage(ctx, app);
  const attempt = app.attemptsById.get(ctx.params.attempt_id ?? "");
  if (!attempt || attempt.message !== message) throw notFound("Attempt");
  return attempt;
}

/** `GET /api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}` */
export function getAttempt(ctx: OperationContext<"attempt.get">) {
  return json(200, attemptOut(requireAttempt(ctx)));
}

/** `DELETE …/msg/{msg_id}/attempt/{attempt_id}/content`: forgets the recorded response body. */
export function expungeAttemptContent(ctx: OperationContext<"attempt.expungeContent">) {
  requireAttempt(ctx).response = "";
  return noContent();
}

/**
 * `POST …/msg/{msg_id}/endpoint/{endpoint_id}/resend`: one manual attempt, not retried; 409
 * `payload_expunged` when the payload is gone (expunged, or dropped after delivery).
 */
export function resendMessage(ctx: OperationContext<"attempt.resend">) {
  const app = requireApp(ctx);
  const message = requireMessage(ctx, app);
  const endpoint = requireEndpoint(ctx, app);
  if (message.payload === undefined)
    throw new ApiProblem(409, "payload_expunged", "The message's payload was expunged; it cannot be resent.");
  ctx.dispatcher.deliver(message, endpoint, { triggerType: "manual", retries: false });
  return noContent(202);
}

/** `GET /api/v1/app/{app_id}/endpoint/{endpoint_id}/msg`: messages sent to the endpoint, with status. */
export function listAttemptedMessages(ctx: OperationContext<"attempt.listAttemptedMessages">) {
  const { status } = ctx.query;
  const filters = readMessageFilters(ctx.query);
  const page = paginate(
    requireEndpoint(ctx).destinations,
    pageRequest(ctx.query),
    (d) => (status === undefined || d.status === status) && messageMatches(d.message, filters),
  );
  return json(200, { ...page, data: page.data.map((d) => endpointMessageOut(d, filters.withContent)) });
}

/** `GET /api/v1/app/{app_id}/msg/{msg_id}/endpoint`: endpoints the message was sent to, with status. */
export function listAttemptedDestinations(ctx: OperationContext<"attempt.listAttemptedDestinations">) {
  const page = paginate(requireMessage(ctx).destinations, pageRequest(ctx.query), (d) => !d.endpoint.deleted);
  return json(200, { ...page, data: page.data.map(messageEndpointOut) });
}
