/**
 * The records deliveries leave behind: which endpoints a message goes to, and each attempt.
 *
 * @module
 */
import type { DeliveryResult } from "./delivery.js";
import { newId } from "./ids.js";
import type {
  AttemptRecord,
  DestinationRecord,
  EndpointRecord,
  MessageRecord,
  TriggerType,
} from "./store.js";

/** Whether an endpoint's event type and channel filters let a message through (enabled or not). */
export function endpointSubscribes(endpoint: EndpointRecord, message: MessageRecord): boolean {
  if (endpoint.eventTypes?.length && !endpoint.eventTypes.includes(message.eventType)) return false;
  if (!endpoint.channels?.length) return true;
  return (message.channels ?? []).some((channel) => endpoint.channels?.includes(channel));
}

/** The destination of `message` at `endpoint`, created (status pending) when there is none. */
export function destinationFor(message: MessageRecord, endpoint: EndpointRecord): DestinationRecord {
  const existing = message.destinations.find((d) => d.endpoint === endpoint);
  if (existing) return existing;
  const destination: DestinationRecord = {
    seq: message.app.env.nextSeq(),
    message,
    endpoint,
    status: "pending",
    nextAttempt: null,
  };
  message.destinations.push(destination);
  endpoint.destinations.push(destination);
  return destination;
}

/** Stores one attempt on its message, endpoint and application, and returns it. */
export function recordAttempt(
  destination: DestinationRecord,
  triggerType: TriggerType,
  url: string,
  result: DeliveryResult,
  sentAt: number,
): AttemptRecord {
  const { message, endpoint } = destination;
  const attempt: AttemptRecord = {
    seq: message.app.env.nextSeq(),
    id: newId("atmpt"),
    message,
    endpoint,
    url,
    status: result.ok ? "success" : "failed",
    responseStatusCode: result.statusCode,
    response: result.response,
    responseDurationMs: result.durationMs,
    triggerType,
    timestamp: sentAt,
  };
  message.attempts.push(attempt);
  endpoint.attempts.push(attempt);
  message.app.attemptsById.set(attempt.id, attempt);
  return attempt;
}
